import {
  and,
  asc,
  count,
  countDistinct,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lte,
  max,
  min,
  sql,
  type SQL,
} from 'drizzle-orm';
import type Database from 'better-sqlite3';
import { modelList, RESULT_FILTER_KEYS, type ResultFilters } from '../../lib/filters';
import type { Db } from '../client';
import { benchmarkFacts, benchmarks, models, results, sources, sourceTables } from '../schema';

// The results of a view: one filter (the URL's, app/_lib/filters.ts) turned into one WHERE, one
// select of a result with its model, benchmark, source and table link, one order and one count.
// Every reader of results goes through here: pages and charts (memoised, ./index.ts), the JSON
// API, the CSV exports (streamResults) and the tests.
// One piece (past 300 lines) because the filter's clauses, the select and the orders are one
// query: split, a filter could be read by one reader and not another.

const scoreColumns = {
  id: results.id,
  sourceId: results.sourceId,
  sourceTitle: sources.title,
  sourceKind: sources.kind,
  sourceUrl: sources.url,
  sourcePublisher: sources.publisher,
  tableRef: results.tableRef,
  modelId: results.modelId,
  model: models.name,
  modelPrinted: results.modelName,
  org: models.org,
  family: models.family,
  architecture: models.architecture,
  activeParams: models.activeParams,
  totalParams: models.totalParams,
  openWeights: models.openWeights,
  releaseDate: models.releaseDate,
  modelKind: results.modelKind,
  mode: results.mode,
  budget: results.thinkingBudgetTokens,
  benchmarkId: results.benchmarkId,
  benchmark: benchmarks.name,
  benchmarkPrinted: results.benchmarkName,
  category: benchmarks.category,
  version: results.benchmarkVersion,
  metric: results.metric,
  score: results.score,
  scoreText: results.scoreText,
  unit: results.unit,
  verifiedBy: results.verifiedBy,
  notes: results.notes,
  // The run settings, as written ('' = not stated by the source).
  harness: results.harness,
  harnessVersion: results.harnessVersion,
  nShot: results.nShot,
  samples: results.samples,
  itemsUsed: results.itemsUsed,
  temperature: results.temperature,
  maxOutputTokens: results.maxOutputTokens,
  chatTemplate: results.chatTemplate,
  host: results.host,
  quantization: results.quantization,
  runDate: results.runDate,
  cellKey: results.cellKey,
};

/** From tables.csv (left join): where the number's table opens, and its printed page. */
const tableColumns = {
  tableUrl: sourceTables.url,
  tablePage: sourceTables.page,
};

export type Reporter = 'self' | 'independent';

/**
 * Who reported the number (PACK-FORMAT, sources.csv `org`): 'self' when the source's org is the
 * model's org, else 'independent'. A source loaded without an org column (org null) is judged by
 * its publisher instead. An empty org (an independent evaluator) or an unknown model org never
 * makes a number self-reported.
 */
const reporterSql = sql<Reporter>`CASE WHEN coalesce(${sources.org}, ${sources.publisher}) <> ''
  AND coalesce(${sources.org}, ${sources.publisher}) = ${models.org} THEN 'self' ELSE 'independent' END`;

/** A result as every view reads it: the select's columns, typed from the schema. */
export type ScoreRow = {
  [K in keyof typeof scoreColumns]: (typeof scoreColumns)[K]['_']['notNull'] extends true
    ? (typeof scoreColumns)[K]['_']['data']
    : (typeof scoreColumns)[K]['_']['data'] | null;
} & {
  /** null when tables.csv has no row for the (source, table): link to the source instead. */
  tableUrl: string | null;
  /** The printed page as written ('' or null when not given). */
  tablePage: string | null;
  /** Self-reported (the model's maker published the number) or independent. */
  reporter: Reporter;
};

/**
 * The first month the result's test items were made (benchmark-facts.csv data_from): its
 * version's row, else the benchmark's row for every version ('' when not known).
 */
