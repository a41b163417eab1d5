// Round ("nice") axis ticks: steps of 1, 2 or 5 times a power of ten, as d3's ticks() chooses
// them, and a domain that starts and ends on a tick. Every numeric axis of a chart file uses them.

export type Scale = { domain: [number, number]; ticks: number[] };

/** The step for about `count` ticks over `span`. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  return power * (error >= 7.07 ? 10 : error >= 3.16 ? 5 : error >= 1.41 ? 2 : 1);
}

/** Round ticks covering `lo` to `hi` (about `count` intervals), and the domain they span. */
export function niceScale(lo: number, hi: number, count = 5): Scale {
  if (!(hi > lo)) hi = lo + 1;
  const step = niceStep(hi - lo, count);
  const from = Math.floor(lo / step) * step;
  const to = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's decimals, so 0.1 + 0.2 is written 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let i = 0; from + i * step <= to + step / 2; i++) ticks.push(Number((from + i * step).toFixed(decimals)));
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks };
}
