import { groupCells, type Cell, type CellInput, type CellValue } from '../cells';
import { overlapsBest, type Interval } from '../interval';
import { resultFacts, type FactsIndex, type ResultLike } from '../result-facts';
import type { Named } from './sentence';

// One view's results as a leaderboard of models: each model once, at its best cell (a model in
// two modes is ranked by the better one), best first. A disputed cell ranks by its best value
// and keeps every value, so a sentence can say both.

export type FindingRow = CellInput & Named & ResultLike & { family: string; benchmark: string };

export type Entry<R extends FindingRow> = {
  cell: Cell<R>;
  /** The value it is ranked by (a disputed cell's best). */
  value: CellValue;
  interval: Interval | null;
};

export function leaderboard<R extends FindingRow>(
  rows: readonly R[],
  facts: FactsIndex,
  lowerIsBetter = false,
): Entry<R>[] {
  const sign = lowerIsBetter ? -1 : 1;
  const top = (c: Cell<R>) => (lowerIsBetter ? c.values[c.values.length - 1]! : c.values[0]!);
  const best = new Map<string, Cell<R>>();
  for (const cell of groupCells(rows)) {
    const seen = best.get(cell.row.modelId);
    if (!seen || sign * (top(cell).score - top(seen).score) > 0) best.set(cell.row.modelId, cell);
  }
  return [...best.values()]
    .map((cell) => {
      const value = top(cell);
      return { cell, value, interval: resultFacts(facts, cell.row, value.score).interval };
    })
    .sort((a, b) => sign * (b.value.score - a.value.score));
}

/** The entries that share the first place (the same score). */
export function leaders<R extends FindingRow>(board: Entry<R>[]): Entry<R>[] {
  return board.filter((e) => e.value.score === board[0]?.value.score);
}

/** 1 + how many models score strictly better. */
export function rankOf<R extends FindingRow>(board: Entry<R>[], entry: Entry<R>, lowerIsBetter = false): number {
  const sign = lowerIsBetter ? -1 : 1;
  return 1 + board.filter((e) => sign * (e.value.score - entry.value.score) > 0).length;
}

/** The entries (leader aside) whose interval overlaps the leader's: not separable from it. */
export function notSeparable<R extends FindingRow>(board: Entry<R>[]): Entry<R>[] {
  const first = board[0];
  if (!first?.interval) return [];
  return board.slice(1).filter((e) => overlapsBest(first.interval, e.interval));
}
