import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { openDb } from '../../db/client';
import { listSources } from '../../db/queries/catalog';
import { streamResults } from '../../db/queries/results';
import { generatePack } from '../synth/pack';
import type { ExportFigures, LoadFigures } from './export-worker';
import { int, lastJson, mb, rate, ratio, runTsx, type BenchContext, type BenchPart, type BenchRow } from './lib';
import { freePort } from '../lib/free-port';
import { waitForServer } from '../lib/wait-for-server';

// One piece (past 300 lines): one bench part, its measurements sharing one database and server.
//
// Export: full-export rows/s of /export.csv's code path at the big data set, next to the
// sqlite3 shell writing the same query as CSV in the same run, and the memory of a server
// streaming the full export over HTTP (flat: the peak at N rows against the peak at ~N/10).
//
// The server is the production one (`npm start`'s scripts/server/serve.ts: Next behind its HTTP edge)
// on the existing build (.next) when that build has the export route; this part never builds
// (a build would replace the one a running server uses; the pages part builds when needed).
// Without a build, the export runs in a child process through the same stream the route
// returns, and the table says so. BENCH_NEXT_DIR names another app folder to serve from.

const WORKER = path.join(__dirname, 'export-worker.ts');
/** Our full export must reach this share of the sqlite3 shell's rows/s. */
export const MIN_EXPORT_RATIO = 0.3;
/** Peak RSS streaming N rows may be at most this multiple of the peak streaming ~N/10. */
export const MAX_MEMORY_GROWTH = 1.5;
/** Timed runs of each side; the best of them is compared (the machine may be busy). */
const ROUNDS = 2;

async function worker<T>(ctx: BenchContext, args: string[], label: string): Promise<T> {
  ctx.log(`export: ${label}…`);
  const run = await runTsx(WORKER, args, { prefix: `  [${label}] ` });
  if (run.code !== 0) throw new Error(`${label} failed (exit ${run.code}):\n${run.stderr.slice(-3000)}`);
  return lastJson<T>(run);
}

/** Runs `sqlite3 -csv -header <db> <sql>` with its output going to /dev/null; wall seconds. */
function sqlite3Csv(file: string, sql: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const devNull = fs.openSync('/dev/null', 'w');
    const started = performance.now();
    const child = spawn('sqlite3', ['-csv', '-header', file, sql], { stdio: ['ignore', devNull, 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => {
      fs.closeSync(devNull);
      reject(new Error(`could not run sqlite3 (Debian package sqlite3): ${e.message}`));
    });
    child.on('close', (code) => {
      fs.closeSync(devNull);
      if (code === 0) resolve((performance.now() - started) / 1000);
      else reject(new Error(`sqlite3 exited ${code}: ${stderr.slice(-1000)}`));
    });
  });
}

/** The source whose number of results is nearest a tenth of the data: the "small" export. */
function tenthQuery(file: string, rows: number): { query: string; rows: number } {
  const db = openDb(file, { readonly: true });
  try {
    const near = (n: number) => Math.abs(n - rows / 10);
    const best = listSources(db).sort((a, b) => near(a.results) - near(b.results))[0]!;
    return { query: `source=${encodeURIComponent(best.id)}`, rows: best.results };
  } finally {
    db.$client.close();
  }
}

function exportSql(file: string): string {
  const db = openDb(file, { readonly: true });
  try {
    const { sql, params } = streamResults(db, {});
    if (params.length > 0) throw new Error('the full export query should have no parameters');
    return sql;
  } finally {
    db.$client.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The server on a free port, its process tree's peak RSS read from /proc.

function descendants(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        const children = fs.readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
        if (children) out.push(...children.split(/\s+/).map(Number));
      } catch {
        // the task ended
      }
    }
  }
  return out;
}

function status(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The largest peak RSS (kB) among the server's processes: the one that serves. */
const treePeakKb = (pid: number) => Math.max(...descendants(pid).map((p) => status(p, 'VmHWM')));

type Download = { status: number; bytes: number; seconds: number; complete: boolean };

/** GETs a URL and counts the body's bytes; `complete` is false if the response was cut off. */
function download(url: string): Promise<Download> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { agent: false }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          bytes,
          seconds: (performance.now() - started) / 1000,
          complete: response.complete,
        }),
      );
      response.on('error', () =>
        resolve({
          status: response.statusCode ?? 0,
          bytes,
          seconds: (performance.now() - started) / 1000,
          complete: false,
        }),
      );
    });
    request.on('error', reject);
  });
}

type ServerFigures = {
  idleKb: number;
  small: Download & { peakKb: number };
  full: Download & { peakKb: number };
};

