import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { loadPack } from '../../db/pack/loader';
import { cleanupAll, resultRow, resultsCsv, seededDb, writePack } from '../helpers';

// A benchmark page shows its results 100 at a time in the order the reader chose: the order is
// the whole result's, so page 2 continues page 1 (it used to sort each page on its own).

type Queries = typeof import('../../db/queries');
let queries: Queries;
let db: Db;

beforeAll(async () => {
  ({ db } = await seededDb());
  process.env.DATABASE_PATH = db.$client.name;
  // 250 results on one benchmark, from models whose names do not follow their scores.
  const models = Array.from({ length: 250 }, (_, i) => `Order Model ${String((i * 7919) % 250).padStart(3, '0')}`);
  const pack = writePack({
    'sources.csv':
      'source_id,title,url,publisher,published_at,kind\r\norder-card,Order card,https://example.org/o,Example Lab,2025-06-01,model-card\r\n',
    'models.csv': [
      'model,alias_of,org,architecture,total_params_b,active_params_b,layers,context_length_tokens,release_date,open_weights,license,source',
      ...models.map((m) => `${m},,Example Lab,dense,7,7,,,,,,`),
    ].join('\r\n'),
    'results.csv': resultsCsv(
      ...models.map((model, i) =>
        resultRow({
          source_id: 'order-card',
          table: 'card',
          model,
          benchmark: "AIME'25",
          mode: 'n/a',
          metric: 'order',
          score: String(10 + (i % 90)),
        }),
      ),
    ),
  });
  const report = await loadPack(db, pack);
  if (!report.ok) throw new Error(JSON.stringify(report.errors.slice(0, 3)));
  queries = await import('../../db/queries');
});
afterAll(() => {
  delete process.env.DATABASE_PATH;
  cleanupAll();
});

describe('a benchmark view in pages of 100', () => {
  const q = { benchmark: 'aime-25', metric: 'order' };

  it.each(['model', 'source', 'score'] as const)('sorted by %s, page after page continues one order', (order) => {
    const pages = [1, 2, 3].map((page) => queries.getResultsPage(q, { page, pageSize: 100, sort: order }));
    expect(pages[0]!.total).toBe(250);
    const all = pages.flatMap((p) => p.rows);
    expect(all).toHaveLength(250);
    const key = (r: (typeof all)[number]) =>
      order === 'model' ? r.model.toLowerCase() : order === 'source' ? `${r.sourceId}|${r.tableRef}` : -r.score;
    const sorted = [...all].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    expect(all.map(key)).toEqual(sorted.map(key));
    // The last of page 1 comes before the first of page 2.
    expect(key(pages[0]!.rows.at(-1)!) <= key(pages[1]!.rows[0]!)).toBe(true);
  });
});
