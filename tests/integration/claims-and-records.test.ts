import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/client';
import { loadPack } from '../../db/pack/loader';
import { datedBenchmarks } from '../../db/queries/records';
import {
  BENCHMARK_HEADER,
  MODEL_HEADER,
  SOURCE_HEADER,
  cleanupAll,
  resultRow,
  resultsCsv,
  seededDb,
  tempDb,
  writePack,
} from '../helpers';

vi.mock('server-only', () => ({}));

// Issue 20 through the chart files, on real SQLite: a claim's card (the AIME'24 example: not
// separable, with its interval; two metrics: not comparable, naming them), the record over time
// (the readout on a small pack, worked out by hand), and any chart file as of a data version,
// the same bytes before and after a correction.

type Files = typeof import('../../app/_charts/files');
let answer: Files['answerChartRequest'];
let db: Db;

const get = (path: string) => {
  const url = new URL(path, 'http://x');
  const [kind = '', file = ''] = url.pathname.split('/').slice(-2);
  return answer({ kind, file, params: Object.fromEntries(url.searchParams) });
};
/** The text a reader sees in an SVG. */
const words = (svg: unknown) =>
  [...String(svg).matchAll(/<(text|title|desc|tspan)[^>]*>([^<]*)(?=<)/g)]
    .map((m) => m[2]!.replaceAll('&#x27;', "'").replaceAll('&amp;', '&'))
    .join('\n');

const useDb = (file: string) => {
  (globalThis as { benchboardDb?: Db }).benchboardDb?.$client.close();
  delete (globalThis as { benchboardDb?: Db }).benchboardDb;
  process.env.DATABASE_PATH = file;
};

beforeAll(async () => {
  ({ db } = await seededDb());
  useDb(db.$client.name);
  answer = (await import('../../app/_charts/files')).answerChartRequest;
});
afterAll(() => {
  (globalThis as { benchboardDb?: Db }).benchboardDb?.$client.close();
  delete process.env.DATABASE_PATH;
  cleanupAll();
});

describe("a claim's card", () => {
  it("reads the issue's AIME'24 example as not separable, with the interval, the table and who reported each", async () => {
    const a = await get('/charts/claim/aime-24.svg?models=qwen3-235b-a22b,openai-o1');
    expect(a.status).toBe(200);
    const seen = words(a.body);
    expect(seen).toContain("Does Qwen3-235B-A22B beat OpenAI-o1 on AIME'24?");
    expect(seen).toContain('Not separable');
    expect(seen).toContain('+11.4 (−9.2 to +31.0)');
    expect(seen).toMatch(/85\.7 against 74\.3: \+11\.4 points, 95% interval −9\.2 to \+31\.0, on the same 30/);
    expect(seen).toContain('Both numbers are printed in one table: Qwen3 Technical Report, Table 11.');
    expect(seen).toContain("OpenAI-o1's 74.3: Qwen3 Technical Report, by Qwen Team (Alibaba), not by OpenAI.");
    expect(seen).toContain('Newcombe');
    expect(seen).toMatch(/Sources: Qwen3 Technical Report, Table 11/);
    expect(String(a.body)).toContain('/claims?a=qwen3-235b-a22b&amp;b=openai-o1&amp;benchmark=aime-24"');
  });

  it('reads a claim across two metrics as not comparable, naming both, with no difference', async () => {
    const seen = words((await get('/charts/claim/aime-24.svg?models=qwen3-235b-a22b,openai-o1&metric=pass@1')).body);
    expect(seen).toContain('Not comparable: metric pass@1 vs accuracy (average of 64 samples per question');
    expect(seen).not.toMatch(/difference of|points, 95% interval/);
  });

  it('without models, asks whether the leader beats the runner-up', async () => {
    const seen = words((await get('/charts/claim/arena-hard.svg')).body);
    expect(seen).toMatch(/^Does Gemini2\.5-Pro beat /m);
  });
});

