import type { BarDatum } from '../_charts';
import { charts } from './charts-runtime';
import { NARROW, SvgChart } from './svg-chart';

export type { BarDatum };

/** Horizontal bars, one per value, with the number written beside each bar. */
export function HorizontalBars({
  bars,
  unitLabel,
  domainMax,
  domainMin = 0,
  width = 1000,
  testId,
}: {
  bars: BarDatum[];
  unitLabel: string;
  domainMax?: number;
  domainMin?: number | 'auto';
  /** Drawing width on wide screens; the SVG scales to its box. */
  width?: number;
  testId?: string;
}) {
  const options = { bars, unitLabel, domainMax, domainMin };
  return (
    <SvgChart
      wide={charts.barChart({ ...options, width })}
      narrow={charts.barChart({ ...options, width: NARROW })}
      testId={testId}
    />
  );
}
