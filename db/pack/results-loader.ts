import type { Db } from '../client';
import type { AddedCounts } from './counts';
import type { NameIndex } from './declarations';
import { suggest, type PackError } from './errors';
import {
  cellKey,
  NUMERIC_COLUMNS,
  RESULT_COLUMNS,
  RESULT_OPTIONAL_COLUMNS,
  resultRowSchema,
  type RunSettings,
} from './format';
import type { Journal } from './journal';
import type { LoadOptions, LoadReport } from './loader';
import { forEachRow } from './read-rows';
import { ResultsWriter, warnFractions, type FractionCandidate } from './results-writer';

// A pack's results.csv, inside loadPack's transaction (./loader.ts): each row read and checked
// (./read-rows.ts), its names resolved, and written (./results-writer.ts), streaming, so memory
// does not grow with the file.

export function resultCellKey(
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

type NameColumn = 'source_id' | 'model' | 'benchmark';

/** Streams results.csv: names checked (on invalid rows too), each valid row written. */
export async function loadResults(
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
): Promise<AddedCounts> {
  const { sqlite, error, report, modelIds, benchmarkIds, sourceIds, options } = c;
  const every = options.progressEvery ?? 100_000;
  const fractions: FractionCandidate[] = [];
  const writer = new ResultsWriter(sqlite, c.journal, report, error, fractions);

  /** The did-you-mean of each unknown name, worked out once however many rows repeat it. */
  const suggestions = new Map<string, string>();
  /** A name the pack does not declare (nor the database hold): said with a did-you-mean. */
  const unknown = (
    line: number,
    column: NameColumn,
    name: string,
    what: string,
    known: Iterable<string>,
    file: string,
  ) => {
    const key = `${column}\u0000${name}`;
    let near = suggestions.get(key);
    if (near === undefined) suggestions.set(key, (near = suggest(name, known)));
    error({
      file: resultsLabel,
      line,
      column,
      columnNumber: RESULT_COLUMNS.indexOf(column) + 1,
      message: `"${name}" is not a known ${what}${near}; declare it in the pack's ${file} or fix the spelling`,
    });
  };
  /** Names a row refers to that are not known: checked on invalid rows too, so one pass finds all. */
  const checkNames = (row: Partial<Record<NameColumn, string>>, line: number) => {
    const source = (row.source_id ?? '').trim();
    const model = (row.model ?? '').trim();
    const benchmark = (row.benchmark ?? '').trim();
    const modelId = modelIds.get(model);
    const benchmarkId = benchmarkIds.get(benchmark);
    let bad = false;
    if (source && !sourceIds.has(source)) {
      unknown(line, 'source_id', source, 'source', sourceIds, 'sources.csv');
      bad = true;
    }
    if (model && modelId === undefined) {
      unknown(line, 'model', model, 'model or alias', modelIds.keys(), 'models.csv');
      bad = true;
    }
    if (benchmark && benchmarkId === undefined) {
      unknown(line, 'benchmark', benchmark, 'benchmark or alias', benchmarkIds.keys(), 'benchmarks.csv');
      bad = true;
    }
    return { modelId, benchmarkId, bad };
  };

  await forEachRow(
    file,
    resultsLabel,
    {
      schema: resultRowSchema,
      required: RESULT_COLUMNS,
      onError: error,
      optional: RESULT_OPTIONAL_COLUMNS,
      numeric: NUMERIC_COLUMNS['results.csv'],
      onInvalidRow: (raw, line) => checkNames(raw, line),
    },
    ({ line, value: row }) => {
      report.rows++;
      if (options.onProgress && report.rows % every === 0) options.onProgress(report.rows);
      const { modelId, benchmarkId, bad } = checkNames(row, line);
      if (bad || modelId === undefined || benchmarkId === undefined) return;
      const key = resultCellKey(row, modelId, benchmarkId);
      writer.write({ row, file: resultsLabel, line, modelId, benchmarkId, key });
    },
  );
  writer.finish();
  warnFractions(sqlite, fractions, report);
  if (report.rows > every && options.onProgress && report.rows % every !== 0) options.onProgress(report.rows);
  return writer.added;
}
