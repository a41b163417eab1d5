import { describe, expect, it } from 'vitest';
import { formatInterval, intervalBasis, intervalOf, overlapsBest, wilson } from './interval';
import { EN } from '../_i18n/translate';

const AIME = { items: 30, notes: 'Qwen3 report Sec. 4.6: Part I + Part II = 30 questions, 64 samples each.' };
const result = (fields: Partial<Parameters<typeof intervalOf>[0]> = {}) => ({
  benchmarkId: 'aime-24',
  version: '',
  metric: 'pass@1',
  unit: 'percent',
  score: 85.7,
  ...fields,
});

describe("Wilson's score interval", () => {
  // Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
  // methods", Statistics in Medicine 17 (1998) 857-872, Table I, method 3 (score, no continuity
  // correction), to the four decimals printed there.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i: %f to %f (Newcombe 1998)', (x, n, low, high) => {
    const i = wilson(x / n, n);
    expect(i.low).toBeCloseTo(low, 4);
    expect(i.high).toBeCloseTo(high, 4);
  });

  it('0.5 over 30 items: 0.3315 to 0.6685, symmetric about one half', () => {
    const i = wilson(0.5, 30);
    expect(i.low).toBeCloseTo(0.3315, 4);
    expect(i.high).toBeCloseTo(0.6685, 4);
    expect(i.low + i.high).toBeCloseTo(1, 12);
  });

  it("85.7 over AIME'24's 30 questions: 69.2–94.1, asymmetric (never a bare ±)", () => {
    const i = intervalOf(result(), AIME)!;
    expect(i.n).toBe(30);
    expect(i.low).toBeCloseTo(69.18, 2);
    expect(i.high).toBeCloseTo(94.12, 2);
    expect(formatInterval(i)).toBe('69.2–94.1');
    expect(85.7 - i.low).not.toBeCloseTo(i.high - 85.7, 1);
  });

  it('stays inside 0–100 at the ends', () => {
    expect(intervalOf(result({ score: 0 }), AIME)).toMatchObject({ low: 0 });
    expect(intervalOf(result({ score: 100 }), AIME)!.high).toBeCloseTo(100, 9);
    expect(intervalOf(result({ score: 100 }), AIME)!.low).toBeCloseTo(88.65, 2);
  });
});

describe('where an interval is defined', () => {
  it('a percent score over a known number of items, averaged over samples per question too', () => {
    expect(
      intervalBasis(result({ metric: 'accuracy (average of 64 samples per question; 30 questions)' }), AIME, EN),
    ).toEqual({ n: 30 });
    expect(intervalBasis(result({ metric: 'accuracy (averaged over 10 samples per query)' }), AIME, EN)).toEqual({
      n: 30,
    });
    expect(intervalBasis(result({ metric: 'score (metric not specified in source)' }), AIME, EN)).toEqual({ n: 30 });
  });

  it('not for an Elo rating, a score on its own scale, or a percentage out of range', () => {
    expect(intervalOf(result({ unit: 'elo', score: 2056 }), AIME)).toBeNull();
    expect(intervalBasis(result({ unit: 'elo', score: 2056 }), AIME, EN)).toEqual({
      reason: 'an Elo rating, not a share of items',
    });
    expect(intervalOf(result({ unit: 'score', score: 8.9 }), AIME)).toBeNull();
  });

  it('not for judged win rates', () => {
    expect(intervalOf(result({ metric: 'win rate (judged by GPT-4.1, per card footnote)' }), AIME)).toBeNull();
    expect(intervalOf(result({ benchmarkId: 'arena-hard', metric: 'score' }), { items: 500, notes: '' })).toBeNull();
  });

  it('not for averages over several sets', () => {
    const facts = { items: 1000, notes: '' };
    expect(intervalOf(result({ metric: 'average' }), facts)).toBeNull();
    expect(intervalOf(result({ metric: 'average accuracy (Acc avg)' }), facts)).toBeNull();
    expect(
      intervalOf(result({ metric: 'score (0-shot; average of HumanEval, MBPP, HumanEval+, MBPP+)' }), facts),
    ).toBeNull();
    expect(intervalOf(result({ benchmarkId: 'livebench', metric: 'score' }), facts)).toBeNull();
    expect(intervalOf(result({ benchmarkId: 'bfcl', metric: 'accuracy' }), facts)).toBeNull();
  });

  it('per-language item counts only for a score of one language', () => {
    const mgsm = { items: 250, notes: 'Per language: the same 250 GSM8K problems human-translated into 10 languages.' };
    expect(intervalOf(result({ benchmarkId: 'mgsm', version: '' }), mgsm)).toBeNull();
    expect(intervalOf(result({ benchmarkId: 'mgsm', version: '10 languages' }), mgsm)).toBeNull();
    expect(intervalOf(result({ benchmarkId: 'mgsm', version: 'de (German)' }), mgsm)?.n).toBe(250);
  });

  it('not where the number of items is not known', () => {
    expect(intervalOf(result(), undefined)).toBeNull();
    expect(intervalOf(result(), { items: null, notes: '' })).toBeNull();
    expect(intervalBasis(result(), { items: null, notes: '' }, EN)).toEqual({
      reason: 'the number of test items is not known',
    });
  });
});

describe('not separable from the best', () => {
  const at = (score: number) => intervalOf(result({ score }), AIME);
  it('when the intervals overlap, and never where either has none', () => {
    expect(overlapsBest(at(85.7), at(70))).toBe(true); // 70's high 83.3 is above 85.7's low 69.2
    expect(overlapsBest(at(85.7), at(50))).toBe(false); // 50's high 66.9 is below 69.2
    expect(overlapsBest(at(85.7), null)).toBe(false);
    expect(overlapsBest(null, at(85.7))).toBe(false);
  });
});
