import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { asc } from 'drizzle-orm';
import { databasePath, openDb, type Db } from './client';
import {
  BENCHMARK_COLUMNS,
  MODEL_COLUMNS,
  MODEL_OPTIONAL_COLUMNS,
  PACK_FILES,
  RESULT_COLUMNS,
  SOURCE_COLUMNS,
  SOURCE_OPTIONAL_COLUMNS,
  TABLE_COLUMNS,
  BENCHMARK_FACT_COLUMNS,
  type PackFile,
} from './pack/format';
import { escapeTextCell } from './pack/spreadsheet';
import { testSetFacts } from './facts';
import { intervalOf, roundPoint } from '../app/_lib/interval';
import { factsIndex, factsOf, type FactsIndex } from '../app/_lib/result-facts';
import { resultsSelect, type ResultQuery, type ScoreRow } from './result-query';
import { results } from './schema';

// CSV out of the database, streamed: results of any filtered view (the pages' "Download CSV"),
// and the whole database as a pack (PACK-FORMAT.md) that loads back into an empty database and
// exports again byte for byte. Rows come from better-sqlite3's raw iterator (drizzle has none
// for SQLite), mapped by position, and are written ~1,000 at a time.
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
  ...RESULT_COLUMNS,
  ...CANONICAL_COLUMNS,
  ...TABLE_LINK_COLUMNS,
  ...COMPUTED_COLUMNS,
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

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

/** How an export column is filled from a row of the results query. */
type Cell = { key: keyof ScoreRow; kind: 'text' | 'number' };
type StoredColumn = Exclude<ExportColumn, (typeof COMPUTED_COLUMNS)[number]>;

const CELLS: Record<StoredColumn, Cell> = {
  source_id: { key: 'sourceId', kind: 'text' },
  table: { key: 'tableRef', kind: 'text' },
  model: { key: 'modelPrinted', kind: 'text' },
  model_kind: { key: 'modelKind', kind: 'text' },
  mode: { key: 'mode', kind: 'text' },
  thinking_budget_tokens: { key: 'budget', kind: 'number' },
  benchmark: { key: 'benchmarkPrinted', kind: 'text' },
  benchmark_version: { key: 'version', kind: 'text' },
  metric: { key: 'metric', kind: 'text' },
  score: { key: 'scoreText', kind: 'number' }, // as printed: "72.50" stays "72.50"
  unit: { key: 'unit', kind: 'text' },
  verified_by: { key: 'verifiedBy', kind: 'text' },
  notes: { key: 'notes', kind: 'text' },
  model_id: { key: 'modelId', kind: 'text' },
  canonical_model: { key: 'model', kind: 'text' },
  family: { key: 'family', kind: 'text' },
  benchmark_id: { key: 'benchmarkId', kind: 'text' },
  canonical_benchmark: { key: 'benchmark', kind: 'text' },
  category: { key: 'category', kind: 'text' },
  table_url: { key: 'tableUrl', kind: 'text' },
  table_page: { key: 'tablePage', kind: 'number' },
};

/** A text cell as exported: spreadsheet-safe. null (unknown) is an empty cell. */
const text = (v: unknown): string => (v === null || v === undefined ? '' : escapeTextCell(String(v)));
/** A number as stored or printed, never prefixed (a negative score stays a number). */
const number = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** A query's SQL and parameters with the name of each selected column, by position. */
export type RawQuery = { sql: string; params: unknown[]; keys: readonly string[] };

/** The SQL of a results export: the view's rows (resultsSelect), in results.id order. */
export function resultsExportQuery(db: Db, q: ResultQuery): RawQuery {
  const query = resultsSelect(db, q).orderBy(asc(results.id));
  const { sql, params } = query.toSQL();
  // drizzle selects the fields in the order of the selection object's keys.
  return { sql, params, keys: Object.keys(query._.selectedFields) };
}

