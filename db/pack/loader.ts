import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../client';
import { declareNamed, storedNames, type DeclarationCounts, type NamedKind } from './declarations';
import { suggest, type PackError } from './errors';
import {
  BENCHMARK_COLUMNS,
  MODEL_COLUMNS,
  PACK_FILES,
  MODEL_OPTIONAL_COLUMNS,
  RESULT_COLUMNS,
  SOURCE_COLUMNS,
  TABLE_COLUMNS,
  benchmarkRowSchema,
  cellKey,
  modelRowSchema,
  resultRowSchema,
  sourceRowSchema,
  tableRowSchema,
} from './format';
import { readRows, type Row } from './read-rows';
import { warnFractions, writeResult, type FractionCandidate, type SourceCounts } from './results-writer';
import { declareTables } from './source-tables';

export type LoadOptions = {
  dryRun?: boolean;
  replace?: boolean;
  /** Called every `progressEvery` result rows. */
  onProgress?: (rows: number) => void;
  progressEvery?: number;
  maxErrors?: number;
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
};

/** The pack files other than results.csv, as the report names them. */
export type DeclarationFile = 'sources' | 'models' | 'benchmarks' | 'tables';

export const MODEL_KIND: NamedKind = {
  noun: 'model',
  file: 'models.csv',
  table: 'models',
  aliasTable: 'model_aliases',
  aliasTarget: 'model_id',
  columns: MODEL_COLUMNS,
  facts: {
    org: 'org',
    architecture: 'architecture',
    total_params_b: 'total_params_b',
    active_params_b: 'active_params_b',
    layers: 'layers',
    context_length_tokens: 'context_length_tokens',
    release_date: 'release_date',
    open_weights: 'open_weights',
    license: 'license',
    source: 'source',
    family: 'family',
  },
};

export const BENCHMARK_KIND: NamedKind = {
  noun: 'benchmark',
  file: 'benchmarks.csv',
  table: 'benchmarks',
  aliasTable: 'benchmark_aliases',
  aliasTarget: 'benchmark_id',
  columns: BENCHMARK_COLUMNS,
  facts: {
    category: 'category',
    unit: 'unit',
    higher_is_better: 'higher_is_better',
    description: 'description',
    url: 'url',
  },
};

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
 */
