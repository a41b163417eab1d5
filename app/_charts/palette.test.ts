import { describe, expect, it } from 'vitest';
import { LEGEND } from '../_lib/encodings';
import { INK } from './theme';

// The organisation colours (app/_lib/encodings.ts) on both chart backgrounds, and as a reader
// with deuteranopia or protanopia sees them.

const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
/** Linear RGB of an sRGB colour. */
const linear = (hex: string) =>
  [0, 1, 2].map((i) => {
    const c = channel(hex, i);
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
/** WCAG relative luminance. */
const luminance = (hex: string) => {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

type Matrix = [number, number, number][];
/** Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB. */
const DEUTERANOPIA: Matrix = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
];
const PROTANOPIA: Matrix = [
  [0.152286, 1.052583, -0.204868],
  [0.114503, 0.786281, 0.099216],
  [-0.003882, -0.048116, 1.051998],
];
const IDENTITY: Matrix = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];

/** CIELAB (D65) of a colour as seen through a simulation matrix. */
function lab(hex: string, m: Matrix): [number, number, number] {
  const rgb = linear(hex);
  const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])));
  const xyz = [
    (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047,
    0.2126 * r! + 0.7152 * g! + 0.0722 * b!,
    (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883,
  ];
  const [fx, fy, fz] = xyz.map((v) => (v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116)) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
const distance = (a: string, b: string, m: Matrix) => Math.hypot(...lab(a, m).map((v, i) => v - lab(b, m)[i]!));

describe('the organisation colours', () => {
  it.each(LEGEND.map((l) => [l.label, l.colour]))(
    '%s (%s) has 3:1 against the light and the dark background',
    (_, colour) => {
      expect(contrast(colour, INK.light.bg)).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, INK.dark.bg)).toBeGreaterThanOrEqual(3);
    },
  );

  it.each([
    ['deuteranopia', DEUTERANOPIA],
    ['protanopia', PROTANOPIA],
    ['full colour vision', IDENTITY],
  ] as const)('no two stay alike under %s (CIELAB distance >= 15)', (_, m) => {
    for (const [i, a] of LEGEND.entries())
      for (const b of LEGEND.slice(i + 1))
        expect(distance(a.colour, b.colour, m), `${a.label} and ${b.label}`).toBeGreaterThanOrEqual(15);
  });

  it('can fail: the earlier palette had a purple under 3:1 on dark, and two colours alike under deuteranopia', () => {
    expect(contrast('#6f42c1', INK.dark.bg)).toBeLessThan(3); // the earlier Qwen purple
    expect(distance('#cc79a7', '#8a8a8a', DEUTERANOPIA)).toBeLessThan(15); // the earlier Gemma pink and grey
  });
});
