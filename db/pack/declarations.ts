import type Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { benchmarkAliases, benchmarkHistory, benchmarks, modelAliases, modelHistory, models } from '../schema';
import { asNumber, insertSql, numberCopies, rowWriter, storedColumns, type RowWriter } from './columns';
import type { PackError } from './errors';
import { BENCHMARK_COLUMNS, MODEL_COLUMNS, MODEL_OPTIONAL_COLUMNS, slugify, type PackFile } from './format';
import type { Journal } from './journal';
import type { Row } from './read-rows';

// Models and benchmarks declared by a pack (models.csv, benchmarks.csv) against the stored ones.
// One piece (past 300 lines) because both kinds go through the same steps: names, aliases and
// their chains, conflicts, history.

/** Where a name (canonical or alias) leads: the canonical id. */
export type NameIndex = Map<string, string>;

export type DeclarationCounts = {
  added: number;
  unchanged: number;
  replaced: number;
};

/** A table of named things with aliases: models or benchmarks. */
export type NamedKind = {
  noun: 'model' | 'benchmark';
  file: PackFile;
  table: string;
  aliasTable: string;
  aliasTarget: string; // the alias table's column holding the canonical id
  history: string; // the table that keeps replaced rows (canonical and alias rows alike)
  /** pack column -> database column, for the facts stored with each row (the same in both tables) */
  facts: Record<string, string>;
  /** The file's columns in header order (optional ones, which may sit elsewhere, left out). */
  columns: readonly string[];
  /** The drizzle tables, for the columns a row writes. */
  tables: { canonical: SQLiteTable; alias: SQLiteTable };
};

/** A kind's names and tables; its facts are its file's columns after the name and alias_of, as stored. */
function namedKind(
  noun: NamedKind['noun'],
  file: PackFile,
  tables: { canonical: SQLiteTable; alias: SQLiteTable; history: SQLiteTable },
  columns: readonly string[],
  optional: readonly string[],
): NamedKind {
  const facts = storedColumns(tables.canonical, [...columns.slice(2), ...optional]);
  return {
    noun,
    file,
    table: getTableName(tables.canonical),
    aliasTable: getTableName(tables.alias),
    aliasTarget: `${noun}_id`,
    history: getTableName(tables.history),
    facts: Object.fromEntries(facts.map((f) => [f.pack, f.column.name])),
    columns,
    tables,
  };
}

export const MODEL_KIND = namedKind(
  'model',
  'models.csv',
  { canonical: models, alias: modelAliases, history: modelHistory },
  MODEL_COLUMNS,
  MODEL_OPTIONAL_COLUMNS,
);
export const BENCHMARK_KIND = namedKind(
  'benchmark',
  'benchmarks.csv',
  { canonical: benchmarks, alias: benchmarkAliases, history: benchmarkHistory },
  BENCHMARK_COLUMNS,
  [],
);

type NamedRow = { alias_of: string } & Record<string, string | undefined>;

export type Context = {
  sqlite: Database.Database;
  journal: Journal;
  error: (e: PackError) => void;
};

const q = (id: string) => `"${id}"`;

/** Loads the names already stored: canonical names and aliases, each to its canonical id. */
export function storedNames(sqlite: Database.Database, kind: NamedKind): NameIndex {
  const index: NameIndex = new Map();
  for (const r of sqlite
    .prepare(`SELECT name, id FROM ${q(kind.table)}`)
    .raw()
    .iterate() as Iterable<[string, string]>)
    index.set(r[0], r[1]);
  for (const r of sqlite
    .prepare(`SELECT alias, ${q(kind.aliasTarget)} FROM ${q(kind.aliasTable)}`)
    .raw()
    .iterate() as Iterable<[string, string]>)
    index.set(r[0], r[1]);
  return index;
}

/**
 * Declares a pack's models or benchmarks (canonical rows and alias rows) against the stored
 * ones: new names are added, equal declarations change nothing, different facts are conflicts.
 */
