import path from 'node:path';
import { openDb } from '../../db/client';
import { catalogCounts } from '../../db/queries/catalog';
import { searchIndex } from '../../db/queries/search';
import type { SearchKind } from '../../db/search';
import { generatePack } from '../synth/pack';
import { prepareDatabase } from '../prepare-db';
import { int, ratio, runTsx, type BenchPart } from './lib';

// Search (db/queries/search.ts over SQLite FTS5) with the catalog grown to 1,000 models and 200 benchmarks
// (the synthetic pack's, beside the bundled ones): the time one query takes to answer all three
// groups, as the median of 100 queries typed the ways readers type them.

const TARGET_MS = 20;
const QUERIES = [
  'qwen3 32b',
  'aime 25',
  'arenahard',
  'deepseek r1',
  'Gemini 2.5 pro',
  'livecodebench v5',
  'llama',
  'math',
  'technical report',
  'synth',
];

export const search: BenchPart = {
  name: 'search',
  description: 'search answer time at 1,000 models x 200 benchmarks, median of 100 queries',
  async run({ tmp, log }) {
    const file = path.join(tmp, 'search.db');
    process.env.DATABASE_PATH = file;
    await prepareDatabase();
    log('search: loading 1,000 models and 200 benchmarks (20,000 synthetic results)…');
    const pack = path.join(tmp, 'pack');
    await generatePack(pack, { rows: 20_000 });
    const seeded = await runTsx('scripts/seed.ts', [pack], { env: { ...process.env, DATABASE_PATH: file } });
    if (seeded.code !== 0) throw new Error(`loading the synthetic pack failed:\n${seeded.stdout.slice(-1000)}`);
    const db = openDb(file, { readonly: true });
    try {
      const counts = catalogCounts(db);
      const catalog = (['model', 'benchmark', 'source'] as const).map((kind) => ({ kind, n: counts[`${kind}s`] }));
      const ms: number[] = [];
      for (let i = 0; i < 110; i++) {
        const query = QUERIES[i % QUERIES.length]!;
        const started = performance.now();
        for (const kind of ['model', 'benchmark', 'source'] as SearchKind[]) searchIndex(db, query, kind, 10);
        if (i >= 10) ms.push(performance.now() - started); // ten warm-up queries
      }
      ms.sort((a, b) => a - b);
      const median = ms[Math.floor(ms.length / 2)]!;
      return [
        {
          part: 'search',
          measure: `one query, all three groups, median of 100 (${catalog.map((c) => `${int(c.n)} ${c.kind}s`).join(', ')}); p90 ${ms[Math.floor(ms.length * 0.9)]!.toFixed(1)} ms`,
          value: `${median.toFixed(2)} ms`,
          limit: `${TARGET_MS} ms`,
          ratio: ratio(median / TARGET_MS),
          target: '< 1',
          pass: median < TARGET_MS,
        },
      ];
    } finally {
      db.$client.close();
    }
  },
};