const itemsFromSql = sql<string | null>`coalesce(
  (SELECT ${benchmarkFacts.dataFrom} FROM ${benchmarkFacts} WHERE ${benchmarkFacts.benchmarkId} = ${results.benchmarkId}
    AND ${benchmarkFacts.benchmarkVersion} = ${results.benchmarkVersion}),
  (SELECT ${benchmarkFacts.dataFrom} FROM ${benchmarkFacts} WHERE ${benchmarkFacts.benchmarkId} = ${results.benchmarkId}
    AND ${benchmarkFacts.benchmarkVersion} = ''))`;

/** The items were made after the model's release: their month (or year) is later (result-facts.ts itemsPostdate). */
const itemsPostdateSql = sql`(${itemsFromSql}) > substr(${models.releaseDate}, 1, length(${itemsFromSql}))
  AND ${models.releaseDate} <> ''`;

type FilterKey = keyof ResultFilters;

/**
 * Each filter's clause, from its parsed value (never undefined here): one entry for every key a
 * view's filters can hold (RESULT_FILTER_KEYS), so a filter added to the schema without its
 * clause here fails to compile instead of being silently ignored. An entry may give no clause
 * (an empty list of models, 'all' modes).
 */
const CLAUSES: { [K in FilterKey]-?: (value: NonNullable<ResultFilters[K]>, f: ResultFilters) => SQL | undefined } = {
  benchmark: (v) => (v ? eq(results.benchmarkId, v) : undefined),
  models: (_, f) => {
    const modelIds = modelList(f);
    return modelIds.length > 0 ? inArray(results.modelId, modelIds) : undefined;
  },
  source: (v) => (v ? eq(results.sourceId, v) : undefined),
  table: (v) => (v ? eq(results.tableRef, v) : undefined),
  // 'all' keeps every mode; thinking and non-thinking keep the n/a baselines beside them.
  mode: (v) =>
    v === 'thinking' || v === 'non-thinking'
      ? inArray(results.mode, [v, 'n/a'])
      : v === 'base'
        ? eq(results.mode, 'base')
        : undefined,
  kind: (v) => (v ? eq(results.modelKind, v) : undefined),
  family: (v) => (v ? eq(models.family, v) : undefined),
  open: (v) => (v ? eq(models.openWeights, v) : undefined),
  maxActive: (v) => lte(models.activeParams, v),
  version: (v) => eq(results.benchmarkVersion, v),
  // Versions are printed text ("14 languages (10% sample)"): a prefix is compared as it is, case,
  // % and _ included (LIKE would ignore case and read % and _ as wildcards).
  versionPrefix: (v) => sql`substr(${results.benchmarkVersion}, 1, length(${v})) = ${v}`,
  metric: (v) => eq(results.metric, v),
  unit: (v) => (v ? eq(results.unit, v) : undefined),
  category: (v) => (v ? eq(benchmarks.category, v) : undefined),
  budget: (v) =>
    v === 'none'
      ? isNull(results.thinkingBudgetTokens)
      : v === 'set'
        ? isNotNull(results.thinkingBudgetTokens)
        : undefined,
  reporter: (v) => (v ? sql`(${reporterSql}) = ${v}` : undefined),
  window: (v) => (v === 'after-release' ? itemsPostdateSql : undefined),
};

/**
 * The WHERE of a view's filters, their clauses in link order (RESULT_FILTER_KEYS); every query
 * using it joins the result's model, benchmark and source.
 */
function resultWhere(f: ResultFilters): SQL | undefined {
  const c: (SQL | undefined)[] = [];
  for (const key of RESULT_FILTER_KEYS) {
    const value = f[key];
    if (value !== undefined) c.push((CLAUSES[key] as (v: typeof value, f: ResultFilters) => SQL | undefined)(value, f));
  }
  return c.length ? and(...c) : undefined;
}

