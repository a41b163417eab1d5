import fs from 'node:fs';
import path from 'node:path';
import type { ResultFilters } from '../lib/filters';
import { csvChunks, EXPORT_COLUMNS, numberCell, resultMapper, textCell, type ExportColumn, type Mapper } from './csv';
import { factsIndex } from '../lib/result-facts';
import { databasePath, openDb, type Db } from './client';
import { NUMERIC_COLUMNS, PACK_FILES, RESULT_FILE_COLUMNS, type PackFile } from './pack/format';
import { openAsOfDb, recordedVersions } from './queries/as-of';
import { testSetFacts } from './queries/catalog';
import { packHeader, packRows } from './queries/pack';
import { streamResults } from './queries/results';

// CSV out of the database, in chunks: the results of any filtered view (the pages' "Download
// CSV", /export.csv) and the whole database as a pack (PACK-FORMAT.md, /export/pack/<file>, npm
// run export) that loads back into an empty database and exports again byte for byte. The rows
// come from the query module (db/queries), the text from app/_lib/csv.ts; the routes stream the
// chunks to HTTP (app/export/_lib/http-stream.ts).

export type ChunkOptions = {
  chunkRows?: number;
  /** A seam for tests: wraps the database rows (e.g. to fail midway). */
  wrapRows?: (rows: IterableIterator<unknown[]>) => Iterable<readonly unknown[]>;
};

export type ResultsCsvOptions = ChunkOptions & {
  /** Add the canonical columns after the 13 results.csv columns (default true). */
  canonical?: boolean;
};

/** The CSV of a filtered results export, in chunks (app/_lib/csv.ts csvChunks), read through `db`. */
export function resultsCsvChunks(db: Db, f: ResultFilters, options: ResultsCsvOptions = {}) {
  const columns: readonly ExportColumn[] = options.canonical === false ? RESULT_FILE_COLUMNS : EXPORT_COLUMNS;
  // The query starts when the first row is asked for, after the header.
  const stream = streamResults(db, f);
  const rows = options.wrapRows ? options.wrapRows(stream.rows) : stream.rows;
  return csvChunks(columns, rows, resultMapper(stream.keys, columns, factsIndex(testSetFacts(db))), options.chunkRows);
}

/** One file of the whole-database pack, in chunks. */
export function packFileChunks(db: Db, file: PackFile, options: ChunkOptions = {}) {
  const header = packHeader(db, file);
  const numeric = new Set<string>(NUMERIC_COLUMNS[file]);
  const formats = header.map((c) => (numeric.has(c) ? numberCell : textCell));
  const map: Mapper = (row) => formats.map((format, i) => format(row[i]));
  const rows = options.wrapRows ? options.wrapRows(packRows(db, file, header)) : packRows(db, file, header);
  return csvChunks(header, rows, map, options.chunkRows);
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

/**
 * Opens a read-only connection of its own for one export: better-sqlite3 cannot run other
 * statements on a connection while an iterator is open on it, and the server's shared
 * connection must stay free for the pages. WAL mode lets it read beside writers.
 */
export function openExportDb(file = databasePath()): Db {
  return openDb(file, { readonly: true });
}

/**
 * The same for an export as of a data version (one the record of loads names; checked by the
 * route first): its own connection, whose views read that version (./queries/as-of.ts).
 */
export function openExportDbAsOf(version: number, file = databasePath()): Db {
  const probe = openDb(file, { readonly: true });
  let at;
  try {
    at = recordedVersions(probe).find((v) => v.version === version);
  } finally {
    probe.$client.close();
  }
  if (!at) throw new Error(`data version ${version} is not on record`);
  return openAsOfDb(file, at);
}
