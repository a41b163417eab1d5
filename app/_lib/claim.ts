import type { Translator } from '../_i18n/translate';
import { groupCells, type Cell, type CellInput } from './cells';
import { differenceOf, separation, type DifferenceInterval } from './difference';
import { intervalBasis, type Interval } from './interval';
import { factsOf, itemsPostdate, resultFacts, type FactsIndex } from './result-facts';
import { SETTINGS, settingText, type SettingsRow } from './run-settings';

// "Does A beat B on X?" from the published numbers: the number of each model on the benchmark
// that makes the closest pair (one measurement: the same version, metric, unit, mode and
// budget, ideally from one table), whether the pair is comparable and if not why, and where both
// are proportions of the same n items, the interval of the difference (./difference.ts) and what
// it says. Never a verdict stronger than the numbers: not comparable is said, never computed
// past; no interval where none is defined.

/** What a claim needs of a result (db/queries ScoreRow has all of it). */
export type ClaimRow = CellInput & {
  id: number;
  modelId: string;
  model: string;
  org: string;
  releaseDate: string;
  openWeights: string;
  mode: string;
  budget: number | null;
  benchmarkId: string;
  version: string;
  metric: string;
  unit: string;
} & Partial<SettingsRow>;

export type ClaimQuery = {
  a: string;
  b: string;
  /** thinking / non-thinking keep a model without a mode switch (n/a) too; 'all' or unset: any. */
  mode?: string;
  version?: string;
  metric?: string;
};

/** A way two numbers are not one measurement. */
export type Mismatch = { facet: 'version' | 'metric' | 'unit' | 'mode' | 'budget' | 'setting'; a: string; b: string };

export type ClaimSide<R extends ClaimRow> = {
  /** The number compared. */
  row: R;
  /** Every report of the same measurement (its cell): replications, and disputes when they differ. */
  cell: Cell<R>;
  interval: Interval | null;
  /** Why there is no interval, when there is none. */
  noInterval: string | null;
  /** "items public since … · model released …" when the items may have been public before the release. */
  window: string | null;
  /** The items were made after the model's release. */
  itemsAfterRelease: boolean;
};

export type Verdict = 'a-ahead' | 'b-ahead' | 'not-separable' | 'not-comparable' | 'no-interval' | 'missing';

export type Claim<R extends ClaimRow> = {
  a: ClaimSide<R> | null;
  b: ClaimSide<R> | null;
  /** How the two numbers differ as measurements; empty when they are one comparable measurement. */
  mismatches: Mismatch[];
  sameTable: boolean;
  difference: DifferenceInterval | null;
  verdict: Verdict;
  /** Why a comparable pair has no interval of its difference. */
  noInterval: string | null;
  /** The modes in which both models have a comparable pair (for links to the other claims). */
  modes: string[];
};

const fitsMode = (rowMode: string, mode: string | undefined) =>
  !mode || mode === 'all' || rowMode === mode || (rowMode === 'n/a' && mode !== 'base');

/** A model's rows that the query asks for. */
const fitting = <R extends ClaimRow>(rows: readonly R[], model: string, q: ClaimQuery) =>
  rows.filter(
    (r) =>
      r.modelId === model &&
      fitsMode(r.mode, q.mode) &&
      (q.version === undefined || r.version === q.version) &&
      (q.metric === undefined || r.metric === q.metric),
  );

/** A model's rows that the query asks for; all of its rows when none fits (the claim then says why). */
function candidates<R extends ClaimRow>(rows: readonly R[], model: string, q: ClaimQuery): R[] {
  const fit = fitting(rows, model, q);
  return fit.length > 0 ? fit : rows.filter((r) => r.modelId === model);
}

const modesMatch = (a: string, b: string) => a === b || a === 'n/a' || b === 'n/a';
const budgetText = (b: number | null) => (b === null ? '' : String(b));

/** How two results differ as measurements. */
export function mismatches(a: ClaimRow, b: ClaimRow, tr: Translator): Mismatch[] {
  const out: Mismatch[] = [];
  if (a.version !== b.version) out.push({ facet: 'version', a: a.version, b: b.version });
  if (a.metric !== b.metric) out.push({ facet: 'metric', a: a.metric, b: b.metric });
  if (a.unit !== b.unit) out.push({ facet: 'unit', a: a.unit, b: b.unit });
  if (!modesMatch(a.mode, b.mode)) out.push({ facet: 'mode', a: a.mode, b: b.mode });
  if (a.budget !== b.budget) out.push({ facet: 'budget', a: budgetText(a.budget), b: budgetText(b.budget) });
  // A run setting both sources state, with two values (PACK-FORMAT "Run settings"); one stated
  // by one source only is said beside the claim (claim-words.ts), not a reason by itself.
  if (a.harness !== undefined && b.harness !== undefined)
    for (const s of SETTINGS) {
      if (s === 'runDate') continue;
      const [x, y] = [settingText(a as SettingsRow, s, tr), settingText(b as SettingsRow, s, tr)];
      if (x !== null && y !== null && x !== y) out.push({ facet: 'setting', a: x, b: y });
    }
  return out;
}

