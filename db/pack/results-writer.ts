import type Database from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import { results, resultHistory, type Result } from '../schema';
import { columnNames, rowWriter, storedColumn } from './columns';
import type { PackError } from './errors';
import {
  NUMERIC_COLUMNS,
  RESULT_COLUMNS,
  RESULT_FILE_COLUMNS,
  RUN_SETTING_COLUMNS,
  statedSettings,
  type ResultRow,
} from './format';
import type { Difference, Journal } from './journal';
import { AddedCounts } from './counts';

type Column = (typeof RESULT_FILE_COLUMNS)[number];

export type SourceCounts = {
  added: number;
  unchanged: number;
  replaced: number;
  conflicts: number;
};

type Input = {
  row: ResultRow;
  file: string;
  line: number;
  modelId: string;
  benchmarkId: string;
  key: string;
};

type Report = {
  sources: Record<string, SourceCounts>;
  warnings: PackError[];
};

// What the writer stores comes from the schema (db/schema.ts) and the pack format: every column
// of results but its id, each filled from its pack column (./columns.ts) or from what the load
// resolved. A column added to both under one name is written, compared and kept in the history
// without a change here.

/** What a load works out for a row, by schema key: the ids its names lead to, its cell, and the load writing it. */
const RESOLVED = ['modelId', 'benchmarkId', 'cellKey', 'loadedIn'] as const;
const writer = rowWriter(results, RESULT_FILE_COLUMNS, RESOLVED, ['id']);

/**
 * The pack columns that, with the ids the names lead to, identify a stored result (its cell,
 * source and table); the stated run settings are part of the cell (format.ts cellKey).
 */
const IDENTITY: readonly Column[] = [
  'source_id',
  'table',
  'mode',
  'thinking_budget_tokens',
  'benchmark_version',
  'metric',
  ...RUN_SETTING_COLUMNS,
];
/**
 * The others may differ from the stored result: compared in this order (the score and unit first,
 * then the names, then the rest as the file orders them), so a conflict names the first.
 */
const COMPARED: readonly { pack: Column; key: keyof Result; numeric: boolean }[] = (
  ['score', 'unit', 'model', 'benchmark', ...RESULT_FILE_COLUMNS] as Column[]
)
  .filter((c, i, all) => !IDENTITY.includes(c) && all.indexOf(c) === i)
  .map((pack) => ({
    pack,
    key: storedColumn(results, pack)!.key as keyof Result,
    numeric: NUMERIC_COLUMNS['results.csv'].includes(pack),
  }));

/** A stored result read with its schema keys. */
const SELECTED = Object.entries(getTableColumns(results))
  .map(([key, c]) => `"${c.name}" AS "${key}"`)
  .join(', ');
const KEPT = columnNames(resultHistory, ['historyId', 'replacedAt', 'loadId', 'resultId']).join(', ');

/**
 * Writes the validated results of one load, inside its transaction: each row added, unchanged,
 * replaced (old value to history) or a conflict; a repeat of an identity within the pack is an
 * error. Made once per load (its statements prepared once).
 *
 * A row costs one statement when it is new, which is most rows of a big pack: an INSERT that does
 * nothing when the row's identity is stored already, and only then the SELECT of the stored row.
 * The INSERT names its id, the one AUTOINCREMENT would give (the largest ever + 1): an INSERT
 * that does nothing still moves sqlite_sequence to the id it tried, so `finish` sets it back to
 * the last id written, and reloading a pack stays a no-op, every table identical. Where each
 * result of this load came from (its line, for a repeat's error) is kept in a typed array by id,
 * 4 bytes per stored result, instead of a statement per row.
 */
