import path from 'node:path';
import { prepareDatabase } from '../prepare-db';
import { buildIfNeeded } from '../server/build';
import { int, loadTest, ratio, rssKb, type BenchPart, type BenchRow } from './lib';
import type { LoadResult } from './load-client';
import { startServer, waitFor } from './pages';

// Chart files must never hurt the server (issue 23 items 1 and 11), measured on a fresh server
// with the bundled data:
// - a page's p99 alone, then the same clients on the same page while 40 clients ask for cold
//   PNGs (every request a drawing never made before): target <= 2x;
// - the server's resident memory while 40 clients flood it with distinct chart URLs (SVG and PNG,
//   every kind, distinct widths), against its memory at rest after the pages were first served:
//   target <= 1.5x;
// - cold Chinese PNGs against cold English ones, 20 clients (issue 22: >= 0.5).

const PAGE = '/benchmarks/arena-hard';
const PAGE_CLIENTS = 2;
const SECONDS = 10;
const FLOOD_CLIENTS = 40;
const FLOOD_SECONDS = 20;

const CHARTS = [
  '/charts/benchmark/arena-hard',
  '/charts/benchmark/aime-24',
  '/charts/model/qwen3-235b-a22b',
  '/charts/long-context/ruler',
  '/charts/efficiency/aime-24',
  '/charts/budget/aime-24',
];

/** `count` chart URLs no server has drawn: every chart at every width from 400 up, shuffled. */
function coldUrls(files: string[], count: number, query = ''): string[] {
  const urls: string[] = [];
  for (let w = 400; urls.length < count && w <= 1600; w++)
    for (const chart of CHARTS) for (const file of files) urls.push(`${chart}.${file}?width=${w}${query}`);
  return urls.slice(0, count).sort(() => 0.5 - Math.random());
}

const statuses = (r: LoadResult) =>
  Object.entries(r.statuses)
    .map(([s, n]) => `${n} × ${s}`)
    .join(', ');

export const charts: BenchPart = {
  name: 'charts',
  description: 'a page while cold PNGs are drawn; memory under a flood of chart URLs; Chinese vs English PNGs',
  async run({ tmp, log }) {
    buildIfNeeded();
    const database = path.join(tmp, 'charts.db');
    process.env.DATABASE_PATH = database;
    await prepareDatabase();
    const port = Number(process.env.BENCH_PORT) || 3400 + Math.floor(Math.random() * 500);
    const base = `http://localhost:${port}`;
    const server = startServer(port, database);
    const rows: BenchRow[] = [];
    try {
      await waitFor(`${base}/`, server);
      const page = () => loadTest({ base, urls: [PAGE], concurrency: PAGE_CLIENTS, seconds: SECONDS, unique: true });
      log('charts: the page alone');
      // Warm-up: the page's and the chart route's code loaded, queries memoised, a PNG drawn in
      // each language (the first Chinese one makes the font's subset, once per process).
      await page();
      for (const file of ['svg', 'png', 'png?lang=zh'])
        await (await fetch(`${base}${CHARTS[0]}.${file}`)).arrayBuffer();
      const idleRss = rssKb(server.pid!);
      const idle = await page();
      log(`charts: the page while ${FLOOD_CLIENTS} clients ask for cold PNGs`);
      const [busy, pngs] = await Promise.all([
        page(),
        loadTest({
          base,
          urls: coldUrls(['png'], 1500),
          concurrency: FLOOD_CLIENTS,
          seconds: SECONDS,
          once: true,
          retryAfter: true,
        }),
      ]);
      rows.push({
        part: 'charts',
        measure: `${PAGE} p99 (${PAGE_CLIENTS} clients, unique URLs) while ${FLOOD_CLIENTS} clients ask for cold PNGs, each asking again after a 503's Retry-After (${statuses(pngs)}); page errors ${busy.errors}`,
        value: `${int(busy.p99)} ms`,
        limit: `${int(idle.p99)} ms alone`,
        ratio: ratio(busy.p99 / idle.p99),
        target: '<= 2',
        pass: busy.p99 / idle.p99 <= 2 && busy.errors === 0,
      });
      log(`charts: memory under a flood of distinct chart URLs (${FLOOD_SECONDS} s)`);
      let peak = rssKb(server.pid!);
      const timer = setInterval(() => (peak = Math.max(peak, rssKb(server.pid!))), 100);
      const flood = await loadTest({
        base,
        urls: coldUrls(['svg', 'png'], 1600, '&theme=dark'),
        concurrency: FLOOD_CLIENTS,
        seconds: FLOOD_SECONDS,
        once: true,
        retryAfter: true,
      });
      clearInterval(timer);
      rows.push({
        part: 'charts',
        measure: `server peak memory (VmRSS) while ${FLOOD_CLIENTS} clients ask for distinct chart URLs for ${FLOOD_SECONDS} s (${statuses(flood)})`,
        value: `${int(peak / 1024)} MB`,
        limit: `${int(idleRss / 1024)} MB at rest`,
        ratio: ratio(peak / idleRss),
        target: '<= 1.5',
        pass: peak / idleRss <= 1.5,
      });
      const cold: Record<string, LoadResult> = {};
      for (const lang of ['en', 'zh'] as const) {
        log(`charts: cold PNGs (${lang})`);
        cold[lang] = await loadTest({
          base,
          urls: coldUrls(['png'], 1500, `&theme=light${lang === 'zh' ? '&lang=zh' : ''}`),
          concurrency: 20,
          seconds: SECONDS,
          once: true,
          retryAfter: true,
        });
      }
      const ok = (r: LoadResult) => (r.statuses['200'] ?? 0) / r.seconds;
      rows.push({
        part: 'charts',
        measure: `cold Chinese PNGs drawn/s (20 clients; ${statuses(cold.zh!)}, p99 ${int(cold.zh!.p99)} ms) against English (${statuses(cold.en!)}, p99 ${int(cold.en!.p99)} ms)`,
        value: `${ok(cold.zh!).toFixed(1)}/s`,
        limit: `${ok(cold.en!).toFixed(1)}/s`,
        ratio: ratio(ok(cold.zh!) / ok(cold.en!)),
        target: '>= 0.5',
        pass: ok(cold.zh!) / ok(cold.en!) >= 0.5,
      });
      return rows;
    } finally {
      server.kill();
    }
  },
};
