import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';
import { prepareDatabase } from '../prepare-db';
import { buildIfNeeded } from '../server/build';
import { int, loadTest, peakRssKb, perSecond, ratio, rssKb, type BenchPart, type BenchRow } from './lib';
import type { LoadResult } from './load-client';
import { waitForServer } from '../lib/wait-for-server';

// One piece (past 300 lines): one bench part, its measurements sharing one server and build.
//
// Pages and chart files, served as `npm start` serves them (scripts/server/serve.ts, bundled data):
// - uncached render: req/s of every page with 20 clients, no Accept header and a unique query
//   string per request, divided by the app's own not-found page in the same run (the floor of a
//   dynamic page), and each page's raw HTML size;
// - the browser path: a page seen before with a browser's headers (a hit in the page cache), and
//   a 304 to its tag, against a bare Node server sending the same gzipped bytes and 304s;
// - chart files: SVG and PNG req/s cold (each request a new drawing) and warm (200 and 304), and
//   the server's peak memory while it rasterises; the same for Chinese PNGs (lang=zh);
// - JavaScript shipped, and when a page's first chart has arrived in Chromium, with its layout shift.

export const PAGES = [
  '/',
  '/benchmarks/arena-hard',
  '/thinking',
  '/models/qwen3-235b-a22b',
  '/compare?models=qwen3-32b,openai-o1,deepseek-r1',
  '/multilingual',
  '/long-context',
  '/efficiency',
  // Issue 20: a claim, and a page as of an earlier data version.
  '/claims?a=qwen3-235b-a22b&b=openai-o1&benchmark=aime-24',
  '/benchmarks/arena-hard?asOf=1',
];
export const FLOOR = '/no-such-page';
const CONCURRENCY = 20;
const SECONDS = 6;
/** Turns of ours then the bare server's in a browser-path measure (./pages.ts browserPath). */
const TURNS = 5;
const MIN_RATIO = 0.5;
const MAX_HTML_KB = 150;
// A static Observable Framework build of the same views, measured on a machine of this kind (issue 3).
const OBSERVABLE = { jsKb: 201, chartMs: 560 };

/** Until `url` answers below 500 (scripts/lib/wait-for-server.ts), the server's output in the error. */
export async function waitFor(url: string, child: ChildProcess, seconds = 120) {
  await waitForServer(url, child, { timeoutMs: seconds * 1000, output: logs.get(child) });
}

/** The production server on a port, over a database (scripts/server/serve.ts: the build as it is). */
export function startServer(port: number, database: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server/serve.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: database,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out = (out + d).slice(-20_000)));
  logs.set(child, () => out);
  return child;
}

const logs = new WeakMap<ChildProcess, () => string>();

/** How many times the server has finished rendering pages ahead (after its start, after each load). */
export function timesRenderedAhead(child: ChildProcess): number {
  return (logs.get(child)?.() ?? '').match(/rendered ahead for data version \d+/g)?.length ?? 0;
}

/**
 * Waits until the server has rendered ahead the default pages `times` times in all
 * (scripts/server/warm.ts), so that what is measured next does not share the machine with it.
 */
