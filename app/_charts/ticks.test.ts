import { describe, expect, it } from 'vitest';
import { niceScale } from './ticks';

describe('round axis ticks', () => {
  it('steps of 1, 2 or 5 times a power of ten, from a tick to a tick', () => {
    expect(niceScale(0, 100).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceScale(0, 2209).ticks).toEqual([0, 500, 1000, 1500, 2000, 2500]); // Elo
    expect(niceScale(54.1, 72.5).ticks).toEqual([50, 55, 60, 65, 70, 75]); // not 50/58/66/80
    expect(niceScale(-0.5, 45.6).ticks).toEqual([-10, 0, 10, 20, 30, 40, 50]);
    expect(niceScale(0.12, 0.93, 4).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('covers the values it is given', () => {
    for (const [lo, hi] of [
      [3, 97],
      [61.2, 62.9],
      [1500, 2056],
    ] as const) {
      const { domain, ticks } = niceScale(lo, hi);
      expect(domain[0]).toBeLessThanOrEqual(lo);
      expect(domain[1]).toBeGreaterThanOrEqual(hi);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks.length).toBeLessThanOrEqual(11);
    }
  });
});
