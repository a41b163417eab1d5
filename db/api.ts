import { asc, count, desc, eq, lte, and, type SQL } from 'drizzle-orm';
import type { Db } from './client';
import { resultsSelect, type Reporter, type ResultQuery, type ScoreRow } from './result-query';
import { testSetFacts } from './facts';
import { intervalOf, roundPoint } from '../app/_lib/interval';
import { factsIndex, factsOf, type FactsIndex } from '../app/_lib/result-facts';
import { benchmarkAliases, benchmarks, modelAliases, models, results, sources } from './schema';

// The queries of the JSON API (/api/results, /api/models, /api/benchmarks, /api/sources). Read
// only; route handlers parse the parameters and call these with the server's connection.

export type ResultsPageOptions = {
  page: number;
  pageSize: number;
  sort?: 'score' | 'model' | 'source';
  dir?: 'asc' | 'desc';
};

/** One result as the API gives it. */
export type ApiResult = {
  id: number;
  sourceId: string;
  sourceTitle: string;
  sourceUrl: string;
  table: string;
  /** Where the table opens (tables.csv: a PDF at its page), or null: then see sourceUrl. */
  tableUrl: string | null;
  /** The printed page of the table, or null when not given. */
  tablePage: number | null;
  modelId: string;
  model: string;
  modelAsPrinted: string;
  modelKind: string;
  family: string;
  mode: string;
  thinkingBudgetTokens: number | null;
  benchmarkId: string;
  benchmark: string;
  benchmarkAsPrinted: string;
  category: string;
  benchmarkVersion: string;
  metric: string;
  score: number;
  /** The score as printed in the source ("72.50"). */
  scoreText: string;
  unit: string;
  verifiedBy: string[];
  notes: string;
  /** 'self' when the model's maker published the number, else 'independent'. */
  reporter: Reporter;
  /** Who published the source (its publisher). */
  reportedBy: string;
  /**
   * Computed here, not published: the 95% Wilson interval of the score over the test set's n
   * items, in the score's unit rounded to one decimal; null where none is defined (Elo, scores on
   * their own scale, judged win rates, averages over several sets, unknown n).
   */
  interval: { low: number; high: number; n: number } | null;
};

const list = (v: string) =>
  v
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

function apiResult(r: ScoreRow, facts: FactsIndex): ApiResult {
  const interval = intervalOf(r, factsOf(facts, r.benchmarkId, r.version));
  return {
    id: r.id,
    sourceId: r.sourceId,
    sourceTitle: r.sourceTitle,
    sourceUrl: r.sourceUrl,
    table: r.tableRef,
    tableUrl: r.tableUrl || null,
    tablePage: r.tablePage ? Number(r.tablePage) : null,
    modelId: r.modelId,
    model: r.model,
    modelAsPrinted: r.modelPrinted,
    modelKind: r.modelKind,
    family: r.family,
    mode: r.mode,
    thinkingBudgetTokens: r.budget,
    benchmarkId: r.benchmarkId,
    benchmark: r.benchmark,
    benchmarkAsPrinted: r.benchmarkPrinted,
    category: r.category,
    benchmarkVersion: r.version,
    metric: r.metric,
    score: r.score,
    scoreText: r.scoreText,
    unit: r.unit,
    verifiedBy: list(r.verifiedBy),
    notes: r.notes,
    reporter: r.reporter,
    reportedBy: r.sourcePublisher,
    interval: interval && { low: roundPoint(interval.low), high: roundPoint(interval.high), n: interval.n },
  };
}

function resultOrder(sort: ResultsPageOptions['sort'], dir: ResultsPageOptions['dir']): SQL[] {
  const by = (column: Parameters<typeof asc>[0], fallback: 'asc' | 'desc') =>
    (dir ?? fallback) === 'asc' ? asc(column) : desc(column);
  switch (sort) {
    case 'score':
      return [by(results.score, 'desc'), asc(results.id)];
    case 'model':
      return [by(models.name, 'asc'), asc(results.id)];
    case 'source':
      return [by(results.sourceId, 'asc'), asc(results.tableRef), asc(results.id)];
    default:
      return [by(results.id, 'asc')];
  }
}

