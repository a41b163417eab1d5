import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { itemsPostdate, factsIndex, factsOf } from '../../app/_lib/result-facts';
import type { Db } from '../../db/client';
import { testSetFacts } from '../../db/queries/catalog';
import { resultsSelect } from '../../db/queries/results';
import { cleanupAll, seededDb } from '../helpers';

vi.mock('server-only', () => ({}));

// Item 4, 5 and 7 of issue 9 as the data answers show them, on a real temp copy of the seeded
// database: the sampling interval (API and CSV), who reported each number (a filter everywhere),
// and the filter on benchmarks whose items postdate the model.

type Handler = (request: Request) => Response;
let results: Handler;
let exportCsv: Handler;
let db: Db;

beforeAll(async () => {
  const seeded = await seededDb();
  db = seeded.db;
  process.env.DATABASE_PATH = seeded.file;
  results = (await import('../../app/api/results/route')).GET;
  exportCsv = (await import('../../app/export.csv/route')).GET;
});
afterAll(() => {
  (globalThis as { benchboardDb?: Db }).benchboardDb?.$client.close();
  delete (globalThis as { benchboardDb?: Db }).benchboardDb;
  delete process.env.DATABASE_PATH;
  cleanupAll();
});

type ApiRow = {
  model: string;
  mode: string;
  score: number;
  scoreText: string;
  unit: string;
  metric: string;
  benchmarkId: string;
  table: string;
  reporter: 'self' | 'independent';
  reportedBy: string;
  interval: { low: number; high: number; n: number } | null;
};
const api = async (query: string) => {
  const response = results(new Request(`http://x/api/results${query}`));
  return { status: response.status, body: (await response.json()) as { data: ApiRow[]; total: number } };
};

describe("AIME'24: 30 items, and the interval of 85.7 over them", () => {
  it("the facts give 30 items for every version of AIME'24", () => {
    const facts = factsIndex(testSetFacts(db));
    expect(factsOf(facts, 'aime-24', '')?.items).toBe(30);
    expect(factsOf(facts, 'aime-24', 'any version without a row of its own')?.items).toBe(30);
  });

  it('the API gives 85.7 (Qwen3-235B-A22B, thinking, Table 11) the interval 69.2–94.1 over n = 30', async () => {
    const { body } = await api('?benchmark=aime-24&models=qwen3-235b-a22b&mode=thinking&pageSize=1000');
    const row = body.data.find((r) => r.scoreText === '85.7' && r.table === 'Table 11')!;
    expect(row.interval).toEqual({ low: 69.2, high: 94.1, n: 30 });
    expect(row.reporter).toBe('self');
    expect(row.reportedBy).toBe('Qwen Team (Alibaba)');
  });

  it('the CSV export writes it in the columns after the table link', async () => {
    const response = exportCsv(new Request('http://x/export.csv?benchmark=aime-24&models=qwen3-235b-a22b'));
    const text = await response.text();
    expect(text.split('\r\n')[0]!.endsWith(',table_url,table_page,interval_low,interval_high,items,reporter')).toBe(
      true,
    );
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.score === '85.7' && r.table === 'Table 11')!;
    expect([row.interval_low, row.interval_high, row.items, row.reporter]).toEqual(['69.2', '94.1', '30', 'self']);
  });

  it('an Elo rating has none (CodeForces), nor a judged score on its own scale (Arena-Hard)', async () => {
    const elo = await api('?benchmark=codeforces&unit=elo&pageSize=1000');
    expect(elo.body.data.length).toBeGreaterThan(10);
    expect(elo.body.data.every((r) => r.interval === null)).toBe(true);
    const arena = await api('?benchmark=arena-hard&pageSize=1000');
    expect(arena.body.data.length).toBeGreaterThan(10);
    expect(arena.body.data.every((r) => r.interval === null)).toBe(true);
  });

  it('nor an average over several sets: the Language Average, MGSM over languages, EvalPlus', async () => {
    for (const benchmark of ['language-average', 'mgsm', 'evalplus']) {
      const { body } = await api(`?benchmark=${benchmark}&pageSize=1000`);
      expect(body.data.length, benchmark).toBeGreaterThan(0);
      expect(
        body.data.every((r) => r.interval === null),
        benchmark,
      ).toBe(true);
    }
  });
});

describe('who reported it: a filter of every view', () => {
  it('self and independent split the results; Qwen reporting a baseline is independent of its maker', async () => {
    const all = await api('?benchmark=arena-hard&pageSize=1000');
    const self = await api('?benchmark=arena-hard&reporter=self&pageSize=1000');
    const independent = await api('?benchmark=arena-hard&reporter=independent&pageSize=1000');
    expect(self.body.total + independent.body.total).toBe(all.body.total);
    expect(self.body.data.every((r) => r.reporter === 'self')).toBe(true);
    expect(independent.body.data.every((r) => r.reporter === 'independent')).toBe(true);
    expect(independent.body.data.map((r) => r.model)).toContain('DeepSeek-R1');
    expect(self.body.data.map((r) => r.model)).toContain('Qwen3-235B-A22B');
  });

  it('an invalid value is a 400 naming the parameter', async () => {
    const { status, body } = await api('?reporter=nobody');
    expect(status).toBe(400);
    expect((body as unknown as { error: { parameter: string } }).error.parameter).toBe('reporter');
  });

  it('pages count the same rows they show (the count joins the sources too)', async () => {
    const { getResultsPage, getVariants } = await import('../../db/queries');
    const page = getResultsPage(
      { benchmark: 'aime-24', reporter: 'independent' },
      { page: 1, pageSize: 5, sort: 'score' },
    );
    expect(page.total).toBe(resultsSelect(db, { benchmark: 'aime-24', reporter: 'independent' }).all().length);
    expect(page.rows.every((r) => r.reporter === 'independent')).toBe(true);
    const variants = getVariants({ benchmark: 'aime-24', reporter: 'independent' });
    expect(variants.reduce((n, v) => n + v.results, 0)).toBe(page.total);
  });
});

describe('only benchmarks whose items postdate the model', () => {
  it("keeps exactly the results whose items were made after the model's release month", async () => {
    const facts = factsIndex(testSetFacts(db));
    const all = resultsSelect(db, {}).all();
    const kept = resultsSelect(db, { window: 'after-release' }).all();
    const expected = all.filter((r) =>
      itemsPostdate(factsOf(facts, r.benchmarkId, r.version)?.dataFrom ?? null, r.releaseDate),
    );
    expect(kept.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(kept.length).toBeGreaterThan(0);
    // AIME'25 (items 2025-02) postdates DeepSeek-R1 (2025-01-20), not Qwen3 (2025-04-29).
    const aime25 = kept.filter((r) => r.benchmarkId === 'aime-25').map((r) => r.modelId);
    expect(aime25).toContain('deepseek-r1');
    expect(aime25).not.toContain('qwen3-235b-a22b');
  });

  it('reaches the API as window=after-release', async () => {
    const { body } = await api('?benchmark=aime-24&window=after-release');
    expect(body.total).toBe(0); // AIME'24 (2024-02) predates every model that has a release date here
    expect((await api('?window=sometime')).status).toBe(400);
  });
});
