import { stringify } from 'csv-stringify/sync';
import type { ScoreRow } from './queries/results';
import { NUMERIC_COLUMNS, RESULT_FILE_COLUMNS } from './pack/format';
import { escapeTextCell } from './pack/spreadsheet';
import { intervalOf, roundPoint } from '../lib/interval';
import { factsOf, type FactsIndex } from '../lib/result-facts';

// Writing CSV: rows of cells as RFC 4180 text, and a result (a row of the results query) as the
// cells of a results export. Pure: the rows come from db/queries, the bytes go wherever the
// caller sends them (a file, an HTTP response, a chart's CSV).
//
// RFC 4180: CRLF between records, a field quoted when it holds a comma, a quote, CR or LF.
// Spreadsheet safety (PACK-FORMAT "Exports that go into spreadsheets"): every text cell goes
// through escapeTextCell; numbers (score as printed, thinking budget) are written as they are.

/** Canonical columns that follow the 13 results.csv columns in a results export. */
export const CANONICAL_COLUMNS = [
  'model_id',
  'canonical_model',
  'family',
  'benchmark_id',
  'canonical_benchmark',
  'category',
] as const;
/** Where the number's table opens (tables.csv): its url and printed page; empty when not known. */
export const TABLE_LINK_COLUMNS = ['table_url', 'table_page'] as const;
/**
 * Computed here, never published: the 95% Wilson interval of the score over the test set's items
 * (app/_lib/interval.ts; empty where none is defined), the item count it uses, and who reported
 * the number ('self': the model's maker; 'independent').
 */
export const COMPUTED_COLUMNS = ['interval_low', 'interval_high', 'items', 'reporter'] as const;
export const EXPORT_COLUMNS = [
  ...RESULT_FILE_COLUMNS,
  ...CANONICAL_COLUMNS,
  ...TABLE_LINK_COLUMNS,
  ...COMPUTED_COLUMNS,
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Rows per chunk of a streamed file: one row per chunk was 3x slower (STACK.md). */
export const CHUNK_ROWS = 1000;

const CSV_OPTIONS = { record_delimiter: 'windows', quote_record_delimiter: true } as const;
const NEEDS_QUOTES = /[",\r\n]/;

/** Rows of cells (already escaped or numeric) as RFC 4180 text, each record ended by CRLF. */
export function csvText(rows: readonly (readonly string[])[]): string {
  let out = '';
  for (const cells of rows) out += csvRecord(cells);
  return out;
}

/**
 * One record. csv-stringify does the quoting; a record none of whose cells holds a quote, a
 * comma or a line break needs none, and is joined directly (the export's fast path: most rows).
 */
export function csvRecord(cells: readonly string[]): string {
  for (const cell of cells) if (NEEDS_QUOTES.test(cell)) return stringify([cells as string[]], CSV_OPTIONS);
  return `${cells.join(',')}\r\n`;
}

/** A text cell as exported: spreadsheet-safe. null (unknown) is an empty cell. */
export const textCell = (v: unknown): string => (v === null || v === undefined ? '' : escapeTextCell(String(v)));
/** A number as stored or printed, never prefixed (a negative score stays a number). */
export const numberCell = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** A row, by position, as the cells of a file. */
export type Mapper = (row: readonly unknown[]) => string[];

/**
 * Chunks of CSV text: the header, then the rows in groups of `chunkRows`. Rows are pulled from
 * `rows` only as chunks are taken, so memory holds one chunk whatever the number of rows.
 */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly unknown[]>,
  map: Mapper,
  chunkRows = CHUNK_ROWS,
): Generator<string, number, undefined> {
  yield csvText([header]);
  let batch: string[][] = [];
  let count = 0;
  for (const row of rows) {
    batch.push(map(row));
    count++;
    if (batch.length >= chunkRows) {
      yield csvText(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield csvText(batch);
  return count;
}

type StoredColumn = Exclude<ExportColumn, (typeof COMPUTED_COLUMNS)[number]>;

/** Export columns read from a result under another key than their name in camelCase (table_url: tableUrl). */
const ROW_KEYS: Partial<Record<StoredColumn, keyof ScoreRow>> = {
  table: 'tableRef',
  model: 'modelPrinted',
  thinking_budget_tokens: 'budget',
  benchmark: 'benchmarkPrinted',
  benchmark_version: 'version',
  score: 'scoreText', // as printed: "72.50" stays "72.50"
  canonical_model: 'model',
  canonical_benchmark: 'benchmark',
};
const rowKey = (column: StoredColumn): string =>
  ROW_KEYS[column] ?? column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
/** Cells written as numbers: the pack's numeric columns, and the printed page. */
const NUMBERS = new Set<string>([...NUMERIC_COLUMNS['results.csv'], 'table_page']);

/** The row's values that the computed columns read. */
const INTERVAL_KEYS = ['benchmarkId', 'version', 'metric', 'unit', 'score', 'reporter'] as const;

/**
 * The cells of `columns` (export columns) from a results row given as an array whose values are
 * named by `keys` (a raw row of the results query, or a ScoreRow's values in key order).
 */
export function resultMapper(keys: readonly string[], columns: readonly ExportColumn[], facts: FactsIndex): Mapper {
  const at = (key: string, column: string) => {
    const index = keys.indexOf(key);
    if (index < 0) throw new Error(`the results query has no ${key} column for ${column}`);
    return index;
  };
  const plan = columns
    .filter((c): c is StoredColumn => !(COMPUTED_COLUMNS as readonly string[]).includes(c))
    .map((column) => ({ index: at(rowKey(column), column), format: NUMBERS.has(column) ? numberCell : textCell }));
  if (!columns.includes('interval_low')) return (row) => plan.map(({ index, format }) => format(row[index]));
  const [benchmarkId, version, metric, unit, score, reporter] = INTERVAL_KEYS.map((k) => at(k, 'interval_low'));
  return (row) => {
    const r = { benchmarkId: row[benchmarkId!], version: row[version!], metric: row[metric!], unit: row[unit!] };
    const interval = intervalOf(
      {
        ...(r as { benchmarkId: string; version: string; metric: string; unit: string }),
        score: row[score!] as number,
      },
      factsOf(facts, r.benchmarkId as string, r.version as string),
    );
    return [
      ...plan.map(({ index, format }) => format(row[index])),
      interval ? roundPoint(interval.low).toFixed(1) : '',
      interval ? roundPoint(interval.high).toFixed(1) : '',
      interval ? String(interval.n) : '',
      textCell(row[reporter!]),
    ];
  };
}

/**
 * Rows already read (a chart's rows) as the CSV of a results export: the same columns and cells
 * as /export.csv, in the rows' order, so the file loads back as a results pack.
 */
export function resultsCsvText(rows: readonly ScoreRow[], facts: FactsIndex): string {
  if (rows.length === 0) return csvText([EXPORT_COLUMNS]);
  const keys = Object.keys(rows[0]!) as (keyof ScoreRow)[];
  const map = resultMapper(keys, EXPORT_COLUMNS, facts);
  return csvText([EXPORT_COLUMNS, ...rows.map((r) => map(keys.map((k) => r[k])))]);
}
