import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { LRUCache } from 'lru-cache';
import { cache } from 'react';
import { getDb, type Db } from '../client';
import { openAsOfDb, recordedVersions, type RecordedVersion } from './as-of';

// Which data a read reads: today's (the server's connection), or a data version's as it was
// (a connection whose views rebuild it, ./as-of.ts). The version asked for is set once per
// request, where the request is parsed, and every query of ./index.ts reads it from here:
// - a route (the API, a chart file, an export) runs its reads inside readAsOf(version, …);
// - a page render sets it with enterAsOf(version) when it reads the request's address
//   (app/_lib/as-of-request.ts, awaited with the request's language before any data is read).
//   React's cache() keeps one store per render, so two renders never see each other's version.

const scope = new AsyncLocalStorage<{ asOf: number | undefined }>();
// Outside a render, cache() calls through: a new, empty store on each call.
const renderScope = cache((): { asOf?: number } => ({}));

/** The data version this read is as of, or undefined for today's data. */
export function readingAsOf(): number | undefined {
  const own = scope.getStore();
  return own ? own.asOf : renderScope().asOf;
}

/** Runs `read` (and what it calls, synchronously or not) against the data as of `asOf`. */
export function readAsOf<T>(asOf: number | undefined, read: () => T): T {
  return scope.run({ asOf }, read);
}

/** Sets the version the current page render reads (a version asOfProblem accepted). */
export function enterAsOf(asOf: number | undefined): void {
  renderScope().asOf = asOf;
}

/** The data versions on record, read from the server's connection (a few rows, read each time). */
export function getRecordedVersions(): RecordedVersion[] {
  return recordedVersions(getDb());
}

/** Why a data version cannot be shown as it was, in the reader's words; null when it can. */
export function asOfProblem(version: number): string | null {
  const known = getRecordedVersions();
  if (known.some((v) => v.version === version)) return null;
  if (known.length === 0) return `this database has no record of loads, so no earlier version can be shown`;
  const listed = known.map((v) => v.version);
  const span = listed.length > 1 ? `versions ${listed[0]} to ${listed.at(-1)}` : `version ${listed[0]}`;
  return `this database's record of loads has ${span}; use one of those (the /changes page lists them)`;
}

/** Connections that read a version as it was, by database file and version; the least used closes first. */
const pool = new LRUCache<string, Db>({
  max: 4,
  dispose: (db) => db.$client.close(),
});

/** The connection to read from: the server's, or one that reads the current request's version. */
export function readDb(): Db {
  const asOf = readingAsOf();
  const db = getDb();
  if (asOf === undefined) return db;
  const key = `${db.$client.name}\u0000${asOf}`;
  let old = pool.get(key);
  if (!old) {
    const at = getRecordedVersions().find((v) => v.version === asOf);
    if (!at) throw new Error(`data version ${asOf} is not on record (check it with asOfProblem first)`);
    old = openAsOfDb(db.$client.name, at);
    pool.set(key, old);
  }
  return old;
}