/** Results joined with their model, benchmark, source and table link, filtered; order and limit are the caller's. */
export function resultsSelect(db: Db, f: ResultFilters, also?: SQL) {
  return db
    .select({ ...scoreColumns, ...tableColumns, reporter: reporterSql.as('reporter') })
    .from(results)
    .innerJoin(models, eq(models.id, results.modelId))
    .innerJoin(benchmarks, eq(benchmarks.id, results.benchmarkId))
    .innerJoin(sources, eq(sources.id, results.sourceId))
    .leftJoin(
      sourceTables,
      and(eq(sourceTables.sourceId, results.sourceId), eq(sourceTables.tableRef, results.tableRef)),
    )
    .where(also ? and(resultWhere(f), also) : resultWhere(f));
}

/**
 * A view's leaders without reading the view: every result that holds its best score (the highest,
 * or the lowest where lower is better), and how many models the view holds. The benchmark index
 * asks this of every benchmark; reading each benchmark's results whole took 39 s at 1M results.
 */
export function bestResults(db: Db, f: ResultFilters, lowerIsBetter: boolean): { rows: ScoreRow[]; models: number } {
  const summary = db
    .select({ best: lowerIsBetter ? min(results.score) : max(results.score), models: countDistinct(results.modelId) })
    .from(results)
    .innerJoin(models, eq(models.id, results.modelId))
    .innerJoin(benchmarks, eq(benchmarks.id, results.benchmarkId))
    .innerJoin(sources, eq(sources.id, results.sourceId))
    .where(resultWhere(f))
    .get();
  if (summary?.best === null || summary?.best === undefined) return { rows: [], models: 0 };
  const rows = resultsSelect(db, f, eq(results.score, summary.best))
    .orderBy(...resultOrder({ sort: 'score' }))
    .all();
  return { rows, models: summary.models };
}

/** How many results a view's filters select (the same joins as resultsSelect; the left join adds none). */
export function countResults(db: Db, f: ResultFilters): number {
  return (
    db
      .select({ n: count() })
      .from(results)
      .innerJoin(models, eq(models.id, results.modelId))
      .innerJoin(benchmarks, eq(benchmarks.id, results.benchmarkId))
      .innerJoin(sources, eq(sources.id, results.sourceId))
      .where(resultWhere(f))
      .get()?.n ?? 0
  );
}

export type ResultsOrder = { sort?: 'score' | 'model' | 'source'; dir?: 'asc' | 'desc' };

/**
 * The one order of results. `sort` names the first key and `dir` its direction (by default best
 * score first, names and sources A to Z); ties go best score first, then by name, then in load
 * order. Unsorted, results come in load order (results.id), which `dir` may reverse.
 */
function resultOrder({ sort, dir }: ResultsOrder = {}): SQL[] {
  const by = (column: SQL | Parameters<typeof asc>[0], fallback: 'asc' | 'desc') =>
    (dir ?? fallback) === 'asc' ? asc(column) : desc(column);
  switch (sort) {
    case 'score':
      return [by(results.score, 'desc'), asc(models.name), asc(results.id)];
    case 'model':
      // Case-insensitive, as a reader sorts names (DeepSeek beside Deepseek, LLaMA beside Llama).
      return [by(sql`${models.name} COLLATE NOCASE`, 'asc'), desc(results.score), asc(results.id)];
    case 'source':
      return [by(results.sourceId, 'asc'), asc(results.tableRef), desc(results.score), asc(results.id)];
    default:
      return [by(results.id, 'asc')];
  }
}

/**
 * The most results one view reads whole (a page, a chart, a file): far above any view the
 * dashboard shows (one benchmark, one model, a few models), which page or stream beyond it (the
 * API and the CSV exports). A larger view is refused, never cut short.
 */
export const RESULTS_LIMIT = 100_000;

