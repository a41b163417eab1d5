export type ModeFill = 'solid' | 'hatched' | 'outline';

export type BarDatum = {
  key: string;
  label: string;
  value: number;
  valueText: string;
  colour: string;
  fill: ModeFill;
  emphasis: boolean;
  href?: string;
};
export type BudgetPoint = { budget: number; score: number; scoreText: string };
export type Series = {
  key: string;
  label: string;
  colour: string;
  dashed: boolean;
  emphasis: boolean;
  values: Record<string, number>;
};
export type Point = {
  key: string;
  label: string;
  x: number;
  y: number;
  yText: string;
  colour: string;
  moe: boolean;
  href: string;
};

export function barChartHeight(count: number): number;
export function barChart(options: {
  bars: BarDatum[];
  unitLabel: string;
  domainMin?: number | 'auto';
  domainMax?: number;
  width: number;
}): string;
export function budgetChart(options: {
  points: BudgetPoint[];
  reference?: { score: number; scoreText: string };
  colour: string;
  width: number;
  height?: number;
}): string;
export function seriesChart(options: {
  categories: string[];
  series: Series[];
  xLabel: string;
  yLabel: string;
  width: number;
  height?: number;
}): string;
export function efficiencyChart(options: {
  points: Point[];
  frontier: Point[];
  yLabel: string;
  width: number;
  height?: number;
}): string;
export function spreadLabels(ys: number[], top: number, bottom: number): number[];
