import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';
import { prepareDatabase } from '../prepare-db';
import { buildIfNeeded } from '../server';
import { int, lastJson, ratio, runTsx, type BenchPart, type BenchRow } from './lib';

// Pages: requests/s of `next start` with 20 concurrent clients, next to a bare Node http server
// sending the same HTML bytes in the same run; the gzipped JavaScript each page ships; and when
// its chart is drawn after navigation (first contentful paint, the chart being in the server HTML).

const PAGES = ['/', '/benchmarks/arena-hard', '/thinking'];
const CONCURRENCY = 20;
const SECONDS = 6;
// A static Observable Framework build of the same views, measured on a machine of this kind (issue 3).
const OBSERVABLE = { ratio: 0.08, jsKb: 201, chartMs: 560 };

async function waitFor(url: string, child: ChildProcess, seconds = 60) {
  for (let i = 0; i < seconds * 10; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering ${url}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url}`);
}

async function load(base: string, urls: string[]) {
  const run = await runTsx('scripts/bench/load-client.ts', [
    base,
    JSON.stringify(urls),
    String(CONCURRENCY),
    String(SECONDS),
  ]);
  return lastJson<{ requests: number; errors: number; seconds: number; p50: number; p99: number }>(run);
}

async function shippedJs(base: string, html: string): Promise<number> {
  // Every chunk the page names, in script tags or in its RSC payload (loaded at hydration).
  const scripts = [...html.matchAll(/\/_next\/static\/chunks\/[^"\\]+?\.js/g)].map((m) => m[0]);
  let bytes = 0;
  for (const src of new Set(scripts))
    bytes += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return bytes;
}

export const pages: BenchPart = {
  name: 'pages',
  description: 'requests/s of /, a benchmark page and /thinking next to bare Node http; JS shipped; chart time',
  async run({ tmp, log }) {
    buildIfNeeded();
    process.env.DATABASE_PATH = path.join(tmp, 'pages.db');
    await prepareDatabase();
    const port = 3400 + Math.floor(Math.random() * 500);
    const base = `http://localhost:${port}`;
    const start = (p: number, cache: boolean) =>
      spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
        env: {
          ...process.env,
          PORT: String(p),
          HOST: '127.0.0.1',
          PAGE_CACHE: cache ? 'on' : 'off',
          NEXT_TELEMETRY_DISABLED: '1',
        },
        stdio: 'ignore',
      });
    const server = start(port, true);
    const uncached = start(port + 2, false);
    const rows: BenchRow[] = [];
    let bare: ChildProcess | undefined;
    try {
      await waitFor(`${base}/`, server);
      await waitFor(`http://localhost:${port + 2}/`, uncached);
      const html: Record<string, string> = {};
      for (const p of PAGES) html[p] = await (await fetch(base + p)).text();
      fs.writeFileSync(path.join(tmp, 'pages.json'), JSON.stringify(html));
      const barePort = port + 1;
      bare = spawn(
        process.execPath,
        ['--import', 'tsx', 'scripts/bench/bare-server.ts', path.join(tmp, 'pages.json'), String(barePort)],
        { stdio: 'ignore' },
      );
      await waitFor(`http://localhost:${barePort}/`, bare);

      const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
      for (const p of PAGES) {
        log(`pages: ${p}`);
        await load(base, [p]); // warm up
        const ours = await load(base, [p]);
        const limit = await load(`http://localhost:${barePort}`, [p]);
        await load(`http://localhost:${port + 2}`, [p]);
        const rendered = await load(`http://localhost:${port + 2}`, [p]);
        const renderedRate = rendered.requests / rendered.seconds;
        const ourRate = ours.requests / ours.seconds;
        const limitRate = limit.requests / limit.seconds;
        const r = ourRate / limitRate;
        rows.push({
          part: 'pages',
          measure: `${p} req/s (${CONCURRENCY} clients), p99 ${int(ours.p99)} ms, errors ${ours.errors}`,
          value: `${int(ourRate)} req/s`,
          limit: `bare Node http ${int(limitRate)} req/s`,
          ratio: ratio(r),
          target: `> ${OBSERVABLE.ratio} (Observable)`,
          pass: r > OBSERVABLE.ratio && ours.errors === 0,
        });
        rows.push({
          part: 'pages',
          measure: `${p} every request rendered (PAGE_CACHE=off), p99 ${int(rendered.p99)} ms, errors ${rendered.errors}`,
          value: `${int(renderedRate)} req/s`,
          limit: `bare Node http ${int(limitRate)} req/s`,
          ratio: ratio(renderedRate / limitRate),
          target: 'info',
          pass: null,
        });
        const js = await shippedJs(base, html[p]!);
        rows.push({
          part: 'pages',
          measure: `${p} JavaScript shipped (gzip)`,
          value: `${(js / 1024).toFixed(0)} kB`,
          limit: `Observable ${OBSERVABLE.jsKb} kB`,
          ratio: ratio(js / 1024 / OBSERVABLE.jsKb),
          target: '< 1',
          pass: js / 1024 < OBSERVABLE.jsKb,
        });
        // One warm-up load, then the median of five (a first load also pays for cold caches).
        const paints: number[] = [];
        for (let i = 0; i < 6; i++) {
          const page = await browser.newPage();
          await page.goto(base + p, { waitUntil: 'load' });
          const fcp = await page.evaluate(
            () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          );
          if (i > 0) paints.push(fcp);
          await page.close();
        }
        paints.sort((x, y) => x - y);
        const paint = paints[Math.floor(paints.length / 2)]!;
        const inHtml = /recharts-surface/.test(html[p]!);
        rows.push({
          part: 'pages',
          measure: `${p} chart drawn after navigation, median of 5 (${inHtml ? 'in the server HTML: first paint' : 'NOT in server HTML'})`,
          value: `${int(paint)} ms`,
          limit: `Observable ${OBSERVABLE.chartMs} ms`,
          ratio: ratio(paint / OBSERVABLE.chartMs),
          target: '< 1',
          pass: inHtml && paint < OBSERVABLE.chartMs,
        });
      }
      await browser.close();
    } finally {
      server.kill();
      uncached.kill();
      bare?.kill();
    }
    return rows;
  },
};
