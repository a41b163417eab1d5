import type { Plot } from './model';

// Where the parts of a claim's card go (./claim-plot.tsx draws them): plain arithmetic, so that a
// page can size the card's <img> without drawing it.

type ClaimPlot = Extract<Plot, { type: 'claim' }>;

/** Below this width a label goes above its bar, as on bar charts. */
export const CLAIM_NARROW_BELOW = 500;

export function claimRows(width: number) {
  const narrow = width < CLAIM_NARROW_BELOW;
  return { narrow, row: narrow ? 46 : 34, axis: 26, difference: 92 };
}

export function claimPlotHeight(plot: ClaimPlot, width: number): number {
  const { row, axis, difference } = claimRows(width);
  return plot.marks.length * row + (plot.bars ? axis : 0) + (plot.difference ? difference : 0) + 8;
}