export async function loadPack(db: Db, target: string, options: LoadOptions = {}): Promise<LoadReport> {
  const maxErrors = options.maxErrors ?? 100;
  const report: LoadReport = {
    ok: false,
    dryRun: Boolean(options.dryRun),
    errors: [],
    errorCount: 0,
    warnings: [],
    rows: 0,
    sources: {},
    declarations: {
      sources: { added: 0, unchanged: 0, replaced: 0 },
      models: { added: 0, unchanged: 0, replaced: 0 },
      benchmarks: { added: 0, unchanged: 0, replaced: 0 },
      tables: { added: 0, unchanged: 0, replaced: 0 },
    },
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
  const ctx = { sqlite, replace: Boolean(options.replace), error };

  sqlite.exec('BEGIN IMMEDIATE');
  try {
    if (files['sources.csv']) {
      const rows = await collect(readRows(files['sources.csv'], 'sources.csv', sourceRowSchema, SOURCE_COLUMNS, error));
      report.declarations.sources = declareSources(ctx, rows);
    }
    if (files['benchmarks.csv']) {
      const rows = await collect(
        readRows(files['benchmarks.csv'], 'benchmarks.csv', benchmarkRowSchema, BENCHMARK_COLUMNS, error),
      );
      report.declarations.benchmarks = declareNamed(ctx, BENCHMARK_KIND, rows, 'benchmark');
    }
    if (files['models.csv']) {
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
    const resultsLabel = label('results.csv');
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

    for await (const { line, value: row } of readRows(
      files['results.csv']!,
      resultsLabel,
      resultRowSchema,
      RESULT_COLUMNS,
      error,
      {
        numeric: ['score', 'thinking_budget_tokens'],
        onInvalidRow: (raw, line) => checkNames(raw, line),
      },
    )) {
      report.rows++;
      if (options.onProgress && report.rows % every === 0) options.onProgress(report.rows);
      const { modelId, benchmarkId, bad } = checkNames(row, line);
      if (bad || modelId === undefined || benchmarkId === undefined) continue;
      const budget = row.thinking_budget_tokens === '' ? null : Number(row.thinking_budget_tokens);
      const key = cellKey({
        modelId,
        benchmarkId,
        benchmarkVersion: row.benchmark_version,
        metric: row.metric,
        mode: row.mode,
        thinkingBudgetTokens: budget,
      });
      writeResult(
        sqlite,
        { row, file: resultsLabel, line, modelId, benchmarkId, budget, key },
        ctx.replace,
        report,
        error,
        fractions,
      );
    }
    warnFractions(sqlite, fractions, report);
    if (files['tables.csv']) {
      const rows = await collect(readRows(files['tables.csv'], 'tables.csv', tableRowSchema, TABLE_COLUMNS, error));
      report.declarations.tables = declareTables({ ...ctx, warning: (w) => report.warnings.push(w) }, rows, sourceIds);
    }
    if (report.rows > every && options.onProgress && report.rows % every !== 0) options.onProgress(report.rows);

    report.ok = report.errorCount === 0;
    if (report.ok && !report.dryRun) {
      if (changedSomething(report))
        sqlite
          .prepare(
            `INSERT INTO data_version (id, version, updated_at) VALUES (1, 1, strftime('%Y-%m-%dT%H:%M:%fZ','now'))
           ON CONFLICT(id) DO UPDATE SET version = version + 1, updated_at = excluded.updated_at`,
          )
          .run();
      sqlite.exec('COMMIT');
    } else {
      sqlite.exec('ROLLBACK');
    }
  } catch (e) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw e;
  }
  return report;
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

function declareSources(
  ctx: {
    sqlite: Db['$client'];
    replace: boolean;
    error: (e: PackError) => void;
  },
  rows: Row<Record<(typeof SOURCE_COLUMNS)[number], string>>[],
): DeclarationCounts {
  const counts: DeclarationCounts = { added: 0, unchanged: 0, replaced: 0 };
  const get = ctx.sqlite.prepare('SELECT * FROM sources WHERE id = ?');
  const seen = new Map<string, number>();
  for (const { line, value } of rows) {
    const first = seen.get(value.source_id);
    if (first !== undefined) {
      ctx.error({
        file: 'sources.csv',
        line,
        column: 'source_id',
        columnNumber: 1,
        message: `source "${value.source_id}" is declared twice, on lines ${first} and ${line}; keep one row`,
      });
      continue;
    }
    seen.set(value.source_id, line);
    const values = [value.source_id, value.title, value.url, value.publisher, value.published_at, value.kind];
    const stored = get.get(value.source_id) as Record<string, string> | undefined;
    if (!stored) {
      ctx.sqlite
        .prepare('INSERT INTO sources (id, title, url, publisher, published_at, kind) VALUES (?,?,?,?,?,?)')
        .run(...values);
      counts.added++;
      continue;
    }
    const storedValues = [stored.id, stored.title, stored.url, stored.publisher, stored.published_at, stored.kind];
    const differs = SOURCE_COLUMNS.findIndex((_, i) => storedValues[i] !== values[i]);
    if (differs === -1) counts.unchanged++;
    else if (ctx.replace) {
      ctx.sqlite
        .prepare('UPDATE sources SET title = ?, url = ?, publisher = ?, published_at = ?, kind = ? WHERE id = ?')
        .run(...values.slice(1), value.source_id);
      counts.replaced++;
    } else {
      const column = SOURCE_COLUMNS[differs]!;
      ctx.error({
        file: 'sources.csv',
        line,
        column,
        columnNumber: differs + 1,
        message: `source "${value.source_id}" is already stored with ${column} "${storedValues[differs]}", and this row says "${values[differs]}"; make the row match, or load with --replace`,
      });
    }
  }
  return counts;
}