/** Runs a query with better-sqlite3's raw iterator: rows as arrays, one at a time. */
export function iterateRaw(sqlite: Database.Database, query: RawQuery): IterableIterator<unknown[]> {
  return sqlite
    .prepare(query.sql)
    .raw(true)
    .iterate(...query.params) as IterableIterator<unknown[]>;
}

/** Starts the query only when the first row is asked for (after the header). */
function* lazy<T>(make: () => Iterable<T>): Generator<T, void, undefined> {
  yield* make();
}

type Mapper = (row: readonly unknown[]) => string[];

/** The row's values that the computed columns read, by position. */
const INTERVAL_KEYS = ['benchmarkId', 'version', 'metric', 'unit', 'score', 'reporter'] as const;

function mapper(keys: readonly string[], columns: readonly ExportColumn[], facts: FactsIndex): Mapper {
  const at = (key: string, column: string) => {
    const index = keys.indexOf(key);
    if (index < 0) throw new Error(`the results query has no ${key} column for ${column}`);
    return index;
  };
  const plan = columns
    .filter((c): c is StoredColumn => c in CELLS)
    .map((column) => {
      const { key, kind } = CELLS[column];
      return { index: at(key, column), format: kind === 'number' ? number : text };
    });
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
      text(row[reporter!]),
    ];
  };
}

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

export type ResultsCsvOptions = {
  /** Add the canonical columns after the 13 results.csv columns (default true). */
  canonical?: boolean;
  chunkRows?: number;
  /** A seam for tests: wraps the database rows (e.g. to fail midway). */
  wrapRows?: (rows: IterableIterator<unknown[]>) => Iterable<readonly unknown[]>;
};

/** The CSV of a filtered results export, in chunks (see csvChunks), read through `db`. */
export function resultsCsvChunks(db: Db, q: ResultQuery, options: ResultsCsvOptions = {}) {
  const columns: readonly ExportColumn[] = options.canonical === false ? RESULT_COLUMNS : EXPORT_COLUMNS;
  const query = resultsExportQuery(db, q);
  const rows = lazy(() => {
    const raw = iterateRaw(db.$client, query);
    return options.wrapRows ? options.wrapRows(raw) : raw;
  });
  return csvChunks(columns, rows, mapper(query.keys, columns, factsIndex(testSetFacts(db))), options.chunkRows);
}

/**
 * Rows already read (a chart's rows) as the CSV of a results export: the same columns and cells
 * as /export.csv, in the rows' order, so the file loads back as a results pack.
 */
export function resultsCsvText(rows: readonly ScoreRow[], facts: FactsIndex): string {
  if (rows.length === 0) return csvText([EXPORT_COLUMNS]);
  const keys = Object.keys(rows[0]!) as (keyof ScoreRow)[];
  const map = mapper(keys, EXPORT_COLUMNS, facts);
  return csvText([EXPORT_COLUMNS, ...rows.map((r) => map(keys.map((k) => r[k])))]);
}

// ---------------------------------------------------------------------------------------------
// The whole database as a pack: every file of PACK_FILES (sources.csv, benchmarks.csv,
// models.csv, benchmark-facts.csv, results.csv, tables.csv).
// Order is fixed: insertion (rowid) order, canonical rows before alias rows, which is the order
// in which loading the files stores them again, so export -> load -> export gives the same bytes.

export const MODEL_EXPORT_COLUMNS = [...MODEL_COLUMNS, ...MODEL_OPTIONAL_COLUMNS] as const;
export const SOURCE_EXPORT_COLUMNS = [...SOURCE_COLUMNS, ...SOURCE_OPTIONAL_COLUMNS] as const;

const MODEL_FACTS = `org, architecture, total_params_b, active_params_b, layers, context_length_tokens,
  release_date, open_weights, license, source, family`;
const BENCHMARK_FACTS = 'category, unit, higher_is_better, description, url';

