import Database from 'better-sqlite3';

// What the server's page cache reads (scripts/server/page-cache.ts), on a read-only connection
// of its own: the data version, read on every page request, and the benchmarks and models whose
// pages it renders ahead after a load.

export type ServingReads = {
  /** The data version now; -1 while there is no database to read. */
  version: () => number;
  /** Benchmark and model ids, those with the most results first. */
  pageIds: () => { benchmarks: string[]; models: string[] };
};

export function servingReads(file: string): ServingReads {
  let sqlite: Database.Database | null = null;
  let version: Database.Statement | null = null;
  const open = () => {
    sqlite ??= new Database(file, { readonly: true, fileMustExist: true });
    version ??= sqlite.prepare('SELECT version FROM data_version WHERE id = 1').pluck();
    return { sqlite, version };
  };
  const ids = (table: 'benchmarks' | 'models', kind: 'benchmark' | 'model') =>
    open()
      .sqlite.prepare(
        `SELECT t.id FROM ${table} t LEFT JOIN catalog_counts c ON c.kind = ? AND c.id = t.id
         ORDER BY coalesce(c.results, 0) DESC, t.id`,
      )
      .pluck()
      .all(kind) as string[];
  return {
    version: () => {
      try {
        return (open().version.get() as number | undefined) ?? 0;
      } catch {
        sqlite?.close();
        sqlite = version = null;
        return -1;
      }
    },
    pageIds: () => ({ benchmarks: ids('benchmarks', 'benchmark'), models: ids('models', 'model') }),
  };
}
