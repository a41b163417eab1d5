import { intervalOf, type Interval } from './interval';

// What the facts of a test set (benchmark-facts.csv) say about one published result, as numbers:
// the facts of its benchmark and version, its sampling interval (./interval.ts), whether the items
// postdate the model. Below the app and the data layer (the CSV export reads them too); the words
// are the app's (app/_lib/result-facts.ts). Facts are looked up for the result's benchmark and
// version, falling back to the benchmark's row with an empty version ("every version without a
// row of its own").

/** What a result's interval and time window need of its test set (db/queries/catalog.ts reads them). */
export type TestSetFacts = {
  benchmarkId: string;
  /** '' = every version without a row of its own. */
  version: string;
  items: number | null;
  /** The first month the items were made or published (YYYY or YYYY-MM), or null. */
  dataFrom: string | null;
  notes: string;
};

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

export type ResultLike = {
  benchmarkId: string;
  version: string;
  metric: string;
  unit: string;
  releaseDate: string | null;
};

/** A result's interval (for one of its values): the numbers alone, no words. */
export function resultInterval(index: FactsIndex, r: ResultLike, score: number): Interval | null {
  return intervalOf({ ...r, score }, factsOf(index, r.benchmarkId, r.version));
}
