import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Every pack column is stored as text exactly as written, so that an export gives back the
// same bytes; typed copies (numbers, resolved ids) sit beside them for queries.

export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(), // source_id as written
  title: text('title').notNull(),
  url: text('url').notNull(),
  publisher: text('publisher').notNull(),
  publishedAt: text('published_at').notNull(),
  kind: text('kind').notNull(),
});

const modelFacts = {
  org: text('org').notNull(),
  architecture: text('architecture').notNull(),
  totalParamsB: text('total_params_b').notNull(),
  activeParamsB: text('active_params_b').notNull(),
  layers: text('layers').notNull(),
  contextLengthTokens: text('context_length_tokens').notNull(),
  releaseDate: text('release_date').notNull(),
  openWeights: text('open_weights').notNull(),
  license: text('license').notNull(),
  source: text('source').notNull(),
  family: text('family').notNull().default(''),
};

export const models = sqliteTable(
  'models',
  {
    id: text('id').primaryKey(), // URL-safe slug of the name
    name: text('name').notNull().unique(),
    ...modelFacts,
    totalParams: real('total_params'), // billions; null = unknown
    activeParams: real('active_params'),
  },
  (t) => [index('models_family').on(t.family)],
);

/** Other spellings of a model; the row's other columns are kept as written. */
export const modelAliases = sqliteTable('model_aliases', {
  alias: text('alias').primaryKey(),
  aliasOf: text('alias_of').notNull(), // as written: a model or another alias
  modelId: text('model_id')
    .notNull()
    .references(() => models.id),
  ...modelFacts,
});

const benchmarkFacts = {
  category: text('category').notNull(),
  unit: text('unit').notNull(),
  higherIsBetter: text('higher_is_better').notNull(),
  description: text('description').notNull(),
  url: text('url').notNull(),
};

export const benchmarks = sqliteTable('benchmarks', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  ...benchmarkFacts,
});

export const benchmarkAliases = sqliteTable('benchmark_aliases', {
  alias: text('alias').primaryKey(),
  aliasOf: text('alias_of').notNull(),
  benchmarkId: text('benchmark_id')
    .notNull()
    .references(() => benchmarks.id),
  ...benchmarkFacts,
});

const resultColumns = {
  sourceId: text('source_id')
    .notNull()
    .references(() => sources.id),
  tableRef: text('table_ref').notNull(),
  modelName: text('model_name').notNull(), // as printed
  modelId: text('model_id')
    .notNull()
    .references(() => models.id),
  modelKind: text('model_kind').notNull(),
  mode: text('mode').notNull(),
  thinkingBudgetTokens: integer('thinking_budget_tokens'),
  benchmarkName: text('benchmark_name').notNull(), // as printed
  benchmarkId: text('benchmark_id')
    .notNull()
    .references(() => benchmarks.id),
  benchmarkVersion: text('benchmark_version').notNull(),
  metric: text('metric').notNull(),
  score: real('score').notNull(),
  scoreText: text('score_text').notNull(), // "72.50" stays "72.50"
  unit: text('unit').notNull(),
  verifiedBy: text('verified_by').notNull(),
  notes: text('notes').notNull(),
  /** What was measured: model, benchmark, version, metric, mode, budget (PACK-FORMAT "cell"). */
  cellKey: text('cell_key').notNull(),
};

export const results = sqliteTable(
  'results',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ...resultColumns,
  },
  (t) => [
    uniqueIndex('results_identity').on(t.cellKey, t.sourceId, t.tableRef),
    index('results_benchmark').on(t.benchmarkId, t.benchmarkVersion, t.mode, t.score),
    index('results_model').on(t.modelId, t.benchmarkId),
    index('results_source').on(t.sourceId, t.tableRef),
    // Few results have a thinking budget; the thinking page reads exactly those.
    index('results_budget')
      .on(t.thinkingBudgetTokens)
      .where(sql`${t.thinkingBudgetTokens} IS NOT NULL`),
  ],
);

/** tables.csv: where a table or figure of a source opens directly (a PDF at its page). */
export const sourceTables = sqliteTable(
  'source_tables',
  {
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    tableRef: text('table_ref').notNull(), // spelled as results.csv spells it
    url: text('url').notNull(),
    page: text('page').notNull(), // the printed page as written; '' = not given
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.tableRef] })],
);

/** Values that a `--replace` load overwrote, kept with when and by what. */
export const resultHistory = sqliteTable('result_history', {
  historyId: integer('history_id').primaryKey({ autoIncrement: true }),
  resultId: integer('result_id').notNull(),
  ...resultColumns,
  replacedAt: text('replaced_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

/** One row: bumped by every load that writes, so caches know when the data changed. */
export const dataVersion = sqliteTable('data_version', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export type Source = typeof sources.$inferSelect;
export type Model = typeof models.$inferSelect;
export type ModelAlias = typeof modelAliases.$inferSelect;
export type Benchmark = typeof benchmarks.$inferSelect;
export type BenchmarkAlias = typeof benchmarkAliases.$inferSelect;
export type Result = typeof results.$inferSelect;
export type NewResult = typeof results.$inferInsert;
