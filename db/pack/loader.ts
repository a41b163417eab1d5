import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../client';
import { refreshCounts, touchedNothing, type Touched } from './counts';
import { refreshSearchIndex } from './search-index';
import type { z } from 'zod';
import { declareBenchmarkFacts, factKey } from './benchmark-facts';
import {
  BENCHMARK_KIND,
  declareNamed,
  MODEL_KIND,
  storedNames,
  type DeclarationCounts,
  type NameIndex,
} from './declarations';
import { formatPackError, suggest, type PackError } from './errors';
import {
  BENCHMARK_COLUMNS,
  BENCHMARK_FACT_COLUMNS,
  MODEL_COLUMNS,
  MODEL_OPTIONAL_COLUMNS,
  PACK_FILES,
  NUMERIC_COLUMNS,
  RESULT_COLUMNS,
  RESULT_OPTIONAL_COLUMNS,
  SOURCE_COLUMNS,
  SOURCE_OPTIONAL_COLUMNS,
  TABLE_COLUMNS,
  benchmarkFactRowSchema,
  benchmarkRowSchema,
  cellKey,
  modelRowSchema,
  resultRowSchema,
  sourceRowSchema,
  type RunSettings,
  tableRowSchema,
  type PackFile,
} from './format';
import { addEarlier, Journal, type Earlier } from './journal';
import { readRows } from './read-rows';
import { warnFractions, writeResult, type FractionCandidate, type SourceCounts } from './results-writer';
import { declareTables } from './source-tables';
import { declareSources } from './sources';

export type LoadOptions = {
  dryRun?: boolean;
  replace?: boolean;
  /** Called every `progressEvery` result rows. */
  onProgress?: (rows: number) => void;
  progressEvery?: number;
  maxErrors?: number;
  /** How the record of loads names the pack (default: the path given). */
  label?: string;
  /** A bundled pack (db/seed/<name>): corrections apply as journal.ts describes. */
  bundled?: BundledLoad;
};

export type BundledLoad = {
  name: string;
  /** sha256 of the pack's files: the version that bundled_packs remembers. */
  hash: string;
  /** Folders holding files of earlier versions of the pack (db/seed/earlier/<name>/<version>). */
  earlier: string[];
};

export type LoadReport = {
  ok: boolean;
  dryRun: boolean;
  /** The first `maxErrors` errors; `errorCount` counts them all. */
  errors: PackError[];
  errorCount: number;
  warnings: PackError[];
  rows: number;
  sources: Record<string, SourceCounts>;
  declarations: Record<DeclarationFile, DeclarationCounts>;
  /** The id of this load in the record of loads (loads.id), when it was recorded. */
  loadId: number | null;
};

/** The pack files other than results.csv, as the report names them (file name without .csv). */
export type DeclarationFile = 'sources' | 'models' | 'benchmarks' | 'benchmark-facts' | 'tables';

/** Finds the files of a pack: a folder with results.csv (and maybe the others), or one .csv file. */
export function packFiles(target: string): { files: Partial<Record<string, string>> } | { error: PackError } {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat)
    return {
      error: {
        file: target,
        line: 0,
        message: 'no such file or folder; give a pack folder or a .csv file',
      },
    };
  if (stat.isFile()) {
    if (!target.toLowerCase().endsWith('.csv'))
      return {
        error: {
          file: target,
          line: 0,
          message: 'this is not a .csv file; give a pack folder or a results .csv file',
        },
      };
    return { files: { 'results.csv': target } };
  }
  const files: Record<string, string> = {};
  for (const name of PACK_FILES) {
    const file = path.join(target, name);
    if (fs.existsSync(file)) files[name] = file;
  }
  if (!files['results.csv'])
    return {
      error: {
        file: path.join(target, 'results.csv'),
        line: 0,
        message: 'a pack folder must hold a results.csv',
      },
    };
  return { files };
}

/**
 * Loads a pack in one transaction: all of it, or (on any error, or a dry run) nothing.
 * Results stream through, so memory does not grow with the size of results.csv.
 *
 * Inside a transaction the caller opened, the load is a savepoint instead: an error rolls back to
 * it; otherwise (a dry run too) it is released, and the caller's transaction decides.
 *
 * A load that changes something (or, for a bundled pack, keeps a user's value against it) is
 * recorded: loads, load_counts, load_changes. A bundled pack's version goes into bundled_packs.
 */