export class ResultsWriter {
  private readonly insert: Database.Statement;
  private readonly find: Database.Statement;
  private readonly keep: Database.Statement;
  private readonly replace: Database.Statement;
  private readonly sequence: Database.Statement;
  /** sqlite_sequence's value for results before the load; undefined when it had no row. */
  private readonly sequenceBefore: number | undefined;
  private nextId: number;
  private tried = false;
  /** The pack line of each result this load wrote or matched, by result id (0: not this load). */
  private lines = new Int32Array(1024);
  /** Results added by this load, per model, benchmark and source: the catalog's counts follow them. */
  readonly added: AddedCounts = new AddedCounts();

  constructor(
    private readonly sqlite: Database.Database,
    private readonly journal: Journal,
    private readonly report: Report,
    private readonly onError: (e: PackError) => void,
    private readonly fractions: FractionCandidate[],
  ) {
    const values = writer.names.map(() => '?').join(', ');
    this.insert = sqlite.prepare(
      `INSERT INTO results (id, ${writer.names.map((n) => `"${n}"`).join(', ')}) VALUES (?, ${values})
       ON CONFLICT (cell_key, source_id, table_ref) DO NOTHING`,
    );
    this.find = sqlite.prepare(
      `SELECT ${SELECTED} FROM results WHERE cell_key = ? AND source_id = ? AND table_ref = ?`,
    );
    this.keep = sqlite.prepare(
      `INSERT INTO result_history (result_id, load_id, ${KEPT}) SELECT id, ?, ${KEPT} FROM results WHERE id = ?`,
    );
    this.replace = sqlite.prepare(`UPDATE results SET ${writer.names.map((n) => `${n} = ?`).join(', ')} WHERE id = ?`);
    this.sequence = sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'results'").pluck();
    this.sequenceBefore = this.sequence.get() as number | undefined;
    const largest = (sqlite.prepare('SELECT max(id) FROM results').pluck().get() as number | null) ?? 0;
    this.nextId = Math.max(this.sequenceBefore ?? 0, largest) + 1;
  }

  write({ row, file, line, modelId, benchmarkId, key }: Input): void {
    const { report, journal, onError } = this;
    const counts = (report.sources[row.source_id] ??= {
      added: 0,
      unchanged: 0,
      replaced: 0,
      conflicts: 0,
    });
    const resolved = { modelId, benchmarkId, cellKey: key, loadedIn: journal.loadId };
    const score = Number(row.score);
    let id = this.nextId;
    this.tried = true;
    if (this.insert.run(id, ...writer.values(row, resolved)).changes === 1) {
      this.nextId++;
      counts.added++;
      this.added.add(modelId, benchmarkId, row.source_id);
    } else {
      const stored = this.find.get(key, row.source_id, row.table) as Result;
      id = stored.id;
      const firstLine = this.lineOf(id);
      if (firstLine !== 0) {
        onError({
          file,
          line,
          message: `this result repeats the one on line ${firstLine} (same source, table, model, benchmark, version, metric, mode, budget and run settings); keep one of the two rows`,
        });
        return;
      }
      const differing = differences(stored, row);
      const take =
        differing.length === 0
          ? []
          : journal.resolve(
              {
                file: 'results.csv',
                line,
                key: JSON.stringify([row.source_id, row.table, key]),
                item: resultItem(row),
                columnNumber: (c) => RESULT_FILE_COLUMNS.indexOf(c as Column) + 1 || undefined,
              },
              differing,
            );
      if (take === null) {
        counts.conflicts++;
        const { column, stored: was, now } = differing[0]!;
        onError({
          file,
          line,
          column,
          columnNumber: RESULT_FILE_COLUMNS.indexOf(column as Column) + 1,
          message: `conflicts with the stored result from ${row.source_id}, ${row.table}: stored ${column} "${was}", this row "${now}"${differing.length > 1 ? ` (${differing.length - 1} more columns differ)` : ''}; fix the row, or load with --replace to replace the stored value (it is kept in the history)`,
        });
      } else if (take.length === 0) {
        counts.unchanged++; // the same, or every differing value is the user's own, kept
      } else {
        this.keep.run(journal.loadId, id);
        this.replace.run(...writer.values(merged(stored, row, take), resolved), id);
        counts.replaced++;
      }
    }
    this.remember(id, line);
    // Checked once the whole pack is written, so that the order of the rows does not matter.
    if (row.unit === 'percent' && score < 1) this.fractions.push({ id, key, score, scoreText: row.score, file, line });
  }

