import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../db/pack/loader';
import { countResults, RESULTS_LIMIT } from '../../db/queries/results';
import {
  cleanupAll,
  httpGet,
  killChildren,
  resultRow,
  resultsCsv,
  seededDb,
  serveDatabase,
  writePack,
} from '../helpers';

// No 500 from an address a reader typed (issue 19 item 7): a page whose view selects more
// results than one view reads whole says so in the reader's language, with the ways to read them
// all; a chart file of such a view is a 400 naming the limit. Other pages stay as they were.
// The database: the bundled packs plus AIME'24 results for Qwen3-32B, one per table, past the limit.

let base: string;
let total: number;

beforeAll(async () => {
  const { db, file } = await seededDb();
  const extra = Array.from({ length: RESULTS_LIMIT + 1 }, (_, i) =>
    resultRow({ table: `Table L${i + 1}`, score: String(40 + (i % 600) / 10) }),
  );
  const report = await loadPack(db, writePack({ 'results.csv': resultsCsv(...extra) }));
  expect(report.ok, JSON.stringify(report.errors.slice(0, 3))).toBe(true);
  total = countResults(db, { benchmark: 'aime-24' });
  expect(total).toBeGreaterThan(RESULTS_LIMIT);
  db.$client.close();
  ({ base } = await serveDatabase(file));
}, 600_000);
afterAll(() => {
  killChildren();
  cleanupAll();
});

const browser = { Accept: 'text/html' };

describe('a view past the limit of one view', () => {
  it('the benchmark page says how many results it selects, the limit, and where to read them all', async () => {
    const page = await httpGet(`${base}/benchmarks/aime-24`, browser, 100_000);
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-testid="too-many"');
    // The view is the benchmark's main variant (the one metric of the added results), not all of AIME'24.
    const selects = /This view selects ([\d,]+) results, more than the ([\d,]+) one page can show/.exec(page.body);
    expect(selects, 'the notice names the count and the limit').not.toBeNull();
    expect(Number(selects![1]!.replaceAll(',', ''))).toBeGreaterThan(RESULTS_LIMIT);
    expect(Number(selects![1]!.replaceAll(',', ''))).toBeLessThanOrEqual(total);
    expect(selects![2]).toBe(RESULTS_LIMIT.toLocaleString('en-US'));
    expect(page.body).toContain('href="/export.csv"');
    expect(page.body).toContain('href="/api"');
  }, 240_000);

  it('the model page says so too, in Chinese on the Chinese page', async () => {
    const page = await httpGet(`${base}/zh/models/qwen3-32b`, browser, 100_000);
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-testid="too-many"');
    expect(page.body).toContain('结果过多');
    expect(page.body).toContain('href="/zh/api"');
  }, 240_000);

  it('a chart file of the view is a 400 naming the limit and what to do; a ranking, which reads its best bars only, is drawn', async () => {
    const file = await httpGet(`${base}/charts/model/qwen3-32b.svg`, {}, 100_000);
    expect(file.status).toBe(400);
    expect(file.type).toContain('text/plain');
    expect(file.body).toMatch(new RegExp(`selects \\d+ results, more than the ${RESULTS_LIMIT} one view can show`));
    expect(file.body).toContain('/export.csv');
    const best = await httpGet(`${base}/charts/benchmark/aime-24.svg?top=all`, {}, 100_000);
    expect(best.status).toBe(200);
    expect(best.type).toContain('image/svg+xml');
  }, 240_000);

  it('a page of a smaller view is drawn as before', async () => {
    const page = await httpGet(`${base}/benchmarks/arena-hard`, browser, 100_000);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('data-testid="too-many"');
    expect(page.body).toContain('data-testid="finding"');
  }, 240_000);
});