/** SQL per pack file; every selected column is a text cell except where `numeric` says. */
const PACK_SQL: Record<PackFile, { header: readonly string[]; sql: string[]; numeric?: number[] }> = {
  'sources.csv': {
    header: SOURCE_EXPORT_COLUMNS,
    // A source loaded without an org column is written with its publisher as org: the rule for
    // such a source (self-reported when the publisher is the model's org) is then the same.
    sql: ['SELECT id, title, url, publisher, published_at, kind, coalesce(org, publisher) FROM sources ORDER BY rowid'],
  },
  'benchmarks.csv': {
    header: BENCHMARK_COLUMNS,
    sql: [
      `SELECT name, '', ${BENCHMARK_FACTS} FROM benchmarks ORDER BY rowid`,
      `SELECT alias, alias_of, ${BENCHMARK_FACTS} FROM benchmark_aliases ORDER BY rowid`,
    ],
  },
  'models.csv': {
    header: MODEL_EXPORT_COLUMNS,
    sql: [
      `SELECT name, '', ${MODEL_FACTS} FROM models ORDER BY rowid`,
      `SELECT alias, alias_of, ${MODEL_FACTS} FROM model_aliases ORDER BY rowid`,
    ],
  },
  'results.csv': {
    header: RESULT_COLUMNS,
    sql: [
      `SELECT source_id, table_ref, model_name, model_kind, mode, thinking_budget_tokens, benchmark_name,
        benchmark_version, metric, score_text, unit, verified_by, notes FROM results ORDER BY id`,
    ],
    numeric: [RESULT_COLUMNS.indexOf('thinking_budget_tokens'), RESULT_COLUMNS.indexOf('score')],
  },
  'benchmark-facts.csv': {
    header: BENCHMARK_FACT_COLUMNS,
    sql: [
      `SELECT benchmark_name, benchmark_version, items, items_source, data_from, data_to, window_source, notes
       FROM benchmark_facts ORDER BY rowid`,
    ],
    numeric: [BENCHMARK_FACT_COLUMNS.indexOf('items')],
  },
  'tables.csv': {
    header: TABLE_COLUMNS,
    sql: ['SELECT source_id, table_ref, url, page FROM source_tables ORDER BY rowid'],
    numeric: [TABLE_COLUMNS.indexOf('page')],
  },
};

export function isPackFile(name: string): name is PackFile {
  return (PACK_FILES as readonly string[]).includes(name);
}

function* concat(sqlite: Database.Database, sqls: string[]): Generator<unknown[], void, undefined> {
  for (const sql of sqls) yield* iterateRaw(sqlite, { sql, params: [], keys: [] });
}

/** One file of the whole-database pack, in chunks (see csvChunks). */
export function packFileChunks(
  db: Db,
  file: PackFile,
  options: { chunkRows?: number; wrapRows?: ResultsCsvOptions['wrapRows'] } = {},
) {
  const spec = PACK_SQL[file];
  const numeric = new Set(spec.numeric ?? []);
  const formats = spec.header.map((_, i) => (numeric.has(i) ? number : text));
  const map: Mapper = (row) => formats.map((format, i) => format(row[i]));
  const rows = lazy(() => {
    const raw = concat(db.$client, spec.sql);
    return options.wrapRows ? options.wrapRows(raw) : raw;
  });
  return csvChunks(spec.header, rows, map, options.chunkRows);
}

export type PackExportSummary = { dir: string; files: Record<PackFile, { rows: number; bytes: number }> };

/**
 * Writes the whole database as a pack folder (every pack file, overwritten), read in one
 * transaction so the files agree with each other. A file is written under a temporary name and
 * renamed when complete, so a failure never leaves a cut file that looks whole.
 */
