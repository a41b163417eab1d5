import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { openDb, type Db } from '../client';
import {
  benchmarkAliases,
  benchmarkFactHistory,
  benchmarkFacts,
  benchmarkHistory,
  benchmarks,
  modelAliases,
  modelHistory,
  models,
  results,
  sourceHistory,
  sources,
  sourceTableHistory,
  sourceTables,
} from '../schema';

// Any view as it was: the data as of a data version (`asOf=<version>`), read through the very
// queries that read today's data. A connection of its own gets TEMP views named like the tables
// (results, models, sources, …); SQLite looks a name up in `temp` before `main`, so every query
// of db/queries, written once against the tables, reads the views on that connection unchanged.
//
// What a version holds, from what the loader keeps:
// - a result's values were the stored ones from the load that wrote them (loaded_in) until the
//   load that replaced them (result_history.load_id): the current row while no later load
//   replaced it, else the kept row of that period;
// - a source, model, benchmark, alias, table link or test-set fact has the values of its history
//   row kept by the first load after the version that replaced it, else its current values;
// - a model or benchmark that a later load added (load_changes 'added') is not there; a source is
//   there when a result of that version cites it (or no result cites it at all); table links and
//   test-set facts are not dated by the record of loads, so one added later shows as well;
// - counts are counted from those results; the record of loads ends with the version's load;
// - the data version is the one asked for, dated by the load that made it.

/** A data version the record of loads names, the last load at it, and when the version was made. */
export type RecordedVersion = { version: number; lastLoad: number; madeAt: string };

/** Every data version the record of loads can rebuild, oldest first. */
export function recordedVersions(db: Db): RecordedVersion[] {
  return db.$client
    .prepare(
      `SELECT data_version AS version, max(id) AS lastLoad,
         (SELECT l2.loaded_at FROM main.loads l2 WHERE l2.data_version = l.data_version ORDER BY l2.id LIMIT 1) AS madeAt
       FROM main.loads l WHERE data_version > 0 GROUP BY data_version ORDER BY data_version`,
    )
    .all() as RecordedVersion[];
}

const q = (name: string) => `"${name}"`;
const columnsOf = (table: SQLiteTable) => Object.values(getTableColumns(table)).map((c) => c.name);

/** A pack column's number copy as the loader makes it (db/pack/columns.ts asNumber): '' is null. */
const number = (text: string) => `CASE WHEN ${text} = '' THEN NULL ELSE CAST(${text} AS REAL) END`;

/**
 * A table whose replaced rows are kept in `history` (with the load that replaced them): each row
 * with the values of the first history row a load after L kept of it, else its own. `from` maps a
 * column to its expression over the history row h (the history's column of the same name by
 * default); `key` pairs the table's identity columns with the history's; `historyWhere` narrows
 * the history rows (x) that count, `where` the table's rows (t).
 */
function asItWas(
  table: SQLiteTable,
  history: SQLiteTable,
  L: number,
  opts: { key: [string, string][]; from?: Record<string, string>; historyWhere?: string; where?: string },
): string {
  const name = getTableName(table);
  const kept = new Set(columnsOf(history));
  const keys = new Set(opts.key.map(([c]) => c));
  const select = columnsOf(table).map((c) => {
    if (keys.has(c)) return `t.${q(c)}`;
    const old = opts.from?.[c] ?? (kept.has(c) ? `h.${q(c)}` : null);
    if (old === null) throw new Error(`as-of view of ${name}: no history value for ${c}`);
    return `CASE WHEN h.history_id IS NULL THEN t.${q(c)} ELSE ${old} END AS ${q(c)}`;
  });
  const match = opts.key.map(([c, hc]) => `x.${q(hc)} = t.${q(c)}`).join(' AND ');
  const extra = opts.historyWhere ? ` AND ${opts.historyWhere}` : '';
  return `CREATE TEMP VIEW ${q(name)} AS SELECT t.rowid AS rowid, ${select.join(', ')}
    FROM main.${q(name)} t LEFT JOIN main.${q(getTableName(history))} h ON h.history_id = (
      SELECT min(x.history_id) FROM main.${q(getTableName(history))} x WHERE x.load_id > ${L} AND ${match}${extra})
    ${opts.where ? `WHERE ${opts.where}` : ''}`;
}

