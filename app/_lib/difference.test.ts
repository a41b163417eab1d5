import { describe, expect, it } from 'vitest';
import { differenceOf, newcombe, separation } from './difference';

// Newcombe (1998), Statistics in Medicine 17:873-890, Table II: the 95% intervals his method 10
// (the hybrid score interval from two Wilson intervals, no continuity correction) gives for his
// eight worked examples, printed to four decimals.
const PUBLISHED: [x1: number, n1: number, x2: number, n2: number, low: number, high: number][] = [
  [56, 70, 48, 80, 0.0524, 0.3339],
  [9, 10, 3, 10, 0.1705, 0.809],
  [6, 7, 2, 7, 0.0582, 0.8062],
  [5, 56, 0, 29, -0.0381, 0.1926],
  [0, 10, 0, 20, -0.1611, 0.2775],
  [0, 10, 0, 10, -0.2775, 0.2775],
  [10, 10, 0, 20, 0.6791, 1],
  [10, 10, 0, 10, 0.6075, 1],
];

describe("Newcombe's hybrid score interval (method 10)", () => {
  it.each(PUBLISHED)('%i/%i − %i/%i is %f to %f, as the paper prints it', (x1, n1, x2, n2, low, high) => {
    const i = newcombe(x1 / n1, n1, x2 / n2, n2);
    expect(i.low).toBeCloseTo(low, 4);
    expect(i.high).toBeCloseTo(high, 4);
  });

  it("holds the issue's AIME'24 example: 85.7 against 74.3 on 30 questions is about −9 to +31 points", () => {
    const d = differenceOf(85.7, 74.3, 30);
    expect(d.points).toBeCloseTo(11.4, 10);
    expect(d.low).toBeCloseTo(-9.2, 1);
    expect(d.high).toBeCloseTo(31.0, 1);
    expect(separation(d)).toBe('not-separable');
  });

  it('reads an interval on one side of zero as that model ahead, and turns round where lower is better', () => {
    const d = differenceOf(80, 48, 80); // 0.32 with an interval well above zero
    expect(d.low).toBeGreaterThan(0);
    expect(separation(d)).toBe('a-ahead');
    expect(separation(differenceOf(48, 80, 80))).toBe('b-ahead');
    expect(separation(d, false)).toBe('b-ahead');
  });
});