export async function loadPack(db: Db, target: string, options: LoadOptions = {}): Promise<LoadReport> {
  const maxErrors = options.maxErrors ?? 100;
  const zero = () => ({ added: 0, unchanged: 0, replaced: 0 });
  const report: LoadReport = {
    ok: false,
    dryRun: Boolean(options.dryRun),
    errors: [],
    errorCount: 0,
    warnings: [],
    rows: 0,
    sources: {},
    declarations: {
      sources: zero(),
      models: zero(),
      benchmarks: zero(),
      'benchmark-facts': zero(),
      tables: zero(),
    },
    loadId: null,
  };
  const error = (e: PackError) => {
    report.errorCount++;
    if (report.errors.length < maxErrors) report.errors.push(e);
  };
  const found = packFiles(target);
  if ('error' in found) {
    error(found.error);
    return report;
  }
  const { files } = found;
  const label = (name: string) => (fs.statSync(target).isFile() ? path.basename(target) : name);
  const sqlite = db.$client;
  const outer = sqlite.inTransaction;
  const earlier: Earlier = new Map();
  const bundled = options.bundled;

  sqlite.exec(outer ? 'SAVEPOINT load_pack' : 'BEGIN IMMEDIATE');
  try {
    // The load's row exists from the start (history rows and changes point at it); it is
    // removed again at the end when there is nothing to record. No AUTOINCREMENT: no trace.
    const loadId = (sqlite.prepare('SELECT coalesce(max(id), 0) + 1 FROM loads').pluck().get() as number) ?? 1;
    sqlite
      .prepare(
        `INSERT INTO loads (id, loaded_at, pack, bundled_pack, content_hash, replace, data_version, rows)
         VALUES (?, '', ?, ?, ?, ?, 0, 0)`,
      )
      .run(loadId, options.label ?? target, bundled?.name ?? null, bundled?.hash ?? null, options.replace ? 1 : 0);
    const journal = new Journal(
      sqlite,
      loadId,
      options.replace ? 'replace' : bundled ? 'bundled' : 'conflict',
      earlier,
      (w) => report.warnings.push(w),
    );
    const ctx = { sqlite, journal, error };
    /** The rows of a file in the bundled pack's earlier versions (a broken one is a bug: thrown). */
    const earlierRows = async <S extends z.ZodType<unknown, Record<string, string>>>(
      name: PackFile,
      schema: S,
      required: readonly string[],
      optional: readonly string[] = [],
    ) => {
      const rows: { line: number; value: z.output<S> }[] = [];
      for (const dir of bundled?.earlier ?? []) {
        const file = path.join(dir, name);
        if (!fs.existsSync(file)) continue;
        const problems: PackError[] = [];
        for await (const row of readRows(file, file, schema, required, (e) => problems.push(e), { optional }))
          rows.push(row);
        if (problems.length > 0)
          throw new Error(`an earlier version of a bundled pack is broken: ${formatPackError(problems[0]!)}`);
      }
      return rows;
    };

    if (files['sources.csv']) {
      for (const { value } of await earlierRows(
        'sources.csv',
        sourceRowSchema,
        SOURCE_COLUMNS,
        SOURCE_OPTIONAL_COLUMNS,
      ))
        addEarlier(earlier, 'sources.csv', value.source_id, { ...value, org: value.org ?? null });
      const rows = await collect(
        readRows(files['sources.csv'], 'sources.csv', sourceRowSchema, SOURCE_COLUMNS, error, {
          optional: SOURCE_OPTIONAL_COLUMNS,
        }),
      );
      report.declarations.sources = declareSources(ctx, rows);
    }
    if (files['benchmarks.csv']) {
      for (const { value } of await earlierRows('benchmarks.csv', benchmarkRowSchema, BENCHMARK_COLUMNS))
        addEarlier(earlier, 'benchmarks.csv', value.benchmark, value);
      const rows = await collect(
        readRows(files['benchmarks.csv'], 'benchmarks.csv', benchmarkRowSchema, BENCHMARK_COLUMNS, error),
      );
      report.declarations.benchmarks = declareNamed(ctx, BENCHMARK_KIND, rows, 'benchmark');
    }
    if (files['models.csv']) {
      for (const { value } of await earlierRows('models.csv', modelRowSchema, MODEL_COLUMNS, MODEL_OPTIONAL_COLUMNS))
        addEarlier(earlier, 'models.csv', value.model, { ...value, family: value.family ?? '' });
      const rows = await collect(
        readRows(files['models.csv'], 'models.csv', modelRowSchema, MODEL_COLUMNS, error, {
          optional: MODEL_OPTIONAL_COLUMNS,
        }),
      );
      report.declarations.models = declareNamed(ctx, MODEL_KIND, rows, 'model');
    }

    const modelIds = storedNames(sqlite, MODEL_KIND);
    const benchmarkIds = storedNames(sqlite, BENCHMARK_KIND);
    const sourceIds = new Set(sqlite.prepare('SELECT id FROM sources').pluck().all() as string[]);

    if (files['benchmark-facts.csv']) {
      for (const { value } of await earlierRows(
        'benchmark-facts.csv',
        benchmarkFactRowSchema,
        BENCHMARK_FACT_COLUMNS,
      )) {
        const id = benchmarkIds.get(value.benchmark);
        if (id !== undefined) addEarlier(earlier, 'benchmark-facts.csv', factKey(id, value.benchmark_version), value);
      }
      const rows = await collect(
        readRows(
          files['benchmark-facts.csv'],
          'benchmark-facts.csv',
          benchmarkFactRowSchema,
          BENCHMARK_FACT_COLUMNS,
          error,
          { numeric: ['items'] },
        ),
      );
      report.declarations['benchmark-facts'] = declareBenchmarkFacts(ctx, rows, benchmarkIds);
    }

    for (const { value: row } of await earlierRows(
      'results.csv',
      resultRowSchema,
      RESULT_COLUMNS,
      RESULT_OPTIONAL_COLUMNS,
    )) {
      const [modelId, benchmarkId] = [modelIds.get(row.model), benchmarkIds.get(row.benchmark)];
      if (modelId === undefined || benchmarkId === undefined) continue;
      const key = resultCellKey(row, modelId, benchmarkId);
      addEarlier(earlier, 'results.csv', JSON.stringify([row.source_id, row.table, key]), row);
    }
    const touched = await loadResults(files['results.csv']!, label('results.csv'), {
      sqlite,
      journal,
      error,
      report,
      modelIds,
      benchmarkIds,
      sourceIds,
      options,
    });

    if (files['tables.csv']) {
      for (const { value } of await earlierRows('tables.csv', tableRowSchema, TABLE_COLUMNS))
        addEarlier(earlier, 'tables.csv', JSON.stringify([value.source_id, value.table]), value);
      const rows = await collect(readRows(files['tables.csv'], 'tables.csv', tableRowSchema, TABLE_COLUMNS, error));
      report.declarations.tables = declareTables({ ...ctx, warning: (w) => report.warnings.push(w) }, rows, sourceIds);
    }

    report.ok = report.errorCount === 0;
    if (report.ok && !report.dryRun) {
      const changed = changedSomething(report);
      if (changed) {
        sqlite
          .prepare(
            `INSERT INTO data_version (id, version, updated_at) VALUES (1, 1, strftime('%Y-%m-%dT%H:%M:%fZ','now'))
           ON CONFLICT(id) DO UPDATE SET version = version + 1, updated_at = excluded.updated_at`,
          )
          .run();
        refreshSearchIndex(sqlite);
        refreshCounts(sqlite, touched);
      }
      if (changed || journal.changes > 0) {
        recordLoad(sqlite, loadId, report);
        report.loadId = loadId;
      } else {
        sqlite.prepare('DELETE FROM loads WHERE id = ?').run(loadId);
      }
      if (bundled)
        sqlite
          .prepare(
            `INSERT INTO bundled_packs (name, content_hash, loaded_at, load_id)
             VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?)
             ON CONFLICT(name) DO UPDATE SET content_hash = excluded.content_hash, loaded_at = excluded.loaded_at,
               load_id = excluded.load_id
             WHERE bundled_packs.content_hash != excluded.content_hash`,
          )
          .run(bundled.name, bundled.hash, report.loadId);
    }
    const keep = report.ok && (!report.dryRun || outer);
    if (outer) {
      if (!keep) sqlite.exec('ROLLBACK TO load_pack');
      sqlite.exec('RELEASE load_pack');
    } else {
      sqlite.exec(keep ? 'COMMIT' : 'ROLLBACK');
    }
  } catch (e) {
    if (outer) {
      sqlite.exec('ROLLBACK TO load_pack');
      sqlite.exec('RELEASE load_pack');
    } else if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw e;
  }
  return report;
}

