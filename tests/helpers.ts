import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { migrateDb, openDb, type Db } from '../db/client';
import { RESULT_COLUMNS, TABLE_COLUMNS, type PackFile } from '../db/pack/format';
import { loadPack, type LoadReport } from '../db/pack/loader';
import { generatePack } from '../scripts/synth/pack';
import { buildIfNeeded } from '../scripts/server/build';
import { freePort } from '../scripts/lib/free-port';
import { waitForServer as waitForServerProcess } from '../scripts/lib/wait-for-server';

export { freePort } from '../scripts/lib/free-port';

export const BUNDLED_PACK = path.join(process.cwd(), 'db', 'seed', 'qwen3');
export const RESULT_HEADER = RESULT_COLUMNS.join(',');
export const MODEL_HEADER =
  'model,alias_of,org,architecture,total_params_b,active_params_b,layers,context_length_tokens,release_date,open_weights,license,source';
export const BENCHMARK_HEADER = 'benchmark,alias_of,category,unit,higher_is_better,description,url';
export const SOURCE_HEADER = 'source_id,title,url,publisher,published_at,kind';
export const TABLE_HEADER = TABLE_COLUMNS.join(',');

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

export type PackFiles = Partial<Record<PackFile, string | Buffer>>;

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

/** A synthetic pack of `rows` results (scripts/synth/pack.ts) in a temp folder. */
export async function generatedPack(rows: number, seed = 1): Promise<string> {
  const dir = tempDir('benchboard-synth-');
  await generatePack(dir, { rows, seed });
  return dir;
}

/** A child process started by a test, with its output collected as it arrives. */
export type Child = {
  process: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when the process has exited: its exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

const children = new Set<ChildProcess>();

/**
 * Runs a TypeScript script in one Node process (`node --import tsx`, not `npx tsx`, which puts
 * a second process in between: a signal sent to it would not reach the script).
 */
export function spawnScript(script: string, args: string[] = [], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: process.cwd(),
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  child.on('error', () => children.delete(child));
  return { process: child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** SIGKILLs every child that `spawnScript` started and that is still running (for afterAll). */
export function killChildren(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
}

/** Resolves once `test()` is true, polling every `everyMs`; rejects after `timeoutMs`. */
export async function waitUntil(what: string, test: () => boolean, timeoutMs: number, everyMs = 5): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Waits until `url` answers 200, failing at once if the server process has exited. */
export async function waitForServer(url: string, server: Child, timeoutMs = 60_000): Promise<void> {
  await waitForServerProcess(url, server.process, {
    timeoutMs,
    up: (status) => status >= 200 && status < 300,
    output: () => `${server.stdout()}\n${server.stderr()}`,
  });
}

/** A production server of the current build (built first when the code changed), on a loopback port. */
export type Served = { base: string; port: number; server: Child };

/**
 * Serves `file` with the production server (scripts/server/serve.ts) on a free loopback port and
 * waits until it answers; `env` adds to its environment (SITE_URL, for one).
 */
export async function serveDatabase(file: string, env: Record<string, string> = {}): Promise<Served> {
  buildIfNeeded();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawnScript('scripts/server/serve.ts', [], {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_PATH: file,
    ...env,
  });
  await waitForServer(`${base}/api/sources`, server);
  return { base, port, server };
}

/** A copy of the seeded database, served (serveDatabase); `file` is the copy, closed for the server. */
export async function serveSeededCopy(env: Record<string, string> = {}): Promise<Served & { file: string }> {
  const { db, file } = await seededDb();
  db.$client.close();
  return { ...(await serveDatabase(file, env)), file };
}

/** The size of a file in bytes, 0 when it does not exist (a database's -wal file, for one). */
export function fileSize(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}

export type HttpAnswer = { status: number; type: string; body: string };

/**
 * GET over a fresh connection (no keep-alive: no reused socket that the server could close under
 * the request), following up to 3 same-origin redirects. Loopback only.
 */
export async function httpGet(url: string, headers: Record<string, string>, timeoutMs = 30_000): Promise<HttpAnswer> {
  let target = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error(`not loopback: ${url}`);
  for (let hops = 0; ; hops++) {
    const { answer, location } = await new Promise<{ answer: HttpAnswer; location?: string }>((resolve, reject) => {
      const req = http.get(target, { headers, agent: false, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            answer: {
              status: res.statusCode ?? 0,
              type: String(res.headers['content-type'] ?? ''),
              body: Buffer.concat(chunks).toString('utf8'),
            },
            location: res.headers.location,
          }),
        );
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', reject);
    });
    if (answer.status < 300 || answer.status >= 400 || !location || hops >= 3) return answer;
    const next = new URL(location, target);
    if (next.origin !== target.origin) throw new Error(`redirect off the server: ${location}`);
    target = next;
  }
}
