import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { Plot } from './model';

type Props = { plot: Extract<Plot, { type: 'budget' }>; width: number; height: number };

const BUDGET_TICKS = [1024, 2048, 4096, 8192, 16384, 32768];

/** Score against thinking budget on a log2 axis, with the non-thinking score as a dashed line. */
export function BudgetPlot({ plot, width, height }: Props) {
  const { points, reference, colour } = plot;
  const values = points.map((p) => p.score).concat(reference ? [reference.score] : []);
  const low = Math.max(0, Math.floor((Math.min(...values) - 8) / 10) * 10);
  const high = Math.min(100, Math.ceil((Math.max(...values) + 6) / 10) * 10);
  return (
    <LineChart
      id="budget"
      width={width}
      height={height}
      data={points}
      margin={{ top: 18, right: 24, bottom: 30, left: 4 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        dataKey="budget"
        type="number"
        scale="log"
        domain={[1024, 32768]}
        ticks={BUDGET_TICKS}
        tickFormatter={(v: number) => `${v / 1024}K`}
        tick={{ fontSize: 11 }}
        label={{
          value: plot.xLabel,
          position: 'insideBottom',
          offset: -4,
          fontSize: 11,
          className: 'muted',
        }}
      />
      <YAxis
        domain={[low, high]}
        tick={{ fontSize: 11 }}
        width={46}
        label={{ value: plot.yLabel, angle: -90, position: 'insideLeft', offset: 14, fontSize: 11, className: 'muted' }}
      />
      {reference && (
        <ReferenceLine
          y={reference.score}
          stroke={colour}
          strokeDasharray="6 4"
          label={{
            value: reference.label,
            position: 'insideBottomRight',
            fontSize: 11,
            className: 'fg',
          }}
        />
      )}
      <Line
        type="linear"
        dataKey="score"
        stroke={colour}
        strokeWidth={2.5}
        dot={{ r: 3.5, fill: colour }}
        isAnimationActive={false}
      >
        <LabelList dataKey="scoreText" position="top" fontSize={11} className="fg" />
      </Line>
    </LineChart>
  );
}
