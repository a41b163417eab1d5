import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath } from '../../e2e/chromium';
import { localePath, LOCALES } from '../../app/_i18n/locales';
import { prepareDatabase } from '../prepare-db';
import { buildIfNeeded } from '../server/build';
import { firstScreenOffsets, SCREENS, type Offsets } from './first-screen';
import { int, runChild, type BenchPart, type BenchRow } from './lib';
import { startServer } from './pages';

// Lighthouse mobile (its simulated slow phone: 4x CPU slowdown, slow 4G) on every page in both
// languages, three runs each, against the production server with the bundled data: performance
// (median), accessibility, layout shift, Total Blocking Time (median); and where the first chart
// and the first number of each page sit at 1280 and 390 px (./first-screen.ts). Lighthouse is not
// a dependency of the project (it is large); npx fetches the pinned version into npm's cache the
// first time this part runs. Headless Debian Chromium, as the Playwright tests use.
//
// BENCH_LIGHTHOUSE_PAGES=/,/thinking and BENCH_LIGHTHOUSE_LANGS=en narrow a run while working on
// a page (a comma inside an address written %2C); BENCH_LIGHTHOUSE_RUNS sets the runs per page (3); BENCH_PORT the server's port.

const LIGHTHOUSE = 'lighthouse@13.5.0';
export const LIGHTHOUSE_PAGES = [
  '/',
  '/benchmarks',
  '/benchmarks/arena-hard',
  '/benchmarks/aime-24', // with the record over time (issue 20), a section of a benchmark's page
  '/models',
  '/models/qwen3-235b-a22b',
  '/thinking',
  '/compare?models=qwen3-235b-a22b,deepseek-r1,openai-o1',
  '/multilingual',
  '/long-context',
  '/efficiency',
  '/changes',
  '/claims?a=qwen3-235b-a22b&b=openai-o1&benchmark=aime-24',
  '/search?q=aime',
  '/api',
];
const FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run --disable-sync';
const TARGET = { performance: 95, accessibility: 100, tbtMs: 150 };

type Report = {
  environment: { benchmarkIndex: number };
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue?: number }>;
};

// The load average (1 min) when each run ended, and Lighthouse's own measure of the CPU it had
// (benchmarkIndex, a fixed loop's speed; ~1,500+ for an idle laptop core): Lighthouse simulates
// its slow phone from a trace observed on this machine, so a busy machine's longer tasks come out
// as more blocking time.
type Run = {
  performance: number;
  accessibility: number;
  cls: number;
  tbt: number;
  lcp: number;
  load: number;
  cpu: number;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const list = (name: string) =>
  process.env[name]
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

async function lighthouseRun(url: string, out: string): Promise<Run> {
  const run = await runChild(
    'npx',
    [
      '--yes',
      LIGHTHOUSE,
      url,
      '--quiet',
      '--form-factor=mobile',
      '--only-categories=performance,accessibility',
      `--chrome-flags=${FLAGS}`,
      '--output=json',
      `--output-path=${out}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() } },
  );
  if (run.code !== 0 || !fs.existsSync(out)) throw new Error(`lighthouse failed on ${url}: ${run.stderr.slice(-500)}`);
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: Math.round(report.categories.performance!.score * 100),
    accessibility: Math.round(report.categories.accessibility!.score * 100),
    cls: audit('cumulative-layout-shift'),
    tbt: audit('total-blocking-time'),
    lcp: audit('largest-contentful-paint'),
    load: os.loadavg()[0]!,
    cpu: report.environment.benchmarkIndex,
  };
}

function rowsOf(url: string, runs: Run[], offsets: Record<string, Offsets> | undefined): BenchRow[] {
  const perf = median(runs.map((r) => r.performance));
  const tbt = median(runs.map((r) => r.tbt));
  const lcp = median(runs.map((r) => r.lcp));
  const a11y = Math.min(...runs.map((r) => r.accessibility));
  const cls = Math.max(...runs.map((r) => r.cls));
  const load = runs.map((r) => r.load.toFixed(1)).join(', ');
  const cpu = runs.map((r) => String(Math.round(r.cpu))).join(', ');
  const row = (measure: string, value: string, target: string, pass: boolean | null): BenchRow => ({
    part: 'lighthouse',
    measure: `${url} ${measure}`,
    value,
    limit: '',
    ratio: '',
    target,
    pass,
  });
  const rows = [
    row(
      `performance (mobile, median of ${runs.length}; LCP ${int(lcp)} ms; load average ${load}; CPU index ${cpu})`,
      String(perf),
      `>= ${TARGET.performance}`,
      perf >= TARGET.performance,
    ),
    row('accessibility (lowest run)', String(a11y), String(TARGET.accessibility), a11y === TARGET.accessibility),
    row('cumulative layout shift (highest run)', cls.toFixed(3), '0', cls === 0),
    row(
      `total blocking time (median of ${runs.length})`,
      `${int(tbt)} ms`,
      `<= ${TARGET.tbtMs} ms`,
      tbt <= TARGET.tbtMs,
    ),
  ];
  for (const s of SCREENS) {
    const o = offsets?.[s.label];
    const chartMax = s.height * s.chartScreens;
    const numberMax = s.height * s.numberScreens;
    const px = (v: number | null | undefined) => (v === null || v === undefined ? 'none' : `${int(v)} px`);
    rows.push(
      row(
        `first chart from the top at ${s.width} px`,
        px(o?.chart),
        `< ${int(chartMax)} px`,
        o?.chart == null ? null : o.chart < chartMax,
      ),
      row(
        `first number from the top at ${s.width} px`,
        px(o?.number),
        `< ${int(numberMax)} px`,
        o?.number == null ? null : o.number < numberMax,
      ),
    );
  }
  return rows;
}

export const lighthouse: BenchPart = {
  name: 'lighthouse',
  description:
    'Lighthouse mobile on every page in both languages; first chart and number from the top at 1280 and 390 px',
  async run({ tmp, log }) {
    buildIfNeeded();
    const database = path.join(tmp, 'lighthouse.db');
    process.env.DATABASE_PATH = database;
    await prepareDatabase();
    const port = Number(process.env.BENCH_PORT) || 4600 + Math.floor(Math.random() * 300);
    const base = `http://127.0.0.1:${port}`;
    const server = startServer(port, database);
    const pages = list('BENCH_LIGHTHOUSE_PAGES') ?? LIGHTHOUSE_PAGES;
    const langs = list('BENCH_LIGHTHOUSE_LANGS') ?? LOCALES;
    const runsPerPage = Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 3;
    const urls = langs.flatMap((l) => pages.map((p) => localePath(l as (typeof LOCALES)[number], p)));
    const rows: BenchRow[] = [];
    try {
      for (let i = 0; i < 600 && !(await fetch(`${base}/`).catch(() => null))?.ok; i++)
        await new Promise((r) => setTimeout(r, 100));
      for (const url of urls) await fetch(base + url); // the first render pays for loading code
      const offsets = await firstScreenOffsets(base, urls);
      for (const url of urls) {
        const runs: Run[] = [];
        for (let i = 0; i < runsPerPage; i++) {
          log(`lighthouse: ${url} (${i + 1} of ${runsPerPage})`);
          runs.push(await lighthouseRun(base + url, path.join(tmp, `${url.replace(/\W+/g, '-')}-${i}.json`)));
        }
        rows.push(...rowsOf(url, runs, offsets.get(url)));
      }
    } finally {
      server.kill();
    }
    return rows;
  },
};
