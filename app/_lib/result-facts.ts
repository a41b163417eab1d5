import type { Translator } from '../_i18n/translate';
import { formatInterval, intervalBasis, overlapsBest, type Interval } from './interval';
import { factsOf, itemsPostdate, resultInterval, type FactsIndex, type ResultLike } from '../../lib/result-facts';

// What the facts of a test set say about one published result, in the reader's words: its time
// window against the model's release, the notes above a table. The numbers (facts by benchmark and
// version, the interval) live below the app and the data layer, in lib/result-facts.ts.
export * from '../../lib/result-facts';

/**
 * "items public since 2024-02 · model released 2025-04-29" where the items may have been public
 * before the release (their first month is not later than the release's); null otherwise or where
 * either date is not known. A fact for the reader to weigh, not a verdict.
 */
export function windowText(
  dataFrom: string | null,
  releaseDate: string | null,
  { t, date }: Translator,
): string | null {
  if (!dataFrom || !releaseDate || itemsPostdate(dataFrom, releaseDate)) return null;
  return t('facts.window', { from: date(dataFrom), released: date(releaseDate) });
}

/** A result's interval (for one of its values) and its time window text. */
export function resultFacts(
  index: FactsIndex,
  r: ResultLike,
  score: number,
  tr: Translator,
): { interval: Interval | null; window: string | null; span: WindowSpan | null } {
  const facts = factsOf(index, r.benchmarkId, r.version);
  const window = windowText(facts?.dataFrom ?? null, r.releaseDate, tr);
  return {
    interval: resultInterval(index, r, score),
    window,
    // The same two dates apart, in the page's language, for a table that says the first once.
    span: window ? { from: tr.date(facts!.dataFrom!), released: tr.date(r.releaseDate!) } : null,
  };
}

/** When a test set's items were public, and when the model came out (after them). */
export type WindowSpan = { from: string; released: string };

/** The best score of a view (`key`: its cell key and score as printed) with its interval. */
export type Best = { key: string; scoreText: string; interval: Interval | null };

/** The best of a view's rows (they come best first) with its interval, or null. */
export function bestOf(
  index: FactsIndex,
  rows: readonly (ResultLike & { cellKey: string; score: number; scoreText: string })[],
): Best | null {
  const r = rows[0];
  if (!r) return null;
  return {
    key: `${r.cellKey}|${r.scoreText}`,
    scoreText: r.scoreText,
    interval: resultInterval(index, r, r.score),
  };
}

/** Whether a value (other than the best itself) cannot be told apart from the best by its interval. */
export function isTied(best: Best | null | undefined, key: string, interval: Interval | null): boolean {
  return Boolean(best && key !== best.key && overlapsBest(best.interval, interval));
}

type ViewRow = ResultLike & { cellKey: string; score: number; scoreText: string; reporter: string };

/**
 * What a table's intervals, shading and marks mean, said once above it (never a warning: facts):
 * the intervals' n and what they are not, which rows are shaded and why, why a view has none, and
 * what "ind." marks.
 */
export function viewNotes(
  index: FactsIndex,
  rows: readonly ViewRow[],
  best: Best | null | undefined,
  tr: Translator,
): string[] {
  const { t } = tr;
  const notes: string[] = [];
  const intervals = rows.map((r) => resultInterval(index, r, r.score));
  const ns = [...new Set(intervals.flatMap((i) => (i ? [i.n] : [])))];
  if (ns.length > 0) {
    notes.push(ns.length === 1 ? t('facts.bracketsN', { n: ns[0]! }) : t('facts.brackets'));
  } else if (rows[0]) {
    const r = rows[0];
    const basis = intervalBasis({ ...r, score: r.score }, factsOf(index, r.benchmarkId, r.version), tr);
    if ('reason' in basis) notes.push(t('facts.noInterval', { reason: basis.reason }));
  }
  if (best?.interval && rows.some((r, i) => isTied(best, `${r.cellKey}|${r.scoreText}`, intervals[i]!)))
    notes.push(t('facts.shadedRows', { best: best.scoreText, interval: formatInterval(best.interval) }));
  if (rows.some((r) => r.reporter === 'independent')) notes.push(t('facts.independent'));
  return notes;
}
