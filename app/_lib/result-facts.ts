import type { TestSetFacts } from '@/db/facts';
import { intervalOf, type Interval } from './interval';

// What the facts of a test set (benchmark-facts.csv) say about one published result: the
// sampling interval of its score (./interval.ts) and when its items were made, against the
// model's release. Facts are looked up for the result's benchmark and version, falling back to
// the benchmark's row with an empty version ("every version without a row of its own").

export type { TestSetFacts };

export type FactsIndex = ReadonlyMap<string, TestSetFacts>;

const keyOf = (benchmarkId: string, version: string) => `${benchmarkId}\u0000${version}`;

export function factsIndex(list: readonly TestSetFacts[]): FactsIndex {
  return new Map(list.map((f) => [keyOf(f.benchmarkId, f.version), f]));
}

/** The facts of a result's test set: its version's row, else the benchmark's row for every version. */
export function factsOf(index: FactsIndex, benchmarkId: string, version: string): TestSetFacts | undefined {
  return index.get(keyOf(benchmarkId, version)) ?? index.get(keyOf(benchmarkId, ''));
}

/**
 * Whether the items were made after the model was released: their first month (or year) is
 * later than the month (or year) of the release. Unknown dates never postdate anything.
 */
export function itemsPostdate(dataFrom: string | null, releaseDate: string | null): boolean {
  if (!dataFrom || !releaseDate) return false;
  return dataFrom > releaseDate.slice(0, dataFrom.length);
}

/**
 * "items public since 2024-02 · model released 2025-04-29" where the items may have been public
 * before the release (their first month is not later than the release's); null otherwise or where
 * either date is not known. A fact for the reader to weigh, not a verdict.
 */
export function windowText(dataFrom: string | null, releaseDate: string | null): string | null {
  if (!dataFrom || !releaseDate || itemsPostdate(dataFrom, releaseDate)) return null;
  return `items public since ${dataFrom} · model released ${releaseDate}`;
}

export type ResultLike = {
  benchmarkId: string;
  version: string;
  metric: string;
  unit: string;
  releaseDate: string | null;
};

/** A result's interval (for one of its values) and its time window text. */
export function resultFacts(
  index: FactsIndex,
  r: ResultLike,
  score: number,
): { interval: Interval | null; window: string | null } {
  const facts = factsOf(index, r.benchmarkId, r.version);
  return {
    interval: intervalOf({ ...r, score }, facts),
    window: windowText(facts?.dataFrom ?? null, r.releaseDate),
  };
}