/** Writes the load's row (when, which data version) and its counts per file and per source. */
function recordLoad(sqlite: Db['$client'], loadId: number, report: LoadReport): void {
  sqlite
    .prepare(
      `UPDATE loads SET loaded_at = strftime('%Y-%m-%dT%H:%M:%fZ','now'), rows = ?,
         data_version = coalesce((SELECT version FROM data_version WHERE id = 1), 0)
       WHERE id = ?`,
    )
    .run(report.rows, loadId);
  const insert = sqlite.prepare(
    'INSERT INTO load_counts (load_id, file, source_id, added, unchanged, replaced) VALUES (?,?,?,?,?,?)',
  );
  for (const [sourceId, c] of Object.entries(report.sources))
    insert.run(loadId, 'results.csv', sourceId, c.added, c.unchanged, c.replaced);
  for (const [file, c] of Object.entries(report.declarations))
    if (c.added + c.unchanged + c.replaced > 0) insert.run(loadId, `${file}.csv`, '', c.added, c.unchanged, c.replaced);
}

function resultCellKey(
  row: { benchmark_version: string; metric: string; mode: string; thinking_budget_tokens: string } & RunSettings,
  modelId: string,
  benchmarkId: string,
): string {
  return cellKey({
    settings: row,
    modelId,
    benchmarkId,
    benchmarkVersion: row.benchmark_version,
    metric: row.metric,
    mode: row.mode,
    thinkingBudgetTokens: row.thinking_budget_tokens === '' ? null : Number(row.thinking_budget_tokens),
  });
}

