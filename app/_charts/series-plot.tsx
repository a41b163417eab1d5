import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { Plot } from './model';
import { fitText } from './theme';
import { niceScale } from './ticks';

type Props = { plot: Extract<Plot, { type: 'series' }>; width: number; height: number };

const LABEL_GAP = 12;

/** Moves end-of-line labels apart vertically so that none overlaps another. */
export function spreadLabels(ys: number[], top: number, bottom: number): number[] {
  const order = ys.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0]);
  const placed = new Array<number>(ys.length);
  let last = top - LABEL_GAP;
  for (const [y, i] of order) {
    last = Math.max(y, last + LABEL_GAP);
    placed[i] = last;
  }
  const overflow = last - bottom;
  if (overflow > 0) for (let i = 0; i < placed.length; i++) placed[i] = Math.max(top, placed[i]! - overflow);
  return placed;
}

/** Several models across an ordered axis (context length), one line each, labelled at its end. */
export function SeriesPlot({ plot, width, height }: Props) {
  const { categories, series } = plot;
  const margin = { top: 12, bottom: 30, left: 4, right: Math.min(190, Math.round(width * 0.34)) };
  const data = categories.map((c) => ({
    category: c,
    ...Object.fromEntries(series.map((s) => [s.key, s.values[c]])),
  }));
  const all = series.flatMap((s) => Object.values(s.values));
  const scale = niceScale(Math.max(0, Math.min(...all) - 2), Math.min(100, Math.max(...all) + 1), 5);
  const [lo, hi] = scale.domain;
  const plotTop = margin.top;
  const plotBottom = height - margin.bottom - 30;
  const toY = (v: number) => plotTop + (1 - (v - lo) / (hi - lo)) * (plotBottom - plotTop);
  const last = categories[categories.length - 1]!;
  const labelYs = spreadLabels(
    series.map((s) => toY(s.values[last] ?? lo)),
    plotTop + 4,
    plotBottom,
  );
  return (
    <LineChart id="series" width={width} height={height} data={data} margin={margin}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        dataKey="category"
        tick={{ fontSize: 11 }}
        interval={0}
        height={30}
        label={{ value: plot.xLabel, position: 'insideBottom', offset: -4, fontSize: 11, className: 'muted' }}
      />
      <YAxis
        domain={scale.domain}
        ticks={scale.ticks}
        interval={0}
        allowDataOverflow
        tick={{ fontSize: 11 }}
        width={46}
        label={{ value: plot.yLabel, angle: -90, position: 'insideLeft', offset: 14, fontSize: 11, className: 'muted' }}
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
          label={(props: { index: number; x?: number; y?: number }) =>
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
                  fontWeight={s.emphasis ? 700 : 400}
                  className="fg"
                >
                  <title>{s.label}</title>
                  {fitText(s.label, margin.right - 14, 11, s.emphasis)}
                </text>
              </g>
            ) : (
              <g key={`${s.key}-${props.index}`} />
            )
          }
        />
      ))}
    </LineChart>
  );
}
