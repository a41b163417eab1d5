import { chartFor } from '../_charts/kinds';
import { curveFilters, type BudgetCurve } from '../_charts/kinds/thinking';
import { csvHref } from '../_lib/filters';
import { citationHref, citeTitle, shortCite } from '../_lib/cells';
import { formatBudget } from '../_lib/format';
import { ChartFigure } from './chart-figure';
import { getI18n } from '../_i18n/server';
import { StaticHtml } from './static-html';

/** One benchmark's score-against-budget curve, its numbers and sources, and the caveat. */
export async function BudgetPanel({
  curve,
  compact = false,
  eager = false,
}: {
  curve: BudgetCurve;
  compact?: boolean;
  eager?: boolean;
}) {
  const tr = await getI18n();
  const { t, href } = tr;
  const { rows, table11 } = curve;
  const first = rows[0]!;
  const chart = chartFor('budget', first.benchmarkId, curveFilters(curve), tr.locale);
  const csv = csvHref({ ...curve.filters, benchmark: first.benchmarkId });
  const points = rows
    .filter((r) => r.budget !== null)
    .sort((a, b) => a.budget! - b.budget!)
    .map((r) => ({ budget: r.budget!, score: r.score, scoreText: r.scoreText }));
  const reference = rows.find((r) => r.mode === 'non-thinking' && r.budget === null);
  const top = points[points.length - 1];
  const title = [first.benchmark, first.version].filter(Boolean).join(' ');
  return (
    <section className="panel" aria-label={t('chart.budgetTitle', { benchmark: title })} data-testid="budget-panel">
      <div className="panel-head">
        <div>
          <h3>
            <a href={href(`/benchmarks/${first.benchmarkId}`)}>{title}</a>
          </h3>
          <p>
            {first.model} · {first.metric} · {first.sourceTitle.split('(')[0]!.trim()},{' '}
            <a className="cite" href={citationHref(first)} title={citeTitle(first, undefined, tr)}>
              {shortCite(first, tr)}
            </a>
          </p>
        </div>
        <a className="download" href={csv} download>
          {t('common.downloadCsv')}
        </a>
      </div>
      {table11 && top && !compact && (
        <p className="key-note" role="note">
          {t('budget.table11', { top: top.scoreText, table: table11.tableRef, score: table11.scoreText })}
        </p>
      )}
      {chart && <ChartFigure model={chart} eager={eager} testId="budget-chart" />}
      {!compact && (
        <StaticHtml className="table-wrap">
          <table data-testid="budget-table" className="budget">
            <caption>
              <span className="sr-only">{t('budget.caption', { title })}</span>
              {tr.rich(
                'budget.from',
                {
                  cite: (text) => (
                    <a className="cite" href={citationHref(first)} title={citeTitle(first, undefined, tr)}>
                      {text}
                    </a>
                  ),
                },
                { table: shortCite(first, tr), publisher: first.sourcePublisher },
              )}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('budget.budget')}</th>
                <th scope="col" className="num">
                  {t('table.score')}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...points.map((p) => rows.find((r) => r.budget === p.budget)!), ...(reference ? [reference] : [])].map(
                (r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      {r.budget === null
                        ? t('budget.nonThinking')
                        : t('budget.point', { budget: formatBudget(r.budget, tr), tokens: r.budget })}
                    </th>
                    <td className="num">{r.scoreText}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </StaticHtml>
      )}
    </section>
  );
}
