import type Database from 'better-sqlite3';
import { benchmarkFacts } from '../schema';
import { asNumber, columnNames, insertSql, numberCopies, rowWriter, storedColumns } from './columns';
import type { DeclarationCounts, NameIndex } from './declarations';
import { suggest, type PackError } from './errors';
import { BENCHMARK_FACT_COLUMNS, type BenchmarkFactRow } from './format';
import type { Journal } from './journal';
import type { Row } from './read-rows';

type Context = {
  sqlite: Database.Database;
  journal: Journal;
  error: (e: PackError) => void;
};

type Column = (typeof BENCHMARK_FACT_COLUMNS)[number];
const FILE = 'benchmark-facts.csv';
const at = (line: number, column: Column, message: string): PackError => ({
  file: FILE,
  line,
  column,
  columnNumber: BENCHMARK_FACT_COLUMNS.indexOf(column) + 1,
  message,
});

/**
 * The facts of a row, pack column -> database column: every column but the version, which with
 * the benchmark's id is the identity (the benchmark as written, a name or an alias, is a fact).
 */
const FACTS = storedColumns(
  benchmarkFacts,
  BENCHMARK_FACT_COLUMNS.filter((c) => c !== 'benchmark_version'),
).map((c): [Column, string] => [c.pack as Column, c.column.name]);
const writer = rowWriter(benchmarkFacts, BENCHMARK_FACT_COLUMNS, ['benchmarkId']);
const KEPT = columnNames(benchmarkFacts).join(', ');

/** The identity of a benchmark-facts row, stable across loads: the benchmark's id and the version. */
export const factKey = (benchmarkId: string, version: string) => JSON.stringify([benchmarkId, version]);

/**
 * benchmark-facts.csv (PACK-FORMAT): the test set behind a benchmark or one version of it. Read
 * after benchmarks.csv, so that a benchmark declared by the same pack is known.
 */
export function declareBenchmarkFacts(
  ctx: Context,
  rows: Row<BenchmarkFactRow>[],
  benchmarkIds: NameIndex,
): DeclarationCounts {
  const counts: DeclarationCounts = { added: 0, unchanged: 0, replaced: 0 };
  const { sqlite } = ctx;
  const get = sqlite.prepare('SELECT * FROM benchmark_facts WHERE benchmark_id = ? AND benchmark_version = ?');
  const insert = sqlite.prepare(insertSql(benchmarkFacts, writer));
  const keep = sqlite.prepare(
    `INSERT INTO benchmark_fact_history (load_id, ${KEPT}) SELECT ?, ${KEPT} FROM benchmark_facts
     WHERE benchmark_id = ? AND benchmark_version = ?`,
  );
  const seen = new Map<string, number>();
  for (const { line, value } of rows) {
    const benchmarkId = benchmarkIds.get(value.benchmark);
    if (benchmarkId === undefined) {
      ctx.error(
        at(
          line,
          'benchmark',
          `"${value.benchmark}" is not a known benchmark or alias${suggest(value.benchmark, benchmarkIds.keys())}; declare it in the pack's benchmarks.csv or fix the spelling`,
        ),
      );
      continue;
    }
    const key = factKey(benchmarkId, value.benchmark_version);
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.error(
        at(
          line,
          'benchmark_version',
          `the facts of ${value.benchmark}${value.benchmark_version ? ` ${value.benchmark_version}` : ' (every version)'} are given twice, on lines ${first} and ${line}; keep one row`,
        ),
      );
      continue;
    }
    seen.set(key, line);
    const stored = get.get(benchmarkId, value.benchmark_version) as Record<string, string> | undefined;
    if (!stored) {
      insert.run(writer.values(value, { benchmarkId }));
      counts.added++;
      continue;
    }
    const differing = FACTS.filter(([c, db]) => stored[db] !== value[c]).map(([c, db]) => ({
      column: c,
      stored: stored[db]!,
      now: value[c],
    }));
    if (differing.length === 0) {
      counts.unchanged++;
      continue;
    }
    const item = `${value.benchmark}${value.benchmark_version ? ` · ${value.benchmark_version}` : ''}`;
    const take = ctx.journal.resolve(
      {
        file: FILE,
        line,
        key,
        item: `facts of ${item}`,
        columnNumber: (c) => BENCHMARK_FACT_COLUMNS.indexOf(c as Column) + 1 || undefined,
      },
      differing,
    );
    if (take === null) {
      const d = differing[0]!;
      ctx.error(
        at(
          line,
          d.column as Column,
          `the facts of ${item} are already stored with ${d.column} "${d.stored}", and this row says "${d.now}"${differing.length > 1 ? ` (and ${differing.length - 1} more differing columns)` : ''}; make the row match, or load with --replace`,
        ),
      );
      continue;
    }
    if (take.length === 0) {
      counts.unchanged++;
      continue;
    }
    keep.run(ctx.journal.loadId, benchmarkId, value.benchmark_version);
    // Each taken fact, and its number copy (the item count).
    const sets = take.flatMap((d): [string, unknown][] => [
      [FACTS.find(([c]) => c === d.column)![1], d.now],
      ...numberCopies(benchmarkFacts, d.column).map((c): [string, unknown] => [c, asNumber(d.now ?? undefined)]),
    ]);
    sqlite
      .prepare(
        `UPDATE benchmark_facts SET ${sets.map(([c]) => `${c} = ?`).join(', ')} WHERE benchmark_id = ? AND benchmark_version = ?`,
      )
      .run(...sets.map(([, v]) => v), benchmarkId, value.benchmark_version);
    counts.replaced++;
  }
  return counts;
}