export function declareNamed(
  ctx: Context,
  kind: NamedKind,
  rows: Row<NamedRow & Record<string, string | undefined>>[],
  nameColumn: string,
): DeclarationCounts {
  const counts: DeclarationCounts = { added: 0, unchanged: 0, replaced: 0 };
  const { sqlite } = ctx;
  const canonical = new Map<string, { id: string }>();
  for (const r of sqlite.prepare(`SELECT name, id FROM ${q(kind.table)}`).all() as { name: string; id: string }[])
    canonical.set(r.name, { id: r.id });
  const storedAliases = new Map<string, string>();
  for (const r of sqlite.prepare(`SELECT alias, ${q(kind.aliasTarget)} AS target FROM ${q(kind.aliasTable)}`).all() as {
    alias: string;
    target: string;
  }[])
    storedAliases.set(r.alias, r.target);
  const ids = new Set([...canonical.values()].map((c) => c.id));
  // Prepared once for the whole file, not once per row: with a thousand models that was a third
  // of the time of declaring them.
  const insert = inserter(sqlite);
  const storedCanonical = sqlite.prepare(`SELECT * FROM ${q(kind.table)} WHERE id = ?`);
  const storedAlias = sqlite.prepare(`SELECT * FROM ${q(kind.aliasTable)} WHERE alias = ?`);

  const seen = new Map<string, number>();
  const declaredAliases = new Map<string, Row<NamedRow>>();
  const newCanonical: { row: Row<NamedRow>; name: string }[] = [];
  for (const row of rows) {
    const name = row.value[nameColumn]!;
    const first = seen.get(name);
    if (first !== undefined) {
      ctx.error({
        file: kind.file,
        line: row.line,
        column: nameColumn,
        columnNumber: 1,
        message: `"${name}" is declared twice, on lines ${first} and ${row.line}; keep one row`,
      });
      continue;
    }
    seen.set(name, row.line);
    if (row.value.alias_of !== '') {
      declaredAliases.set(name, row);
      continue;
    }
    if (storedAliases.has(name)) {
      ctx.error({
        file: kind.file,
        line: row.line,
        column: nameColumn,
        columnNumber: 1,
        message: `"${name}" is already stored as another name (alias) of a ${kind.noun}; declare it as an alias with alias_of, or choose another name`,
      });
      continue;
    }
    newCanonical.push({ row, name });
  }

  const factColumns = Object.entries(kind.facts);
  for (const { row, name } of newCanonical) {
    const facts = factColumns.filter(([col]) => row.value[col] !== undefined);
    const stored = canonical.get(name);
    if (!stored) {
      const id = uniqueSlug(name, ids);
      insert(kind.tables.canonical, [nameColumn, ...facts.map(([col]) => col)], row.value, { id });
      canonical.set(name, { id });
      ctx.journal.added(where(kind, row.line, name), id);
      counts.added++;
      continue;
    }
    const current = storedCanonical.get(stored.id) as Record<string, string>;
    const differing = facts.filter(([col, dbCol]) => current[dbCol] !== row.value[col]);
    if (differing.length === 0) {
      counts.unchanged++;
      continue;
    }
    const take = settle(
      ctx,
      kind,
      { row, name, current, differing },
      (said) =>
        `${kind.noun} "${name}" is already stored with ${said}; make the row match, or load with --replace to change the stored facts`,
    );
    if (take === null) continue;
    if (take.length === 0) {
      counts.unchanged++; // every differing value is the user's own, kept
      continue;
    }
    keepHistory(sqlite, kind, { canonicalId: stored.id }, ctx.journal.loadId);
    // Each taken fact, and the number copies of it (a model's sizes).
    const sets = take.flatMap((d): [string, unknown][] => [
      [kind.facts[d.column]!, d.now],
      ...numberCopies(kind.tables.canonical, d.column).map((c): [string, unknown] => [c, asNumber(d.now ?? undefined)]),
    ]);
    sqlite
      .prepare(`UPDATE ${q(kind.table)} SET ${sets.map(([c]) => `${q(c)} = ?`).join(', ')} WHERE id = ?`)
      .run(...sets.map(([, v]) => v), stored.id);
    counts.replaced++;
  }

  for (const [name, row] of declaredAliases) {
    if (canonical.has(name)) {
      ctx.error({
        file: kind.file,
        line: row.line,
        column: 'alias_of',
        columnNumber: 2,
        message: `"${name}" is a ${kind.noun} name already, so it cannot also be an alias; remove alias_of or the row`,
      });
      continue;
    }
    const target = resolveAlias(name, row, declaredAliases, canonical, storedAliases, kind, ctx.error);
    if (target === undefined) continue;
    const facts = factColumns.filter(([col]) => row.value[col] !== undefined);
    const stored = storedAliases.get(name);
    if (stored === undefined) {
      insert(kind.tables.alias, [nameColumn, 'alias_of', ...facts.map(([col]) => col)], row.value, {
        [`${kind.noun}Id`]: target,
      });
      storedAliases.set(name, target);
      counts.added++;
    } else {
      // An alias row is a declaration too: its alias_of and its other columns, as written, are
      // its facts (PACK-FORMAT "Declarations that already exist").
      const current = storedAlias.get(name) as Record<string, string>;
      const differing = [['alias_of', 'alias_of'] as [string, string], ...facts].filter(
        ([col, dbCol], i) => current[dbCol] !== row.value[col] || (i === 0 && stored !== target),
      );
      if (differing.length === 0) {
        counts.unchanged++;
        continue;
      }
      const take = settle(
        ctx,
        kind,
        { row, name, current, differing },
        (said) => `"${name}" is already stored as an alias with ${said}; make the row match, or load with --replace`,
      );
      if (take === null) continue;
      if (take.length === 0) {
        counts.unchanged++;
        continue;
      }
      keepHistory(sqlite, kind, { alias: name }, ctx.journal.loadId);
      const sets = take.map((d) => kind.facts[d.column] ?? d.column);
      const values: unknown[] = take.map((d) => d.now);
      if (take.some((d) => d.column === 'alias_of')) {
        sets.push(kind.aliasTarget);
        values.push(target);
        storedAliases.set(name, target);
      }
      sqlite
        .prepare(`UPDATE ${q(kind.aliasTable)} SET ${sets.map((c) => `${q(c)} = ?`).join(', ')} WHERE alias = ?`)
        .run(...values, name);
      counts.replaced++;
    }
  }
  return counts;
}

