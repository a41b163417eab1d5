import Link from 'next/link';
import { chartFor } from '../_charts/kinds';
import { curveFilters, type BudgetCurve } from '../_charts/kinds/thinking';
import { csvHref } from '../_lib/filters';
import { formatBudget } from '../_lib/format';
import { ChartFigure } from './chart-figure';

/** One benchmark's score-against-budget curve, its numbers and sources, and the caveat. */
export function BudgetPanel({
  curve,
  compact = false,
  eager = false,
}: {
  curve: BudgetCurve;
  compact?: boolean;
  eager?: boolean;
}) {
  const { rows, table11 } = curve;
  const first = rows[0]!;
  const chart = chartFor('budget', first.benchmarkId, curveFilters(curve));
  const csv = csvHref({ ...curve.filters, benchmark: first.benchmarkId });
  const points = rows
    .filter((r) => r.budget !== null)
    .sort((a, b) => a.budget! - b.budget!)
    .map((r) => ({ budget: r.budget!, score: r.score, scoreText: r.scoreText }));
  const reference = rows.find((r) => r.mode === 'non-thinking' && r.budget === null);
  const top = points[points.length - 1];
  const title = [first.benchmark, first.version].filter(Boolean).join(' ');
  return (
    <section className="panel" aria-label={`${title}: score against thinking budget`} data-testid="budget-panel">
      <div className="panel-head">
        <div>
          <h3>
            <Link href={`/benchmarks/${first.benchmarkId}`}>{title}</Link>
          </h3>
          <p>
            {first.model} · {first.metric} · {first.sourceTitle.split('(')[0]!.trim()}, {first.tableRef}
          </p>
        </div>
        <a className="download" href={csv} download>
          Download CSV
        </a>
      </div>
      {table11 && top && !compact && (
        <p className="notice" role="note">
          At 32K tokens the figure shows {top.scoreText}; {table11.tableRef} prints {table11.scoreText} for the same
          model in thinking mode, run with a larger output cap (38,912 tokens for AIME, 32,768 otherwise). Both are
          published; they are different runs.
        </p>
      )}
      {chart && <ChartFigure model={chart} eager={eager} testId="budget-chart" />}
      {!compact && (
        <div className="table-wrap">
          <table data-testid="budget-table">
            <caption className="sr-only">{title}: every point with its source</caption>
            <thead>
              <tr>
                <th scope="col">Thinking budget</th>
                <th scope="col" className="num">
                  Score
                </th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {[...points.map((p) => rows.find((r) => r.budget === p.budget)!), ...(reference ? [reference] : [])].map(
                (r) => (
                  <tr key={r.id}>
                    <td>
                      {r.budget === null
                        ? 'non-thinking mode'
                        : `${formatBudget(r.budget)} (${r.budget.toLocaleString('en-US')} tokens)`}
                    </td>
                    <td className="num">{r.scoreText}</td>
                    <td>
                      <a href={r.sourceUrl}>
                        {r.sourceTitle.split('(')[0]!.trim()}, {r.tableRef}
                      </a>{' '}
                      <span className="muted">(reported by {r.sourcePublisher})</span>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
