import type { BudgetPoint } from '../_charts';
import { charts } from './charts-runtime';
import { NARROW, SvgChart } from './svg-chart';

export type { BudgetPoint };

/** Score against thinking budget on a log2 axis, with the non-thinking score as a reference. */
export function BudgetChart({
  points,
  reference,
  colour,
  testId,
}: {
  points: BudgetPoint[];
  reference?: { score: number; scoreText: string };
  colour: string;
  testId?: string;
}) {
  const options = { points, reference, colour };
  return (
    <SvgChart
      wide={charts.budgetChart({ ...options, width: 540 })}
      narrow={charts.budgetChart({ ...options, width: NARROW })}
      testId={testId}
    />
  );
}
