import type { Plot } from './model';
import { wrapText } from './theme';

// Where the parts of a claim's card go (./claim-plot.tsx draws them): plain arithmetic, so that a
// page can size the card's <img> without drawing it.

type ClaimPlot = Extract<Plot, { type: 'claim' }>;

/** Below this width a label goes above its bar, as on bar charts. */
export const CLAIM_NARROW_BELOW = 500;

export function claimRows(width: number) {
  const narrow = width < CLAIM_NARROW_BELOW;
  return { narrow, row: narrow ? 46 : 34, axis: 26, difference: 92 };
}

/** The height of a line of the difference axis' title. */
export const LINE = 15;

/** The difference axis' title, wrapped to the card's width: two lines at most (the second cut with …). */
export function claimLabelLines(label: string, width: number): string[] {
  return wrapText(label, width - 48, 12 * 1.06, 2);
}

export function claimPlotHeight(plot: ClaimPlot, width: number): number {
  const { row, axis, difference } = claimRows(width);
  const title = plot.difference ? (claimLabelLines(plot.difference.label, width).length - 1) * LINE : 0;
  return plot.marks.length * row + (plot.bars ? axis : 0) + (plot.difference ? difference + title : 0) + 8;
}
