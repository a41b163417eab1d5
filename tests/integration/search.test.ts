import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { loadPack } from '../../db/pack/loader';
import { cleanupAll, seededDb, writePack } from '../helpers';

// Search over the bundled data (SQLite FTS5, db/search.ts): what a reader types finds what they
// mean, and a load that adds a model makes it findable.

type Queries = typeof import('../../db/queries');
let q: Queries;
let db: Db;

beforeAll(async () => {
  ({ db } = await seededDb());
  process.env.DATABASE_PATH = db.$client.name;
  q = await import('../../db/queries');
});
afterAll(() => {
  delete process.env.DATABASE_PATH;
  cleanupAll();
});

const names = (found: ReturnType<Queries['searchCatalog']>, kind: 'model' | 'benchmark' | 'source') =>
  found[kind].map((r) => r.name);

describe('search', () => {
  it.each([
    ['qwen3 32b', 'model', 'Qwen3-32B'],
    ['Qwen3-32B', 'model', 'Qwen3-32B'],
    ['aime 25', 'benchmark', "AIME'25"],
    ['arenahard', 'benchmark', 'Arena-Hard'],
    ['ARENA hard', 'benchmark', 'Arena-Hard'],
    ['deepseek r1', 'model', 'DeepSeek-R1'],
    ['livecodebench', 'benchmark', 'LiveCodeBench'],
    ['technical report', 'source', 'Qwen3 Technical Report (arXiv:2505.09388v1)'],
  ] as const)('"%s" finds %s %s first', (query, kind, first) => {
    expect(names(q.searchCatalog(query), kind)[0]).toBe(first);
  });

  it('DeepSeek-R1 comes before its distills, which are found too', () => {
    const models = names(q.searchCatalog('deepseek r1'), 'model');
    expect(models[0]).toBe('DeepSeek-R1');
    expect(models.some((m) => m.startsWith('DeepSeek-R1-Distill'))).toBe(true);
  });

  it('finds by alias, organisation and category, with a one-line summary', () => {
    expect(names(q.searchCatalog('ArenaHard'), 'benchmark')).toContain('Arena-Hard'); // an alias
    expect(names(q.searchCatalog('google'), 'model').length).toBeGreaterThan(1);
    expect(names(q.searchCatalog('multilingual'), 'benchmark').length).toBeGreaterThan(3);
    const [model] = q.searchCatalog('qwen3 235b a22b').model;
    expect(model!.summary).toMatch(/^235B total, 22B active · Alibaba/);
    expect(model!.href).toBe('/models/qwen3-235b-a22b');
    const [bench] = q.searchCatalog('aime 24').benchmark;
    expect(bench!.summary).toMatch(/^math · \d+ results from \d+ models$/);
  });

  it('finds nothing for nonsense or punctuation alone', () => {
    const found = q.searchCatalog('zzqqxx');
    expect([...found.model, ...found.benchmark, ...found.source]).toEqual([]);
    expect(q.searchCatalog('" OR *').model).toEqual([]);
  });

  it('a model added by a load is found on the next search', async () => {
    expect(names(q.searchCatalog('frobnicator'), 'model')).toEqual([]);
    const pack = writePack({
      'models.csv':
        'model,alias_of,org,architecture,total_params_b,active_params_b,layers,context_length_tokens,release_date,open_weights,license,source\r\n' +
        'Frobnicator-7B,,Example Lab,dense,7,7,,,,,,\r\n',
      'results.csv':
        'source_id,table,model,model_kind,mode,thinking_budget_tokens,benchmark,benchmark_version,metric,score,unit,verified_by,notes\r\n' +
        "qwen3-tech-report,Table 99,Frobnicator-7B,instruct,n/a,,AIME'24,,pass@1,12.5,percent,,\r\n",
    });
    expect((await loadPack(db, pack)).ok).toBe(true);
    expect(names(q.searchCatalog('frobnicator 7b'), 'model')).toEqual(['Frobnicator-7B']);
  });
});

describe('GET /api/search', () => {
  it('answers with the three groups, and a 400 naming q when it is missing or too long', async () => {
    const { GET } = await import('../../app/api/search/route');
    const ok = GET(new Request('http://x/api/search?q=arenahard'));
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { benchmarks: { name: string }[] };
    expect(body.benchmarks[0]!.name).toBe('Arena-Hard');
    for (const query of ['', '?q=', `?q=${'x'.repeat(101)}`]) {
      const bad = GET(new Request(`http://x/api/search${query}`));
      expect(bad.status, query).toBe(400);
      expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe('q');
    }
  });
});
