import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateDb, type Db } from '../../db/client';
import { loadPack } from '../../db/pack/loader';
import { openAsOfDb, recordedVersions } from '../../db/queries/as-of';
import {
  catalogCounts,
  dataStamp,
  findModel,
  listBenchmarks,
  listFamilies,
  listModels,
  listSources,
  testSetFacts,
} from '../../db/queries/catalog';
import { loadRecord } from '../../db/queries/loads';
import { countResults, resultRows, resultVariants } from '../../db/queries/results';
import { MODEL_HEADER, cleanupAll, resultRow, resultsCsv, seededDb, writePack } from '../helpers';

vi.mock('server-only', () => ({}));

// Any view as it was (issue 20, item 3): the views of ./db/queries/as-of.ts rebuild a data
// version from the tables and their histories. A bundled load (version 1), a user's pack that
// adds a model and a result (2), then a --replace that corrects the result and the model's
// release date (3). Each version read as of itself later must equal what the queries read when
// it was today's data, and stay the same after later loads.

let db: Db;
let file: string;
const MODEL = 'My-Model-7B';
const modelRow = (released: string) => `${MODEL_HEADER}\n${MODEL},,Example Lab,dense,7,7,,,${released},yes,,my notes\n`;
const result = (score: string) => resultsCsv(resultRow({ model: MODEL, score, table: 'T1' }));

/** What the pages read of a database: every kind of query, on one connection. */
function views(d: Db) {
  return {
    aime: resultRows(d, { benchmark: 'aime-24' }),
    mine: resultRows(d, { models: 'my-model-7b' }),
    total: countResults(d, {}),
    models: listModels(d),
    benchmarks: listBenchmarks(d),
    sources: listSources(d),
    model: findModel(d, 'my-model-7b'),
    facts: testSetFacts(d).sort((a, b) => (a.benchmarkId + a.version).localeCompare(b.benchmarkId + b.version)),
    counts: catalogCounts(d),
    variants: resultVariants(d, { benchmark: 'aime-24' }),
    loads: loadRecord(d),
    families: listFamilies(d),
  };
}

const asOf = (version: number) => {
  const at = recordedVersions(db).find((v) => v.version === version)!;
  const old = openAsOfDb(file, at);
  try {
    return { ...views(old), stamp: dataStamp(old) };
  } finally {
    old.$client.close();
  }
};

const today: Record<number, ReturnType<typeof views>> = {};
const asOfThen: Record<number, ReturnType<typeof asOf>> = {};

beforeAll(async () => {
  ({ db, file } = await seededDb());
  const remember = () => {
    const { version } = dataStamp(db);
    today[version] = views(db);
    asOfThen[version] = asOf(version);
  };
  remember();
  const added = await loadPack(db, writePack({ 'models.csv': modelRow('2025-09-01'), 'results.csv': result('41.0') }));
  expect(added.ok, JSON.stringify(added.errors)).toBe(true);
  remember();
  const corrected = await loadPack(
    db,
    writePack({ 'models.csv': modelRow('2025-09-02'), 'results.csv': result('42.5') }),
    { replace: true },
  );
  expect(corrected.ok, JSON.stringify(corrected.errors)).toBe(true);
  remember();
});
afterAll(cleanupAll);

describe('a view as of a data version', () => {
  it('names every version the record of loads can rebuild, dated by the load that made it', () => {
    const versions = recordedVersions(db);
    expect(versions.map((v) => [v.version, v.lastLoad])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(asOf(2).stamp).toEqual({ version: 2, updatedAt: versions[1]!.madeAt });
  });

  it('reads what the queries read when that version was today', () => {
    // toEqual takes a property set to undefined for a missing one: the stamp is compared apart.
    for (const version of [1, 2, 3])
      expect({ ...asOf(version), stamp: undefined }, `as of version ${version}`).toEqual(today[version]);
  });

  it('reads the same after later loads as it did at the time', () => {
    for (const version of [1, 2, 3]) expect(asOf(version), `as of version ${version}`).toEqual(asOfThen[version]);
  });

  it('shows the values before a correction, and today the corrected ones', () => {
    const [before, after] = [asOf(2), asOf(3)];
    expect(before.mine.map((r) => r.scoreText)).toEqual(['41.0']);
    expect(before.model?.releaseDate).toBe('2025-09-01');
    expect(after.mine.map((r) => r.scoreText)).toEqual(['42.5']);
    expect(after.model?.releaseDate).toBe('2025-09-02');
    expect(views(db).mine.map((r) => r.scoreText)).toEqual(['42.5']);
  });

  it('leaves out what later loads added: models, results, counts and loads', () => {
    const first = asOf(1);
    expect(first.model).toBeNull();
    expect(first.mine).toEqual([]);
    expect(first.models.some((m) => m.name === MODEL)).toBe(false);
    expect(first.total).toBe(3489);
    expect(first.loads.map((l) => l.id)).toEqual([1]);
  });
});

describe('migration 0006 on a database made before it', () => {
  it('dates every stored value by the record of loads, as the loader now writes it', () => {
    const written = () =>
      db.$client
        .prepare(
          `SELECT 'r' AS t, id, loaded_in FROM results UNION ALL SELECT 'h', history_id, loaded_in FROM result_history ORDER BY 1, 2`,
        )
        .all();
    const expected = written();
    expect(expected).toContainEqual({ t: 'h', id: 1, loaded_in: 2 });
    for (const table of ['results', 'result_history']) db.$client.exec(`ALTER TABLE ${table} DROP COLUMN loaded_in`);
    db.$client.exec(
      'DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)',
    );
    migrateDb(db);
    expect(written()).toEqual(expected);
  });
});
