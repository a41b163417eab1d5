import { groupCells, type CellInput } from './cells';

// The record over time: every published score on a benchmark against its model's release date,
// and the running record (the best score of any model released by then) as a step line. A line
// joins only numbers of one protocol, measured alike: the benchmark's version, the metric and
// unit, the mode class and the thinking budget. Open-weights and closed models each get their
// own record line; numbers of other protocols are points apart, never joined.

/** What the record needs of a result (db/queries ScoreRow has all of it). */
export type RecordRow = CellInput & {
  modelId: string;
  model: string;
  org: string;
  family: string | null;
  releaseDate: string;
  openWeights: string;
  modelKind: string;
  mode: string;
  budget: number | null;
  version: string;
  metric: string;
  unit: string;
};

/**
 * How a number was measured, in classes: thinking (a hybrid model thinking, or a reasoning
 * model without a mode switch), not thinking (a hybrid model not thinking, or any other model
 * without a switch), base; and the thinking budget ('' when none was set).
 */
export type ModeClass = 'thinking' | 'non-thinking' | 'base';
export type Protocol = { version: string; metric: string; unit: string; mode: ModeClass; budget: string };

export function modeClass(r: Pick<RecordRow, 'mode' | 'modelKind'>): ModeClass {
  if (r.mode === 'base') return 'base';
  if (r.mode === 'thinking' || (r.mode === 'n/a' && r.modelKind === 'reasoning')) return 'thinking';
  return 'non-thinking';
}

export function protocolOf(r: RecordRow): Protocol {
  return { version: r.version, metric: r.metric, unit: r.unit, mode: modeClass(r), budget: String(r.budget ?? '') };
}

export const protocolKey = (p: Protocol) => JSON.stringify([p.version, p.metric, p.unit, p.mode, p.budget]);

/** A published value on the time axis (a disputed cell gives one point per value). */
export type RecordPoint<R extends RecordRow = RecordRow> = {
  row: R;
  score: number;
  scoreText: string;
  /** Release date as days since 1970-01-01 (a date is the day it names). */
  day: number;
  open: boolean;
  disputed: boolean;
};

export type ProtocolRecord<R extends RecordRow = RecordRow> = {
  protocol: Protocol;
  key: string;
  points: RecordPoint<R>[];
  /** The record-setting points of open-weights models and of closed ones, oldest first. */
  open: RecordPoint<R>[];
  closed: RecordPoint<R>[];
  releaseDates: number;
};

const DAY = 86_400_000;
/** YYYY-MM-DD as days since 1970-01-01; null for anything else (an unknown date is not drawn). */
export function dayOf(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? null : t / DAY;
}

export const dateOfDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/**
 * The record-setting points, oldest first: each one better than every point released before it
 * (on the same day, the best of that day). Never falls: each step is better than the last.
 */
export function runningRecord<P extends { day: number; score: number }>(
  points: readonly P[],
  higherIsBetter = true,
): P[] {
  const better = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  const sorted = [...points].sort((a, b) => a.day - b.day || (higherIsBetter ? b.score - a.score : a.score - b.score));
  const out: P[] = [];
  for (const p of sorted) if (out.length === 0 || better(p.score, out.at(-1)!.score)) out.push(p);
  return out;
}

/** A benchmark's results by protocol, each with its points and its two record lines; most release dates first. */
export function recordsByProtocol<R extends RecordRow>(rows: readonly R[], higherIsBetter = true): ProtocolRecord<R>[] {
  const groups = new Map<string, { protocol: Protocol; rows: R[] }>();
  for (const r of rows) {
    const protocol = protocolOf(r);
    const key = protocolKey(protocol);
    const g = groups.get(key) ?? { protocol, rows: [] };
    g.rows.push(r);
    groups.set(key, g);
  }
  const out: ProtocolRecord<R>[] = [];
  for (const [key, g] of groups) {
    const points: RecordPoint<R>[] = [];
    for (const cell of groupCells(g.rows)) {
      const day = dayOf(cell.row.releaseDate);
      if (day === null) continue;
      for (const v of cell.values)
        points.push({
          row: cell.row,
          score: v.score,
          scoreText: v.scoreText,
          day,
          open: cell.row.openWeights === 'yes',
          disputed: cell.disputed,
        });
    }
    out.push({
      protocol: g.protocol,
      key,
      points,
      open: runningRecord(
        points.filter((p) => p.open),
        higherIsBetter,
      ),
      closed: runningRecord(
        points.filter((p) => !p.open),
        higherIsBetter,
      ),
      releaseDates: new Set(points.map((p) => p.day)).size,
    });
  }
  return out.sort(
    (a, b) => b.releaseDates - a.releaseDates || b.points.length - a.points.length || (a.key < b.key ? -1 : 1),
  );
}

/** Whole calendar months from one day to another (2024-12-17 to 2025-01-20: 1; back in time, negative). */
export function monthsBetween(from: number, to: number): number {
  if (to < from) return -monthsBetween(to, from);
  const [a, b] = [new Date(from * DAY), new Date(to * DAY)];
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  return b.getUTCDate() < a.getUTCDate() ? months - 1 : months;
}

/**
 * When open weights caught up: for the closed record `closed` (the best closed score by its
 * date), the first open-weights point at least as good, and the whole months from the closed
 * record to it (negative: open weights had it first). `reached` null: not yet, in this data.
 */
export type CatchUp<R extends RecordRow = RecordRow> = {
  closed: RecordPoint<R>;
  reached: RecordPoint<R> | null;
  months: number | null;
};

/**
 * The readout "open weights reached the closed record of L after N months": for the latest
 * closed record open weights have reached, and for the current closed record when they have not
 * reached it. Empty where the protocol has no closed or no open-weights point.
 */
export function catchUps<R extends RecordRow>(rec: ProtocolRecord<R>, higherIsBetter = true): CatchUp<R>[] {
  if (rec.open.length === 0 || rec.closed.length === 0) return [];
  const atLeast = (a: number, b: number) => (higherIsBetter ? a >= b : a <= b);
  const each = rec.closed.map((closed) => {
    const reached = rec.open.find((p) => atLeast(p.score, closed.score)) ?? null;
    return { closed, reached, months: reached ? monthsBetween(closed.day, reached.day) : null };
  });
  const out: CatchUp<R>[] = [];
  const lastReached = [...each].reverse().find((c) => c.reached);
  if (lastReached) out.push(lastReached);
  const current = each.at(-1)!;
  if (!current.reached) out.push(current);
  return out;
}
