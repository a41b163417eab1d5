import type Database from 'better-sqlite3';
import { sourceTables } from '../schema';
import { columnNames, insertSql, rowWriter } from './columns';
import type { DeclarationCounts } from './declarations';
import { suggest, type PackError } from './errors';
import { TABLE_COLUMNS, type TableRow } from './format';
import type { Journal } from './journal';
import type { Row } from './read-rows';

type Context = {
  sqlite: Database.Database;
  journal: Journal;
  error: (e: PackError) => void;
  warning: (e: PackError) => void;
};

const FILE = 'tables.csv';
const writer = rowWriter(sourceTables, TABLE_COLUMNS, []);
const KEPT = columnNames(sourceTables).join(', ');
const at = (line: number, column: (typeof TABLE_COLUMNS)[number], message: string): PackError => ({
  file: FILE,
  line,
  column,
  columnNumber: TABLE_COLUMNS.indexOf(column) + 1,
  message,
});

/**
 * tables.csv (PACK-FORMAT): where each (source, table) opens. Read after results.csv, so that a
 * row naming a table that no result is printed in (stored, or loaded by this pack) is a warning.
 */
export function declareTables(ctx: Context, rows: Row<TableRow>[], sourceIds: Set<string>): DeclarationCounts {
  const counts: DeclarationCounts = { added: 0, unchanged: 0, replaced: 0 };
  const { sqlite } = ctx;
  const get = sqlite.prepare('SELECT url, page FROM source_tables WHERE source_id = ? AND table_ref = ?');
  const insert = sqlite.prepare(insertSql(sourceTables, writer));
  const update = sqlite.prepare('UPDATE source_tables SET url = ?, page = ? WHERE source_id = ? AND table_ref = ?');
  const keep = sqlite.prepare(
    `INSERT INTO source_table_history (load_id, ${KEPT})
     SELECT ?, ${KEPT} FROM source_tables WHERE source_id = ? AND table_ref = ?`,
  );
  const used = sqlite.prepare('SELECT 1 FROM results WHERE source_id = ? AND table_ref = ? LIMIT 1').pluck();
  const tablesOf = sqlite.prepare('SELECT DISTINCT table_ref FROM results WHERE source_id = ?').pluck();
  const seen = new Map<string, number>();
  for (const { line, value } of rows) {
    const key = JSON.stringify([value.source_id, value.table]);
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.error(
        at(
          line,
          'table',
          `"${value.table}" of source "${value.source_id}" is listed twice, on lines ${first} and ${line}; keep one row`,
        ),
      );
      continue;
    }
    seen.set(key, line);
    if (!sourceIds.has(value.source_id)) {
      ctx.error(
        at(
          line,
          'source_id',
          `"${value.source_id}" is not a known source${suggest(value.source_id, sourceIds)}; declare it in the pack's sources.csv or fix the spelling`,
        ),
      );
      continue;
    }
    const stored = get.get(value.source_id, value.table) as { url: string; page: string } | undefined;
    if (!stored) {
      insert.run(writer.values(value, {}));
      counts.added++;
    } else if (stored.url === value.url && stored.page === value.page) {
      counts.unchanged++;
    } else {
      const differing = (['url', 'page'] as const)
        .filter((c) => stored[c] !== value[c])
        .map((c) => ({ column: c, stored: stored[c], now: value[c] }));
      const take = ctx.journal.resolve(
        {
          file: FILE,
          line,
          key,
          item: `${value.source_id} · ${value.table}`,
          columnNumber: (c) => TABLE_COLUMNS.indexOf(c as (typeof TABLE_COLUMNS)[number]) + 1 || undefined,
        },
        differing,
      );
      if (take === null) {
        const column = differing[0]!.column;
        ctx.error(
          at(
            line,
            column,
            `"${value.table}" of source "${value.source_id}" is already stored with ${column} "${stored[column]}", and this row says "${value[column]}"; make the row match, or load with --replace`,
          ),
        );
        continue;
      }
      if (take.length === 0) counts.unchanged++;
      else {
        keep.run(ctx.journal.loadId, value.source_id, value.table);
        const next = { ...stored };
        for (const d of take) next[d.column as 'url' | 'page'] = d.now!;
        update.run(next.url, next.page, value.source_id, value.table);
        counts.replaced++;
      }
    }
    if (!used.get(value.source_id, value.table)) {
      const known = tablesOf.all(value.source_id) as string[];
      ctx.warning(
        at(
          line,
          'table',
          `no result of source "${value.source_id}" is printed in "${value.table}"${nearTable(value.table, known)}; spell the table exactly as the table column of results.csv does, or no number links to it`,
        ),
      );
    }
  }
  return counts;
}

/** "did you mean" for a table: same letters in other case or punctuation, else the one nearest (two typos at most). */
function nearTable(table: string, known: string[]): string {
  const exact = suggest(table, known);
  if (exact) return exact;
  const distances = known.map((k) => editDistance(k.toLowerCase(), table.toLowerCase()));
  const best = Math.min(...distances);
  const near = known.filter((_, i) => distances[i] === best);
  return best <= 2 && near.length === 1 ? ` (did you mean "${near[0]}"?)` : '';
}

/** Levenshtein distance with adjacent swaps counted as one edit ("Tabel" -> "Table"). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}
