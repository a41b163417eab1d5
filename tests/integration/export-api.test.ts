import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/client';
import { resultsSelect } from '../../db/queries/results';
import { cleanupAll, count, seededDb } from '../helpers';

// The routes read the data stamp through db/queries, marked server-only (a marker module
// that throws outside Next's server bundle).
vi.mock('server-only', () => ({}));

// The JSON API's route handlers, called with a Request as Next calls them, against a real temp
// copy of the seeded database (DATABASE_PATH is read when the server connection first opens).

type Handler = (request: Request) => Response;
let api: Record<'results' | 'models' | 'benchmarks' | 'sources', Handler>;
let db: Db;

beforeAll(async () => {
  const seeded = await seededDb();
  db = seeded.db;
  process.env.DATABASE_PATH = seeded.file;
  api = {
    results: (await import('../../app/api/results/route')).GET,
    models: (await import('../../app/api/models/route')).GET,
    benchmarks: (await import('../../app/api/benchmarks/route')).GET,
    sources: (await import('../../app/api/sources/route')).GET,
  };
});
afterAll(() => {
  (globalThis as { benchboardDb?: Db }).benchboardDb?.$client.close();
  delete (globalThis as { benchboardDb?: Db }).benchboardDb;
  delete process.env.DATABASE_PATH;
  cleanupAll();
});

async function call(name: keyof typeof api, query = '') {
  const response = api[name](new Request(`http://x/api/${name}${query}`));
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

describe('GET /api/results', () => {
  it('pages through every result with total and next', async () => {
    const total = count(db, 'SELECT count(*) FROM results');
    const first = await call('results', '?pageSize=10');
    expect(first.status).toBe(200);
    expect(first.type).toMatch(/^application\/json/);
    expect(first.body).toMatchObject({ page: 1, pageSize: 10, total, next: '/api/results?pageSize=10&page=2' });
    expect(first.body.data).toHaveLength(10);
    const second = await call('results', '?pageSize=10&page=2');
    expect(second.body.data[0].id).toBeGreaterThan(first.body.data[9].id);
    const lastPage = Math.ceil(total / 10);
    const last = await call('results', `?pageSize=10&page=${lastPage}`);
    expect(last.body.data).toHaveLength(total - (lastPage - 1) * 10);
    expect(last.body.next).toBeNull();
    const beyond = await call('results', `?pageSize=10&page=${lastPage + 1}`);
    expect(beyond.status).toBe(200);
    expect(beyond.body.data).toEqual([]);
    const byDefault = await call('results');
    expect(byDefault.body.pageSize).toBe(100);
  });

  it('applies the pages’ filters and sorts', async () => {
    const q = { benchmark: 'arena-hard', mode: 'thinking' as const };
    const expected = resultsSelect(db, q).all();
    const { body } = await call('results', '?benchmark=arena-hard&mode=thinking&pageSize=1000');
    expect(body.total).toBe(expected.length);
    expect(body.data.map((r: { id: number }) => r.id).sort()).toEqual(expected.map((e) => e.id).sort());
    expect(body.data.every((r: { mode: string }) => r.mode === 'thinking' || r.mode === 'n/a')).toBe(true);
    const sorted = await call('results', '?benchmark=arena-hard&sort=score&dir=desc&pageSize=1000');
    const scores = sorted.body.data.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('gives each result its printed score, names, canonical ids and citation', async () => {
    const { body } = await call('results', '?benchmark=aime-24&budget=set&pageSize=1000');
    const at8k = body.data.find(
      (r: { thinkingBudgetTokens: number; model: string }) =>
        r.thinkingBudgetTokens === 8192 && r.model === 'Qwen3-235B-A22B',
    );
    expect(at8k).toMatchObject({
      scoreText: '72.50',
      score: 72.5,
      modelId: 'qwen3-235b-a22b',
      benchmarkId: 'aime-24',
      unit: 'percent',
    });
    expect(typeof at8k.sourceId).toBe('string');
    expect(typeof at8k.table).toBe('string');
    expect(Array.isArray(at8k.verifiedBy)).toBe(true);
  });

  it('refuses invalid parameters with 400 {error: {parameter, message}}, never 500', async () => {
    for (const [query, parameter] of [
      ['?page=0', 'page'],
      ['?page=two', 'page'],
      ['?pageSize=1001', 'pageSize'],
      ['?pageSize=-5', 'pageSize'],
      ['?pageSize=1e3', 'pageSize'],
      ['?unit=kelvin', 'unit'],
      ['?mode=sleepy', 'mode'],
      ['?sort=vibes', 'sort'],
      ['?dir=up', 'dir'],
      ['?benchmark=AIME%2724', 'benchmark'],
      ['?maxActive=-1', 'maxActive'],
      ['?models=Qwen3-32B', 'models'],
      [`?metric=${'x'.repeat(301)}`, 'metric'],
    ] as const) {
      const { status, type, body } = await call('results', query);
      expect(status, query).toBe(400);
      expect(type).toMatch(/^application\/json/);
      expect(body.error.parameter, query).toBe(parameter);
      expect(body.error.message).toEqual(expect.any(String));
      expect(body.error.message.length).toBeGreaterThan(10);
    }
  });

  it('ignores unknown parameters', async () => {
    const { status, body } = await call('results', '?utm_source=x&pageSize=1');
    expect(status).toBe(200);
    expect(body.data).toHaveLength(1);
  });
});

describe('GET /api/models, /api/benchmarks, /api/sources', () => {
  it('lists models with numbers, aliases and result counts, filtered by family', async () => {
    const { status, body } = await call('models');
    expect(status).toBe(200);
    expect(body.total).toBe(count(db, 'SELECT count(*) FROM models'));
    const r1 = body.data.find((m: { id: string }) => m.id === 'deepseek-r1');
    expect(r1.aliases).toContain('Deepseek-R1');
    const big = body.data.find((m: { id: string }) => m.id === 'qwen3-235b-a22b');
    expect(big).toMatchObject({ totalParamsB: 235, activeParamsB: 22, openWeights: true, family: 'Qwen3' });
    expect(big.results).toBe(count(db, "SELECT count(*) FROM results WHERE model_id = 'qwen3-235b-a22b'"));
    const qwen3 = await call('models', '?family=Qwen3&maxActive=10');
    expect(qwen3.body.data.length).toBeGreaterThan(0);
    expect(
      qwen3.body.data.every(
        (m: { family: string; activeParamsB: number }) => m.family === 'Qwen3' && m.activeParamsB <= 10,
      ),
    ).toBe(true);
    const bad = await call('models', '?open=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.error.parameter).toBe('open');
  });

  it('lists benchmarks, filtered by category', async () => {
    const { body } = await call('benchmarks');
    expect(body.total).toBe(count(db, 'SELECT count(*) FROM benchmarks'));
    const math = await call('benchmarks', '?category=math');
    expect(math.body.data.length).toBeGreaterThan(0);
    expect(math.body.data.every((b: { category: string }) => b.category === 'math')).toBe(true);
    expect(math.body.data[0]).toHaveProperty('higherIsBetter');
    const bad = await call('benchmarks', '?category=cooking');
    expect(bad.status).toBe(400);
    expect(bad.body.error.parameter).toBe('category');
  });

  it('lists sources with their result counts', async () => {
    const { body } = await call('sources');
    expect(body.total).toBe(count(db, 'SELECT count(*) FROM sources'));
    const sum = body.data.reduce((s: number, x: { results: number }) => s + x.results, 0);
    expect(sum).toBe(count(db, 'SELECT count(*) FROM results'));
    expect(body.data[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), kind: expect.any(String) });
  });
});
