import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { fillSearchIndexIfEmpty } from './pack/search-index';

export type Db = BetterSQLite3Database<typeof schema> & {
  $client: Database.Database;
};

export const DEFAULT_DATABASE_PATH = 'data/benchboard.db';
const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

/** Opens (creating its folder and the file if needed) a database in WAL mode. */
export function openDb(file = databasePath(), options: { readonly?: boolean } = {}): Db {
  if (!options.readonly) fs.mkdirSync(path.dirname(file), { recursive: true });
  const readonly = Boolean(options.readonly);
  const sqlite = new Database(file, { readonly, fileMustExist: readonly });
  // Readers wait for a writer's commit instead of failing with "database is locked".
  sqlite.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
  }
  sqlite.pragma('foreign_keys = ON');
  return drizzle(sqlite, { schema }) as Db;
}

export function migrateDb(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  fillSearchIndexIfEmpty(db.$client);
}

const cache = globalThis as unknown as { benchboardDb?: Db };

/** The server's connection: opened on first use (never at import, so `next build` can't). */
export function getDb(): Db {
  cache.benchboardDb ??= openDb();
  return cache.benchboardDb;
}