/** A view that selects more results than RESULTS_LIMIT: say so, and how to narrow it. */
export class ResultLimitError extends Error {
  constructor(readonly total: number) {
    super(
      `This view selects ${total} results, more than the ${RESULTS_LIMIT} one view can show; narrow it with a filter (a benchmark, a model, a source), or page through it with /api/results or download it with /export.csv.`,
    );
    this.name = 'ResultLimitError';
  }
}

/**
 * A view's results, best score first: all of them (ResultLimitError past RESULTS_LIMIT), or the
 * best `top` when asked for.
 */
export function resultRows(db: Db, f: ResultFilters, top?: number): ScoreRow[] {
  const rows = resultsSelect(db, f)
    .orderBy(...resultOrder({ sort: 'score' }))
    .limit(top ?? RESULTS_LIMIT + 1)
    .all();
  if (top === undefined && rows.length > RESULTS_LIMIT) throw new ResultLimitError(countResults(db, f));
  return rows;
}

export type Paging = ResultsOrder & { page: number; pageSize: number };

/** One page of a view's results (page from 1) in the one order, and how many there are in all. */
export function resultsPage(db: Db, f: ResultFilters, p: Paging): { rows: ScoreRow[]; total: number } {
  const rows = resultsSelect(db, f)
    .orderBy(...resultOrder(p))
    .limit(p.pageSize)
    .offset((p.page - 1) * p.pageSize)
    .all();
  return { rows, total: countResults(db, f) };
}

/** The versions, metrics and units of the results a view selects, largest first. */
export function resultVariants(db: Db, f: ResultFilters) {
  return db
    .select({
      version: results.benchmarkVersion,
      metric: results.metric,
      unit: results.unit,
      results: count(),
      models: sql<number>`count(distinct ${results.modelId})`,
    })
    .from(results)
    .innerJoin(models, eq(models.id, results.modelId))
    .innerJoin(benchmarks, eq(benchmarks.id, results.benchmarkId))
    .innerJoin(sources, eq(sources.id, results.sourceId))
    .where(resultWhere(f))
    .groupBy(results.benchmarkVersion, results.metric, results.unit)
    .orderBy(desc(count()), asc(results.benchmarkVersion))
    .all();
}

/** A query's rows as arrays, one at a time from the first asked for, the name of each column by position, and its SQL. */
type RowStream = {
  keys: readonly (keyof ScoreRow)[];
  rows: Generator<unknown[], void, undefined>;
  sql: string;
  params: unknown[];
};

/**
 * Every result of a view in load order (results.id), one at a time: for exports of any size.
 * drizzle has no iterator for SQLite, so the query drizzle builds runs through better-sqlite3's
 * raw iterator, rows mapped by position. Measured (`npm run bench -- --only export`, 1M rows):
 * the CSV export at 0.6-0.7 of the sqlite3 shell writing the same query to CSV, memory flat; an
 * array of all rows (drizzle's .all()) would hold the whole export in memory.
 *
 * The iterator holds `db`'s connection until it ends: better-sqlite3 runs nothing else on a
 * connection while one of its statements iterates, so give it a connection of its own.
 */
export function streamResults(db: Db, f: ResultFilters): RowStream {
  const query = resultsSelect(db, f).orderBy(...resultOrder());
  const { sql: text, params } = query.toSQL();
  return {
    // drizzle selects the fields in the order of the selection object's keys.
    keys: Object.keys(query._.selectedFields) as (keyof ScoreRow)[],
    rows: iterateRaw(db.$client, text, params),
    sql: text,
    params,
  };
}

/** Runs SQL with better-sqlite3's raw iterator, rows as arrays, from the first row asked for. */
export function* iterateRaw(
  sqlite: Database.Database,
  text: string,
  params: unknown[],
): Generator<unknown[], void, undefined> {
  yield* sqlite
    .prepare(text)
    .raw(true)
    .iterate(...params) as IterableIterator<unknown[]>;
}
