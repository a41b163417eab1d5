import { wilson, Z95 } from './interval';

// The interval of the difference between two published scores that are proportions of test items
// (./interval.ts): Newcombe's hybrid score interval, method 10 of Newcombe (1998), "Interval
// estimation for the difference between independent proportions: comparison of eleven methods",
// Statistics in Medicine 17:873-890. It is built from the two Wilson intervals alone:
//
//   d = p1 − p2,  low = d − √((p1 − l1)² + (u2 − p2)²),  high = d + √((u1 − p1)² + (p2 − l2)²)
//
// It treats the two proportions as independent. Two models scored on the same n questions are
// paired (each question is answered by both), and pairing makes the true interval narrower when
// the models tend to get the same questions right; the published scores do not say which
// questions each model got right, so the pairing cannot be used: this interval is conservative
// (wider than a paired one would be), never narrower.

/** Newcombe's hybrid score interval of p1 − p2 (proportions 0..1 over n1 and n2 items). */
export function newcombe(p1: number, n1: number, p2: number, n2: number, z = Z95): { low: number; high: number } {
  const a = wilson(p1, n1, z);
  const b = wilson(p2, n2, z);
  const d = p1 - p2;
  return {
    low: d - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2),
    high: d + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2),
  };
}

/** The difference of two percentages over the same n items, with its 95% interval, in points. */
export type DifferenceInterval = { points: number; low: number; high: number; n: number };

/** score A − score B (percent, 0..100) on the same n items, and the interval of that difference. */
export function differenceOf(a: number, b: number, n: number): DifferenceInterval {
  const { low, high } = newcombe(a / 100, n, b / 100, n);
  return { points: a - b, low: low * 100, high: high * 100, n };
}

export type Separation = 'a-ahead' | 'not-separable' | 'b-ahead';

/**
 * What the interval says: A ahead when all of it is on A's side of zero, B ahead when all of it
 * is on B's, not separable when it holds zero. `higherIsBetter` false turns the sides round.
 */
export function separation(d: Pick<DifferenceInterval, 'low' | 'high'>, higherIsBetter = true): Separation {
  const [low, high] = higherIsBetter ? [d.low, d.high] : [-d.high, -d.low];
  if (low > 0) return 'a-ahead';
  if (high < 0) return 'b-ahead';
  return 'not-separable';
}
