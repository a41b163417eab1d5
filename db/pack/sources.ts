import type Database from 'better-sqlite3';
import { sources } from '../schema';
import { columnNames, insertSql, rowWriter, storedColumns } from './columns';
import type { DeclarationCounts } from './declarations';
import type { PackError } from './errors';
import { SOURCE_COLUMNS, SOURCE_OPTIONAL_COLUMNS, type SourceRow } from './format';
import type { Journal } from './journal';
import type { Row } from './read-rows';

type Context = {
  sqlite: Database.Database;
  journal: Journal;
  error: (e: PackError) => void;
};

const HEADER: readonly string[] = [...SOURCE_COLUMNS, ...SOURCE_OPTIONAL_COLUMNS];
/** pack column -> database column, but the id; `org` only when the file has that column. */
const COLUMNS: [string, string][] = storedColumns(sources, HEADER.slice(1)).map((c) => [c.pack, c.column.name]);
const writer = rowWriter(sources, HEADER, []);
const KEPT = columnNames(sources).join(', ');

/**
 * sources.csv: new sources are added, equal declarations change nothing, different facts are
 * conflicts (or replaced, see Journal). A file without the org column leaves a stored org as it
 * is, and a new source's org unknown (null): PACK-FORMAT's fallback rule then applies, which is
 * the same as an org equal to the publisher (so a row saying that is no change).
 */
export function declareSources(ctx: Context, rows: Row<SourceRow>[]): DeclarationCounts {
  const counts: DeclarationCounts = { added: 0, unchanged: 0, replaced: 0 };
  const { sqlite } = ctx;
  const get = sqlite.prepare('SELECT * FROM sources WHERE id = ?');
  const insert = sqlite.prepare(insertSql(sources, writer));
  const keep = sqlite.prepare(
    `INSERT INTO source_history (load_id, ${KEPT}) SELECT ?, ${KEPT} FROM sources WHERE id = ?`,
  );
  const seen = new Map<string, number>();
  for (const { line, value } of rows) {
    const first = seen.get(value.source_id);
    if (first !== undefined) {
      ctx.error({
        file: 'sources.csv',
        line,
        column: 'source_id',
        columnNumber: 1,
        message: `source "${value.source_id}" is declared twice, on lines ${first} and ${line}; keep one row`,
      });
      continue;
    }
    seen.set(value.source_id, line);
    const row = value as Record<string, string | undefined>;
    const stored = get.get(value.source_id) as Record<string, string | null> | undefined;
    if (!stored) {
      insert.run(writer.values(row, {}));
      counts.added++;
      continue;
    }
    // A stored org of null (declared without the column) means the publisher stands in for it.
    const effective = (db: string) => (db === 'org' ? (stored.org ?? stored.publisher) : stored[db]);
    const differing = COLUMNS.filter(([col, db]) => row[col] !== undefined && effective(db) !== row[col]).map(
      ([col, db]) => ({ column: col, stored: stored[db]!, now: row[col]! }),
    );
    if (differing.length === 0) {
      counts.unchanged++;
      continue;
    }
    const take = ctx.journal.resolve(
      {
        file: 'sources.csv',
        line,
        key: value.source_id,
        item: `source "${value.source_id}"`,
        columnNumber: (c) => HEADER.indexOf(c) + 1 || undefined,
      },
      differing,
    );
    if (take === null) {
      const d = differing[0]!;
      const was =
        d.stored === null ? 'no org (the pack that declared it had no org column)' : `${d.column} "${d.stored}"`;
      ctx.error({
        file: 'sources.csv',
        line,
        column: d.column,
        columnNumber: HEADER.indexOf(d.column) + 1 || undefined,
        message: `source "${value.source_id}" is already stored with ${was}, and this row says "${d.now}"${differing.length > 1 ? ` (and ${differing.length - 1} more differing columns)` : ''}; make the row match, or load with --replace`,
      });
      continue;
    }
    if (take.length === 0) {
      counts.unchanged++;
      continue;
    }
    keep.run(ctx.journal.loadId, value.source_id);
    sqlite
      .prepare(
        `UPDATE sources SET ${take.map((d) => `${COLUMNS.find(([c]) => c === d.column)![1]} = ?`).join(', ')} WHERE id = ?`,
      )
      .run(...take.map((d) => d.now), value.source_id);
    counts.replaced++;
  }
  return counts;
}
