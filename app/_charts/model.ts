import type { ScoreRow } from '@/db/queries/results';
import type { Locale } from '../_i18n/locales';
import type { ModeFill } from '../_lib/encodings';
import type { Scale } from './ticks';

// What a chart shows, as plain data: built from the database by ./kinds.ts (for the pages'
// <img> and for the chart files), drawn by ./render.tsx (only in the chart files' route).

export type BarDatum = {
  key: string;
  /** Other measurements drawn as this same bar: the same label and value, printed in other tables. */
  alsoKeys?: string[];
  label: string;
  value: number;
  valueText: string;
  colour: string;
  /** The mode's fill (named so that recharts, which spreads a datum's fields onto its labels, adds no `fill` attribute). */
  modeFill: ModeFill;
  emphasis: boolean;
  /** The bar's model page. */
  link?: string;
  /**
   * Computed here: the 95% Wilson interval of the value over its test set's n items, in the
   * value's unit (drawn as a whisker); absent where none is defined (app/_lib/interval.ts).
   */
  interval?: { low: number; high: number };
  /** Its interval overlaps the best bar's: not separable from the best (a shade behind it). */
  tied?: boolean;
};

export type BudgetPoint = { budget: number; score: number; scoreText: string };

export type Series = {
  key: string;
  label: string;
  colour: string;
  dashed: boolean;
  /** Highlighted: in its organisation's colour, thick, labelled at its end; else a thin grey line for context. */
  emphasis: boolean;
  values: Record<string, number>;
};

export type ScatterPoint = {
  key: string;
  label: string;
  /** The point's tooltip: its label and size. */
  title: string;
  x: number;
  y: number;
  yText: string;
  colour: string;
  moe: boolean;
  href: string;
};

/** A result on a time axis (the record over time): x is its model's release, in days since 1970-01-01. */
export type TimePoint = {
  key: string;
  label: string;
  /** The point's tooltip. */
  title: string;
  x: number;
  y: number;
  yText: string;
  colour: string;
  /** Open weights (a circle) or not (a square). */
  open: boolean;
  /** It set a record when it was released (labelled). */
  record: boolean;
  /** Its 95% interval, in the value's unit, where one is defined (a whisker). */
  low?: number;
  high?: number;
  href: string;
};

/** A running record as a step line: each step where a model set a new record. */
export type RecordLine = { key: 'open' | 'closed'; label: string; dashed: boolean; steps: { x: number; y: number }[] };

/** One of the two numbers of a claim (./kinds/claim.ts): a bar where both share an axis, else only its value. */
export type ClaimMark = {
  label: string;
  value: number;
  valueText: string;
  colour: string;
  modeFill: ModeFill;
  interval?: { low: number; high: number };
};

export type Plot =
  | { type: 'bars'; bars: BarDatum[]; unitLabel: string; domainMin: number | 'auto'; domainMax?: number }
  | {
      type: 'record';
      /** The chosen protocol's points, and the other protocols' (drawn apart, never joined). */
      points: TimePoint[];
      others: TimePoint[];
      lines: RecordLine[];
      /** A model's release, marked when the chart is reached from its page. */
      launch?: { x: number; label: string };
      xDomain: [number, number];
      xTicks: { x: number; label: string }[];
      yDomain: [number, number];
      yLabel: string;
    }
  | {
      type: 'claim';
      marks: ClaimMark[];
      /** Bars on one axis only when the two numbers are one measurement. */
      bars: boolean;
      unitLabel: string;
      domainMax: number;
      /** The difference A − B with its interval, in points, where it is defined. */
      difference?: {
        points: number;
        low: number;
        high: number;
        /** The difference and its interval as written beside its mark. */
        text: string;
        label: string;
        left: string;
        right: string;
      };
    }
  | {
      type: 'budget';
      points: BudgetPoint[];
      reference?: { score: number; scoreText: string; label: string };
      colour: string;
      xLabel: string;
      yLabel: string;
      /** One y scale for every budget chart, so panels side by side compare (./kinds/thinking.ts). */
      yScale: Scale;
    }
  | { type: 'series'; categories: string[]; series: Series[]; xLabel: string; yLabel: string }
  | { type: 'scatter'; points: ScatterPoint[]; frontier: ScatterPoint[]; xLabel: string; yLabel: string };

/** The fixed key of DESIGN.md, limited to what a chart uses. */
export type LegendEntry = { label: string; colour: string; fill: ModeFill };

/**
 * A chart as data: what the kinds build and the plots draw. Named a spec, not a model, since
 * "model" means an LLM everywhere else in the code.
 */
export type ChartSpec = {
  /** The language of its words (set by kinds/index.ts chartFor); names and numbers are as printed. */
  lang?: Locale;
  /** How many bars a benchmark's chart was asked to draw (`top=`; set by chartFor, its default when absent). */
  top?: number | 'all';
  /** The chart file's path and normalised query, without extension: /charts/benchmark/arena-hard?mode=thinking */
  path: string;
  query: string;
  /** The page the chart belongs to (the footer links it). */
  viewPath: string;
  title: string;
  subtitle: string;
  /** Plain-text summary: the SVG's <desc> and the page's alt text. */
  summary: string;
  /** Sources of the numbers drawn, as "title, table" lines. */
  sources: string[];
  legend: LegendEntry[];
  plot: Plot;
  /** Shown under the title: what a careful reader must know (mixed tables, capped bars). */
  notes: string[];
  /** Shown under the key: what the marks beyond colour and fill mean (whiskers, shading). */
  keyNotes?: string[];
  /** "data as of 2026-12-02, version 7", in the footer (set by kinds/index.ts chartFor). */
  dataStamp?: string;
  /** The results drawn: the chart's CSV (a valid results file). */
  rows: ScoreRow[];
};

/** The old name of ChartSpec, kept so that branches written before the rename still compile. */
export type ChartModel = ChartSpec;
