// Sampling uncertainty of a published score: the 95% Wilson score interval of score/100 over the
// n items of the test set. It is computed here, never published, and it measures one thing only:
// how far a proportion measured on n questions can move from the questions drawn alone. It says
// nothing about run-to-run variance (sampling temperature, seeds, prompts). Where a score is not
// a proportion of n items, no interval is defined, and none is shown.

// The numbers only, below the app and the data layer (the CSV export computes them too); a reason
// is a message key the app says in the reader's language (app/_lib/interval.ts intervalBasis).

/** Why a result has no interval: a key of the app's messages (app/_i18n/messages). */
export type IntervalReason =
  | 'interval.elo'
  | 'interval.ownScale'
  | 'interval.arenaHard'
  | 'interval.livebench'
  | 'interval.bfcl'
  | 'interval.multiIf'
  | 'interval.judged'
  | 'interval.average'
  | 'interval.unknownItems'
  | 'interval.perLanguage'
  | 'interval.outOfRange';

/** The 97.5th percentile of the standard normal distribution (a two-sided 95% interval). */
export const Z95 = 1.959963984540054;

/** An interval in the score's own unit (percentage points), with the number of items behind it. */
export type Interval = { low: number; high: number; n: number };

/** Wilson's score interval of a proportion p (0..1) measured on n items: [low, high] in 0..1. */
export function wilson(p: number, n: number, z = Z95): { low: number; high: number } {
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** What the interval needs to know about a result. */
export type IntervalInput = { benchmarkId: string; version: string; metric: string; unit: string; score: number };

/** What benchmark-facts.csv says about the result's test set (see factsOf in ./result-facts.ts). */
export type ItemFacts = { items: number | null; notes: string };

/**
 * Benchmarks whose score is not a share of their items even when the facts give an item count:
 * judged win rates and averages over parts of different sizes.
 */
const NOT_A_PROPORTION: Record<string, IntervalReason> = {
  'arena-hard': 'interval.arenaHard',
  livebench: 'interval.livebench',
  bfcl: 'interval.bfcl',
  'multi-if': 'interval.multiIf',
};

/** "average of 64 samples per question" is a proportion still; "average of HumanEval, MBPP" is not. */
const SAMPLE_AVERAGE = /\b(average|averaged|mean)\s+(of|over)\s+\d+\s+samples?\b/gi;
const AVERAGE = /\b(average|averaged|mean|avg)\b/i;
const JUDGED = /\bwin[- ]?rates?\b|\bjudged?\b/i;
/** Facts whose item count is per language ("Per language: 250 problems…"). */
const PER_LANGUAGE = /^per language/i;
/** A version that names one language, as the bundled packs print it: "ar (Arabic)". */
const ONE_LANGUAGE = /^[a-z]{2,3}(-[A-Za-z]{2,4})? \([^)]+\)$/;

/**
 * The number of items n over which the result is a proportion, or why there is none. Defined
 * only for a percent score over a known item count that is a share of those items: not for Elo
 * ratings, scores on their own scale, judged win rates, averages over several sets, or a test
 * set whose size is not known.
 */
export function intervalBasisKey(
  r: IntervalInput,
  facts: ItemFacts | undefined,
): { n: number } | { reason: IntervalReason } {
  if (r.unit === 'elo') return { reason: 'interval.elo' };
  if (r.unit !== 'percent') return { reason: 'interval.ownScale' };
  const special = NOT_A_PROPORTION[r.benchmarkId];
  if (special) return { reason: special };
  if (JUDGED.test(r.metric)) return { reason: 'interval.judged' };
  if (AVERAGE.test(r.metric.replace(SAMPLE_AVERAGE, ''))) return { reason: 'interval.average' };
  if (!facts || facts.items === null || facts.items <= 0) return { reason: 'interval.unknownItems' };
  if (PER_LANGUAGE.test(facts.notes) && !ONE_LANGUAGE.test(r.version)) return { reason: 'interval.perLanguage' };
  if (!(r.score >= 0 && r.score <= 100)) return { reason: 'interval.outOfRange' };
  return { n: facts.items };
}

/** The 95% Wilson interval of a result in percentage points, or null where none is defined. */
export function intervalOf(r: IntervalInput, facts: ItemFacts | undefined): Interval | null {
  const basis = intervalBasisKey(r, facts);
  if (!('n' in basis)) return null;
  const { low, high } = wilson(r.score / 100, basis.n);
  return { low: low * 100, high: high * 100, n: basis.n };
}

/** One decimal, as the interval is shown and exported (it is computed, so rounding it is ours). */
export const roundPoint = (v: number) => Math.round(v * 10) / 10;

/** "69.2–94.1": the interval as a table shows it after the score, in brackets. */
export function formatInterval(i: Pick<Interval, 'low' | 'high'>): string {
  return `${roundPoint(i.low).toFixed(1)}–${roundPoint(i.high).toFixed(1)}`;
}

/**
 * Whether a result cannot be told apart from the best one by its test set alone: both have an
 * interval and the two overlap. Says nothing where either has none.
 */
export function overlapsBest(best: Interval | null, other: Interval | null): boolean {
  if (!best || !other) return false;
  return other.high >= best.low && other.low <= best.high;
}
