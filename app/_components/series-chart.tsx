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

const HEIGHT = 340;
const MARGIN = { top: 12, bottom: 28, left: 0 };
const LABEL_GAP = 12;

/** Spreads end-of-line labels apart vertically so that none overlaps another. */
function spreadLabels(ys: number[], top: number, bottom: number): number[] {
  const order = ys.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0]);
  const placed: number[] = new Array(ys.length);
  let last = top - LABEL_GAP;
  for (const [y, i] of order) {
    last = Math.max(y, last + LABEL_GAP);
    placed[i] = last;
  }
  // If the bottom overflows, push the stack back up.
  const overflow = last - bottom;
  if (overflow > 0) for (let i = 0; i < placed.length; i++) placed[i] = Math.max(top, placed[i]! - overflow);
  return placed;
}

/** Several models' scores across an ordered axis (context length), one line each, labelled at its end. */
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
  const labelWidth = Math.min(190, Math.round(width * 0.34));
  const all = series.flatMap((s) => Object.values(s.values));
  const lo = Math.max(0, Math.floor((Math.min(...all) - 3) / 5) * 5);
  const hi = Math.min(100, Math.ceil((Math.max(...all) + 1) / 5) * 5);
  const plotTop = MARGIN.top;
  const plotBottom = HEIGHT - MARGIN.bottom - 30; // x-axis height
  const toY = (v: number) => plotTop + (1 - (v - lo) / (hi - lo)) * (plotBottom - plotTop);
  const last = categories[categories.length - 1]!;
  const ends = series.map((s) => toY(s.values[last] ?? lo));
  const labelYs = spreadLabels(ends, plotTop + 4, plotBottom);
  const maxChars = Math.floor(labelWidth / 6.8);
  return (
    <div ref={ref} className="chart" style={{ height: HEIGHT }} data-testid={testId} aria-hidden="true">
      <LineChart width={width} height={HEIGHT} data={data} margin={{ ...MARGIN, right: labelWidth }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--line)" />
        <XAxis
          dataKey="category"
          tick={{ fontSize: 11, fill: 'var(--muted)' }}
          stroke="var(--line)"
          interval={0}
          height={30}
          label={{ value: xLabel, position: 'insideBottom', offset: -4, fontSize: 11, fill: 'var(--muted)' }}
        />
        <YAxis
          domain={[lo, hi]}
          allowDataOverflow
          tick={{ fontSize: 11, fill: 'var(--muted)' }}
          stroke="var(--line)"
          width={44}
          label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: 12, fontSize: 11, fill: 'var(--muted)' }}
        />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.colour}
            strokeWidth={s.emphasis ? 2.5 : 1.25}
            strokeOpacity={s.emphasis ? 1 : 0.6}
            strokeDasharray={s.dashed ? '5 4' : undefined}
            dot={{ r: s.emphasis ? 2.5 : 1.5, fill: s.colour }}
            isAnimationActive={false}
            label={(props: { x?: number; y?: number; index?: number }) =>
              props.index === categories.length - 1 && props.x !== undefined && props.y !== undefined ? (
                <g key={s.key}>
                  <line
                    x1={props.x + 2}
                    y1={props.y}
                    x2={props.x + 8}
                    y2={labelYs[i]}
                    stroke={s.colour}
                    strokeOpacity={0.5}
                  />
                  <text
                    x={props.x + 10}
                    y={labelYs[i]}
                    dy={4}
                    fontSize={11}
                    fill="var(--fg)"
                    fontWeight={s.emphasis ? 700 : 400}
                  >
                    <title>{s.label}</title>
                    {s.label.length > maxChars ? `${s.label.slice(0, maxChars - 1)}…` : s.label}
                  </text>
                </g>
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
