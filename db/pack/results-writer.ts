import type Database from 'better-sqlite3';
import type { PackError } from './errors';
import { RESULT_COLUMNS, type ResultRow } from './format';
import type { Difference, Journal } from './journal';

type Column = (typeof RESULT_COLUMNS)[number];

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
  budget: number | null;
  key: string;
};

type Report = {
  sources: Record<string, SourceCounts>;
  warnings: PackError[];
};

const STORED = `source_id, table_ref, model_name, model_id, model_kind, mode, thinking_budget_tokens,
  benchmark_name, benchmark_id, benchmark_version, metric, score, score_text, unit, verified_by, notes, cell_key`;

function statements(sqlite: Database.Database) {
  return {
    // Looked up before inserting: an INSERT that does nothing on conflict still advances the
    // AUTOINCREMENT counter (sqlite_sequence), so reloading a pack would not be a no-op.
    insert: sqlite.prepare(`INSERT INTO results (${STORED}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`),
    find: sqlite.prepare('SELECT * FROM results WHERE cell_key = ? AND source_id = ? AND table_ref = ?'),
    remember: sqlite.prepare('INSERT INTO temp.load_lines (result_id, line) VALUES (?, ?)'),
    seenAt: sqlite.prepare('SELECT line FROM temp.load_lines WHERE result_id = ?').pluck(),
    keep: sqlite.prepare(
      `INSERT INTO result_history (result_id, load_id, ${STORED}) SELECT id, ?, ${STORED} FROM results WHERE id = ?`,
    ),
    replace: sqlite.prepare(
      `UPDATE results SET model_name = ?, model_kind = ?, benchmark_name = ?, score = ?, score_text = ?, unit = ?,
         verified_by = ?, notes = ? WHERE id = ?`,
    ),
  };
}
const cache = new WeakMap<Database.Database, ReturnType<typeof statements>>();

type Stored = {
  id: number;
  model_name: string;
  model_kind: string;
  benchmark_name: string;
  score: number;
  score_text: string;
  unit: string;
  verified_by: string;
  notes: string;
};

/**
 * Writes one validated result inside the load's transaction: added, unchanged, replaced
 * (old value to history) or a conflict; a repeat of an identity within the pack is an error.
 */
export function writeResult(
  sqlite: Database.Database,
  { row, file, line, modelId, benchmarkId, budget, key }: Input,
  journal: Journal,
  report: Report,
  onError: (e: PackError) => void,
  fractions: FractionCandidate[],
): void {
  const at = (column: Column, message: string): PackError => ({
    file,
    line,
    column,
    columnNumber: RESULT_COLUMNS.indexOf(column) + 1,
    message,
  });
  let s = cache.get(sqlite);
  if (!s) cache.set(sqlite, (s = statements(sqlite)));
  const counts = (report.sources[row.source_id] ??= {
    added: 0,
    unchanged: 0,
    replaced: 0,
    conflicts: 0,
  });
  const score = Number(row.score);
  const stored = s.find.get(key, row.source_id, row.table) as Stored | undefined;
  let id: number;
  if (!stored) {
    const inserted = s.insert.run(
      row.source_id,
      row.table,
      row.model,
      modelId,
      row.model_kind,
      row.mode,
      budget,
      row.benchmark,
      benchmarkId,
      row.benchmark_version,
      row.metric,
      score,
      row.score,
      row.unit,
      row.verified_by,
      row.notes,
      key,
    );
    id = Number(inserted.lastInsertRowid);
    counts.added++;
  } else {
    id = stored.id;
    const firstLine = s.seenAt.get(id) as number | undefined;
    if (firstLine !== undefined) {
      onError({
        file,
        line,
        message: `this result repeats the one on line ${firstLine} (same source, table, model, benchmark, version, metric, mode and budget); keep one of the two rows`,
      });
      return;
    }
    const differing = differences(stored, row, score);
    const take =
      differing.length === 0
        ? []
        : journal.resolve(
            {
              file: 'results.csv',
              line,
              key: JSON.stringify([row.source_id, row.table, key]),
              item: resultItem(row),
              columnNumber: (c) => RESULT_COLUMNS.indexOf(c as Column) + 1 || undefined,
            },
            differing.map(([column, was, now]) => ({ column, stored: was, now })),
          );
    if (take === null) {
      counts.conflicts++;
      const [column, was, now] = differing[0]!;
      onError(
        at(
          column,
          `conflicts with the stored result from ${row.source_id}, ${row.table}: stored ${column} "${was}", this row "${now}"${differing.length > 1 ? ` (${differing.length - 1} more columns differ)` : ''}; fix the row, or load with --replace to replace the stored value (it is kept in the history)`,
        ),
      );
    } else if (take.length === 0) {
      counts.unchanged++; // the same, or every differing value is the user's own, kept
    } else {
      s.keep.run(journal.loadId, id);
      const v = merged(stored, take);
      s.replace.run(v.model, v.model_kind, v.benchmark, Number(v.score), v.score, v.unit, v.verified_by, v.notes, id);
      counts.replaced++;
    }
  }
  s.remember.run(id, line);
  // Checked once the whole pack is written, so that the order of the rows does not matter.
  if (row.unit === 'percent' && score < 1) fractions.push({ id, key, score, scoreText: row.score, file, line });
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

/** The stored row's pack columns with the taken differences applied. */
function merged(stored: Stored, take: Difference[]): Record<Mutable, string> {
  const v = {
    model: stored.model_name,
    model_kind: stored.model_kind,
    benchmark: stored.benchmark_name,
    score: stored.score_text,
    unit: stored.unit,
    verified_by: stored.verified_by,
    notes: stored.notes,
  };
  for (const d of take) v[d.column as Mutable] = d.now!;
  return v;
}
type Mutable = 'model' | 'model_kind' | 'benchmark' | 'score' | 'unit' | 'verified_by' | 'notes';

/** A result as a reader names it in the record of loads. */
function resultItem(row: ResultRow): string {
  const parts = [row.source_id, row.table, row.model, row.benchmark, row.benchmark_version, row.metric, row.mode];
  if (row.thinking_budget_tokens) parts.push(`${row.thinking_budget_tokens} thinking tokens`);
  return parts.filter(Boolean).join(' · ');
}

function differences(stored: Stored, row: ResultRow, score: number): [Column, string, string][] {
  const out: [Column, string, string][] = [];
  if (stored.score !== score) out.push(['score', stored.score_text, row.score]);
  const pairs: [Column, string, string][] = [
    ['unit', stored.unit, row.unit],
    ['model', stored.model_name, row.model],
    ['benchmark', stored.benchmark_name, row.benchmark],
    ['model_kind', stored.model_kind, row.model_kind],
    ['verified_by', stored.verified_by, row.verified_by],
    ['notes', stored.notes, row.notes],
  ];
  for (const p of pairs) if (p[1] !== p[2]) out.push(p);
  return out;
}
