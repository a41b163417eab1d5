import type { Point } from '../_charts';
import { charts } from './charts-runtime';
import { NARROW, SvgChart } from './svg-chart';

export type { Point };

/** Score against active parameters (log axis); dense as circles, MoE as diamonds; the frontier. */
export function EfficiencyChart(props: { points: Point[]; frontier: Point[]; yLabel: string; testId?: string }) {
  const { testId, ...options } = props;
  return (
    <SvgChart
      wide={charts.efficiencyChart({ ...options, width: 1000 })}
      narrow={charts.efficiencyChart({ ...options, width: NARROW, height: 420 })}
      testId={testId}
    />
  );
}
