import fs from 'node:fs';
import path from 'node:path';
import { chromiumPath } from '../../e2e/chromium';
import { prepareDatabase } from '../prepare-db';
import { buildIfNeeded } from '../server/build';
import { ratio, runChild, type BenchPart, type BenchRow } from './lib';
import { startServer } from './pages';

// Lighthouse (mobile: its simulated slow phone and network) on two pages of the production
// server with the bundled data: performance, accessibility, layout shift. Lighthouse is not a
// dependency of the project (it is large); npx fetches the pinned version into npm's cache the
// first time this part runs. Headless Debian Chromium, as the Playwright tests use.

const LIGHTHOUSE = 'lighthouse@13.5.0';
const PAGES = ['/benchmarks/arena-hard', '/thinking'];
const FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run --disable-sync';

type Report = {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue?: number; displayValue?: string }>;
};

export const lighthouse: BenchPart = {
  name: 'lighthouse',
  description: 'Lighthouse mobile on a benchmark page and /thinking: performance, accessibility, CLS',
  async run({ tmp, log }) {
    buildIfNeeded();
    const database = path.join(tmp, 'lighthouse.db');
    process.env.DATABASE_PATH = database;
    await prepareDatabase();
    const port = 4600 + Math.floor(Math.random() * 300);
    const server = startServer(port, database);
    const rows: BenchRow[] = [];
    try {
      for (let i = 0; i < 600 && !(await fetch(`http://127.0.0.1:${port}/`).catch(() => null))?.ok; i++)
        await new Promise((r) => setTimeout(r, 100));
      for (const p of PAGES) {
        log(`lighthouse: ${p}`);
        await fetch(`http://127.0.0.1:${port}${p}`); // the first render pays for loading code
        const out = path.join(tmp, `${p.replace(/\W+/g, '-')}.json`);
        const run = await runChild(
          'npx',
          [
            '--yes',
            LIGHTHOUSE,
            `http://127.0.0.1:${port}${p}`,
            '--quiet',
            '--form-factor=mobile',
            '--only-categories=performance,accessibility',
            `--chrome-flags=${FLAGS}`,
            '--output=json',
            `--output-path=${out}`,
          ],
          { env: { ...process.env, CHROME_PATH: chromiumPath() } },
        );
        if (run.code !== 0 || !fs.existsSync(out))
          throw new Error(`lighthouse failed on ${p}: ${run.stderr.slice(-500)}`);
        const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
        const perf = report.categories.performance!.score * 100;
        const a11y = report.categories.accessibility!.score * 100;
        const cls = report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN;
        const tbt = report.audits['total-blocking-time']?.displayValue ?? '?';
        const lcp = report.audits['largest-contentful-paint']?.displayValue ?? '?';
        rows.push(
          {
            part: 'lighthouse',
            measure: `${p} performance (mobile; LCP ${lcp}, total blocking time ${tbt})`,
            value: perf.toFixed(0),
            limit: '100',
            ratio: ratio(perf / 100),
            target: '>= 95',
            pass: perf >= 95,
          },
          {
            part: 'lighthouse',
            measure: `${p} accessibility`,
            value: a11y.toFixed(0),
            limit: '100',
            ratio: ratio(a11y / 100),
            target: '100',
            pass: a11y === 100,
          },
          {
            part: 'lighthouse',
            measure: `${p} cumulative layout shift`,
            value: cls.toFixed(3),
            limit: '0',
            ratio: '',
            target: '0',
            pass: cls === 0,
          },
        );
      }
    } finally {
      server.kill();
    }
    return rows;
  },
};
