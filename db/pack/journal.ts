import type Database from 'better-sqlite3';
import type { PackError } from './errors';
import type { PackFile } from './format';

// What a load does with a row whose stored values differ from the pack's, and the record of it.
//
// - A user's pack: a conflict (an error), or with --replace the pack's values replace the stored
//   ones (the old row goes to its history table).
// - A bundled pack (db/seed/<name>, loaded by `npm run seed` without a pack or by `npm start`):
//   a row's values are replaced only when each stored value that differs is one that an earlier
//   version of that bundled pack printed (db/seed/earlier/<name>/<version>/) and that no user's
//   load wrote since. A row holding any other value holds the user's own (a --replace, or their
//   own pack): it is kept whole, and the load says so in a warning and in the record. So a
//   corrected bundled pack reaches every database, old ones included, without undoing what a
//   user replaced.
//
// Every replaced (and every kept) value is written to load_changes with its load, old -> new;
// every model and benchmark a load adds, with its id (action 'added').

export type Difference = { column: string; stored: string | null; now: string | null };

/** Values an earlier version of a bundled pack printed: file -> row key -> column -> values. */
export type Earlier = Map<string, Map<string, Map<string, Set<string | null>>>>;

export type ResolveMode = 'conflict' | 'replace' | 'bundled';

export type Where = {
  file: PackFile;
  line: number;
  /** The row's identity, stable across loads (names resolved to ids). */
  key: string;
  /** The row as a reader names it. */
  item: string;
  /** 1-based position of a column in the file's header, for warnings. */
  columnNumber: (column: string) => number | undefined;
};

export class Journal {
  /** Number of load_changes rows this load wrote. */
  changes = 0;
  private readonly insert: Database.Statement;
  private readonly lastWriter: Database.Statement;

  constructor(
    private readonly sqlite: Database.Database,
    readonly loadId: number,
    readonly mode: ResolveMode,
    private readonly earlier: Earlier,
    private readonly warn: (w: PackError) => void,
  ) {
    this.insert = sqlite.prepare(
      `INSERT INTO load_changes (load_id, file, line, key, item, "column", old_value, new_value, action)
       VALUES (?,?,?,?,?,?,?,?,?)`,
    );
    // The load that last replaced this value: a user's own (bundled_pack null) or a bundled pack.
    this.lastWriter = sqlite
      .prepare(
        `SELECT l.bundled_pack IS NULL FROM load_changes c JOIN loads l ON l.id = c.load_id
         WHERE c.file = ? AND c.key = ? AND c."column" = ? AND c.action = 'replaced' AND c.load_id != ?
         ORDER BY c.id DESC LIMIT 1`,
      )
      .pluck();
  }

  /**
   * The differences this load takes (replaces), each recorded; null for a conflict, which the
   * caller reports as an error. A bundled load never conflicts: what it does not take, it keeps.
   */
  resolve(at: Where, differences: Difference[]): Difference[] | null {
    if (this.mode === 'conflict') return null;
    const own = this.mode === 'bundled' ? differences.filter((d) => !this.isBundledValue(at, d)) : [];
    if (own.length === 0) {
      for (const d of differences) this.record(at, d, 'replaced');
      return differences;
    }
    // A row that holds a value of the user's stays as the user left it, whole: a correction of
    // another column of it could contradict the user's value (a note, a source that cites it).
    for (const d of differences) this.record(at, d, 'kept');
    const d = own[0]!;
    const others = differences.length - 1;
    this.warn({
      file: at.file,
      line: at.line,
      column: d.column,
      columnNumber: at.columnNumber(d.column),
      message: `${at.item}: this bundled pack says ${show(d.now)}, the database holds ${show(d.stored)}, which no earlier version of the bundled pack printed, so it is your own value and the row is kept as it is${others > 0 ? ` (${others} more ${others === 1 ? 'column differs' : 'columns differ'})` : ''}. To take the bundled row, run npm run seed -- --replace`,
    });
    return [];
  }

  /**
   * A model or benchmark this load added, recorded with its id (action 'added', column 'id'), so
   * that the record of loads links what each load brought. Not a change of a stored value.
   */
  added(at: Pick<Where, 'file' | 'line' | 'key' | 'item'>, id: string): void {
    this.insert.run(this.loadId, at.file, at.line, at.key, at.item, 'id', null, id, 'added');
  }

  private isBundledValue(at: Where, d: Difference): boolean {
    const printed = this.earlier.get(at.file)?.get(at.key)?.get(d.column);
    if (!printed?.has(d.stored)) return false;
    // A user who set the value back to an earlier bundled one keeps it too.
    return this.lastWriter.get(at.file, at.key, d.column, this.loadId) !== 1;
  }

  private record(at: Where, d: Difference, action: 'replaced' | 'kept'): void {
    this.insert.run(this.loadId, at.file, at.line, at.key, at.item, d.column, d.stored, d.now, action);
    this.changes++;
  }
}

const show = (v: string | null) => (v === null ? 'nothing (no such column)' : `"${v}"`);

/** Adds a row of an earlier version to the index: each column's value, for its key. */
export function addEarlier(earlier: Earlier, file: string, key: string, values: Record<string, string | null>): void {
  let byKey = earlier.get(file);
  if (!byKey) earlier.set(file, (byKey = new Map()));
  let byColumn = byKey.get(key);
  if (!byColumn) byKey.set(key, (byColumn = new Map()));
  for (const [column, value] of Object.entries(values)) {
    let set = byColumn.get(column);
    if (!set) byColumn.set(column, (set = new Set()));
    set.add(value);
  }
}
