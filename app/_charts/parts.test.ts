import { describe, expect, it } from 'vitest';
import type { BarDatum } from './model';
import { intervalKeyNotes, markTies } from './parts';
import { EN } from '../_i18n/translate';

const bar = (value: number, interval?: { low: number; high: number }): BarDatum => ({
  key: String(value),
  label: String(value),
  value,
  valueText: value.toFixed(1),
  colour: '#6f42c1',
  modeFill: 'solid',
  emphasis: false,
  ...(interval && { interval }),
});

describe('intervals on a bar chart', () => {
  it('shades the bars whose interval overlaps the best bar’s, never the best itself', () => {
    const bars = markTies([
      bar(85.7, { low: 69.2, high: 94.1 }),
      bar(70, { low: 52.1, high: 83.3 }),
      bar(40, { low: 24.6, high: 57.7 }),
    ]);
    expect(bars.map((b) => Boolean(b.tied))).toEqual([false, true, false]);
    expect(markTies([bar(2056), bar(2029)]).some((b) => b.tied)).toBe(false);
  });

  it('says once what whiskers and shading are, and nothing where there are none', () => {
    const bars = markTies([bar(85.7, { low: 69.2, high: 94.1 }), bar(70, { low: 52.1, high: 83.3 }), bar(50)]);
    expect(intervalKeyNotes(bars, [30, 30], EN)).toEqual([
      'Whiskers: 95% interval from the n = 30 questions alone; not run-to-run variance. Computed here (Wilson).',
      'No whisker: no interval is defined for that score.',
      'Shaded: not separable from the best (85.7): their intervals overlap.',
    ]);
    expect(intervalKeyNotes([bar(2056)], [], EN)).toEqual([]);
  });
});
