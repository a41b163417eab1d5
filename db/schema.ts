import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ARCHITECTURES, CATEGORIES, MODEL_KINDS, MODES, orEmpty, SOURCE_KINDS, UNITS, YES_NO } from '../lib/vocabulary';

// Every pack column is stored as text exactly as written, so that an export gives back the
// same bytes; typed copies (numbers, resolved ids) sit beside them for queries. A closed column
// (a mode, a unit, a category…) is typed by its words (lib/vocabulary.ts; '' where the pack may
// leave it empty): the loader refuses any other, so a query's rows need no cast.
// One piece (past 300 lines) because drizzle-kit reads one schema file to write the migrations,
// and each table's history sits next to the table it keeps.

export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(), // source_id as written
  title: text('title').notNull(),
  url: text('url').notNull(),
  publisher: text('publisher').notNull(),
  publishedAt: text('published_at').notNull(),
  kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
  /** The organisation that published it, when a maker of models; '' for an independent
   * evaluator; null when the pack had no org column (then the publisher stands in). */
  org: text('org'),
});

const modelFacts = {
  org: text('org').notNull(),
  architecture: text('architecture', { enum: orEmpty(ARCHITECTURES) }).notNull(),
  totalParamsB: text('total_params_b').notNull(),
  activeParamsB: text('active_params_b').notNull(),
  layers: text('layers').notNull(),
  contextLengthTokens: text('context_length_tokens').notNull(),
  releaseDate: text('release_date').notNull(),
  openWeights: text('open_weights', { enum: orEmpty(YES_NO) }).notNull(),
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

const benchmarkInfo = {
  category: text('category', { enum: orEmpty(CATEGORIES) }).notNull(),
  unit: text('unit', { enum: orEmpty(UNITS) }).notNull(),
  higherIsBetter: text('higher_is_better').notNull(),
  description: text('description').notNull(),
  url: text('url').notNull(),
};

export const benchmarks = sqliteTable('benchmarks', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  ...benchmarkInfo,
});