/**
 * A stored declaration whose facts differ from a row's: the values to take, as the journal
 * resolves them (none when every differing value is the user's own, kept), or null once the
 * conflict is said, in `refusal`'s words around what differs.
 */
function settle(
  ctx: Context,
  kind: NamedKind,
  d: { row: Row<NamedRow>; name: string; current: Record<string, string>; differing: [string, string][] },
  refusal: (said: string) => string,
) {
  const { row, name, current, differing } = d;
  const take = ctx.journal.resolve(
    where(kind, row.line, name),
    differing.map(([col, dbCol]) => ({ column: col, stored: current[dbCol]!, now: row.value[col]! })),
  );
  if (take === null) {
    const [col, dbCol] = differing[0]!;
    const more = differing.length > 1 ? ` (and ${differing.length - 1} more differing columns)` : '';
    ctx.error({
      file: kind.file,
      line: row.line,
      column: col,
      columnNumber: columnNumber(kind, col),
      message: refusal(`${col} "${current[dbCol]}", and this row says "${row.value[col]}"${more}`),
    });
  }
  return take;
}

/** A declaration's place for the journal: its file and line, keyed and named by the name. */
function where(kind: NamedKind, line: number, name: string) {
  return {
    file: kind.file,
    line,
    key: name,
    item: `${kind.noun} "${name}"`,
    columnNumber: (c: string) => columnNumber(kind, c),
  };
}

/** Copies a stored row (canonical or alias) to the kind's history table before it is replaced. */
function keepHistory(
  sqlite: Database.Database,
  kind: NamedKind,
  row: { canonicalId: string } | { alias: string },
  loadId: number,
): void {
  const facts = Object.values(kind.facts).map(q).join(', ');
  const target = kind.noun === 'model' ? 'model_id' : 'benchmark_id';
  if ('canonicalId' in row)
    sqlite
      .prepare(
        `INSERT INTO ${q(kind.history)} (load_id, name, alias_of, ${target}, ${facts})
         SELECT ?, name, '', id, ${facts} FROM ${q(kind.table)} WHERE id = ?`,
      )
      .run(loadId, row.canonicalId);
  else
    sqlite
      .prepare(
        `INSERT INTO ${q(kind.history)} (load_id, name, alias_of, ${target}, ${facts})
         SELECT ?, alias, alias_of, ${q(kind.aliasTarget)}, ${facts} FROM ${q(kind.aliasTable)} WHERE alias = ?`,
      )
      .run(loadId, row.alias);
}

function resolveAlias(
  name: string,
  row: Row<NamedRow>,
  declared: Map<string, Row<NamedRow>>,
  canonical: Map<string, { id: string }>,
  storedAliases: Map<string, string>,
  kind: NamedKind,
  error: (e: PackError) => void,
): string | undefined {
  const chain = [name];
  let current = row.value.alias_of;
  for (;;) {
    const hit = canonical.get(current);
    if (hit) return hit.id;
    const stored = storedAliases.get(current);
    if (stored) return stored;
    const next = declared.get(current);
    if (!next) {
      error({
        file: kind.file,
        line: row.line,
        column: 'alias_of',
        columnNumber: 2,
        message: `alias_of "${current}" is not a known ${kind.noun}, nor one declared in ${kind.file}; declare it or fix the spelling`,
      });
      return undefined;
    }
    if (chain.includes(current)) {
      error({
        file: kind.file,
        line: row.line,
        column: 'alias_of',
        columnNumber: 2,
        message: `these aliases point at each other and never reach a ${kind.noun}: ${[...chain, current].join(' -> ')}; point one of them at a real ${kind.noun}`,
      });
      return undefined;
    }
    chain.push(current);
    current = next.value.alias_of;
  }
}

/** The 1-based position of a column in the file's header, for the format's own columns. */
function columnNumber(kind: NamedKind, column: string): number | undefined {
  return kind.columns.indexOf(column) + 1 || undefined;
}

export function uniqueSlug(name: string, taken: Set<string>): string {
  const base = slugify(name);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Inserts declarations: the pack columns a row has (a column the file lacks keeps its default),
 * their number copies, and `given` (schema keys: the id, the canonical id of an alias). Each
 * combination of columns gets its writer and statement once.
 */
function inserter(sqlite: Database.Database) {
  const made = new Map<string, { writer: RowWriter<string>; statement: Database.Statement }>();
  return (
    table: SQLiteTable,
    packColumns: readonly string[],
    value: Record<string, string | undefined>,
    given: Record<string, unknown>,
  ): void => {
    const key = `${getTableName(table)}:${packColumns.join()}:${Object.keys(given).join()}`;
    let m = made.get(key);
    if (!m) {
      const writer = rowWriter(table, packColumns, Object.keys(given));
      made.set(key, (m = { writer, statement: sqlite.prepare(insertSql(table, writer)) }));
    }
    m.statement.run(m.writer.values(value, given));
  };
}