export async function exportPack(db: Db, dir: string): Promise<PackExportSummary> {
  fs.mkdirSync(dir, { recursive: true });
  const sqlite = db.$client;
  const files = {} as PackExportSummary['files'];
  const ownTransaction = !sqlite.inTransaction;
  if (ownTransaction) sqlite.exec('BEGIN');
  try {
    for (const file of PACK_FILES) {
      const target = path.join(dir, file);
      const partial = `${target}.partial`;
      const out = fs.openSync(partial, 'w');
      let bytes = 0;
      try {
        const chunks = packFileChunks(db, file);
        let next = chunks.next();
        while (!next.done) {
          const buffer = Buffer.from(next.value, 'utf8');
          bytes += buffer.length;
          fs.writeSync(out, buffer);
          next = chunks.next();
        }
        files[file] = { rows: next.value, bytes };
      } catch (error) {
        fs.closeSync(out);
        fs.rmSync(partial, { force: true });
        throw error;
      }
      fs.closeSync(out);
      fs.renameSync(partial, target);
    }
  } finally {
    if (ownTransaction && sqlite.inTransaction) sqlite.exec('COMMIT');
  }
  return { dir, files };
}

// ---------------------------------------------------------------------------------------------
// Streams for route handlers.

/**
 * Opens a read-only connection of its own for one export: better-sqlite3 cannot run other
 * statements on a connection while an iterator is open on it, and the server's shared
 * connection must stay free for the pages. WAL mode lets it read beside writers.
 */
export function openExportDb(file = databasePath()): Db {
  return openDb(file, { readonly: true });
}

/**
 * A byte stream of chunks, pulled as the client reads (backpressure: one chunk waits at a time).
 * If a chunk fails, the stream errors (controller.error), so the response is aborted instead
 * of ending like a complete file; `close` runs once, at the end, on error, on cancel or when
 * `signal` aborts (the request's: the client went away, whether or not the server noticed the
 * body was abandoned).
 *
 * Nothing is pulled until a reader asks (highWaterMark 0; the default of 1 pulls once at
 * construction): a response whose body nobody reads, such as HEAD answered by a GET handler,
 * never starts the query.
 */
export function chunkStream(
  chunks: Iterator<string, unknown, undefined>,
  close: () => void,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let closed = false;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const finish = () => {
    if (closed) return;
    closed = true;
    signal?.removeEventListener('abort', abort);
    close();
  };
  // Ends the query first: better-sqlite3 cannot close a connection while a statement runs.
  const stop = () => {
    if (closed) return;
    try {
      chunks.return?.(undefined);
    } finally {
      finish();
    }
  };
  function abort() {
    stop();
    // A reader still waiting learns why the body ended (a no-op once the stream is cancelled).
    controller?.error(signal?.reason ?? new Error('the request was aborted'));
  }
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', abort, { once: true });
  return new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        if (closed) c.error(signal?.reason ?? new Error('the request was aborted'));
      },
      pull(c) {
        if (closed) return;
        try {
          const next = chunks.next();
          if (next.done) {
            finish();
            c.close();
          } else {
            c.enqueue(encoder.encode(next.value));
          }
        } catch (error) {
          finish();
          console.error('CSV export failed midway; the response is aborted:', error);
          c.error(error);
        }
      },
      cancel() {
        stop();
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * A stream of CSV chunks read through a connection of its own. The connection is opened by the
 * first read of the body, not here: a response that is built but never read (HEAD, a client
 * gone before the first byte) holds no connection. It is closed when the stream ends, fails,
 * is cancelled or `signal` aborts.
 */
export function exportStream(
  open: () => Db,
  chunksOf: (db: Db) => Iterator<string, unknown, undefined>,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  let db: Db | null = null;
  let chunks: Iterator<string, unknown, undefined> | null = null;
  const close = () => {
    if (!db) return;
    try {
      db.$client.close();
    } catch (error) {
      // Still busy with an iterator that failed without finishing: left to the garbage collector.
      console.error('Could not close the export connection:', error);
    }
    db = null;
  };
  const lazy: Iterator<string, unknown, undefined> = {
    next() {
      if (!chunks) {
        db = open();
        chunks = chunksOf(db);
      }
      return chunks.next();
    },
    return(value?: unknown) {
      chunks?.return?.(undefined);
      return { done: true, value };
    },
  };
  return chunkStream(lazy, close, signal);
}
