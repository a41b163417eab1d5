import { asc, eq } from 'drizzle-orm';
import type { Db } from './client';
import { splitLinks } from './pack/format';
import { benchmarkFacts } from './schema';

/** What benchmark-facts.csv says about a benchmark's test set: one entry per version it names. */
export type BenchmarkFacts = {
  /** '' = every version without an entry of its own. */
  version: string;
  /** The number of test items, or null when not known. */
  items: number | null;
  itemsSources: string[];
  /** First and last month the items were made (YYYY or YYYY-MM), or null when not known. */
  dataFrom: string | null;
  dataTo: string | null;
  windowSources: string[];
  notes: string;
};

/** What a result's interval and time window need of its test set (app/_lib/result-facts.ts). */
export type TestSetFacts = {
  benchmarkId: string;
  /** '' = every version without a row of its own. */
  version: string;
  items: number | null;
  /** The first month the items were made or published (YYYY or YYYY-MM), or null. */
  dataFrom: string | null;
  notes: string;
};

/** A benchmark's facts, the entry for every version ('') first, then by version. */
export function benchmarkFactsOf(db: Db, benchmarkId: string): BenchmarkFacts[] {
  return db
    .select()
    .from(benchmarkFacts)
    .where(eq(benchmarkFacts.benchmarkId, benchmarkId))
    .orderBy(asc(benchmarkFacts.benchmarkVersion))
    .all()
    .map((f) => ({
      version: f.benchmarkVersion,
      items: f.itemCount,
      itemsSources: splitLinks(f.itemsSource),
      dataFrom: f.dataFrom || null,
      dataTo: f.dataTo || null,
      windowSources: splitLinks(f.windowSource),
      notes: f.notes,
    }));
}

/** Every benchmark's test-set facts that a result's interval and time window need (result-facts.ts). */
export function testSetFacts(db: Db): TestSetFacts[] {
  return db
    .select({
      benchmarkId: benchmarkFacts.benchmarkId,
      version: benchmarkFacts.benchmarkVersion,
      items: benchmarkFacts.itemCount,
      dataFrom: benchmarkFacts.dataFrom,
      notes: benchmarkFacts.notes,
    })
    .from(benchmarkFacts)
    .all()
    .map((f) => ({ ...f, dataFrom: f.dataFrom || null }));
}
