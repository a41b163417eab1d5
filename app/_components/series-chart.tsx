import type { Series } from '../_charts';
import { charts } from './charts-runtime';
import { NARROW, SvgChart } from './svg-chart';

export type { Series };

/** Several models' scores across an ordered axis (context length), one line each. */
export function SeriesChart(props: {
  categories: string[];
  series: Series[];
  xLabel: string;
  yLabel: string;
  testId?: string;
}) {
  const { testId, ...options } = props;
  return (
    <SvgChart
      wide={charts.seriesChart({ ...options, width: 1000 })}
      narrow={charts.seriesChart({ ...options, width: NARROW, height: 420 })}
      testId={testId}
    />
  );
}