/** Thinking first (a launch post's headline), then no mode switch, non-thinking, base. */
const MODE_ORDER = ['thinking', 'n/a', 'non-thinking', 'base'];
const modeRank = (r: ClaimRow) => {
  const i = MODE_ORDER.indexOf(r.mode);
  return i < 0 ? MODE_ORDER.length : i;
};

/**
 * The closest pair: fewest mismatches, then printed in one table, then without a thinking budget
 * (the main tables), then in the preferred mode, then the first loaded (the lowest ids).
 */
function bestPair<R extends ClaimRow>(as: readonly R[], bs: readonly R[], tr: Translator): [R, R] | null {
  let best: { pair: [R, R]; rank: number[] } | null = null;
  for (const a of as)
    for (const b of bs) {
      const rank = [
        mismatches(a, b, tr).length,
        a.sourceId === b.sourceId && a.tableRef === b.tableRef ? 0 : 1,
        (a.budget === null ? 0 : 1) + (b.budget === null ? 0 : 1),
        Math.min(modeRank(a), modeRank(b)),
        a.id,
        b.id,
      ];
      if (!best || compare(rank, best.rank) < 0) best = { pair: [a, b], rank };
    }
  return best?.pair ?? null;
}

function compare(x: number[], y: number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

function side<R extends ClaimRow>(row: R, all: readonly R[], facts: FactsIndex, tr: Translator): ClaimSide<R> {
  const cell = groupCells(all.filter((r) => r.cellKey === row.cellKey))[0]!;
  const { interval, window } = resultFacts(facts, row, row.score, tr);
  const basis = intervalBasis(row, factsOf(facts, row.benchmarkId, row.version), tr);
  return {
    row,
    cell,
    interval,
    noInterval: 'reason' in basis ? basis.reason : null,
    window,
    itemsAfterRelease: itemsPostdate(factsOf(facts, row.benchmarkId, row.version)?.dataFrom ?? null, row.releaseDate),
  };
}

/**
 * The claim that A beats B on a benchmark, from the benchmark's results (any rows of other
 * models are ignored). `higherIsBetter` is the benchmark's.
 */
export function checkClaim<R extends ClaimRow>(
  rows: readonly R[],
  q: ClaimQuery,
  facts: FactsIndex,
  higherIsBetter = true,
  tr: Translator,
): Claim<R> {
  const pair = bestPair(candidates(rows, q.a, q), candidates(rows, q.b, q), tr);
  const comparableIn = (mode: string) => {
    const p = bestPair(fitting(rows, q.a, { ...q, mode }), fitting(rows, q.b, { ...q, mode }), tr);
    return p !== null && mismatches(...p, tr).length === 0;
  };
  const modes = MODE_ORDER.filter((m) => m !== 'n/a' && comparableIn(m));
  const empty = { mismatches: [], sameTable: false, difference: null, noInterval: null, modes };
  if (!pair) {
    const alone = (model: string) => {
      const first = rows.find((r) => r.modelId === model);
      return first ? side(first, rows, facts, tr) : null;
    };
    return { ...empty, a: alone(q.a), b: alone(q.b), verdict: 'missing' };
  }
  const [ra, rb] = pair;
  const a = side(ra, rows, facts, tr);
  const b = side(rb, rows, facts, tr);
  const found = mismatches(ra, rb, tr);
  const sameTable = ra.sourceId === rb.sourceId && ra.tableRef === rb.tableRef;
  if (found.length > 0) return { ...empty, a, b, mismatches: found, sameTable, verdict: 'not-comparable' };
  if (!a.interval || !b.interval || a.interval.n !== b.interval.n) {
    const noInterval =
      a.noInterval ??
      b.noInterval ??
      tr.t('claim.differentN', { a: String(a.interval?.n ?? ''), b: String(b.interval?.n ?? '') });
    return { ...empty, a, b, sameTable, verdict: 'no-interval', noInterval };
  }
  const difference = differenceOf(ra.score, rb.score, a.interval.n);
  return { ...empty, a, b, sameTable, difference, verdict: separation(difference, higherIsBetter) };
}