describe('the record over time', () => {
  it("on AIME'24 in thinking mode: the closed and open-weights records, and when open weights caught up", async () => {
    const a = await get('/charts/record/aime-24.svg?mode=thinking');
    expect(a.status).toBe(200);
    const seen = words(a.body);
    expect(seen).toContain("AIME'24: the record over time");
    expect(seen).toContain('thinking (and reasoning models without a switch)');
    // By hand from the bundled pack: the closed record is Grok-3-Beta (Think)'s 83.9 of 2025-02-17;
    // Qwen3-235B-A22B's 85.7 of 2025-04-29 is the first open-weights score above it.
    expect(seen).toMatch(
      /Open weights reached the closed record of 83\.9 \(Grok[^,]*, 2025-02-17\) after 2 months: Qwen3-235B-A22B, 85\.7, released 2025-04-29\./,
    );
  });

  it('marks the launch of the model it is reached from', async () => {
    expect(words((await get('/charts/record/aime-24.svg?mode=thinking&models=qwen3-32b')).body)).toContain(
      'Qwen3-32B released 2025-04-29',
    );
  });

  it('exists for every benchmark with models of two release dates, in English and in Chinese', async () => {
    const dated = datedBenchmarks(db);
    expect(dated.length).toBeGreaterThanOrEqual(20); // 27 in the bundled Qwen3 pack
    for (const id of dated) {
      const en = await get(`/charts/record/${id}.svg`);
      expect(en.status, id).toBe(200);
      expect(words(en.body), id).toMatch(/: the record over time\n/);
      const zh = await get(`/charts/record/${id}.svg?lang=zh`);
      expect(zh.status, id).toBe(200);
      expect(words(zh.body), id).toMatch(/：随时间变化的纪录\n/);
    }
  });

  it('matches a hand computation on a small pack of its own', async () => {
    const { db: small, file } = tempDb();
    const models = [
      // model, released, open weights, AIME'24 score; worked out by hand below.
      ['Closed-A', '2024-12-17', 'no', '74.3'],
      ['Open-B', '2025-01-20', 'yes', '79.8'],
      ['Closed-C', '2025-02-17', 'no', '83.9'],
      ['Open-E', '2025-03-01', 'yes', '60.0'],
      ['Open-D', '2025-04-29', 'yes', '85.7'],
      ['Closed-F', '2025-06-01', 'no', '90.0'],
    ];
    const report = await loadPack(
      small,
      writePack({
        'sources.csv': `${SOURCE_HEADER}\nlab,Lab report,https://example.org,Lab,2025-07-01,paper\n`,
        'benchmarks.csv': `${BENCHMARK_HEADER}\nBench,,math,percent,yes,A test,https://example.org\n`,
        'models.csv': `${MODEL_HEADER}\n${models.map(([m, d, o]) => `${m},,Lab,dense,7,7,,,${d},${o},,`).join('\n')}\n`,
        'results.csv': resultsCsv(
          ...models.map(([m, , , s]) =>
            resultRow({
              source_id: 'lab',
              table: 'T1',
              model: m,
              model_kind: 'reasoning',
              mode: 'n/a',
              benchmark: 'Bench',
              metric: 'pass@1',
              score: s,
            }),
          ),
        ),
      }),
    );
    expect(report.ok, JSON.stringify(report.errors)).toBe(true);
    useDb(file);
    try {
      // By hand: the closed record steps 74.3 (A), 83.9 (C), 90.0 (F); open weights 79.8 (B),
      // 85.7 (D). D passes C's 83.9 two months and twelve days after it (whole months: 2); no
      // open model reaches F's 90.0.
      const seen = words((await get('/charts/record/bench.svg')).body);
      expect(seen).toContain(
        'Open weights reached the closed record of 83.9 (Closed-C, 2025-02-17) after 2 months: Open-D, 85.7, released 2025-04-29.',
      );
      expect(seen).toContain(
        'Open weights have not reached the closed record of 90.0 (Closed-F, 2025-06-01) in the loaded data.',
      );
    } finally {
      useDb(db.$client.name);
    }
  });
});

describe('a chart file as of a data version', () => {
  it('is the same file, byte for byte, before and after a correction; today shows the correction', async () => {
    const path = '/charts/claim/aime-24.svg?models=qwen3-235b-a22b,openai-o1';
    const before = await get(`${path}&asOf=1`);
    expect(before.status).toBe(200);
    const corrected = await loadPack(
      db,
      writePack({
        'results.csv': resultsCsv(
          resultRow({
            table: 'Table 11',
            model: 'OpenAI-o1',
            model_kind: 'reasoning',
            mode: 'n/a',
            metric: 'accuracy (average of 64 samples per question; 30 questions, Part I+II)',
            score: '79.0',
          }),
        ),
      }),
      { replace: true },
    );
    expect(corrected.ok, JSON.stringify(corrected.errors)).toBe(true);
    const after = await get(`${path}&asOf=1`);
    expect(Buffer.from(after.body as string).equals(Buffer.from(before.body as string))).toBe(true);
    expect(words(after.body)).toContain('85.7 against 74.3');
    expect(words((await get(path)).body)).toContain('85.7 against 79.0');
    expect((await get(`${path}&asOf=9`)).status).toBe(400);
    expect(String((await get(`${path}&asOf=9`)).body)).toContain('Bad parameter "asOf"');
  });
});
