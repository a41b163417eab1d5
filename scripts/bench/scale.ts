import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { generatePack } from '../synth/pack';
import { prepareDatabase } from '../prepare-db';
import { buildIfNeeded } from '../server/server';
import { int, loadTest, ratio, runTsx, type BenchContext, type BenchPart, type BenchRow } from './lib';
import { startServer, uncachedRenders } from './pages';

// Scale and load. Scale: each page's server render time with the big data set (the bundled packs
// plus ctx.rows synthetic results, loaded through the normal pack loader) against the same page
// with the bundled results, in the same run; the first render after a load (a new data
// version) against the warm render; and every page's uncached render against the not-found page
// at the big data set. Load: 50 concurrent clients over every page for 30 s.

const PAGES = [
  '/',
  '/benchmarks',
  '/benchmarks/arena-hard',
  '/models',
  '/models/qwen3-235b-a22b',
  '/thinking',
  '/compare?models=qwen3-32b,openai-o1,deepseek-r1',
  '/multilingual',
  '/long-context',
  '/efficiency',
  '/api/results?benchmark=arena-hard',
  '/export.csv?benchmark=arena-hard',
];
const MAX_SLOWDOWN = 3;
const MAX_FIRST_AFTER_LOAD = 1.5;
const SAMPLES = 7;

async function databases(ctx: BenchContext): Promise<{ small: string; big: string }> {
  const small = path.join(ctx.tmp, 'small.db');
  const big = path.join(ctx.tmp, 'big.db');
  for (const [file, extra] of [
    [small, null],
    [big, path.join(ctx.tmp, 'pack')],
  ] as const) {
    process.env.DATABASE_PATH = file;
    await prepareDatabase();
    if (!extra) continue;
    ctx.log(`scale: generating and loading ${int(ctx.rows)} synthetic results…`);
    await generatePack(extra, { rows: ctx.rows });
    const run = await runTsx('scripts/seed.ts', [extra], {
      env: { ...process.env, DATABASE_PATH: file },
      prefix: '  [seed] ',
    });
    if (run.code !== 0) throw new Error(`loading the big pack failed:\n${run.stdout.slice(-2000)}`);
    fs.rmSync(extra, { recursive: true, force: true });
  }
  return { small, big };
}

async function up(base: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    try {
      if ((await fetch(`${base}/api/sources`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${base}`);
}

/** First request (cold: queries not yet memoised) and the median of SAMPLES warm ones, in ms. */
async function renderTimes(base: string, url: string): Promise<{ cold: number; warm: number; status: number }> {
  const time = async () => {
    const started = performance.now();
    const response = await fetch(base + url, { headers: { accept: 'text/html' } });
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status };
  };
  const cold = await time();
  const warm: number[] = [];
  for (let i = 0; i < SAMPLES; i++) warm.push((await time()).ms);
  warm.sort((a, b) => a - b);
  return { cold: cold.ms, warm: warm[Math.floor(warm.length / 2)]!, status: cold.status };
}

export const scale: BenchPart = {
  name: 'scale',
  description:
    'render time of every page at the big data set against the bundled 4,729 results; then 50 clients for 30 s',
  async run(ctx) {
    buildIfNeeded();
    const { small, big } = await databases(ctx);
    const port = 4000 + Math.floor(Math.random() * 500);
    const smallServer = startServer(port, small);
    const bigServer = startServer(port + 1, big);
    const rows: BenchRow[] = [];
    try {
      await Promise.all([up(`http://localhost:${port}`, smallServer), up(`http://localhost:${port + 1}`, bigServer)]);
      for (const url of PAGES) {
        ctx.log(`scale: ${url}`);
        const a = await renderTimes(`http://localhost:${port}`, url);
        const b = await renderTimes(`http://localhost:${port + 1}`, url);
        const r = b.warm / a.warm;
        rows.push({
          part: 'scale',
          measure: `${url} render at ${int(ctx.rows)} (cold ${int(b.cold)} ms vs ${int(a.cold)} ms)`,
          value: `${int(b.warm)} ms`,
          limit: `${int(a.warm)} ms at 4,729`,
          ratio: ratio(r),
          target: `<= ${MAX_SLOWDOWN}`,
          pass: r <= MAX_SLOWDOWN && a.status === 200 && b.status === 200,
        });
      }
      // The first render after a load: a commit bumps the data version, as every seed does.
      const writer = new Database(big);
      for (const url of PAGES) {
        ctx.log(`scale: ${url} after a load`);
        await renderTimes(`http://localhost:${port + 1}`, url);
        writer.prepare('UPDATE data_version SET version = version + 1').run();
        const after = await renderTimes(`http://localhost:${port + 1}`, url);
        const r = after.cold / after.warm;
        rows.push({
          part: 'scale',
          measure: `${url} first render after a load at ${int(ctx.rows)}`,
          value: `${int(after.cold)} ms`,
          limit: `warm ${int(after.warm)} ms`,
          ratio: ratio(r),
          target: `<= ${MAX_FIRST_AFTER_LOAD}`,
          pass: r <= MAX_FIRST_AFTER_LOAD && after.status === 200,
        });
      }
      writer.close();
      rows.push(
        ...(await uncachedRenders(`http://localhost:${port + 1}`, 'scale', { ratio: 0.5, htmlKb: 300 }, ctx.log)),
      );
    } finally {
      smallServer.kill();
      bigServer.kill();
    }

    // Load: the big database as npm start serves it.
    const loadPort = port + 2;
    const server = startServer(loadPort, big);
    try {
      await up(`http://localhost:${loadPort}`, server);
      ctx.log('load: 50 clients, 30 s, every page…');
      const result = await loadTest({
        base: `http://localhost:${loadPort}`,
        urls: PAGES,
        concurrency: 50,
        seconds: 30,
        headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
      });
      rows.push({
        part: 'load',
        measure: `all pages, 50 clients, ${result.seconds.toFixed(0)} s: ${int(result.requests)} requests, errors`,
        value: String(result.errors),
        limit: '',
        ratio: '',
        target: '0 errors',
        pass: result.errors === 0,
      });
      for (const [url, r] of Object.entries(result.perUrl)) {
        rows.push({
          part: 'load',
          measure: `${url} (${int(r.requests)} requests, ${r.errors} errors)`,
          value: `${int(r.requests / result.seconds)} req/s`,
          limit: '',
          ratio: '',
          target: `p99 ${int(r.p99)} ms`,
          pass: r.errors === 0 ? null : false,
        });
      }
    } finally {
      server.kill();
    }
    return rows;
  },
};
