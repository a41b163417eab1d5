'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis, LabelList } from 'recharts';
import { useChartWidth } from './use-chart-width';

export type BudgetPoint = { budget: number; score: number; scoreText: string };

const TICKS = [1024, 2048, 4096, 8192, 16384, 32768];
const HEIGHT = 240;

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
  const [ref, width] = useChartWidth();
  const values = [...points.map((p) => p.score), ...(reference ? [reference.score] : [])];
  const low = Math.max(0, Math.floor((Math.min(...values) - 8) / 10) * 10);
  const high = Math.min(100, Math.ceil((Math.max(...values) + 6) / 10) * 10);
  return (
    <div ref={ref} className="chart" style={{ height: HEIGHT }} data-testid={testId} aria-hidden="true">
      <LineChart width={width} height={HEIGHT} data={points} margin={{ top: 16, right: 24, bottom: 28, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--line)" />
        <XAxis
          dataKey="budget"
          type="number"
          scale="log"
          domain={[1024, 32768]}
          ticks={TICKS}
          tickFormatter={(v: number) => `${v / 1024}K`}
          tick={{ fontSize: 11, fill: 'var(--muted)' }}
          stroke="var(--line)"
          label={{
            value: 'Thinking budget (tokens, log2)',
            position: 'insideBottom',
            offset: -4,
            fontSize: 11,
            fill: 'var(--muted)',
          }}
        />
        <YAxis
          domain={[low, high]}
          tick={{ fontSize: 11, fill: 'var(--muted)' }}
          stroke="var(--line)"
          width={44}
          label={{
            value: 'Score (%)',
            angle: -90,
            position: 'insideLeft',
            offset: 12,
            fontSize: 11,
            fill: 'var(--muted)',
          }}
        />
        {reference && (
          <ReferenceLine
            y={reference.score}
            stroke={colour}
            strokeDasharray="6 4"
            label={{
              value: `non-thinking ${reference.scoreText}`,
              position: 'insideBottomRight',
              fontSize: 11,
              fill: 'var(--fg)',
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
          <LabelList dataKey="scoreText" position="top" fontSize={11} fill="var(--fg)" />
        </Line>
      </LineChart>
    </div>
  );
}