  /** Sets sqlite_sequence back to the last id written, where an INSERT that did nothing moved it. */
  finish(): void {
    if (!this.tried) return;
    const written = this.nextId - 1;
    const expected = written > (this.sequenceBefore ?? 0) ? written : this.sequenceBefore;
    if (this.sequence.get() === expected) return;
    if (expected === undefined) this.sqlite.prepare("DELETE FROM sqlite_sequence WHERE name = 'results'").run();
    else this.sqlite.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'results'").run(expected);
  }

  private lineOf(id: number): number {
    return id < this.lines.length ? this.lines[id]! : 0;
  }

  private remember(id: number, line: number): void {
    if (id >= this.lines.length) {
      const grown = new Int32Array(Math.max(id + 1, this.lines.length * 2));
      grown.set(this.lines);
      this.lines = grown;
    }
    this.lines[id] = line;
  }
}

/** A percent score below 1 loaded by this pack, to compare with the rest of its cell. */
export type FractionCandidate = {
  id: number;
  key: string;
  score: number;
  scoreText: string;
  file: string;
  line: number;
};

/**
 * PACK-FORMAT "Suspicious fractions": warns about a percent score that looks like a 0-1 fraction
 * of another value stored for the same cell (0.857 where the cell holds 85.7), in the pack or
 * before it. Called after the pack's last row.
 */
export function warnFractions(sqlite: Database.Database, fractions: FractionCandidate[], report: Report): void {
  if (fractions.length === 0) return;
  const cellScores = sqlite.prepare('SELECT score FROM results WHERE cell_key = ? AND id != ? AND score >= 1').pluck();
  for (const f of fractions) {
    const fractionOf = (cellScores.all(f.key, f.id) as number[]).find((v) => Math.abs(v / 100 - f.score) < 0.0051);
    if (fractionOf === undefined) continue;
    report.warnings.push({
      file: f.file,
      line: f.line,
      column: 'score',
      columnNumber: RESULT_COLUMNS.indexOf('score') + 1,
      message: `${f.scoreText} looks like a 0-1 fraction of ${fractionOf}, which is stored for the same cell; percent scores are 0 to 100. Loaded as written; check it`,
    });
  }
}

/** The pack row of the stored result (its compared columns as stored), with the taken differences applied. */
function merged(stored: Result, row: ResultRow, take: Difference[]): Record<string, string> {
  const v: Record<string, string> = { ...row };
  for (const c of COMPARED) v[c.pack] = packText(stored[c.key]);
  for (const d of take) v[d.column] = d.now!;
  return v;
}

/** A stored value as the pack writes it. */
const packText = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** A result as a reader names it in the record of loads. */
function resultItem(row: ResultRow): string {
  const parts = [row.source_id, row.table, row.model, row.benchmark, row.benchmark_version, row.metric, row.mode];
  if (row.thinking_budget_tokens) parts.push(`${row.thinking_budget_tokens} thinking tokens`);
  for (const [c, v] of statedSettings(row)) parts.push(`${c} ${v}`);
  return parts.filter(Boolean).join(' · ');
}

/** The compared columns whose stored value differs from the row's (a number by its value: 72.50 is 72.5). */
function differences(stored: Result, row: ResultRow): Difference[] {
  const out: Difference[] = [];
  for (const { pack, key, numeric } of COMPARED) {
    const now = (row as Record<string, string | undefined>)[pack];
    if (now === undefined) continue; // an optional column the file lacks leaves the stored value
    const was = packText(stored[key]);
    if (numeric ? Number(was) !== Number(now) : was !== now) out.push({ column: pack, stored: was, now });
  }
  return out;
}
