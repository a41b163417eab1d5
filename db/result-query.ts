import { and, eq, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client';
import { benchmarkFacts, benchmarks, models, results, sources, sourceTables } from './schema';

/** What a view asks of the results; built from URL filters (app/_lib/filters.ts). */
export type ResultQuery = {
  benchmarkId?: string;
  modelIds?: string[];
  sourceId?: string;
  tableRef?: string;
  /** 'all' keeps every mode; 'thinking'/'non-thinking' keep n/a baselines beside them. */
  mode?: 'all' | 'thinking' | 'non-thinking' | 'base';
  kind?: string;
  family?: string;
  open?: 'yes' | 'no';
  maxActive?: number;
  version?: string;
  metric?: string;
  unit?: string;
  category?: string;
  /** 'none': only results without a thinking budget; 'set': only those with one. */
  budget?: 'none' | 'set';
  /** Benchmark versions that start with this text (e.g. a context length). */
  versionLike?: string;
  /** Who reported the number: the model's maker ('self') or anyone else ('independent'). */
  reporter?: Reporter;
  /** 'after-release': only results whose benchmark's items were made after the model's release. */
  window?: 'after-release';
};

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
  cellKey: results.cellKey,
};

/** From tables.csv (left join): where the number's table opens, and its printed page. */
const tableColumns = {
  tableUrl: sourceTables.url,
  tablePage: sourceTables.page,
};

/**
 * Who reported the number (PACK-FORMAT, sources.csv `org`): 'self' when the source's org is the
 * model's org, else 'independent'. A source loaded without an org column (org null) is judged by
 * its publisher instead. An empty org (an independent evaluator) or an unknown model org never
 * makes a number self-reported.
 */
export const reporterSql = sql<Reporter>`CASE WHEN coalesce(${sources.org}, ${sources.publisher}) <> ''
  AND coalesce(${sources.org}, ${sources.publisher}) = ${models.org} THEN 'self' ELSE 'independent' END`;
export type Reporter = 'self' | 'independent';

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

/**
 * A prefix as a LIKE pattern that matches it literally: versions are printed text ("14 languages
 * (10% sample)"), so a % or _ typed into versionPrefix means itself, not "anything".
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function resultConditions(q: ResultQuery): SQL | undefined {
  const c: (SQL | undefined)[] = [];
  if (q.benchmarkId) c.push(eq(results.benchmarkId, q.benchmarkId));
  if (q.modelIds) c.push(inArray(results.modelId, q.modelIds));
  if (q.sourceId) c.push(eq(results.sourceId, q.sourceId));
  if (q.tableRef) c.push(eq(results.tableRef, q.tableRef));
  if (q.mode === 'thinking' || q.mode === 'non-thinking') c.push(inArray(results.mode, [q.mode, 'n/a']));
  if (q.mode === 'base') c.push(eq(results.mode, 'base'));
  if (q.kind) c.push(eq(results.modelKind, q.kind));
  if (q.family) c.push(eq(models.family, q.family));
  if (q.open) c.push(eq(models.openWeights, q.open));
  if (q.maxActive !== undefined) c.push(lte(models.activeParams, q.maxActive));
  if (q.version !== undefined) c.push(eq(results.benchmarkVersion, q.version));
  if (q.versionLike !== undefined)
    c.push(sql`${results.benchmarkVersion} LIKE ${`${escapeLike(q.versionLike)}%`} ESCAPE '\\'`);
  if (q.metric !== undefined) c.push(eq(results.metric, q.metric));
  if (q.unit) c.push(eq(results.unit, q.unit));
  if (q.category) c.push(eq(benchmarks.category, q.category));
  if (q.budget === 'none') c.push(isNull(results.thinkingBudgetTokens));
  if (q.budget === 'set') c.push(isNotNull(results.thinkingBudgetTokens));
  // Both read the result's source and model: every query using these conditions joins them.
  if (q.reporter) c.push(sql`(${reporterSql}) = ${q.reporter}`);
  if (q.window === 'after-release') c.push(itemsPostdateSql);
  return c.length ? and(...c) : undefined;
}

/** Results joined with their model, benchmark and source, filtered; order and limit are the caller's. */
export function resultsSelect(db: Db, q: ResultQuery) {
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
    .where(resultConditions(q));
}