export async function renderedAhead(child: ChildProcess, times = 1, timeoutMs = 900_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (timesRenderedAhead(child) < times) {
    if (child.exitCode !== null) throw new Error('the server exited while rendering ahead');
    if (performance.now() > deadline) throw new Error('the server did not finish rendering ahead');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Every page's uncached render against the not-found floor, and its HTML size: rows for `part`
 * (pages with the bundled data, scale at the big data set).
 */
export async function uncachedRenders(
  base: string,
  part: string,
  limits: { ratio: number; htmlKb: number },
  log: (m: string) => void,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const uncached = (url: string) =>
    loadTest({ base, urls: [url], concurrency: CONCURRENCY, seconds: SECONDS, unique: true });
  await uncached(FLOOR); // warm-up
  const floors = [perSecond(await uncached(FLOOR))];
  for (const p of PAGES) {
    log(`${part}: ${p} uncached`);
    const html = Buffer.from(await (await fetch(base + p)).arrayBuffer());
    await uncached(p); // warm-up: the first render after start pays for loading code
    const r = await uncached(p);
    floors.push(perSecond(await uncached(FLOOR)));
    const floor = (floors.at(-1)! + floors.at(-2)!) / 2; // the floor measured just before and after
    rows.push({
      part,
      measure: `${p} uncached render (${CONCURRENCY} clients, unique URLs), p99 ${int(r.p99)} ms, errors ${r.errors}`,
      value: `${int(perSecond(r))} req/s`,
      limit: `not-found page ${int(floor)} req/s`,
      ratio: ratio(perSecond(r) / floor),
      target: `>= ${limits.ratio}`,
      pass: perSecond(r) / floor >= limits.ratio && r.errors === 0,
    });
    rows.push({
      part,
      measure: `${p} raw HTML`,
      value: `${(html.length / 1024).toFixed(0)} kB`,
      limit: `${limits.htmlKb} kB`,
      ratio: ratio(html.length / 1024 / limits.htmlKb),
      target: '<= 1',
      pass: html.length / 1024 <= limits.htmlKb,
    });
  }
  return rows;
}

async function shippedJs(base: string, html: string): Promise<number> {
  // Every chunk the page names, in script tags or in its RSC payload (loaded at hydration).
  const scripts = [...html.matchAll(/\/_next\/static\/chunks\/[^"\\]+?\.js/g)].map((m) => m[0]);
  let bytes = 0;
  for (const src of new Set(scripts))
    bytes += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return bytes;
}

/**
 * A page seen before, as a browser asks for it (text/html, gzip): from the page cache, and a
 * 304 to its tag; each against a bare Node server sending the same bytes (and the same 304).
 */
async function browserPath(base: string, tmp: string, log: (m: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const headers = { accept: 'text/html', 'accept-encoding': 'gzip' };
  const html: Record<string, string> = {};
  for (const p of PAGES) html[p] = await (await fetch(base + p, { headers })).text();
  fs.writeFileSync(path.join(tmp, 'pages.json'), JSON.stringify(html));
  const barePort = Number(new URL(base).port) + 1;
  const bare = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/bare-server.ts', path.join(tmp, 'pages.json'), String(barePort)],
    { stdio: 'ignore' },
  );
  try {
    await waitFor(`http://localhost:${barePort}/`, bare);
    for (const p of Object.keys(html)) {
      for (const revalidate of [false, true]) {
        log(`pages: ${p} browser path${revalidate ? ', 304' : ''}`);
        const load = (b: string, seconds: number) =>
          loadTest({ base: b, urls: [p], concurrency: CONCURRENCY, seconds, headers, revalidate });
        await load(base, 1);
        // Ours and the bare server in turns of a second, five each: on a shared machine whose load
        // swings from second to second, each turn's ratio is taken under one load, and the
        // median of the five is the figure (two long loads in a row could each meet another one).
        const turns: { ours: LoadResult; limit: LoadResult }[] = [];
        for (let i = 0; i < TURNS; i++)
          turns.push({
            ours: await load(base, SECONDS / TURNS),
            limit: await load(`http://localhost:${barePort}`, SECONDS / TURNS),
          });
        turns.sort((a, b) => perSecond(a.ours) / perSecond(a.limit) - perSecond(b.ours) / perSecond(b.limit));
        const { ours, limit } = turns[Math.floor(TURNS / 2)]!;
        const statuses = Object.keys(ours.statuses).join('/');
        rows.push({
          part: 'pages',
          measure: `${p} ${revalidate ? '304 to If-None-Match' : 'repeat view (text/html, gzip; seen before)'}: status ${statuses}, p99 ${int(ours.p99)} ms, median of ${TURNS} turns`,
          value: `${int(perSecond(ours))} req/s`,
          limit: `bare Node http ${int(perSecond(limit))} req/s`,
          ratio: ratio(perSecond(ours) / perSecond(limit)),
          target: `>= ${MIN_RATIO}`,
          // The first request of each client has no tag yet: a 200, then 304s.
          pass:
            perSecond(ours) / perSecond(limit) >= MIN_RATIO &&
            ours.errors === 0 &&
            (ours.statuses[revalidate ? '304' : '200'] ?? 0) > ours.requests * 0.9,
        });
      }
    }
  } finally {
    bare.kill();
  }
  return rows;
}

/**
 * The server's memory after 2,000 distinct URLs (issue 12: a cache bounded by count grew by
 * 350 MB): 1,000 pages with an unknown parameter each and 1,000 chart files of distinct widths.
 */
async function distinctUrls(base: string, server: ChildProcess, log: (m: string) => void): Promise<BenchRow> {
  log('pages: 2,000 distinct URLs');
  const before = rssKb(server.pid!);
  const urls = [
    ...Array.from({ length: 1000 }, (_, i) => `/?fill=${i}`),
    ...Array.from({ length: 1000 }, (_, i) => `/charts/benchmark/aime-24.svg?width=${400 + i}`),
  ];
  const r = await loadTest({ base, urls, concurrency: CONCURRENCY, seconds: 900, once: true });
  const after = rssKb(server.pid!);
  return {
    part: 'pages',
    measure: `server memory after ${int(r.requests)} distinct URLs (1,000 pages, 1,000 chart widths), errors ${r.errors}`,
    value: `${int(after / 1024)} MB`,
    limit: `${int(before / 1024)} MB before`,
    ratio: ratio(after / before),
    target: '<= 1.2',
    pass: after / before <= 1.2 && r.errors === 0,
  };
}

async function chartFiles(base: string, server: ChildProcess, log: (m: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const chart = '/charts/benchmark/arena-hard';
  const widths = Array.from({ length: 1201 }, (_, i) => 400 + i); // every request a new drawing
  const before = peakRssKb(server.pid!);
  const peaks: Record<string, number> = {};
  const coldRate: Record<string, number> = {};
  // The PNG in Chinese is drawn in Noto Sans SC (cut to what a chart uses, app/_charts/png-fonts.ts), after
  // the English one in Inter: its cold rate and the peak memory it adds, against English's.
  for (const [file, lang] of [
    ['svg', 'en'],
    ['png', 'en'],
    ['png', 'zh'],
  ] as const) {
    const name = `${chart}.${file}${lang === 'zh' ? '?lang=zh' : ''}`;
    const url = (query: string) => {
      const q = [query, lang === 'zh' ? 'lang=zh' : ''].filter(Boolean).join('&');
      return q ? `${chart}.${file}?${q}` : `${chart}.${file}`;
    };
    log(`pages: chart ${file} files (${lang})`);
    const cold = await loadTest({
      base,
      urls: widths.map((w) => url(`width=${w}`)).sort(() => 0.5 - Math.random()),
      concurrency: CONCURRENCY,
      seconds: 4,
    });
    const warm = await loadTest({ base, urls: [url('')], concurrency: CONCURRENCY, seconds: 4 });
    const revalidated = await loadTest({
      base,
      urls: [url('')],
      concurrency: CONCURRENCY,
      seconds: 4,
      revalidate: true,
    });
    coldRate[`${file}-${lang}`] = perSecond(cold);
    peaks[`${file}-${lang}`] = peakRssKb(server.pid!);
    for (const [label, r] of [
      ['cold: every request a new drawing', cold],
      ['warm: 200, drawn before', warm],
      ['warm: 304 to If-None-Match', revalidated],
    ] as const)
      rows.push({
        part: 'pages',
        measure: `${name} ${label}, p99 ${int(r.p99)} ms, errors ${r.errors}`,
        value: `${int(perSecond(r))} req/s`,
        limit: '',
        ratio: '',
        target: 'info',
        pass: r.errors === 0 ? null : false,
      });
  }
  rows.push(
    {
      part: 'pages',
      measure: 'server peak memory (VmHWM) before the chart files and after rasterising 1,200 PNG widths at most',
      value: `${int(peaks['png-en']! / 1024)} MB`,
      limit: `${int(before / 1024)} MB before`,
      ratio: ratio(peaks['png-en']! / before),
      target: 'info',
      pass: null,
    },
    {
      part: 'pages',
      measure: 'Chinese PNGs (lang=zh, Noto Sans SC): cold req/s against English PNGs in the same run',
      value: `${int(coldRate['png-zh']!)} req/s`,
      limit: `${int(coldRate['png-en']!)} req/s`,
      ratio: ratio(coldRate['png-zh']! / coldRate['png-en']!),
      target: 'info',
      pass: null,
    },
    {
      part: 'pages',
      measure: 'server peak memory (VmHWM) after the Chinese PNGs, against after the English ones',
      value: `${int(peaks['png-zh']! / 1024)} MB`,
      limit: `${int(peaks['png-en']! / 1024)} MB`,
      ratio: ratio(peaks['png-zh']! / peaks['png-en']!),
      target: 'info',
      pass: null,
    },
  );
  return rows;
}

// When a page's first chart has arrived: the first chart in the page's order, of either kind. A
// chart file (<img> in a figure.chart) has arrived when its file's response has ended; a chart
// drawn in the page itself (the overview's and compare's dot plots) when the parser has put it in
// the document, seen by a MutationObserver set up before the page's first byte. Strings, so that
// no helper the TypeScript loader adds around functions reaches the browser. Also sums the
// page's layout shifts.
const FIRST_CHART_WATCH = `(() => {
  window.cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  window.inlineChartAt = new Map();
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('main .dot-plot'))
      if (!window.inlineChartAt.has(el)) window.inlineChartAt.set(el, performance.now());
  }).observe(document, { childList: true, subtree: true });
})()`;
const FIRST_CHART_READ = `(() => {
  const first = document.querySelector('main .chart, main .dot-plot');
  let chart = Number.NaN;
  const img = first && first.querySelector('img');
  if (img) {
    const entry = performance.getEntriesByName(img.currentSrc, 'resource')[0];
    if (entry) chart = entry.responseEnd;
  } else if (first) chart = window.inlineChartAt.get(first) ?? Number.NaN;
  return { chart, cls: window.cls };
})()`;

async function inChromium(base: string, log: (m: string) => void): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const p of PAGES.slice(0, 3)) {
      log(`pages: ${p} in Chromium`);
      const js = await shippedJs(base, await (await fetch(base + p)).text());
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
      const samples: { chart: number; cls: number }[] = [];
      for (let i = 0; i < 6; i++) {
        const page = await browser.newPage();
        await page.addInitScript(FIRST_CHART_WATCH);
        await page.goto(base + p, { waitUntil: 'load' });
        const sample = (await page.evaluate(FIRST_CHART_READ)) as { chart: number; cls: number };
        if (i > 0) samples.push(sample);
        await page.close();
      }
      samples.sort((a, b) => a.chart - b.chart);
      const median = samples[Math.floor(samples.length / 2)]!;
      const cls = Math.max(...samples.map((s) => s.cls));
      rows.push({
        part: 'pages',
        measure: `${p} first chart arrived after navigation, median of 5; layout shift (max) ${cls.toFixed(3)}`,
        value: `${int(median.chart)} ms`,
        limit: `Observable ${OBSERVABLE.chartMs} ms`,
        ratio: ratio(median.chart / OBSERVABLE.chartMs),
        target: '< 1, CLS 0',
        pass: median.chart < OBSERVABLE.chartMs && cls === 0,
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

export const pages: BenchPart = {
  name: 'pages',
  description: 'uncached render vs the not-found page, HTML size, browser path, chart files, JS, chart arrival',
  async run({ tmp, log }) {
    buildIfNeeded();
    const database = path.join(tmp, 'pages.db');
    process.env.DATABASE_PATH = database;
    await prepareDatabase();
    // BENCH_PORT on a shared machine (the bare server takes the next port); else a random one.
    const port = Number(process.env.BENCH_PORT) || 3400 + Math.floor(Math.random() * 500);
    const base = `http://localhost:${port}`;
    const server = startServer(port, database);
    try {
      await waitFor(`${base}/`, server);
      await renderedAhead(server);
      return [
        ...(await uncachedRenders(base, 'pages', { ratio: MIN_RATIO, htmlKb: MAX_HTML_KB }, log)),
        ...(await browserPath(base, tmp, log)),
        await distinctUrls(base, server, log),
        ...(await chartFiles(base, server, log)),
        ...(await inChromium(base, log)),
      ];
    } finally {
      server.kill();
    }
  },
};
