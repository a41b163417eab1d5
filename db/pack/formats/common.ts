import type { Unit } from '../format';
import { percentOfFraction, readValue, within } from './values';

// What the readers share: model names that are names (not paths), dates, and the scale rules.

/** A name on the machine that ran it ("/data/llama/7B", "./ckpt", "C:\\models"), not a model's name. */
export function isLocalPath(name: string): boolean {
  return /^(\/|~|\.{1,2}\/|[A-Za-z]:[\\/])/.test(name) || name.includes('\\') || name.split('/').length > 2;
}

/** A model name from a file, or why it cannot be one. */
export function modelName(
  name: unknown,
  path: string,
): { model: { name: string; path: string } | null; problem?: string } {
  if (typeof name !== 'string' || name.trim() === '') return { model: null };
  const n = name.trim();
  if (isLocalPath(n))
    return {
      model: null,
      problem: `${path} is "${n}", a path on the machine that ran it, not a model's name`,
    };
  return { model: { name: n, path } };
}

/** The UTC date of a Unix time in seconds (lm-eval's `date`), as YYYY-MM-DD. */
export function unixDate(seconds: unknown): string {
  const n = typeof seconds === 'number' ? seconds : typeof seconds === 'string' ? Number(seconds) : NaN;
  if (!Number.isFinite(n) || n <= 0) return '';
  return new Date(n * 1000).toISOString().slice(0, 10);
}

/** The date of an ISO date or date-time as written (its own day, whatever its offset). */
export function isoDate(text: unknown): string {
  if (typeof text !== 'string') return '';
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(text.trim());
  return m ? m[1]! : '';
}

/** Metrics that are fractions of items (0 to 1) in lm-eval, Inspect and Every Eval Ever. */
const FRACTION_METRICS =
  /^(acc|acc_norm|accuracy|exact_match|em|f1|micro_f1|macro_f1|(prompt|inst)_level_(strict|loose)_acc|pass@\d+|pass_at_\d+|mc1|mc2)$/i;

export const isFractionMetric = (metric: string) => FRACTION_METRICS.test(metric);

export type Scored = { ok: true; score: string; unit: Unit } | { ok: false; reason: string };

/**
 * A value on a stated scale as a pack score: a fraction (0 to 1) as percent, its digits moved
 * and none added; a percent as written; anything else as written with unit score.
 */
export function scoreOn(value: unknown, scale: 'fraction' | 'percent' | 'score'): Scored {
  const read = readValue(value);
  if (!read.ok) return read;
  if (read.percentSign) {
    if (!within(read.text, 0, 100)) return { ok: false, reason: `${read.text}% is outside 0 to 100` };
    return { ok: true, score: read.text, unit: 'percent' };
  }
  if (scale === 'fraction') {
    if (!within(read.text, 0, 1))
      return { ok: false, reason: `${read.text} is not a fraction from 0 to 1, which this metric is` };
    return { ok: true, score: percentOfFraction(read.text), unit: 'percent' };
  }
  if (scale === 'percent') {
    if (!within(read.text, 0, 100)) return { ok: false, reason: `${read.text} is outside 0 to 100 for a percent` };
    return { ok: true, score: read.text, unit: 'percent' };
  }
  return { ok: true, score: read.text, unit: 'score' };
}

/** A standard error on the same scale as its value, or '' when not given (a number only: "N/A" and NaN are not). */
export function stderrOn(value: unknown, scale: 'fraction' | 'percent' | 'score'): string {
  const read = readValue(value);
  if (!read.ok || read.percentSign || Number(read.text) < 0) return '';
  return scale === 'fraction' ? percentOfFraction(read.text) : read.text;
}
