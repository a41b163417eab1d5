import { describe, expect, it } from 'vitest';
import { scoreOn } from './common';
import { decimalText, percentOfFraction, Printed, readValue } from './values';

describe('fractions as percent, by moving the decimal point in the text', () => {
  it.each([
    ['0.7312', '73.12'],
    ['0.5', '50'],
    ['1', '100'],
    ['1.0', '100'],
    ['0', '0'],
    ['0.0004', '0.04'],
    ['0.9060', '90.60'],
    ['0.33333333333333337', '33.333333333333337'],
    ['0.07', '7'],
  ])('%s -> %s', (fraction, percent) => {
    expect(percentOfFraction(fraction)).toBe(percent);
  });

  it('never prints float noise: 0.7312 is 73.12, where 0.7312 * 100 is not', () => {
    expect(0.7312 * 100).not.toBe(73.12);
    expect(scoreOn(0.7312, 'fraction')).toEqual({ ok: true, score: '73.12', unit: 'percent' });
  });
});

describe('numbers as their digits', () => {
  it('writes exponents out and keeps printed text', () => {
    expect(decimalText(1e-5)).toBe('0.00001');
    expect(decimalText(2.5e-7)).toBe('0.00000025');
    expect(decimalText(1e21)).toBe('1000000000000000000000');
    expect(decimalText(new Printed('0.9060', 0.906))).toBe('0.9060');
    expect(decimalText(NaN)).toBeNull();
    expect(decimalText(Infinity)).toBeNull();
  });

  it('reads "73.8%" as a percent and refuses NaN, Infinity and "N/A" with the reason', () => {
    expect(readValue('73.8%')).toEqual({ ok: true, text: '73.8', percentSign: true });
    expect(readValue(NaN)).toEqual({ ok: false, reason: 'the value is NaN (not a number)' });
    expect(readValue(-Infinity)).toEqual({ ok: false, reason: 'the value is -Infinity' });
    expect(readValue('N/A')).toMatchObject({ ok: false, reason: expect.stringContaining('not available') });
    expect(readValue('20.0 ± 1.2')).toMatchObject({ ok: false, reason: '"20.0 ± 1.2" is not a number' });
  });

  it('refuses a fraction metric outside 0 to 1 rather than guessing its scale', () => {
    expect(scoreOn(73.12, 'fraction')).toMatchObject({ ok: false, reason: expect.stringContaining('not a fraction') });
    expect(scoreOn('73.8%', 'fraction')).toEqual({ ok: true, score: '73.8', unit: 'percent' });
    expect(scoreOn(12.3, 'score')).toEqual({ ok: true, score: '12.3', unit: 'score' });
  });
});
