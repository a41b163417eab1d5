import type { ReactNode } from 'react';
import type { ScoreRow } from '@/db/queries';
import { groupCells, type Cell } from '../_lib/cells';
import { isQwen3, MODE_LABEL, modeFill, orgColour } from '../_lib/encodings';
import { formatBudget, unitAxis } from '../_lib/format';
import { HorizontalBars, type BarDatum } from './bar-chart';
import { Legend } from './legend';
import { ScoreTable, type SortKey } from './score-table';

/** Bars for a set of cells: one bar per value, so a dispute shows as two marked bars. */
export function cellBars(
  cells: Cell<ScoreRow>[],
  options: { showMode?: boolean; showBenchmark?: boolean } = {},
): BarDatum[] {
  const bars: BarDatum[] = [];
  for (const cell of cells) {
    const r = cell.row;
    for (const v of cell.values) {
      const parts = [options.showBenchmark ? `${r.benchmark}: ${r.model}` : r.model];
      if (options.showMode && r.mode !== 'n/a') parts.push(MODE_LABEL[r.mode]!);
      if (r.budget !== null) parts.push(`${formatBudget(r.budget)} tokens`);
      if (cell.disputed) parts.push(v.citations.map((c) => c.tableRef.split(':')[0]).join(', '));
      bars.push({
        key: `${cell.key}|${v.scoreText}`,
        label: parts.join(' · '),
        value: v.score,
        valueText: cell.disputed ? `${v.scoreText} ≠` : v.scoreText,
        colour: orgColour(r.org, r.family),
        fill: modeFill(r.mode),
        emphasis: isQwen3(r.family),
        href: `/models/${r.modelId}`,
      });
    }
  }
  return bars.sort((a, b) => b.value - a.value);
}

const MAX_BARS = 40;

/** A view's chart with its title, notices, CSV link, text summary and full data table. */
export function ResultsPanel({
  title,
  subtitle,
  rows,
  csv,
  notices = [],
  showMode = true,
  showBenchmark = false,
  sort,
  sortHref,
  testId,
  headingLevel = 2,
  children,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  rows: ScoreRow[];
  csv: string;
  notices?: string[];
  showMode?: boolean;
  showBenchmark?: boolean;
  sort?: SortKey;
  sortHref?: (key: SortKey) => string;
  testId?: string;
  headingLevel?: 2 | 3;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const units = [...new Set(rows.map((r) => r.unit))];
  const grouped = groupCells(rows);
  let cells = grouped;
  if (sort === 'model') cells = [...cells].sort((a, b) => a.row.model.localeCompare(b.row.model));
  if (sort === 'source')
    cells = [...cells].sort(
      (a, b) => a.row.sourceId.localeCompare(b.row.sourceId) || a.row.tableRef.localeCompare(b.row.tableRef),
    );
  const allBars = cellBars(grouped, { showMode, showBenchmark });
  const bars = allBars.slice(0, MAX_BARS);
  const best = bars[0];
  const disputes = cells.filter((c) => c.disputed).length;
  return (
    <section className="panel" aria-label={typeof title === 'string' ? title : undefined} data-testid={testId}>
      <div className="panel-head">
        <div>
          <Heading>{title}</Heading>
          {subtitle && <p>{subtitle}</p>}
        </div>
        <a className="download" href={csv} download>
          Download CSV
        </a>
      </div>
      {notices.map((n) => (
        <p key={n} className="notice" role="note">
          {n}
        </p>
      ))}
      {disputes > 0 && (
        <p className="notice" role="note">
          Sources disagree on {disputes === 1 ? 'one cell' : `${disputes} cells`} (marked ≠): every published value is
          shown with its source, none is picked.
        </p>
      )}
      {children}
      {rows.length === 0 ? (
        <p className="muted">Not reported in the loaded sources for this selection.</p>
      ) : units.length > 1 ? (
        <p className="notice">These results come in several units ({units.join(', ')}); pick one to chart them.</p>
      ) : (
        <>
          {allBars.length > bars.length && (
            <p className="muted">
              The chart shows the best {bars.length} of these {allBars.length} values; the table lists them all.
            </p>
          )}
          <p className="sr-only">
            {allBars.length} values. Highest: {best?.label} at {best?.valueText}. The full list is in the table below.
          </p>
          <HorizontalBars
            bars={bars}
            unitLabel={unitAxis(units[0]!)}
            domainMax={units[0] === 'percent' ? 100 : undefined}
            testId="bar-chart"
          />
          <Legend />
        </>
      )}
      {rows.length > 0 && (
        <ScoreTable
          cells={cells}
          caption={`${typeof title === 'string' ? title : 'Results'}: every value with its source`}
          sort={sort}
          sortHref={sortHref}
          showBenchmark={showBenchmark}
          testId="score-table"
        />
      )}
    </section>
  );
}