/** One page of a view's results (results.id order unless sorted) and how many there are. */
export function resultsPage(db: Db, q: ResultQuery, o: ResultsPageOptions): { data: ApiResult[]; total: number } {
  const rows = resultsSelect(db, q)
    .orderBy(...resultOrder(o.sort, o.dir))
    .limit(o.pageSize)
    .offset((o.page - 1) * o.pageSize)
    .all();
  const total = db.select({ n: count() }).from(resultsSelect(db, q).as('view')).get()?.n ?? 0;
  const facts = factsIndex(testSetFacts(db));
  return { data: rows.map((r) => apiResult(r, facts)), total };
}

const num = (v: string) => (v === '' ? null : Number(v));
const yesNo = (v: string) => (v === 'yes' ? true : v === 'no' ? false : null);

function aliasesBy<T extends { target: string; alias: string }>(rows: T[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.target, [...(map.get(r.target) ?? []), r.alias]);
  return map;
}

export type ModelFilters = { family?: string; open?: 'yes' | 'no'; maxActive?: number };

/** Models with their facts (numbers as numbers, unknown as null), aliases and result counts. */
export function apiModels(db: Db, f: ModelFilters = {}) {
  const where: SQL[] = [];
  if (f.family) where.push(eq(models.family, f.family));
  if (f.open) where.push(eq(models.openWeights, f.open));
  if (f.maxActive !== undefined) where.push(lte(models.activeParams, f.maxActive));
  const rows = db
    .select({ model: models, results: count(results.id) })
    .from(models)
    .leftJoin(results, eq(results.modelId, models.id))
    .where(where.length ? and(...where) : undefined)
    .groupBy(models.id)
    .orderBy(asc(models.id))
    .all();
  const aliases = aliasesBy(
    db
      .select({ target: modelAliases.modelId, alias: modelAliases.alias })
      .from(modelAliases)
      .orderBy(asc(modelAliases.alias))
      .all(),
  );
  return rows.map(({ model: m, results: n }) => ({
    id: m.id,
    name: m.name,
    aliases: aliases.get(m.id) ?? [],
    family: m.family,
    org: m.org,
    architecture: m.architecture || null,
    totalParamsB: num(m.totalParamsB),
    activeParamsB: num(m.activeParamsB),
    layers: num(m.layers),
    contextLengthTokens: num(m.contextLengthTokens),
    releaseDate: m.releaseDate || null,
    openWeights: yesNo(m.openWeights),
    license: m.license,
    source: m.source,
    results: n,
  }));
}

export type BenchmarkFilters = { category?: string; unit?: string };

/** Benchmarks with their facts, aliases and result counts. */
export function apiBenchmarks(db: Db, f: BenchmarkFilters = {}) {
  const where: SQL[] = [];
  if (f.category) where.push(eq(benchmarks.category, f.category));
  if (f.unit) where.push(eq(benchmarks.unit, f.unit));
  const rows = db
    .select({ benchmark: benchmarks, results: count(results.id) })
    .from(benchmarks)
    .leftJoin(results, eq(results.benchmarkId, benchmarks.id))
    .where(where.length ? and(...where) : undefined)
    .groupBy(benchmarks.id)
    .orderBy(asc(benchmarks.id))
    .all();
  const aliases = aliasesBy(
    db
      .select({ target: benchmarkAliases.benchmarkId, alias: benchmarkAliases.alias })
      .from(benchmarkAliases)
      .orderBy(asc(benchmarkAliases.alias))
      .all(),
  );
  return rows.map(({ benchmark: b, results: n }) => ({
    id: b.id,
    name: b.name,
    aliases: aliases.get(b.id) ?? [],
    category: b.category,
    unit: b.unit,
    higherIsBetter: yesNo(b.higherIsBetter),
    description: b.description,
    url: b.url,
    results: n,
  }));
}

/** Sources with their result counts, oldest first. */
export function apiSources(db: Db) {
  return db
    .select({
      id: sources.id,
      title: sources.title,
      url: sources.url,
      publisher: sources.publisher,
      publishedAt: sources.publishedAt,
      kind: sources.kind,
      results: count(results.id),
    })
    .from(sources)
    .leftJoin(results, eq(results.sourceId, sources.id))
    .groupBy(sources.id)
    .orderBy(asc(sources.publishedAt), asc(sources.id))
    .all();
}
