import Link from 'next/link';
import type { ScoreRow } from '@/db/queries';
import { citationHref, isIndependent, reportedBy, tableLabel, type Cell } from '../_lib/cells';
import { formatInterval } from '../_lib/interval';
import { isTied, resultFacts, type Best, type FactsIndex } from '../_lib/result-facts';
import { isQwen3, modeLabel } from '../_lib/encodings';
import { formatBudget } from '../_lib/format';
import { getI18n } from '../_i18n/server';

export type SortKey = 'score' | 'model' | 'source';

/** Every number of a view with its sources, in the server HTML. Disputed cells show each value. */
export async function ScoreTable({
  cells,
  caption,
  sortHref,
  sort = 'score',
  showBenchmark = false,
  facts,
  best,
  testId,
}: {
  cells: Cell<ScoreRow>[];
  caption: string;
  sortHref?: (key: SortKey) => string;
  sort?: SortKey;
  showBenchmark?: boolean;
  /** The test sets' facts: each score's interval and time window come from them. */
  facts: FactsIndex;
  /** The best score of a benchmark view: rows whose interval overlaps its interval are shaded. */
  best?: Best | null;
  testId?: string;
}) {
  const tr = await getI18n();
  const { t, href } = tr;
  const header = (key: SortKey, label: string, className?: string) => (
    <th
      scope="col"
      className={className}
      aria-sort={sort === key ? (key === 'score' ? 'descending' : 'ascending') : undefined}
    >
      {sortHref ? (
        <Link href={sortHref(key)} scroll={false}>
          {label}
        </Link>
      ) : (
        label
      )}
    </th>
  );
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {header('model', t('table.model'))}
            {showBenchmark && <th scope="col">{t('table.benchmark')}</th>}
            <th scope="col">{t('table.mode')}</th>
            {header('score', t('table.score'), 'num')}
            <th scope="col">{t('table.versionMetric')}</th>
            {header('source', t('table.sourceReportedBy'))}
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => {
            const r = cell.row;
            const values = cell.values.map((v) => ({ ...v, ...resultFacts(facts, r, v.score, tr) }));
            const tied = values.some((v) => isTied(best, `${cell.key}|${v.scoreText}`, v.interval));
            const window = values[0]!.window;
            const className = [isQwen3(r.family) && 'qwen', tied && 'tied'].filter(Boolean).join(' ');
            return (
              <tr key={cell.key} {...(className ? { className } : {})}>
                <td>
                  <a href={href(`/models/${r.modelId}`)}>{r.model}</a>
                </td>
                {showBenchmark && (
                  <td>
                    <a href={href(`/benchmarks/${r.benchmarkId}`)}>{r.benchmark}</a>
                  </td>
                )}
                <td>
                  {modeLabel(r.mode, tr)}
                  {r.budget !== null && (
                    <span className="muted">{` · ${t('chart.tokens', { budget: formatBudget(r.budget, tr) })}`}</span>
                  )}
                </td>
                <td className="num" data-label="score">
                  {values.map((v, i) => (
                    <div key={v.scoreText + i} {...(cell.disputed ? { className: 'dispute' } : {})}>
                      {isIndependent(v) && <span className="ind">{t('table.ind')}</span>}
                      {v.scoreText}
                      {cell.disputed && <abbr title={t('table.disputed')}> ≠</abbr>}
                      {v.interval && <span className="ci">{` (${formatInterval(v.interval)})`}</span>}
                    </div>
                  ))}
                </td>
                <td className="muted">
                  {[r.version, r.metric].filter(Boolean).join(' · ') || '—'}
                  {window && <div>{window}</div>}
                  {tied && <span className="sr-only">{t('table.tied')}</span>}
                </td>
                <td className="cites">
                  {cell.values.map((v, i) => {
                    // Lean on purpose: a table has hundreds of citations, and each element costs a render.
                    const cites = v.citations.map((c, j) => [
                      j > 0 ? '; ' : '',
                      <a
                        key={c.sourceId + c.tableRef}
                        href={citationHref(c)}
                        title={`${c.sourceTitle}${c.notes ? ` — ${c.notes}` : ''}`}
                      >
                        {`${c.sourceTitle.split(/[:(]/)[0]!.trim()}, ${tableLabel(c, tr)}`}
                      </a>,
                      <span key={`${c.sourceId + c.tableRef}-by`} className="muted">
                        {t('table.by', {
                          by: reportedBy(c, tr),
                          printed: c.modelPrinted !== r.model ? t('table.printedAs', { name: c.modelPrinted }) : '',
                          checked: c.verifiedBy ? t('table.checkedBy', { count: c.verifiedBy.split(';').length }) : '',
                        })}
                      </span>,
                    ]);
                    return cell.disputed ? (
                      <div key={i}>
                        <strong>{`${v.scoreText}: `}</strong>
                        {cites}
                      </div>
                    ) : (
                      cites
                    );
                  })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
