import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { Plot } from './model';
import { wrapText } from './theme';
import { niceScale } from './ticks';

type Props = { plot: Extract<Plot, { type: 'series' }>; width: number; height: number };

const LABEL_GAP = 12;

/** Moves end-of-line labels apart vertically so that none overlaps another (`gap` apart at least). */
export function spreadLabels(ys: number[], top: number, bottom: number, gap = LABEL_GAP): number[] {
  const order = ys.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0]);
  const placed = new Array<number>(ys.length);
  let last = top - gap;
  for (const [y, i] of order) {
    last = Math.max(y, last + gap);
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
  // Grey context lines first (drawn under), then the highlighted ones; only those are labelled.
  const ordered = [...series.filter((s) => !s.emphasis), ...series.filter((s) => s.emphasis)];
  const labelled = ordered.filter((s) => s.emphasis);
  // A label wraps to two lines rather than lose its end ("(think)", "(no think)").
  const lines = new Map(labelled.map((s) => [s.key, wrapText(s.label, margin.right - 14, 11.7, 2)]));
  const tall = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const spread = spreadLabels(
    labelled.map((s) => toY(s.values[last] ?? lo)),
    plotTop + 4,
    plotBottom,
    LABEL_GAP * tall + 2 * (tall - 1),
  );
  const labelY = new Map(labelled.map((s, i) => [s.key, spread[i]!]));
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
      {ordered.map((s) =>
        s.emphasis ? (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.colour}
            strokeWidth={2.5}
            strokeDasharray={s.dashed ? '6 4' : undefined}
            dot={{ r: 3, fill: s.colour }}
            isAnimationActive={false}
            label={(props: { index: number; x?: number; y?: number }) =>
              props.index === categories.length - 1 && props.x !== undefined && props.y !== undefined ? (
                <g key={s.key}>
                  <line
                    x1={props.x + 2}
                    y1={props.y}
                    x2={props.x + 8}
                    y2={labelY.get(s.key)}
                    stroke={s.colour}
                    strokeOpacity={0.6}
                  />
                  <text x={props.x + 10} y={labelY.get(s.key)} fontSize={11} fontWeight={700} className="fg">
                    <title>{s.label}</title>
                    {lines.get(s.key)!.map((line, i, all) => (
                      <tspan key={i} x={props.x! + 10} dy={i === 0 ? (all.length === 1 ? 4 : -2) : 12}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </g>
              ) : (
                <g key={`${s.key}-${props.index}`} />
              )
            }
          />
        ) : (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            className="context-line"
            strokeWidth={1}
            strokeDasharray={s.dashed ? '3 3' : undefined}
            dot={false}
            isAnimationActive={false}
          />
        ),
      )}
    </LineChart>
  );
}