async function measureServer(
  ctx: BenchContext,
  appDir: string,
  file: string,
  smallQuery: string,
): Promise<ServerFigures> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  ctx.log(`export: production server (scripts/server/serve.ts) on port ${port} in ${appDir} against ${file}…`);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(appDir, 'scripts', 'server', 'serve.ts')], {
    cwd: appDir,
    env: { ...process.env, DATABASE_PATH: file, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so that stopping it stops anything it started
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (output += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (output += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    await waitForServer(`${base}/api/sources`, child, {
      timeoutMs: 90_000,
      up: (s) => s === 200,
      output: () => output,
    });
    const idleKb = Math.max(...descendants(child.pid!).map((p) => status(p, 'VmRSS')));
    ctx.log(`export: streaming /export.csv?${smallQuery} over HTTP…`);
    const small = await download(`${base}/export.csv?${smallQuery}`);
    const smallPeak = treePeakKb(child.pid!);
    ctx.log('export: streaming the full /export.csv over HTTP…');
    const full = await download(`${base}/export.csv`);
    const fullPeak = treePeakKb(child.pid!);
    return { idleKb, small: { ...small, peakKb: smallPeak }, full: { ...full, peakKb: fullPeak } };
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  }
}

/** The folder whose .next build serves the export route, or null when there is none. */
function builtApp(): string | null {
  const dir = path.resolve(process.env.BENCH_NEXT_DIR || process.cwd());
  const route = path.join(dir, '.next', 'server', 'app', 'export.csv', 'route.js');
  return fs.existsSync(path.join(dir, '.next', 'BUILD_ID')) && fs.existsSync(route) ? dir : null;
}

// ---------------------------------------------------------------------------------------------

export async function runExportBench(ctx: BenchContext): Promise<BenchRow[]> {
  const n = ctx.rows;
  const out: BenchRow[] = [];
  const row = (r: Omit<BenchRow, 'part'>) => out.push({ part: 'export', ...r });

  const pack = path.join(ctx.tmp, `pack-${n}`);
  const file = path.join(ctx.tmp, 'export.db');
  ctx.log(`export: generating a ${int(n)}-row pack…`);
  await generatePack(pack, { rows: n });
  const loaded = await worker<LoadFigures>(ctx, ['load', pack, file], `load ${int(n)}`);
  fs.rmSync(pack, { recursive: true, force: true });
  if (!loaded.ok || loaded.added !== n)
    throw new Error(`the generated pack did not load: ${loaded.added} added; ${loaded.errors.join('; ')}`);
  ctx.log(`export: loaded in ${loaded.seconds.toFixed(1)} s`);

  const sql = exportSql(file);
  const ours: ExportFigures[] = [];
  const shell: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    ctx.log(`export: sqlite3 -csv -header, round ${round}…`);
    shell.push(await sqlite3Csv(file, sql));
    ours.push(await worker<ExportFigures>(ctx, ['export', file], `full export, round ${round}`));
  }
  const best = ours.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const shellBest = Math.min(...shell);
  const oursRate = best.rows / best.seconds;
  const shellRate = n / shellBest;
  row({
    measure: `full export rows written (${(best.bytes / 1e6).toFixed(0)} MB CSV)`,
    value: int(best.rows),
    limit: `${int(n)} rows`,
    ratio: '',
    target: 'all rows',
    pass: ours.every((o) => o.rows === n && o.bytes === best.bytes),
  });
  row({
    measure: `sqlite3 shell, same query to CSV, ${int(n)} rows`,
    value: rate(n, shellBest),
    limit: '',
    ratio: '',
    target: `${shellBest.toFixed(1)} s (best of ${ROUNDS})`,
    pass: null,
  });
  row({
    measure: `full export (/export.csv stream), ${int(n)} rows`,
    value: rate(best.rows, best.seconds),
    limit: `sqlite3 ${rate(n, shellBest)}`,
    ratio: ratio(oursRate / shellRate),
    target: `>= ${MIN_EXPORT_RATIO.toFixed(2)}`,
    pass: oursRate / shellRate >= MIN_EXPORT_RATIO,
  });

  const small = tenthQuery(file, n);
  const app = builtApp();
  if (app) {
    const s = await measureServer(ctx, app, file, small.query);
    row({
      measure: 'HTTP full export complete, same bytes',
      value: `${s.full.status}, ${(s.full.bytes / 1e6).toFixed(0)} MB, ${s.full.seconds.toFixed(1)} s`,
      limit: `${(best.bytes / 1e6).toFixed(0)} MB`,
      ratio: '',
      target: 'complete',
      pass: s.full.status === 200 && s.full.complete && s.full.bytes === best.bytes,
    });
    row({
      measure: `server peak RSS streaming ${int(small.rows)} rows over HTTP`,
      value: mb(s.small.peakKb),
      limit: `idle ${mb(s.idleKb)}`,
      ratio: '',
      target: '',
      pass: s.small.status === 200 && s.small.complete ? null : false,
    });
    row({
      measure: `server peak RSS streaming ${int(n)} rows over HTTP`,
      value: mb(s.full.peakKb),
      limit: `${int(small.rows)} rows: ${mb(s.small.peakKb)}`,
      ratio: ratio(s.full.peakKb / s.small.peakKb),
      target: `<= ${MAX_MEMORY_GROWTH.toFixed(2)}`,
      pass: s.full.peakKb / s.small.peakKb <= MAX_MEMORY_GROWTH,
    });
  } else {
    ctx.log('export: no production build with the export route (.next); measuring memory in a child process');
    const s = await worker<ExportFigures>(ctx, ['export', file, small.query], `export ${int(small.rows)} rows`);
    row({
      measure: `peak RSS exporting ${int(small.rows)} rows (child process: no .next build)`,
      value: mb(s.maxRssKb),
      limit: '',
      ratio: '',
      target: '',
      pass: s.rows === small.rows ? null : false,
    });
    row({
      measure: `peak RSS exporting ${int(n)} rows (child process: no .next build)`,
      value: mb(best.maxRssKb),
      limit: `${int(small.rows)} rows: ${mb(s.maxRssKb)}`,
      ratio: ratio(best.maxRssKb / s.maxRssKb),
      target: `<= ${MAX_MEMORY_GROWTH.toFixed(2)}`,
      pass: best.maxRssKb / s.maxRssKb <= MAX_MEMORY_GROWTH,
    });
  }
  return out;
}

export const exportPart: BenchPart = {
  name: 'export',
  description: 'full CSV export rows/s against the sqlite3 shell on the same query, and server memory while streaming',
  run: runExportBench,
};
