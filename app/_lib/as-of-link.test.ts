import { describe, expect, it } from 'vitest';
import { withAsOf, withoutAsOf } from './as-of-link';

describe('links to a view as it was', () => {
  it('adds asOf before the fragment, replacing one already there, the rest as written', () => {
    expect(withAsOf('/benchmarks/aime-24', 3)).toBe('/benchmarks/aime-24?asOf=3');
    expect(withAsOf('/compare?models=a,b#chart', 3)).toBe('/compare?models=a,b&asOf=3#chart');
    expect(withAsOf('/x?asOf=1&mode=thinking', 2)).toBe('/x?mode=thinking&asOf=2');
    expect(withAsOf('/x?mode=thinking', undefined)).toBe('/x?mode=thinking');
  });

  it("takes asOf out for today's view", () => {
    expect(withoutAsOf('/x?asOf=1&mode=thinking#a')).toBe('/x?mode=thinking#a');
    expect(withoutAsOf('/x?asOf=1')).toBe('/x');
    expect(withoutAsOf('/x?mode=all')).toBe('/x?mode=all');
  });
});
