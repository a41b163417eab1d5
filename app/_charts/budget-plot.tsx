import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { Plot } from './model';

type Props = { plot: Extract<Plot, { type: 'budget' }>; width: number; height: number };

/**
 * Score against thinking budget on a log2 axis, with the non-thinking score as a dashed line.
 * The y scale is shared by every budget chart (round ticks); the budgets are padded half a step
 * on each side, so no point sits on an axis; each score is written above its point on a halo of
 * the background, clear of the line.
 */
export function BudgetPlot({ plot, width, height }: Props) {
  const { points, reference, colour, yScale } = plot;
  const budgets = points.map((p) => p.budget);
  const ticks: number[] = [];
  for (let b = Math.min(...budgets); b <= Math.max(...budgets); b *= 2) ticks.push(b);
  const label = (props: { x?: number | string; y?: number | string; value?: number | string }) => (
    <text x={Number(props.x)} y={Number(props.y) - 9} textAnchor="middle" fontSize={11} className="fg label-halo">
      {props.value}
    </text>
  );
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
        domain={[Math.min(...budgets) / Math.SQRT2, Math.max(...budgets) * Math.SQRT2]}
        ticks={ticks}
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
        domain={yScale.domain}
        ticks={yScale.ticks}
        interval={0}
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
            className: 'fg label-halo',
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
        <LabelList dataKey="scoreText" content={label} />
      </Line>
    </LineChart>
  );
}
