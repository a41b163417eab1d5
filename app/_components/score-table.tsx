import Link from 'next/link';
import type { ScoreRow } from '@/db/queries';
import { citationHref, reportedBy, tableLabel, type Cell } from '../_lib/cells';
import { isQwen3, MODE_LABEL } from '../_lib/encodings';
import { formatBudget } from '../_lib/format';

export type SortKey = 'score' | 'model' | 'source';

/** Every number of a view with its sources, in the server HTML. Disputed cells show each value. */
export function ScoreTable({
  cells,
  caption,
  sortHref,
  sort = 'score',
  showBenchmark = false,
  testId,
}: {
  cells: Cell<ScoreRow>[];
  caption: string;
  sortHref?: (key: SortKey) => string;
  sort?: SortKey;
  showBenchmark?: boolean;
  testId?: string;
}) {
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
            {header('model', 'Model')}
            {showBenchmark && <th scope="col">Benchmark</th>}
            <th scope="col">Mode</th>
            {header('score', 'Score', 'num')}
            <th scope="col">Version · metric</th>
            {header('source', 'Source (reported by)')}
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => {
            const r = cell.row;
            return (
              <tr key={cell.key} className={isQwen3(r.family) ? 'qwen' : undefined}>
                <td>
                  <a href={`/models/${r.modelId}`}>{r.model}</a>
                </td>
                {showBenchmark && (
                  <td>
                    <a href={`/benchmarks/${r.benchmarkId}`}>{r.benchmark}</a>
                  </td>
                )}
                <td>
                  {MODE_LABEL[r.mode] ?? r.mode}
                  {r.budget !== null && <span className="muted">{` · ${formatBudget(r.budget)} tokens`}</span>}
                </td>
                <td className="num" data-label="score">
                  {cell.disputed
                    ? cell.values.map((v, i) => (
                        <div key={v.scoreText + i} className="dispute">
                          {v.scoreText}
                          <abbr title="Sources disagree on this cell: every value is shown"> ≠</abbr>
                        </div>
                      ))
                    : cell.values[0]!.scoreText}
                </td>
                <td className="muted">{[r.version, r.metric].filter(Boolean).join(' · ') || '—'}</td>
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
                        {`${c.sourceTitle.split(/[:(]/)[0]!.trim()}, ${tableLabel(c)}`}
                      </a>,
                      <span key={`${c.sourceId + c.tableRef}-by`} className="muted">
                        {` (${reportedBy(c)}${c.modelPrinted !== r.model ? `, printed as “${c.modelPrinted}”` : ''}${
                          c.verifiedBy ? `; checked by ${c.verifiedBy.split(';').length}` : ''
                        })`}
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
