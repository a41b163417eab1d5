'use client';

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { useChartWidth } from './use-chart-width';

export type Series = {
  key: string;
  label: string;
  colour: string;
  dashed: boolean;
  emphasis: boolean;
  values: Record<string, number>;
};

const HEIGHT = 320;

/** Several models' scores across an ordered axis (context length, language), one line each. */
export function SeriesChart({
  categories,
  series,
  xLabel,
  yLabel,
  testId,
}: {
  categories: string[];
  series: Series[];
  xLabel: string;
  yLabel: string;
  testId?: string;
}) {
  const [ref, width] = useChartWidth();
  const data = categories.map((c) => ({ category: c, ...Object.fromEntries(series.map((s) => [s.key, s.values[c]])) }));
  const labelWidth = Math.min(170, Math.round(width * 0.3));
  return (
    <div ref={ref} className="chart" style={{ height: HEIGHT }} data-testid={testId} aria-hidden="true">
      <LineChart width={width} height={HEIGHT} data={data} margin={{ top: 12, right: labelWidth, bottom: 28, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--line)" />
        <XAxis
          dataKey="category"
          tick={{ fontSize: 11, fill: 'var(--muted)' }}
          stroke="var(--line)"
          interval={0}
          label={{ value: xLabel, position: 'insideBottom', offset: -4, fontSize: 11, fill: 'var(--muted)' }}
        />
        <YAxis
          domain={['auto', 'auto']}
          tick={{ fontSize: 11, fill: 'var(--muted)' }}
          stroke="var(--line)"
          width={44}
          label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: 12, fontSize: 11, fill: 'var(--muted)' }}
        />
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.colour}
            strokeWidth={s.emphasis ? 2.5 : 1.5}
            strokeDasharray={s.dashed ? '5 4' : undefined}
            dot={{ r: 2.5, fill: s.colour }}
            isAnimationActive={false}
            connectNulls={false}
            label={(props: { x?: number; y?: number; index?: number }) =>
              props.index === categories.length - 1 && props.x !== undefined && props.y !== undefined ? (
                <text
                  key={s.key}
                  x={props.x + 6}
                  y={props.y}
                  dy={4}
                  fontSize={11}
                  fill={s.colour}
                  fontWeight={s.emphasis ? 700 : 400}
                >
                  {s.label.length > labelWidth / 6.5
                    ? `${s.label.slice(0, Math.floor(labelWidth / 6.5) - 1)}…`
                    : s.label}
                </text>
              ) : (
                <g key={`${s.key}-${props.index}`} />
              )
            }
          />
        ))}
      </LineChart>
    </div>
  );
}
