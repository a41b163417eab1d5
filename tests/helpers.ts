import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { migrateDb, openDb, type Db } from '../db/client';
import { RESULT_COLUMNS } from '../db/pack/format';
import { loadPack, type LoadReport } from '../db/pack/loader';

export const BUNDLED_PACK = path.join(process.cwd(), 'db', 'seed', 'qwen3');
export const RESULT_HEADER = RESULT_COLUMNS.join(',');
export const MODEL_HEADER =
  'model,alias_of,org,architecture,total_params_b,active_params_b,layers,context_length_tokens,release_date,open_weights,license,source';
export const BENCHMARK_HEADER = 'benchmark,alias_of,category,unit,higher_is_better,description,url';
export const SOURCE_HEADER = 'source_id,title,url,publisher,published_at,kind';

const dirs: string[] = [];
const dbs: Db[] = [];

/** A fresh folder under the OS temp dir, removed by `cleanup()`. */
export function tempDir(prefix = 'benchboard-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A fresh, migrated SQLite file in its own temp folder. */
export function tempDb(): { db: Db; file: string; dir: string } {
  const dir = tempDir('benchboard-db-');
  const file = path.join(dir, 'test.db');
  const db = openDb(file);
  migrateDb(db);
  dbs.push(db);
  return { db, file, dir };
}

let seededTemplate: string | null = null;

/**
 * A fresh temp database holding the bundled Qwen3 pack. The pack is loaded once per test file
 * into a template, which each call copies, so every test still gets a database of its own.
 */
export async function seededDb(): Promise<{ db: Db; file: string; dir: string }> {
  if (!seededTemplate) {
    const { db, file } = tempDb();
    const report = await loadPack(db, BUNDLED_PACK);
    if (!report.ok) throw new Error(`the bundled pack did not load: ${JSON.stringify(report.errors)}`);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    db.$client.close();
    dbs.splice(dbs.indexOf(db), 1);
    seededTemplate = file;
  }
  const dir = tempDir('benchboard-db-');
  const file = path.join(dir, 'seeded.db');
  fs.copyFileSync(seededTemplate, file);
  const db = openDb(file);
  dbs.push(db);
  return { db, file, dir };
}

/** Closes the databases and removes the folders made since the last call. */
export function cleanup(): void {
  for (const db of dbs.splice(0)) if (db.$client.open) db.$client.close();
  const keep = seededTemplate ? path.dirname(seededTemplate) : null;
  for (const dir of dirs.splice(0)) {
    if (dir === keep) dirs.push(dir);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Removes everything, the seeded template included (for afterAll). */
export function cleanupAll(): void {
  cleanup();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  seededTemplate = null;
}

/** One CSV field, quoted when RFC 4180 needs it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

export type ResultFields = Partial<Record<(typeof RESULT_COLUMNS)[number], string>>;

/** A valid results.csv row against the bundled pack, with some fields changed. */
export function resultRow(fields: ResultFields = {}): string {
  const row: Record<string, string> = {
    source_id: 'qwen3-tech-report',
    table: 'Table 99',
    model: 'Qwen3-32B',
    model_kind: 'hybrid',
    mode: 'thinking',
    thinking_budget_tokens: '',
    benchmark: "AIME'24",
    benchmark_version: '',
    metric: 'test metric',
    score: '50.0',
    unit: 'percent',
    verified_by: '',
    notes: '',
    ...fields,
  };
  return csvLine(RESULT_COLUMNS.map((c) => row[c]!));
}

/** A results.csv text: the header, then the given rows, each ended by "\n". */
export function resultsCsv(...rows: string[]): string {
  return [RESULT_HEADER, ...rows].map((l) => `${l}\n`).join('');
}

export type PackFiles = Partial<
  Record<'results.csv' | 'models.csv' | 'benchmarks.csv' | 'sources.csv', string | Buffer>
>;

/** Writes a pack folder with the given files (text written as UTF-8 exactly as given). */
export function writePack(files: PackFiles, dir = tempDir('benchboard-pack-')): string {
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content!);
  return dir;
}

/**
 * Every table of the database (sqlite_sequence and the migrations journal included), each row
 * as one JSON line in a fixed order: what `sqlite3 .dump` would show, in a form whose diff
 * points at the rows that differ.
 */
export function dumpDb(db: Db): Record<string, string[]> {
  const sqlite = db.$client;
  const objects = sqlite
    .prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name')
    .raw()
    .all() as unknown[][];
  const out: Record<string, string[]> = { sqlite_master: objects.map((o) => JSON.stringify(o)) };
  for (const name of sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[]) {
    const columns = (sqlite.prepare(`PRAGMA table_info("${name}")`).all() as unknown[]).length;
    const order = Array.from({ length: columns }, (_, i) => i + 1).join(',');
    out[name] = (sqlite.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).raw().all() as unknown[][]).map((r) =>
      JSON.stringify(r),
    );
  }
  return out;
}

export function count(db: Db, sql: string, ...params: unknown[]): number {
  return db.$client
    .prepare(sql)
    .pluck()
    .get(...params) as number;
}

/** The result rows of a test load, by their table label (tests use "Table 99" etc.). */
export function storedRows(db: Db, where = '1', ...params: unknown[]): Record<string, unknown>[] {
  return db.$client.prepare(`SELECT * FROM results WHERE ${where} ORDER BY id`).all(...params) as Record<
    string,
    unknown
  >[];
}

/** What a failed load must leave: not ok, at least one error, and the database unchanged. */
export function expectNothingWritten(report: LoadReport, before: ReturnType<typeof dumpDb>, db: Db): void {
  expect(report.ok).toBe(false);
  expect(report.errorCount).toBeGreaterThan(0);
  expect(dumpDb(db)).toEqual(before);
}