/** Streams results.csv: names checked (on invalid rows too), each valid row written. */
async function loadResults(
  file: string,
  resultsLabel: string,
  c: {
    sqlite: Db['$client'];
    journal: Journal;
    error: (e: PackError) => void;
    report: LoadReport;
    modelIds: NameIndex;
    benchmarkIds: NameIndex;
    sourceIds: Set<string>;
    options: LoadOptions;
  },
): Promise<Touched> {
  const { sqlite, error, report, modelIds, benchmarkIds, sourceIds, options } = c;
  const touched = touchedNothing();
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS load_lines (result_id INTEGER PRIMARY KEY, line INTEGER NOT NULL)');
  sqlite.exec('DELETE FROM temp.load_lines');
  const every = options.progressEvery ?? 100_000;
  const fractions: FractionCandidate[] = [];

  /** Names a row refers to that are not known: checked on invalid rows too, so one pass finds all. */
  const checkNames = (row: Partial<Record<'source_id' | 'model' | 'benchmark', string>>, line: number) => {
    const at = (column: 'source_id' | 'model' | 'benchmark', message: string): PackError => ({
      file: resultsLabel,
      line,
      column,
      columnNumber: RESULT_COLUMNS.indexOf(column) + 1,
      message,
    });
    const name = (v: string | undefined) => (v ?? '').trim();
    const [source, model, benchmark] = [name(row.source_id), name(row.model), name(row.benchmark)];
    const modelId = modelIds.get(model);
    const benchmarkId = benchmarkIds.get(benchmark);
    let bad = false;
    if (source && !sourceIds.has(source)) {
      error(
        at(
          'source_id',
          `"${source}" is not a known source${suggest(source, sourceIds)}; declare it in the pack's sources.csv or fix the spelling`,
        ),
      );
      bad = true;
    }
    if (model && modelId === undefined) {
      error(
        at(
          'model',
          `"${model}" is not a known model or alias${suggest(model, modelIds.keys())}; declare it in the pack's models.csv or fix the spelling`,
        ),
      );
      bad = true;
    }
    if (benchmark && benchmarkId === undefined) {
      error(
        at(
          'benchmark',
          `"${benchmark}" is not a known benchmark or alias${suggest(benchmark, benchmarkIds.keys())}; declare it in the pack's benchmarks.csv or fix the spelling`,
        ),
      );
      bad = true;
    }
    return { modelId, benchmarkId, bad };
  };

  for await (const { line, value: row } of readRows(file, resultsLabel, resultRowSchema, RESULT_COLUMNS, error, {
    optional: RESULT_OPTIONAL_COLUMNS,
    numeric: NUMERIC_COLUMNS['results.csv'],
    onInvalidRow: (raw, line) => checkNames(raw, line),
  })) {
    report.rows++;
    if (options.onProgress && report.rows % every === 0) options.onProgress(report.rows);
    const { modelId, benchmarkId, bad } = checkNames(row, line);
    if (bad || modelId === undefined || benchmarkId === undefined) continue;
    const key = resultCellKey(row, modelId, benchmarkId);
    touched.models.add(modelId);
    touched.benchmarks.add(benchmarkId);
    touched.sources.add(row.source_id);
    writeResult(
      sqlite,
      { row, file: resultsLabel, line, modelId, benchmarkId, key },
      c.journal,
      report,
      error,
      fractions,
    );
  }
  warnFractions(sqlite, fractions, report);
  if (report.rows > every && options.onProgress && report.rows % every !== 0) options.onProgress(report.rows);
  return touched;
}

function changedSomething(report: LoadReport): boolean {
  const counts = [...Object.values(report.sources), ...Object.values(report.declarations)];
  return counts.some((c) => c.added + c.replaced > 0);
}

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
}
