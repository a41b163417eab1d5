import { and, asc, count, desc, eq, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Filters } from '../../lib/filters';
import type { TestSetFacts } from '../../lib/result-facts';
import type { Db } from '../client';
import { splitLinks } from '../pack/format';
import {
  benchmarkAliases,
  benchmarkFacts,
  benchmarks,
  catalogCounts as catalogCountsTable,
  dataVersion,
  modelAliases,
  models,
  results,
  sources,
} from '../schema';

// What the results are about: models, benchmarks and sources with their counts, a benchmark's
// test-set facts, and the data version. Plain rows; the pages read them memoised (./index.ts),
// the API shapes them (app/api/_lib/bodies.ts).

/** The data version (bumped by every committed load) and when it was made. */
export function dataStamp(db: Db): { version: number; updatedAt: string } {
  return (
    db.select({ version: dataVersion.version, updatedAt: dataVersion.updatedAt }).from(dataVersion).get() ?? {
      version: 0,
      updatedAt: '',
    }
  );
}

export function catalogCounts(db: Db) {
  return {
    models: db.select({ n: count() }).from(models).get()!.n,
    benchmarks: db.select({ n: count() }).from(benchmarks).get()!.n,
    results: db.select({ n: count() }).from(results).get()!.n,
    sources: db.select({ n: count() }).from(sources).get()!.n,
  };
}

/** Result counts (and, for benchmarks, model counts) of every model, benchmark or source, as the loader keeps them. */
function storedCounts(
  db: Db,
  kind: 'model' | 'benchmark' | 'source',
): Map<string, { results: number; models: number }> {
  const rows = db
    .select({ id: catalogCountsTable.id, results: catalogCountsTable.results, models: catalogCountsTable.models })
    .from(catalogCountsTable)
    .where(eq(catalogCountsTable.kind, kind))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

function aliasesBy(rows: { target: string; alias: string }[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.target, [...(map.get(r.target) ?? []), r.alias]);
  return map;
}

export type ModelFilters = Pick<Filters, 'family' | 'open' | 'maxActive'>;

/**
 * Models with every stored fact, their aliases and result counts: families together, largest
 * first. Filtered by family, open weights and most active parameters (the API's filters).
 */
export function listModels(db: Db, f: ModelFilters = {}) {
  const where: SQL[] = [];
  if (f.family) where.push(eq(models.family, f.family));
  if (f.open) where.push(eq(models.openWeights, f.open));
  if (f.maxActive !== undefined) where.push(lte(models.activeParams, f.maxActive));
  const counts = storedCounts(db, 'model');
  const aliases = aliasesBy(
    db
      .select({ target: modelAliases.modelId, alias: modelAliases.alias })
      .from(modelAliases)
      .orderBy(asc(modelAliases.alias))
      .all(),
  );
  return db
    .select()
    .from(models)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(models.family), desc(models.totalParams), asc(models.name))
    .all()
    .map((m) => ({ ...m, aliases: aliases.get(m.id) ?? [], results: counts.get(m.id)?.results ?? 0 }));
}

export type BenchmarkFilters = Pick<Filters, 'category' | 'unit'>;

/** Benchmarks with every stored fact, their aliases, result counts and how many models have results; by category and name. */
export function listBenchmarks(db: Db, f: BenchmarkFilters = {}) {
  const where: SQL[] = [];
  if (f.category) where.push(eq(benchmarks.category, f.category));
  if (f.unit) where.push(eq(benchmarks.unit, f.unit));
  const counts = storedCounts(db, 'benchmark');
  const aliases = aliasesBy(
    db
      .select({ target: benchmarkAliases.benchmarkId, alias: benchmarkAliases.alias })
      .from(benchmarkAliases)
      .orderBy(asc(benchmarkAliases.alias))
      .all(),
  );
  return db
    .select()
    .from(benchmarks)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(benchmarks.category), asc(benchmarks.name))
    .all()
    .map((b) => ({
      ...b,
      aliases: aliases.get(b.id) ?? [],
      results: counts.get(b.id)?.results ?? 0,
      models: counts.get(b.id)?.models ?? 0,
    }));
}

/** Sources with their result counts, oldest first (by id within a day). */
export function listSources(db: Db) {
  const counts = storedCounts(db, 'source');
  return db
    .select()
    .from(sources)
    .orderBy(asc(sources.publishedAt), asc(sources.id))
    .all()
    .map((s) => ({ ...s, results: counts.get(s.id)?.results ?? 0 }));
}

/** One model with its aliases, or null. */
export function findModel(db: Db, id: string) {
  const model = db.select().from(models).where(eq(models.id, id)).get();
  if (!model) return null;
  const aliases = db
    .select({ alias: modelAliases.alias })
    .from(modelAliases)
    .where(eq(modelAliases.modelId, id))
    .all()
    .map((a) => a.alias);
  return { ...model, aliases };
}

/** One benchmark with its aliases, or null. */
export function findBenchmark(db: Db, id: string) {
  const benchmark = db.select().from(benchmarks).where(eq(benchmarks.id, id)).get();
  if (!benchmark) return null;
  const aliases = db
    .select({ alias: benchmarkAliases.alias })
    .from(benchmarkAliases)
    .where(eq(benchmarkAliases.benchmarkId, id))
    .all()
    .map((a) => a.alias);
  return { ...benchmark, aliases };
}

/** The model families, A to Z. */
export function listFamilies(db: Db): string[] {
  return db
    .selectDistinct({ family: models.family })
    .from(models)
    .where(ne(models.family, ''))
    .orderBy(asc(models.family))
    .all()
    .map((r) => r.family);
}

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

// What a result's interval and time window need of its test set: lib/result-facts.ts.
export type { TestSetFacts };

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

/** Whether any result is stored (a database that is new, or was emptied, has none). */
export function hasResults(db: Db): boolean {
  return (
    db
      .select({ one: sql<number>`1` })
      .from(results)
      .limit(1)
      .get() !== undefined
  );
}
