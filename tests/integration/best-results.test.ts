import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { bestResults, resultRows, resultVariants } from '../../db/queries/results';
import { leaderboard, leaders } from '../../app/_lib/findings/leaderboard';
import { factsIndex } from '../../app/_lib/result-facts';
import { listBenchmarks, testSetFacts } from '../../db/queries/catalog';
import { cleanupAll, seededDb } from '../helpers';

// The benchmark index reads each benchmark's leaders without reading all of its results
// (bestResults): on the bundled data, for every benchmark and every variant, in both directions,
// the leaders and the count of models are those of the whole leaderboard.

let db: Db;
beforeAll(async () => {
  ({ db } = await seededDb());
});
afterAll(cleanupAll);

describe('the leaders of a view, read without the view', () => {
  it('are the whole leaderboard’s leaders, and the count its length, for every benchmark variant', () => {
    const facts = factsIndex(testSetFacts(db));
    let checked = 0;
    for (const b of listBenchmarks(db)) {
      for (const v of resultVariants(db, { benchmark: b.id })) {
        const f = { benchmark: b.id, version: v.version, metric: v.metric, unit: v.unit as 'percent' };
        const all = resultRows(db, f);
        for (const lowerIsBetter of [false, true]) {
          const board = leaderboard(all, facts, lowerIsBetter);
          const best = bestResults(db, f, lowerIsBetter);
          const names = (rows: typeof all) =>
            leaders(leaderboard(rows, facts, lowerIsBetter))
              .map((e) => `${e.cell.row.modelId} ${e.value.scoreText}`)
              .sort(); // the same models; tied leaders may come in another order
          expect(names(best.rows), `${b.id} ${v.version} ${v.metric} ${lowerIsBetter}`).toEqual(names(all));
          expect(best.models).toBe(board.length);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
