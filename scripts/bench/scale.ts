import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { generatePack } from '../synth/pack';
import { prepareDatabase } from '../prepare-db';
import { buildIfNeeded } from '../server/build';
import { int, loadTest, ratio, runTsx, type BenchContext, type BenchPart, type BenchRow } from './lib';
import { renderedAhead, startServer, timesRenderedAhead, uncachedRenders } from './pages';
import { recordChartRows } from './record-chart';

// Scale and load. Scale: each page's server render time with the big data set (the bundled packs
// plus ctx.rows synthetic results, loaded through the normal pack loader) against the same page
// with the bundled results, in the same run; the first view of each page's default after a load
// (a new data version, once the server has rendered ahead) against the warm one; and every
// page's uncached render against the not-found page at the big data set. Load: 50 concurrent
// clients over every page for 30 s, each page's p99 under 500 ms.

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
/** Each page's default view: what the server renders ahead after a load. */
const DEFAULT_VIEWS = [
  '/',
  '/benchmarks',
  '/benchmarks/arena-hard',
  '/models',
  '/models/qwen3-235b-a22b',
  '/thinking',
  '/compare',
  '/multilingual',
  '/long-context',
  '/efficiency',
  '/zh',
  '/zh/benchmarks/arena-hard',
];
const MAX_SLOWDOWN = 3;
const MAX_LOAD_P99_MS = 500;
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

/**
 * The first request (after a load: the first view) and the median of SAMPLES more, in ms. With
 * `render`, each request has a query of its own, so each one is rendered (no page is kept for it).
 */
async function renderTimes(
  base: string,
  url: string,
  render = false,
): Promise<{ cold: number; warm: number; status: number }> {
  let n = 0;
  const time = async () => {
    const target = render ? `${url}${url.includes('?') ? '&' : '?'}render=${n++}` : url;
    const started = performance.now();
    const response = await fetch(base + target, { headers: { accept: 'text/html' } });
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
    // BENCH_PORT on a shared machine (the next two ports are taken too); else a random one.
    const port = Number(process.env.BENCH_PORT) || 4000 + Math.floor(Math.random() * 500);
    const smallServer = startServer(port, small);
    const bigServer = startServer(port + 1, big);
    const rows: BenchRow[] = [];
    try {
      await Promise.all([up(`http://localhost:${port}`, smallServer), up(`http://localhost:${port + 1}`, bigServer)]);
      await Promise.all([renderedAhead(smallServer), renderedAhead(bigServer)]);
      for (const url of PAGES) {
        ctx.log(`scale: ${url}`);
        const a = await renderTimes(`http://localhost:${port}`, url, true);
        const b = await renderTimes(`http://localhost:${port + 1}`, url, true);
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
      // The first view after a load: a commit bumps the data version, as every seed does; the
      // server renders ahead the sections, the pages it held, and every benchmark and model
      // page (scripts/server/warm.ts) while no one asks. Then each page's default view, once.
      const bigBase = `http://localhost:${port + 1}`;
      for (const url of DEFAULT_VIEWS) await renderTimes(bigBase, url);
      const writer = new Database(big);
      const times = timesRenderedAhead(bigServer);
      const loaded = performance.now();
      writer.prepare('UPDATE data_version SET version = version + 1').run();
      writer.close();
      await renderedAhead(bigServer, times + 1);
      ctx.log(`scale: rendered ahead ${int(performance.now() - loaded)} ms after the load`);
      for (const url of DEFAULT_VIEWS) {
        const after = await renderTimes(bigBase, url);
        const r = after.cold / after.warm;
        rows.push({
          part: 'scale',
          measure: `${url} first view after a load at ${int(ctx.rows)}`,
          value: `${after.cold.toFixed(1)} ms`,
          limit: `warm ${after.warm.toFixed(1)} ms`,
          ratio: ratio(r),
          target: `<= ${MAX_FIRST_AFTER_LOAD}`,
          pass: r <= MAX_FIRST_AFTER_LOAD && after.status === 200,
        });
      }
      rows.push(
        ...(await uncachedRenders(`http://localhost:${port + 1}`, 'scale', { ratio: 0.5, htmlKb: 300 }, ctx.log)),
      );
      rows.push(
        ...(await recordChartRows(`http://localhost:${port}`, `http://localhost:${port + 1}`, big, ctx.rows, ctx.log)),
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
      await renderedAhead(server);
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
          target: `p99 ${int(r.p99)} ms < ${MAX_LOAD_P99_MS}`,
          pass: r.errors === 0 && r.p99 < MAX_LOAD_P99_MS,
        });
      }
    } finally {
      server.kill();
    }
    return rows;
  },
};
