import { asc, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { storedColumn } from '../pack/columns';
import {
  BENCHMARK_COLUMNS,
  BENCHMARK_FACT_COLUMNS,
  MODEL_COLUMNS,
  MODEL_OPTIONAL_COLUMNS,
  RESULT_COLUMNS,
  RUN_SETTING_COLUMNS,
  SOURCE_COLUMNS,
  SOURCE_OPTIONAL_COLUMNS,
  TABLE_COLUMNS,
  type PackFile,
} from '../pack/format';
import {
  benchmarkAliases,
  benchmarkFacts,
  benchmarks,
  modelAliases,
  models,
  results,
  sources,
  sourceTables,
} from '../schema';
import { iterateRaw } from './results';

// The whole database as a pack (docs/PACK-FORMAT.md): each pack file's rows, read from the tables
// that store them (./pack/columns.ts says which column holds which pack column). Rows come in
// insertion order, canonical rows before alias rows: the order in which loading the files
// stores them again, so export -> load -> export gives the same bytes.

const MODEL_EXPORT_COLUMNS = [...MODEL_COLUMNS, ...MODEL_OPTIONAL_COLUMNS] as const;
const SOURCE_EXPORT_COLUMNS = [...SOURCE_COLUMNS, ...SOURCE_OPTIONAL_COLUMNS] as const;

/** Each pack file: its header and the tables its rows come from, in order. */
const PACK_TABLES: Record<PackFile, { header: readonly string[]; tables: SQLiteTable[]; order: 'rowid' | 'id' }> = {
  'sources.csv': { header: SOURCE_EXPORT_COLUMNS, tables: [sources], order: 'rowid' },
  'benchmarks.csv': { header: BENCHMARK_COLUMNS, tables: [benchmarks, benchmarkAliases], order: 'rowid' },
  'models.csv': { header: MODEL_EXPORT_COLUMNS, tables: [models, modelAliases], order: 'rowid' },
  'benchmark-facts.csv': { header: BENCHMARK_FACT_COLUMNS, tables: [benchmarkFacts], order: 'rowid' },
  'results.csv': { header: RESULT_COLUMNS, tables: [results], order: 'id' },
  'tables.csv': { header: TABLE_COLUMNS, tables: [sourceTables], order: 'rowid' },
};

/** What a pack column is exported as, when its table stores it under another rule. */
function cell(table: SQLiteTable, column: string): SQLiteColumn | SQL {
  // A source loaded without an org column is written with its publisher as org: the rule for
  // such a source (self-reported when the publisher is the model's org) is then the same.
  if (table === sources && column === 'org') return sql`coalesce(${sources.org}, ${sources.publisher})`;
  // A canonical model or benchmark is no alias: its alias_of is empty.
  return storedColumn(table, column)?.column ?? sql`''`;
}

/**
 * The header of a pack file. results.csv has the run settings that some stored result states
 * (PACK-FORMAT "Run settings"), after the 13 columns: a database without any exports as it did
 * before they existed, and one with them loads back to the same rows.
 */
export function packHeader(db: Db, file: PackFile): readonly string[] {
  const { header } = PACK_TABLES[file];
  if (file !== 'results.csv') return header;
  const stated = db.$client
    .prepare(`SELECT ${RUN_SETTING_COLUMNS.map((c) => `max("${c}" <> '')`).join(', ')} FROM results`)
    .raw(true)
    .get() as (number | null)[];
  return [...header, ...RUN_SETTING_COLUMNS.filter((_, i) => stated[i] === 1)];
}

/**
 * The rows of one pack file, as arrays in header order, one at a time (through the raw iterator,
 * as streamResults: results.csv is as long as the results table).
 */
export function* packRows(
  db: Db,
  file: PackFile,
  header: readonly string[] = packHeader(db, file),
): Generator<unknown[], void, undefined> {
  const { tables, order } = PACK_TABLES[file];
  for (const table of tables) {
    const fields = Object.fromEntries(header.map((c, i) => [`c${i}`, cell(table, c)]));
    const query = db
      .select(fields)
      .from(table)
      .orderBy(order === 'id' ? asc(results.id) : sql`rowid`);
    const { sql: text, params } = query.toSQL();
    yield* iterateRaw(db.$client, text, params);
  }
}
