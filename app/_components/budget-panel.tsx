import Link from 'next/link';
import type { ScoreRow } from '@/db/queries';
import { orgColour } from '../_lib/encodings';
import { formatBudget } from '../_lib/format';
import { BudgetChart } from './budget-chart';

/** One benchmark's score-against-budget curve, its numbers and sources, and the caveat. */
export function BudgetPanel({
  rows,
  table11,
  csv,
  compact = false,
}: {
  rows: ScoreRow[];
  /** The same model's thinking score in the general evaluation, for the notice. */
  table11?: ScoreRow;
  csv: string;
  compact?: boolean;
}) {
  const first = rows[0]!;
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
      <p className="sr-only">
        Score rises from {points[0]?.scoreText} at {formatBudget(points[0]?.budget ?? null)} tokens to {top?.scoreText}{' '}
        at {formatBudget(top?.budget ?? null)} tokens
        {reference ? `; non-thinking mode scores ${reference.scoreText}` : ''}.
      </p>
      <BudgetChart
        points={points}
        reference={reference && { score: reference.score, scoreText: reference.scoreText }}
        colour={orgColour(first.org, first.family)}
        testId="budget-chart"
      />
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
