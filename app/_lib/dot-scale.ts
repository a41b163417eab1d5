// The axis of a dot plot drawn in the page: a domain of round numbers around the values, and its
// ticks, evenly spaced (so one repeating gridline background draws them all).

const STEPS = [1, 2, 2.5, 5, 10];

/** A round step that splits `span` into about `count` parts: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return (STEPS.find((s) => s * power >= raw) ?? 10) * power;
}

export type Scale = { min: number; max: number; ticks: number[]; at: (v: number) => number };

/**
 * A scale over the values, widened to round ticks; percentages stay within 0–100. `at` is the
 * position of a value in percent of the track's width.
 */
export function dotScale(values: number[], { percent = false } = {}): Scale {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!Number.isFinite(lo)) [lo, hi] = [0, 100];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const step = niceStep(hi - lo);
  let min = Math.floor(lo / step) * step;
  let max = Math.ceil(hi / step) * step;
  if (percent) [min, max] = [Math.max(0, min), Math.min(100, max)];
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 1e6; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { min, max, ticks, at: (v) => ((v - min) / (max - min)) * 100 };
}
