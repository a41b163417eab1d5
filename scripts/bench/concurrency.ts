import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import { generatePack } from '../synth/pack';
import { prepareDatabase } from '../prepare-db';
import { buildIfNeeded } from '../server/build';
import { int, ratio, type BenchPart, type BenchRow } from './lib';
import { freePort } from '../lib/free-port';

// Concurrency: the long runs behind tests/integration/reads-while-writing.test.ts and
// crash-safety.test.ts. A pack of half the bench's rows loads (scripts/seed.ts, its own process)
// while 20 clients keep requesting pages (documents, RSC navigations
// rendered fresh, the JSON API) and a bare SQLite reader keeps counting results. Measures:
// requests/s during the load against the same clients just before it, errors, counts that are
// neither the old nor the new one, the slowest SQLite read; then a seed SIGKILLed halfway through
// the same pack, and the integrity of what it leaves. Loopback only; every loop is bounded.

const CLIENTS = 20;
const BASELINE_SECONDS = 5;
const FORBIDDEN = /database is locked|SQLITE_BUSY|Internal Server Error|Application error/i;
const PATHS = ['/', '/benchmarks', '/benchmarks/arena-hard', '/models/qwen3-32b'];

type Sample = { start: number; ms: number; ok: boolean; count?: number };

function startTsx(script: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => out };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const walSize = (db: string) => fs.statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0;
const p99 = (s: Sample[]) =>
  s.map((x) => x.ms).sort((a, b) => a - b)[Math.min(s.length - 1, Math.floor(s.length * 0.99))] ?? 0;

/**
 * GET on a fresh connection (no keep-alive: a server whose event loop is busy past its 5 s
 * keep-alive timeout resets a reused socket under the request), following Next's redirect of an
 * RSC request to its `?_rsc` URL.
 */
function get(url: string, headers: Record<string, string>, hops = 0): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location && hops < 3)
          resolve(get(new URL(res.headers.location, url).href, headers, hops + 1));
        else resolve({ status, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 60 s')));
    req.on('error', reject);
  });
}

/** One request; the results count when the response shows it (the overview, the API's total). */
async function request(base: string, i: number): Promise<Sample> {
  const kind = i % (PATHS.length * 2 + 1);
  const api = kind === PATHS.length * 2;
  const rsc = !api && kind >= PATHS.length;
  const url = api ? '/api/results?pageSize=10' : PATHS[kind % PATHS.length]!;
  const started = performance.now();
  const sample = (s: Omit<Sample, 'start' | 'ms'>): Sample => ({
    start: started,
    ms: performance.now() - started,
    ...s,
  });
  try {
    const { status, body } = await get(base + url, rsc ? { RSC: '1' } : { accept: 'text/html' });
    if (status !== 200 || FORBIDDEN.test(body)) return sample({ ok: false });
    let count: number | undefined;
    if (api) count = (JSON.parse(body) as { total: number }).total;
    else if (url === '/') {
      const m = rsc
        ? /\["\$","strong",null,\{"children":"([\d,]+)"\}\],"\s*",\["\$","a",null,\{"href":"\/export\.csv"/.exec(body)
        : /<strong>([\d,]+)<\/strong>\s*(?:<!-- -->\s*)?<a href="\/export\.csv"/.exec(body);
      if (!m) return sample({ ok: false });
      count = Number(m[1]!.replace(/,/g, ''));
    }
    return sample({ ok: true, count });
  } catch {
    return sample({ ok: false });
  }
}

/** CLIENTS loops requesting in turn until `stop()` (or `maxSeconds`); every sample. */
async function clients(base: string, stop: () => boolean, maxSeconds: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const deadline = performance.now() + maxSeconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; !stop() && performance.now() < deadline; i++) samples.push(await request(base, i));
    }),
  );
  return samples;
}

