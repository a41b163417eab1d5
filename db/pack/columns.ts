import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

// Where each pack column (docs/PACK-FORMAT.md, ./format.ts) is stored: in the column of the same
// name of its table (db/schema.ts), except for the few renamed here. The writers and the pack
// export go through this, so a column added to a pack file and to its table under the same name
// is written, kept in the history and exported without another line.

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

/** Columns that hold a pack column's value as a number too, for sorting and charts (SQL name: pack column). */
const NUMBER_COPIES: Record<string, Record<string, string>> = {
  results: { score: 'score' },
  models: { total_params: 'total_params_b', active_params: 'active_params_b' },
  benchmark_facts: { item_count: 'items' },
};

type Stored = { key: string; column: SQLiteColumn };

/** Each table's columns by SQL name, with their schema keys. */
const byName = new WeakMap<SQLiteTable, Map<string, Stored>>();

/** The column of `table` that stores pack column `column`, with its schema key, or undefined. */
export function storedColumn(table: SQLiteTable, column: string): Stored | undefined {
  let columns = byName.get(table);
  if (!columns) {
    columns = new Map(
      Object.entries(getTableColumns(table)).map(([key, c]) => [c.name, { key, column: c as SQLiteColumn }]),
    );
    byName.set(table, columns);
  }
  return columns.get(RENAMED[getTableName(table)]?.[column] ?? column);
}

/** The stored column of each of `columns` (pack columns); every one must be stored. */
export function storedColumns(table: SQLiteTable, columns: readonly string[]): (Stored & { pack: string })[] {
  return columns.map((c) => {
    const stored = storedColumn(table, c);
    if (!stored) throw new Error(`${getTableName(table)} has no column for the pack column ${c}`);
    return { pack: c, ...stored };
  });
}

/** The SQL names of a table's columns, but `skip` (schema keys), in the table's order. */
export function columnNames(table: SQLiteTable, skip: readonly string[] = []): string[] {
  return Object.entries(getTableColumns(table))
    .filter(([key]) => !skip.includes(key))
    .map(([, c]) => c.name);
}

/** The columns of `table` that hold pack column `column` as a number too (SQL names). */
export function numberCopies(table: SQLiteTable, column: string): string[] {
  return Object.entries(NUMBER_COPIES[getTableName(table)] ?? {})
    .filter(([, pack]) => pack === column)
    .map(([name]) => name);
}

/** A pack cell as a number column stores it: '' (not given) is null. */
export const asNumber = (v: string | undefined): number | null => (v === undefined || v === '' ? null : Number(v));

type PackRow = Readonly<Record<string, string | undefined>>;

export type RowWriter<G extends string> = {
  /** The SQL names of the columns written, in the order of `values`. */
  names: readonly string[];
  /** A row's values in the order of `names`. */
  values: (row: PackRow, given: Readonly<Record<G, unknown>>) => unknown[];
};

/**
 * How a load fills the columns of `table` (all but `skip`, schema keys) from a pack row: a pack
 * column as written (in a number column, as a number), a number copy of one, or a value the load
 * works out (`given`, by schema key: resolved ids, keys). A column that is none of these is left
 * to its default; without one, it is a mistake, thrown when the writer is made.
 */
export function rowWriter<G extends string>(
  table: SQLiteTable,
  packColumns: readonly string[],
  given: readonly G[],
  skip: readonly string[] = [],
): RowWriter<G> {
  const tableName = getTableName(table);
  const copies = NUMBER_COPIES[tableName] ?? {};
  const fills: ((row: PackRow, given: Readonly<Record<G, unknown>>) => unknown)[] = [];
  const names: string[] = [];
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (skip.includes(key)) continue;
    const pack = packColumns.find((c) => storedColumn(table, c)?.key === key);
    const copyOf = copies[column.name];
    if ((given as readonly string[]).includes(key)) fills.push((_, g) => g[key as G]);
    else if (pack !== undefined) {
      // A pack column the file lacks (an optional one) is written as the column's default.
      const absent = typeof column.default === 'string' || typeof column.default === 'number' ? column.default : null;
      fills.push(
        column.dataType === 'number'
          ? (row) => (row[pack] === undefined ? absent : asNumber(row[pack]))
          : (row) => row[pack] ?? absent,
      );
    } else if (copyOf !== undefined) fills.push((row) => asNumber(row[copyOf]));
    else if (column.hasDefault)
      continue; // left to its default
    else throw new Error(`nothing fills ${tableName}.${column.name} from a pack row`);
    names.push(column.name);
  }
  return {
    names,
    values: (row, g) => {
      const out = new Array<unknown>(fills.length);
      for (let i = 0; i < fills.length; i++) out[i] = fills[i]!(row, g);
      return out;
    },
  };
}

/** The INSERT of a writer's columns into `table`, to run with its `values`. */
export function insertSql(table: SQLiteTable, writer: RowWriter<string>): string {
  const names = writer.names.map((n) => `"${n}"`).join(', ');
  return `INSERT INTO "${getTableName(table)}" (${names}) VALUES (${writer.names.map(() => '?').join(', ')})`;
}
