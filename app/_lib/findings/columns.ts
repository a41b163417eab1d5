import type { FactsIndex } from '../result-facts';
import { leaderboard, leaders, notSeparable, type Entry, type FindingRow } from './leaderboard';

// A table of several benchmarks (the blog's comparisons, compare's shared benchmarks): each
// column (a benchmark, version, metric and unit) as a leaderboard of its own.

export type Column<R extends FindingRow> = {
  key: string;
  first: R;
  board: Entry<R>[];
  /** The entries sharing first place (one, unless a tie). */
  leads: Entry<R>[];
  /** Whether the runner-up's 95% interval overlaps the leader's (false where none is defined). */
  close: boolean;
};

export const columnKey = (r: FindingRow) => `${r.benchmarkId}|${r.version}|${r.metric}|${r.unit}`;

/** The columns of a table's rows, in the order they first appear. */
export function columnsOf<R extends FindingRow>(
  rows: readonly R[],
  facts: FactsIndex,
  lowerIsBetter: (r: R) => boolean = () => false,
): Column<R>[] {
  const groups = new Map<string, R[]>();
  for (const r of rows) groups.set(columnKey(r), [...(groups.get(columnKey(r)) ?? []), r]);
  return [...groups.entries()].map(([key, list]) => {
    const board = leaderboard(list, facts, lowerIsBetter(list[0]!));
    const next = board[1];
    return { key, first: list[0]!, board, leads: leaders(board), close: !!next && notSeparable(board).includes(next) };
  });
}

/** How many columns each model leads (shared leads count for each), most first. */
export function leadCounts<R extends FindingRow>(columns: Column<R>[]): { row: R; columns: Column<R>[] }[] {
  const by = new Map<string, { row: R; columns: Column<R>[] }>();
  for (const c of columns)
    for (const e of c.leads) {
      const m = by.get(e.cell.row.modelId) ?? { row: e.cell.row, columns: [] };
      m.columns.push(c);
      by.set(e.cell.row.modelId, m);
    }
  return [...by.values()].sort((a, b) => b.columns.length - a.columns.length);
}