/** Ids that a load after L added to a file (load_changes 'added', recorded since migration 0003). */
const addedAfter = (L: number, file: string) =>
  `(SELECT new_value FROM main.load_changes WHERE action = 'added' AND file = '${file}' AND load_id > ${L})`;

/** The statements that make `version`'s views on a connection (L: the last load at that version). */
export function asOfViewsSql({ version, lastLoad: L, madeAt }: RecordedVersion): string[] {
  const resultCols = columnsOf(results);
  const historyCols = resultCols.map((c) => (c === 'id' ? `result_id AS id` : q(c)));
  return [
    // A value is the stored one from the load that wrote it until the load that replaced it.
    `CREATE TEMP VIEW results AS
       SELECT ${resultCols.map(q).join(', ')} FROM main.results WHERE coalesce(loaded_in, 0) <= ${L}
       UNION ALL
       SELECT ${historyCols.join(', ')} FROM main.result_history WHERE coalesce(loaded_in, 0) <= ${L} AND load_id > ${L}`,
    asItWas(sources, sourceHistory, L, {
      key: [['id', 'id']],
      where: `EXISTS (SELECT 1 FROM temp.results r WHERE r.source_id = t.id)
        OR NOT EXISTS (SELECT 1 FROM main.results r WHERE r.source_id = t.id)`,
    }),
    asItWas(models, modelHistory, L, {
      key: [['id', 'model_id']],
      historyWhere: `x.alias_of = ''`,
      from: { total_params: number('h.total_params_b'), active_params: number('h.active_params_b') },
      where: `t.id NOT IN ${addedAfter(L, 'models.csv')}`,
    }),
    asItWas(modelAliases, modelHistory, L, {
      key: [['alias', 'name']],
      historyWhere: `x.alias_of <> ''`,
      where: `t.model_id NOT IN ${addedAfter(L, 'models.csv')}`,
    }),
    asItWas(benchmarks, benchmarkHistory, L, {
      key: [['id', 'benchmark_id']],
      historyWhere: `x.alias_of = ''`,
      where: `t.id NOT IN ${addedAfter(L, 'benchmarks.csv')}`,
    }),
    asItWas(benchmarkAliases, benchmarkHistory, L, {
      key: [['alias', 'name']],
      historyWhere: `x.alias_of <> ''`,
      where: `t.benchmark_id NOT IN ${addedAfter(L, 'benchmarks.csv')}`,
    }),
    asItWas(sourceTables, sourceTableHistory, L, {
      key: [
        ['source_id', 'source_id'],
        ['table_ref', 'table_ref'],
      ],
    }),
    asItWas(benchmarkFacts, benchmarkFactHistory, L, {
      key: [
        ['benchmark_id', 'benchmark_id'],
        ['benchmark_version', 'benchmark_version'],
      ],
    }),
    // The counts the loader keeps (db/pack/counts.ts), counted from the results of the version.
    `CREATE TEMP VIEW result_pairs AS
       SELECT model_id, benchmark_id, count(*) AS results FROM temp.results GROUP BY model_id, benchmark_id`,
    `CREATE TEMP VIEW catalog_counts AS
       SELECT 'model' AS kind, model_id AS id, count(*) AS results, 0 AS models FROM temp.results GROUP BY model_id
       UNION ALL SELECT 'benchmark', benchmark_id, count(*), count(DISTINCT model_id) FROM temp.results GROUP BY benchmark_id
       UNION ALL SELECT 'source', source_id, count(*), 0 FROM temp.results GROUP BY source_id`,
    `CREATE TEMP VIEW loads AS SELECT * FROM main.loads WHERE id <= ${L}`,
    `CREATE TEMP VIEW load_counts AS SELECT * FROM main.load_counts WHERE load_id <= ${L}`,
    `CREATE TEMP VIEW load_changes AS SELECT * FROM main.load_changes WHERE load_id <= ${L}`,
    `CREATE TEMP VIEW data_version AS SELECT 1 AS id, ${version} AS version, '${madeAt.replaceAll("'", "''")}' AS updated_at`,
  ];
}

/**
 * A read-only connection to `file` that reads the data as of `at` (a version recordedVersions
 * names): every query of db/queries works on it as on the server's own connection.
 */
export function openAsOfDb(file: string, at: RecordedVersion): Db {
  const db = openDb(file, { readonly: true });
  for (const statement of asOfViewsSql(at)) db.$client.exec(statement);
  return db;
}
