import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

// Where each pack column (docs/PACK-FORMAT.md, ./format.ts) is stored: in the column of the same
// name of its table (db/schema.ts), except for the few renamed here. The loader writes, and the
// pack export reads, through this, so a column added to a pack file and to its table with the
// same name is written and exported without another line.

/** Pack columns stored under another name, per table (SQL names). */
const RENAMED: Record<string, Record<string, string>> = {
  results: { table: 'table_ref', model: 'model_name', benchmark: 'benchmark_name', score: 'score_text' },
  models: { model: 'name' },
  model_aliases: { model: 'alias' },
  benchmarks: { benchmark: 'name' },
  benchmark_aliases: { benchmark: 'alias' },
  sources: { source_id: 'id' },
  benchmark_facts: { benchmark: 'benchmark_name' },
  source_tables: { table: 'table_ref' },
};

/** The column of `table` that stores pack column `column`, with its schema key, or undefined. */
export function storedColumn(table: SQLiteTable, column: string): { key: string; column: SQLiteColumn } | undefined {
  const name = RENAMED[getTableName(table)]?.[column] ?? column;
  const found = Object.entries(getTableColumns(table)).find(([, c]) => c.name === name);
  return found && { key: found[0], column: found[1] as SQLiteColumn };
}

/** The stored column of each of `columns` (pack columns); every one must be stored. */
export function storedColumns(table: SQLiteTable, columns: readonly string[]) {
  return columns.map((c) => {
    const stored = storedColumn(table, c);
    if (!stored) throw new Error(`${getTableName(table)} has no column for the pack column ${c}`);
    return { pack: c, ...stored };
  });
}