export const concurrency: BenchPart = {
  name: 'concurrency',
  description: 'reads while a pack of rows/2 loads (pages, RSC, API, SQLite) and a seed SIGKILLed halfway',
  async run({ rows, tmp, log }) {
    const packRows = Math.max(10_000, Math.round(rows / 2));
    buildIfNeeded();
    const dbFile = path.join(tmp, 'concurrency.db');
    process.env.DATABASE_PATH = dbFile;
    await prepareDatabase();
    const crashDb = path.join(tmp, 'crash.db');
    fs.copyFileSync(dbFile, crashDb);
    const pack = path.join(tmp, 'pack');
    log(`concurrency: generating a ${int(packRows)}-row pack`);
    await generatePack(pack, { rows: packRows, seed: 3 });
    const out: BenchRow[] = [];
    const children: ChildProcess[] = [];
    try {
      // 1. A seed killed halfway: by the size of its uncommitted pages in the -wal file (~550 bytes a row).
      log('concurrency: a seed SIGKILLed halfway through the pack');
      const reader = new Database(crashDb, { readonly: true });
      const before = reader.prepare('SELECT count(*) FROM results').pluck().get() as number;
      reader.close();
      const crash = startTsx('scripts/seed.ts', [pack], { DATABASE_PATH: crashDb });
      children.push(crash.child);
      let finished = false;
      void crash.exited.then(() => (finished = true));
      const crashStarted = performance.now();
      while (!finished && walSize(crashDb) < packRows * 275 && performance.now() - crashStarted < 600_000)
        await sleep(5);
      const killedAfter = (performance.now() - crashStarted) / 1000;
      const wal = walSize(crashDb);
      const killedMidLoad = !finished && crash.child.kill('SIGKILL');
      await crash.exited;
      const checkStarted = performance.now();
      const after = new Database(crashDb);
      const integrity = after.pragma('integrity_check', { simple: true });
      const fk = (after.pragma('foreign_key_check') as unknown[]).length;
      const count = after.prepare('SELECT count(*) FROM results').pluck().get() as number;
      after.close();
      const checkMs = performance.now() - checkStarted;
      out.push({
        part: 'concurrency',
        measure: `seed SIGKILLed ${killedAfter.toFixed(1)} s into a ${int(packRows)}-row load (${(wal / 1e6).toFixed(0)} MB uncommitted): integrity, foreign keys, results`,
        value: `${integrity}, ${fk} bad keys, ${int(count)} results`,
        limit: `${int(before)} results before`,
        ratio: '',
        target: 'ok, 0, unchanged',
        pass: killedMidLoad && integrity === 'ok' && fk === 0 && count === before,
      });
      out.push({
        part: 'concurrency',
        measure: 'reopen after the kill (WAL recovery) and integrity_check',
        value: `${int(checkMs)} ms`,
        limit: '',
        ratio: '',
        target: 'info',
        pass: null,
      });

      // 2. Reads while the whole pack loads.
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const server = startTsx('scripts/server/serve.ts', [], { PORT: String(port), DATABASE_PATH: dbFile });
      children.push(server.child);
      for (let i = 0; i < 600; i++) {
        if (server.child.exitCode !== null) throw new Error(`the server exited: ${server.output()}`);
        if ((await request(base, PATHS.length * 2)).ok) break;
        await sleep(100);
      }
      log('concurrency: baseline');
      await clients(base, () => false, 2); // warm up
      const baselineStarted = performance.now();
      const baseline = await clients(base, () => false, BASELINE_SECONDS);
      const baselineSeconds = (performance.now() - baselineStarted) / 1000;
      const oldCount = baseline.find((s) => s.count !== undefined)?.count;

      log(`concurrency: loading ${int(packRows)} rows while ${CLIENTS} clients and a SQLite reader read`);
      const sqlite = new Database(dbFile, { readonly: true });
      sqlite.pragma('busy_timeout = 0');
      const countResults = sqlite.prepare('SELECT count(*) FROM results').pluck();
      const seed = startTsx('scripts/seed.ts', [pack], { DATABASE_PATH: dbFile });
      children.push(seed.child);
      let done = false;
      void seed.exited.then(() => (done = true));
      const loadStarted = performance.now();
      // The commit: when the reader first counts something else than before. The clients stop
      // there (reads after the commit render the new data at its new size: the scale part's
      // concern, not this one's).
      let committed = 0;
      const readerSamples: Sample[] = [];
      const readerLoop = (async () => {
        while (!done && performance.now() - loadStarted < 900_000) {
          const t = performance.now();
          try {
            const n = countResults.get() as number;
            readerSamples.push({ start: t, ms: performance.now() - t, ok: true, count: n });
            if (n !== oldCount && !committed) committed = performance.now();
          } catch {
            readerSamples.push({ start: t, ms: performance.now() - t, ok: false });
          }
          await sleep(5);
        }
      })();
      const all = await clients(base, () => done || committed > 0, 900);
      await readerLoop;
      const exit = await seed.exited;
      committed ||= performance.now();
      const loadSeconds = (committed - loadStarted) / 1000;
      const newCount = countResults.get() as number;
      sqlite.close();
      const during = all.filter((s) => s.start < committed);
      const check = await request(base, 0); // the overview after the commit (may be slow at scale)

      const errors = during.filter((s) => !s.ok).length + readerSamples.filter((s) => !s.ok).length;
      const inBetween = [...all, ...readerSamples].filter(
        (s) => s.count !== undefined && s.count !== oldCount && s.count !== newCount,
      ).length;
      const rateBefore = baseline.length / baselineSeconds;
      const rateDuring = during.filter((s) => s.start + s.ms <= committed).length / loadSeconds;
      out.push({
        part: 'concurrency',
        measure: `pages, RSC, API with ${CLIENTS} clients during the ${loadSeconds.toFixed(1)} s load: req/s, p99 ${int(p99(during))} ms (before: ${int(p99(baseline))} ms)`,
        value: `${int(rateDuring)} req/s`,
        limit: `same clients before the load ${int(rateBefore)} req/s`,
        ratio: ratio(rateDuring / rateBefore),
        target: '> 0.25',
        pass: exit.code === 0 && rateDuring / rateBefore > 0.25,
      });
      out.push({
        part: 'concurrency',
        measure: `errors, "database is locked", counts neither old (${int(oldCount ?? 0)}) nor new (${int(newCount)}), of ${int(during.length + readerSamples.length)} reads`,
        value: `${errors} errors, ${inBetween} in between`,
        limit: '',
        ratio: '',
        target: '0, 0',
        pass: errors === 0 && inBetween === 0 && newCount === (oldCount ?? NaN) + packRows,
      });
      const slowest = Math.max(0, ...readerSamples.map((s) => s.ms));
      out.push({
        part: 'concurrency',
        measure: `SQLite reader (busy_timeout 0) during the load: slowest of ${int(readerSamples.length)} counts`,
        value: `${int(slowest)} ms`,
        limit: '',
        ratio: '',
        target: '< 1000 ms',
        pass: readerSamples.length > 0 && slowest < 1000,
      });
      out.push({
        part: 'concurrency',
        measure: `the overview after the commit (${int(newCount)} results)${check.count === newCount ? ', new count shown' : ', FAILED'}; errors of requests started after the commit: ${all.length - during.length - all.filter((s) => s.start >= committed && s.ok).length}`,
        value: `${int(check.ms)} ms`,
        limit: '',
        ratio: '',
        target: 'info',
        pass: null,
      });
    } finally {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    return out;
  },
};
