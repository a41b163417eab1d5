import type { Db } from '../client';

// Which benchmarks have a record over time to draw: results of models released on at least two
// different dates (app/_lib/record.ts draws one protocol at a time; this is the cheap first
// sieve, read from the counts the loader keeps, for links to the record).

export function datedBenchmarks(db: Db): string[] {
  return db.$client
    .prepare(
      `SELECT p.benchmark_id FROM result_pairs p JOIN models m ON m.id = p.model_id
       WHERE m.release_date <> '' GROUP BY p.benchmark_id HAVING count(DISTINCT m.release_date) >= 2
       ORDER BY p.benchmark_id`,
    )
    .pluck()
    .all() as string[];
}
