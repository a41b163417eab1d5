import { afterAll, describe, expect, it } from 'vitest';
import { migrateDb } from '../../db/client';
import { RUN_SETTING_COLUMNS } from '../../db/pack/format';
import { loadPack } from '../../db/pack/loader';
import { listBenchmarks, listModels, listSources } from '../../db/queries/catalog';
import {
  cleanupAll,
  csvLine,
  MODEL_HEADER,
  resultRow,
  resultsCsv,
  seededDb,
  writePack,
  type ResultFields,
} from '../helpers';
import type { Db } from '../../db/client';

// The catalog's counts are kept by the loader in the load's transaction (db/pack/counts.ts), not
// counted on read: after every load they equal what counting the results says, for the models,
// benchmarks and sources a load named and for those it did not; a database made before the
// counts existed gets them from its migration.

afterAll(cleanupAll);

/** What counting every result says. */
function truth(db: Db) {
  const all = (sql: string) => db.$client.prepare(sql).all() as { id: string; results: number; models?: number }[];
  return {
    models: all('SELECT model_id AS id, count(*) AS results FROM results GROUP BY model_id ORDER BY 1'),
    benchmarks: all(
      'SELECT benchmark_id AS id, count(*) AS results, count(DISTINCT model_id) AS models FROM results GROUP BY benchmark_id ORDER BY 1',
    ),
    sources: all('SELECT source_id AS id, count(*) AS results FROM results GROUP BY source_id ORDER BY 1'),
  };
}

/** What the lists show (those with results). */
function shown(db: Db) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    models: byId(
      listModels(db)
        .filter((m) => m.results > 0)
        .map((m) => ({ id: m.id, results: m.results })),
    ),
    benchmarks: byId(
      listBenchmarks(db)
        .filter((b) => b.results > 0)
        .map((b) => ({ id: b.id, results: b.results, models: b.models })),
    ),
    sources: byId(
      listSources(db)
        .filter((s) => s.results > 0)
        .map((s) => ({ id: s.id, results: s.results })),
    ),
  };
}

const row = (fields: ResultFields) => resultRow({ metric: 'counts test', ...fields });

describe('counts kept by the loader', () => {
  it('equal the results after the bundled pack, and after a pack that adds to some and a new model', async () => {
    const { db } = await seededDb();
    expect(shown(db)).toEqual(truth(db));
    const before = shown(db);
    const pack = writePack({
      'models.csv': `${MODEL_HEADER}\n${csvLine(['Counted-7B', '', 'Example', 'dense', '7', '7', '', '', '2025-06-01', 'yes', '', ''])}\n`,
      'results.csv': resultsCsv(
        row({ model: 'Counted-7B', score: '10' }),
        row({ model: 'Counted-7B', benchmark: 'Arena-Hard', score: '20', unit: 'score' }),
        row({ model: 'Qwen3-32B', score: '30' }),
      ),
    });
    const report = await loadPack(db, pack);
    expect(report.ok, JSON.stringify(report.errors)).toBe(true);
    const after = shown(db);
    expect(after).toEqual(truth(db));
    const model = (s: typeof after, id: string) => s.models.find((m) => m.id === id)?.results ?? 0;
    expect(model(after, 'counted-7b')).toBe(2);
    expect(model(after, 'qwen3-32b')).toBe(model(before, 'qwen3-32b') + 1);
    const aime = (s: typeof after) => s.benchmarks.find((b) => b.id === 'aime-24')!;
    expect(aime(after)).toEqual({
      ...aime(before),
      results: aime(before).results + 2,
      models: aime(before).models + 1,
    });
    // The same pack again changes nothing, counts included.
    expect((await loadPack(db, pack)).ok).toBe(true);
    expect(shown(db)).toEqual(after);
  });

  it('a failed load leaves them as they were', async () => {
    const { db } = await seededDb();
    const before = shown(db);
    const pack = writePack({
      'results.csv': resultsCsv(row({ score: '10' }), row({ model: 'No-Such-Model', score: '11' })),
    });
    expect((await loadPack(db, pack)).ok).toBe(false);
    expect(shown(db)).toEqual(before);
  });

  it('a database made before them gets them from its migration', async () => {
    const { db } = await seededDb();
    const expected = truth(db);
    // As an earlier Benchboard left it: no count tables, the migration (and the later run
    // settings, 0006, and the dating of stored values, 0007) not yet applied.
    db.$client.exec('DROP TABLE catalog_counts; DROP TABLE result_pairs');
    for (const table of ['results', 'result_history']) {
      for (const column of RUN_SETTING_COLUMNS) db.$client.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
      db.$client.exec(`ALTER TABLE ${table} DROP COLUMN loaded_in`);
    }
    db.$client.exec(
      'DELETE FROM __drizzle_migrations WHERE created_at >= (SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1 OFFSET 2)',
    );
    migrateDb(db);
    expect(shown(db)).toEqual(expected);
  });
});
