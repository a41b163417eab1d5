import { translator, type Translator } from '../_i18n/translate';
import type { ChartSpec, LegendEntry, Plot } from './model';
import { textWidth, wrapText } from './theme';
import { claimPlotHeight } from './claim-layout';

// Where everything goes in a chart file: title, notes, the plot, the key, the source lines.
// Pure arithmetic, so a page can give its <img> the file's exact size (no layout shift) without
// drawing it.

export const WIDTHS = { min: 320, max: 1600 } as const;
/** The width a phone gets (a page's <picture> asks for it below 600 CSS pixels). */
export const NARROW = 360;

export const BAR_ROW = 26;
/** A drawing narrower than this is a phone's: a bar's label goes above it, in a taller row. */
export const NARROW_BELOW = 500;
export const BAR_ROW_NARROW = 38;
export const BAR_MARGIN = { top: 4, right: 56, bottom: 34, left: 4 } as const;
/** A bar chart this long has its value axis at the top too, in view while the first bars are read. */
export const TOP_AXIS_FROM = 12;
export const TOP_AXIS_HEIGHT = 24;
export const hasTopAxis = (plot: Extract<Plot, { type: 'bars' }>) => plot.bars.length >= TOP_AXIS_FROM;

/** The plot's own height for a width. */
export function plotHeight(plot: Plot, width: number): number {
  const narrow = width < NARROW_BELOW;
  switch (plot.type) {
    case 'bars':
      return (
        BAR_MARGIN.top +
        (hasTopAxis(plot) ? TOP_AXIS_HEIGHT : 0) +
        BAR_MARGIN.bottom +
        Math.max(1, plot.bars.length) * (width < NARROW_BELOW ? BAR_ROW_NARROW : BAR_ROW)
      );
    case 'budget':
      return narrow ? 220 : 250;
    case 'series':
      return narrow ? 420 : 360;
    case 'scatter':
      return narrow ? 420 : 400;
    case 'record':
      return narrow ? 380 : 400;
    case 'claim':
      return claimPlotHeight(plot, width);
  }
}

export type TextLine = { text: string; y: number };
export type LegendItem = LegendEntry & { x: number; y: number };

export type DocumentLayout = {
  width: number;
  height: number;
  pad: number;
  title: TextLine[];
  subtitle: TextLine[];
  notes: TextLine[];
  plot: { y: number; height: number };
  legend: LegendItem[];
  /** What whiskers and shading mean, under the key. */
  keyNotes: TextLine[];
  footer: TextLine[];
  /**
   * The line that leads back to the chart's view on the dashboard (a link in the file, its
   * address written when the file is drawn: one line whatever the address, so the size of the
   * file never depends on the host it was asked from), then the data stamp.
   */
  home: { address: TextLine; stamp: TextLine[] };
};

export const TYPE = { title: 15, subtitle: 12, note: 11.5, legend: 11, footer: 10.5 } as const;

function sourceLine(sources: string[], { t }: Translator): string {
  const shown = sources.slice(0, 3).join('; ');
  const more = sources.length - 3;
  return more > 0
    ? t('chart.sourcesMore', { sources: shown, more })
    : t('chart.sources', { count: sources.length, sources: shown });
}

const layouts = new WeakMap<ChartSpec, Map<number, DocumentLayout>>();

/** The layout of a chart file at a width (kept with the model, which is kept per data version). */
export function documentLayout(model: ChartSpec, width: number): DocumentLayout {
  const known = layouts.get(model) ?? new Map<number, DocumentLayout>();
  layouts.set(model, known);
  const hit = known.get(width);
  if (hit) return hit;
  const layout = computeLayout(model, width);
  known.set(width, layout);
  return layout;
}

function computeLayout(model: ChartSpec, width: number): DocumentLayout {
  const pad = width < 500 ? 12 : 16;
  const inner = width - 2 * pad;
  let y = pad;
  const lines = (text: string, size: number, height: number, max: number): TextLine[] =>
    wrapText(text, inner, size, max).map((t) => {
      y += height;
      return { text: t, y: y - height * 0.28 };
    });
  const title = lines(model.title, TYPE.title, 20, 2);
  const subtitle = model.subtitle ? lines(model.subtitle, TYPE.subtitle, 16, 2) : [];
  const notes = model.notes.slice(0, 3).flatMap((n) => lines(n, TYPE.note, 15, 3));
  y += 6;
  const plot = { y, height: plotHeight(model.plot, width) };
  y += plot.height;
  const legend: LegendItem[] = [];
  let x = pad;
  if (model.legend.length > 0) y += 12;
  for (const entry of model.legend) {
    const w = 14 + textWidth(entry.label, TYPE.legend) + 14;
    if (x + w > width - pad && x > pad) {
      x = pad;
      y += 16;
    }
    legend.push({ ...entry, x, y });
    x += w;
  }
  if (model.legend.length > 0) y += 8;
  const keyNotes = (model.keyNotes ?? []).flatMap((n) => lines(n, TYPE.legend, 15, 4));
  if (keyNotes.length > 0) y += 4;
  const footer = lines(sourceLine(model.sources, translator(model.lang ?? 'en')), TYPE.footer, 14, 4);
  const [address] = lines('Benchboard', TYPE.footer, 14, 1);
  const home = { address: address!, stamp: model.dataStamp ? lines(model.dataStamp, TYPE.footer, 14, 2) : [] };
  return { width, height: Math.ceil(y + pad), pad, title, subtitle, notes, plot, legend, keyNotes, footer, home };
}

/**
 * The dashboard's address of a chart's view, as its file links it (the whole URL, filters and
 * all) and writes it for a reader (host and path: the filters are in the link).
 */
export function homeAddress(origin: string, viewPath: string): { href: string; text: string } {
  const url = new URL(viewPath, `${origin}/`);
  return { href: `${origin}${viewPath}`, text: `Benchboard · ${url.host}${url.pathname}${url.hash}` };
}