export const benchmarkAliases = sqliteTable('benchmark_aliases', {
  alias: text('alias').primaryKey(),
  aliasOf: text('alias_of').notNull(),
  benchmarkId: text('benchmark_id')
    .notNull()
    .references(() => benchmarks.id),
  ...benchmarkInfo,
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
  modelKind: text('model_kind', { enum: orEmpty(MODEL_KINDS) }).notNull(),
  mode: text('mode', { enum: MODES }).notNull(),
  thinkingBudgetTokens: integer('thinking_budget_tokens'),
  benchmarkName: text('benchmark_name').notNull(), // as printed
  benchmarkId: text('benchmark_id')
    .notNull()
    .references(() => benchmarks.id),
  benchmarkVersion: text('benchmark_version').notNull(),
  metric: text('metric').notNull(),
  score: real('score').notNull(),
  scoreText: text('score_text').notNull(), // "72.50" stays "72.50"
  unit: text('unit', { enum: UNITS }).notNull(),
  verifiedBy: text('verified_by').notNull(),
  notes: text('notes').notNull(),
  // The run settings (PACK-FORMAT "Run settings"), as written; '' = not stated by the source.
  harness: text('harness').notNull().default(''),
  harnessVersion: text('harness_version').notNull().default(''),
  nShot: text('n_shot').notNull().default(''),
  samples: text('samples').notNull().default(''),
  itemsUsed: text('items_used').notNull().default(''),
  temperature: text('temperature').notNull().default(''),
  maxOutputTokens: text('max_output_tokens').notNull().default(''),
  chatTemplate: text('chat_template', { enum: orEmpty(YES_NO) })
    .notNull()
    .default(''),
  host: text('host').notNull().default(''),
  quantization: text('quantization').notNull().default(''),
  runDate: text('run_date').notNull().default(''),
  /** What was measured: model, benchmark, version, metric, mode, budget and stated run settings (PACK-FORMAT "cell"). */
  cellKey: text('cell_key').notNull(),
  /**
   * The load that wrote these values (loads.id): the one that added the result, or the one that
   * last replaced its values; in a history row, the one that wrote the values kept there. With
   * the history's load_id (the load that replaced them) it says when each value was the stored
   * one, which is what a view as of a data version reads (db/queries/as-of.ts). Null: written
   * before the record of loads began (migration 0006 dates older rows; docs/export-and-api.md).
   */
  loadedIn: integer('loaded_in'),
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

/** benchmark-facts.csv: the test set behind a benchmark (or one version of it), each figure cited. */
const benchmarkFactColumns = {
  benchmarkId: text('benchmark_id')
    .notNull()
    .references(() => benchmarks.id),
  benchmarkVersion: text('benchmark_version').notNull(), // '' = every version without a row of its own
  benchmarkName: text('benchmark_name').notNull(), // as written (a name or an alias)
  items: text('items').notNull(), // as written; '' = not known
  itemCount: integer('item_count'), // items as a number; null = not known
  itemsSource: text('items_source').notNull(), // links separated by ' ; '
  dataFrom: text('data_from').notNull(), // YYYY or YYYY-MM; '' = not known
  dataTo: text('data_to').notNull(),
  windowSource: text('window_source').notNull(),
  notes: text('notes').notNull(),
};

export const benchmarkFacts = sqliteTable('benchmark_facts', benchmarkFactColumns, (t) => [
  primaryKey({ columns: [t.benchmarkId, t.benchmarkVersion] }),
]);

// Histories: the row as it was before a load replaced it (a correction, or --replace), with the
// load that did it (loads.id) and when. The current row stays in its own table.

const replaced = {
  historyId: integer('history_id').primaryKey({ autoIncrement: true }),
  loadId: integer('load_id'), // null: replaced before loads were recorded
  replacedAt: text('replaced_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
};

/** Values that a `--replace` load overwrote, kept with when and by what. */
export const resultHistory = sqliteTable('result_history', {
  historyId: replaced.historyId,
  resultId: integer('result_id').notNull(),
  ...resultColumns,
  replacedAt: replaced.replacedAt,
  loadId: replaced.loadId,
});

export const sourceHistory = sqliteTable('source_history', {
  ...replaced,
  id: text('id').notNull(),
  title: text('title').notNull(),
  url: text('url').notNull(),
  publisher: text('publisher').notNull(),
  publishedAt: text('published_at').notNull(),
  kind: text('kind').notNull(),
  org: text('org'),
});

/** A models.csv row as it was: a model (alias_of '') or an alias of one. */
export const modelHistory = sqliteTable('model_history', {
  ...replaced,
  name: text('name').notNull(),
  aliasOf: text('alias_of').notNull(),
  modelId: text('model_id').notNull(),
  ...modelFacts,
});

/** A benchmarks.csv row as it was: a benchmark (alias_of '') or an alias of one. */
export const benchmarkHistory = sqliteTable('benchmark_history', {
  ...replaced,
  name: text('name').notNull(),
  aliasOf: text('alias_of').notNull(),
  benchmarkId: text('benchmark_id').notNull(),
  ...benchmarkInfo,
});

export const sourceTableHistory = sqliteTable('source_table_history', {
  ...replaced,
  sourceId: text('source_id').notNull(),
  tableRef: text('table_ref').notNull(),
  url: text('url').notNull(),
  page: text('page').notNull(),
});

export const benchmarkFactHistory = sqliteTable('benchmark_fact_history', {
  ...replaced,
  ...benchmarkFactColumns,
  benchmarkId: text('benchmark_id').notNull(),
});

// The record of loads: one row per committed load that changed something (or, for a bundled
// pack, kept a value of the user's against it), with per-file / per-source counts and every
// replaced value old -> new. What changed, and when, for the page that lists it.

export const loads = sqliteTable('loads', {
  id: integer('id').primaryKey(),
  loadedAt: text('loaded_at').notNull(),
  /** The pack as the user named it (a path), or the bundled pack's folder. */
  pack: text('pack').notNull(),
  /** The bundled pack's name ('qwen3'), null for a user's own pack. */
  bundledPack: text('bundled_pack'),
  /** sha256 of the pack's files (bundled packs), null otherwise. */
  contentHash: text('content_hash'),
  replace: integer('replace', { mode: 'boolean' }).notNull(),
  /** data_version.version after this load. */
  dataVersion: integer('data_version').notNull(),
  /** results.csv rows read. */
  rows: integer('rows').notNull(),
});

export const loadCounts = sqliteTable(
  'load_counts',
  {
    loadId: integer('load_id')
      .notNull()
      .references(() => loads.id),
    file: text('file').notNull(), // 'results.csv', 'models.csv', ...
    sourceId: text('source_id').notNull(), // results.csv: per source; '' for the other files
    added: integer('added').notNull(),
    unchanged: integer('unchanged').notNull(),
    replaced: integer('replaced').notNull(),
  },
  (t) => [primaryKey({ columns: [t.loadId, t.file, t.sourceId] })],
);

export const loadChanges = sqliteTable(
  'load_changes',
  {
    id: integer('id').primaryKey(),
    loadId: integer('load_id')
      .notNull()
      .references(() => loads.id),
    file: text('file').notNull(),
    line: integer('line').notNull(),
    /** The row's identity, stable across loads (names resolved to ids). */
    key: text('key').notNull(),
    /** The row as a reader names it: "OpenAI-o3-mini (medium)", "qwen3-blog · Table 11 · …". */
    item: text('item').notNull(),
    column: text('column').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    /** 'replaced': new_value was stored; 'kept': a bundled pack said new_value, the user's old_value stayed;
     * 'added': a model or benchmark this load added (column 'id', new_value its id). */
    action: text('action').notNull(),
  },
  (t) => [index('load_changes_key').on(t.file, t.key, t.column)],
);

/** The bundled packs (db/seed/<name>) this database has loaded, at which version. */
export const bundledPacks = sqliteTable('bundled_packs', {
  name: text('name').primaryKey(),
  contentHash: text('content_hash').notNull(),
  loadedAt: text('loaded_at').notNull(),
  /** The load that brought this version (null when it changed nothing that was stored already). */
  loadId: integer('load_id'),
});

/**
 * How many results each model has on each benchmark: kept by the loader in the load's
 * transaction (db/pack/counts.ts), so that no page counts a million rows to list the catalog.
 */
export const resultPairs = sqliteTable(
  'result_pairs',
  {
    modelId: text('model_id').notNull(),
    benchmarkId: text('benchmark_id').notNull(),
    results: integer('results').notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelId, t.benchmarkId] }), index('result_pairs_benchmark').on(t.benchmarkId)],
);

/** Results per model, benchmark and source, and models per benchmark: kept with result_pairs. */
export const catalogCounts = sqliteTable(
  'catalog_counts',
  {
    kind: text('kind', { enum: ['model', 'benchmark', 'source'] }).notNull(),
    id: text('id').notNull(),
    results: integer('results').notNull(),
    /** For a benchmark: how many models have results on it; 0 otherwise. */
    models: integer('models').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.id] })],
);

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
export type BenchmarkFact = typeof benchmarkFacts.$inferSelect;
export type NewResult = typeof results.$inferInsert;
