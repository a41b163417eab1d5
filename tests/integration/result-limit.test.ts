import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { loadPack } from '../../db/pack/loader';
import { countResults, RESULTS_LIMIT, ResultLimitError, resultRows } from '../../db/queries/results';
import { cleanupAll, generatedPack, seededDb } from '../helpers';

// No silent cap (issue 19): at a million results, a view reads all of its rows however many
// there are (it used to stop at 5,000 without a word), and a view past RESULTS_LIMIT is refused
// with a message naming the limit and what to do instead.

let db: Db;

beforeAll(async () => {
  ({ db } = await seededDb());
  const report = await loadPack(db, await generatedPack(1_000_000));
  expect(report.ok, JSON.stringify(report.errors.slice(0, 3))).toBe(true);
}, 600_000);
afterAll(cleanupAll);

describe('a view of a million results', () => {
  it('a benchmark with more than 5,000 results gives every one of them, best first', () => {
    const [biggest] = db.$client
      .prepare("SELECT id, results FROM catalog_counts WHERE kind = 'benchmark' ORDER BY results DESC LIMIT 1")
      .all() as { id: string; results: number }[];
    expect(biggest!.results).toBeGreaterThan(5000);
    const rows = resultRows(db, { benchmark: biggest!.id });
    expect(rows.length).toBe(countResults(db, { benchmark: biggest!.id }));
    expect(rows.length).toBe(biggest!.results);
    expect(rows[0]!.score).toBeGreaterThanOrEqual(rows.at(-1)!.score);
    // The best few, when asked for: a choice, not a cap.
    expect(resultRows(db, { benchmark: biggest!.id }, 3)).toEqual(rows.slice(0, 3));
  }, 180_000);

  it('a view past the limit is refused, naming the limit and the way to read it all', () => {
    let refused: unknown;
    try {
      resultRows(db, { mode: 'thinking' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ResultLimitError);
    const error = refused as ResultLimitError;
    expect(error.total).toBe(countResults(db, { mode: 'thinking' }));
    expect(error.total).toBeGreaterThan(RESULTS_LIMIT);
    expect(error.message).toContain(String(RESULTS_LIMIT));
    expect(error.message).toContain('/export.csv');
  }, 180_000);
});
