import { describe, expect, it } from 'vitest';
import { dotScale, niceStep } from './dot-scale';

describe('dotScale', () => {
  it('widens the values to round, evenly spaced ticks', () => {
    expect(niceStep(43.6)).toBe(10);
    expect(niceStep(165)).toBe(50);
    const s = dotScale([48.4, 92.0], { percent: true });
    expect(s.ticks).toEqual([40, 50, 60, 70, 80, 90, 100]);
    expect(s.at(40)).toBe(0);
    expect(s.at(100)).toBe(100);
    expect(dotScale([1891, 2056]).ticks).toEqual([1850, 1900, 1950, 2000, 2050, 2100]);
  });

  it('keeps percentages within 0–100, and a single value in a range of its own', () => {
    expect(dotScale([3, 99], { percent: true }).ticks[0]).toBe(0);
    expect(dotScale([50]).ticks.length).toBeGreaterThan(1);
  });
});
