import type Database from 'better-sqlite3';

// The catalog's counts (result_pairs, catalog_counts in db/schema.ts), kept by the loader inside
// the load's transaction for exactly the models, benchmarks and sources its rows name: each
// model's pairs are counted again from the results index (model_id, benchmark_id), and each
// benchmark's totals from the pairs. Loading never deletes a result, nor moves one to another
// model or benchmark, so what a load did not name keeps its counts.

export type Touched = { models: Set<string>; benchmarks: Set<string>; sources: Set<string> };

export function touchedNothing(): Touched {
  return { models: new Set(), benchmarks: new Set(), sources: new Set() };
}

export function refreshCounts(sqlite: Database.Database, touched: Touched): void {
  const dropPairs = sqlite.prepare('DELETE FROM result_pairs WHERE model_id = ?');
  const countPairs = sqlite.prepare(
    `INSERT INTO result_pairs (model_id, benchmark_id, results)
     SELECT model_id, benchmark_id, count(*) FROM results WHERE model_id = ? GROUP BY benchmark_id`,
  );
  const put = sqlite.prepare(
    `INSERT INTO catalog_counts (kind, id, results, models) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET results = excluded.results, models = excluded.models`,
  );
  const model = sqlite.prepare('SELECT coalesce(sum(results), 0) FROM result_pairs WHERE model_id = ?').pluck();
  const benchmark = sqlite.prepare(
    'SELECT coalesce(sum(results), 0) AS results, count(*) AS models FROM result_pairs WHERE benchmark_id = ?',
  );
  const source = sqlite.prepare('SELECT count(*) FROM results WHERE source_id = ?').pluck();
  for (const id of touched.models) {
    dropPairs.run(id);
    countPairs.run(id);
    put.run('model', id, model.get(id), 0);
  }
  for (const id of touched.benchmarks) {
    const b = benchmark.get(id) as { results: number; models: number };
    put.run('benchmark', id, b.results, b.models);
  }
  for (const id of touched.sources) put.run('source', id, source.get(id), 0);
}
