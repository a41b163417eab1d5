import type Database from 'better-sqlite3';

// The catalog's counts (result_pairs, catalog_counts in db/schema.ts), kept by the loader inside
// the load's transaction. Loading never deletes a result, nor moves one to another model,
// benchmark or source (they are part of its identity: a replaced row keeps them), so a load
// changes the counts by exactly the results it added: the writer counts those as it goes
// (AddedCounts), and `addCounts` adds them (all pairs in one statement, then one per model,
// benchmark and source touched) instead of counting their results again, which took a fifth of
// the time of loading a big pack.

/** Results a load added: model -> benchmark -> count, and source -> count. */
export class AddedCounts {
  readonly pairs = new Map<string, Map<string, number>>();
  readonly sources = new Map<string, number>();

  add(modelId: string, benchmarkId: string, sourceId: string): void {
    let benchmarks = this.pairs.get(modelId);
    if (!benchmarks) this.pairs.set(modelId, (benchmarks = new Map()));
    benchmarks.set(benchmarkId, (benchmarks.get(benchmarkId) ?? 0) + 1);
    this.sources.set(sourceId, (this.sources.get(sourceId) ?? 0) + 1);
  }
}

export function addCounts(sqlite: Database.Database, added: AddedCounts): void {
  // Every pair in one statement (a big pack touches tens of thousands), as [model, benchmark, n].
  const pairs: [string, string, number][] = [];
  const benchmarks = new Map<string, number>();
  const put = sqlite.prepare(
    `INSERT INTO catalog_counts (kind, id, results, models) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET results = results + excluded.results, models = excluded.models`,
  );
  for (const [modelId, byBenchmark] of added.pairs) {
    let results = 0;
    for (const [benchmarkId, n] of byBenchmark) {
      pairs.push([modelId, benchmarkId, n]);
      benchmarks.set(benchmarkId, (benchmarks.get(benchmarkId) ?? 0) + n);
      results += n;
    }
    put.run('model', modelId, results, 0);
  }
  sqlite
    .prepare(
      `INSERT INTO result_pairs (model_id, benchmark_id, results)
       SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?) WHERE true
       ON CONFLICT (model_id, benchmark_id) DO UPDATE SET results = results + excluded.results`,
    )
    .run(JSON.stringify(pairs));
  // A benchmark's models: its pairs, counted once they are all written.
  const models = sqlite.prepare('SELECT count(*) FROM result_pairs WHERE benchmark_id = ?').pluck();
  for (const [benchmarkId, n] of benchmarks) put.run('benchmark', benchmarkId, n, models.get(benchmarkId));
  for (const [sourceId, n] of added.sources) put.run('source', sourceId, n, 0);
}
