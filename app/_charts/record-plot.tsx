import { CartesianGrid, ComposedChart, Customized, Line, ReferenceLine, Scatter, XAxis, YAxis } from 'recharts';
import type { Plot, TimePoint } from './model';
import { textWidth } from './theme';

type Props = { plot: Extract<Plot, { type: 'record' }>; width: number; height: number; origin: string };

const MARGIN = { top: 16, right: 24, bottom: 4, left: 4 } as const;
/** recharts' x axis height, under the plot area, and the y axis' width, left of it. */
const X_AXIS = 30;
const Y_AXIS = 50;

/**
 * Score against release date: the chosen protocol's points (open weights circles, closed squares,
 * coloured by organisation, each with its whisker), the two running records as step lines (closed
 * solid, open weights dashed), the other protocols' points small and hollow, never joined; a
 * model's launch as a dashed vertical line when the chart is reached from its page.
 */
/**
 * Labels of the record-setting points, newest first: above the point, else below it where that
 * overlaps a placed label; one that fits neither (or would leave the plot) is left out.
 */
function placeLabels(points: TimePoint[], toX: (x: number) => number, toY: (y: number) => number, right: number) {
  const placed: { key: string; text: string; x: number; y: number; w: number }[] = [];
  const free = (x: number, y: number, w: number) =>
    !placed.some((q) => Math.abs(q.y - y) < 12 && x < q.x + q.w && q.x < x + w);
  for (const p of [...points].filter((q) => q.record).sort((a, b) => b.x - a.x)) {
    const w = textWidth(p.label, 10);
    const x = Math.min(toX(p.x) - w / 2, right - w);
    const y = [toY(p.y) - 9, toY(p.y) + 17].find((at) => free(x, at, w));
    if (x < 60 || y === undefined) continue;
    placed.push({ key: p.key, text: p.label, x, y, w });
  }
  return placed;
}

export function RecordPlot({ plot, width, height, origin }: Props) {
  const [lo, hi] = plot.yDomain;
  const [x0, x1] = plot.xDomain;
  // The plot area, as recharts lays it out with these margins and axes (the domains are fixed).
  const [left, right] = [MARGIN.left + Y_AXIS, width - MARGIN.right];
  const [top, bottom] = [MARGIN.top, height - MARGIN.bottom - X_AXIS];
  const toX = (x: number) => left + ((x - x0) / (x1 - x0)) * (right - left);
  const toY = (y: number) => bottom - ((y - lo) / (hi - lo)) * (bottom - top);
  const labels = placeLabels(plot.points, toX, toY, right);
  // recharts types a custom shape's props as unknown; it passes the point's centre and datum.
  const shape = (raw: unknown) => {
    const { cx = 0, cy = 0, payload } = raw as { cx?: number; cy?: number; payload: TimePoint };
    const whisker =
      payload.low !== undefined && payload.high !== undefined ? (
        <path
          d={`M${cx},${toY(payload.high).toFixed(1)}V${toY(payload.low).toFixed(1)}`}
          stroke={payload.colour}
          strokeWidth={1.25}
          strokeOpacity={0.7}
        />
      ) : null;
    const mark = payload.open ? (
      <circle cx={cx} cy={cy} r={payload.record ? 5 : 3.5} fill={payload.colour} className="halo" />
    ) : (
      <rect
        x={cx - (payload.record ? 4.5 : 3)}
        y={cy - (payload.record ? 4.5 : 3)}
        width={payload.record ? 9 : 6}
        height={payload.record ? 9 : 6}
        fill={payload.colour}
        className="halo"
      />
    );
    return (
      <a href={`${origin}${payload.href}`} target="_blank" rel="noopener">
        <title>{payload.title}</title>
        {whisker}
        {mark}
      </a>
    );
  };
  const other = (raw: unknown) => {
    const { cx = 0, cy = 0, payload } = raw as { cx?: number; cy?: number; payload: TimePoint };
    return (
      <g className="frontier">
        <path d={`M${cx - 2.5},${cy}a2.5,2.5 0 1,0 5,0a2.5,2.5 0 1,0 -5,0`} fill="none" strokeWidth={1}>
          <title>{payload.title}</title>
        </path>
      </g>
    );
  };
  const tickLabels = new Map(plot.xTicks.map((t) => [t.x, t.label]));
  return (
    <ComposedChart id="record" width={width} height={height} margin={MARGIN}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        dataKey="x"
        type="number"
        domain={plot.xDomain}
        ticks={plot.xTicks.map((t) => t.x)}
        tickFormatter={(v: number) => tickLabels.get(v) ?? ''}
        tick={{ fontSize: 11 }}
        allowDataOverflow
        allowDuplicatedCategory={false}
      />
      <YAxis
        dataKey="y"
        type="number"
        domain={plot.yDomain}
        allowDataOverflow
        tick={{ fontSize: 11 }}
        width={Y_AXIS}
        label={{ value: plot.yLabel, angle: -90, position: 'insideLeft', offset: 14, fontSize: 11, className: 'muted' }}
      />
      {plot.launch && (
        <ReferenceLine
          x={plot.launch.x}
          shape={(p: { x1?: number; y1?: number; y2?: number }) => {
            // The label on the side of the line with room for it.
            const x = p.x1 ?? 0;
            const before = x + 4 + textWidth(plot.launch!.label, 10.5) > right;
            return (
              <g className="frontier">
                <path d={`M${x},${p.y1}V${p.y2}`} strokeDasharray="2 3" strokeWidth={1.5} />
                <text
                  x={before ? x - 4 : x + 4}
                  y={(p.y2 ?? 0) + 12}
                  textAnchor={before ? 'end' : 'start'}
                  fontSize={10.5}
                  className="muted"
                >
                  {plot.launch!.label}
                </text>
              </g>
            );
          }}
        />
      )}
      <Scatter data={plot.others} shape={other} isAnimationActive={false} />
      {plot.lines.map((l) => (
        <Line
          key={l.key}
          data={l.steps}
          dataKey="y"
          type="stepAfter"
          strokeWidth={2}
          strokeDasharray={l.dashed ? '6 4' : undefined}
          className="frontier"
          dot={false}
          isAnimationActive={false}
        />
      ))}
      <Scatter data={plot.points} shape={shape} isAnimationActive={false} />
      <Customized
        component={() => (
          <g>
            {labels.map((l) => (
              <text key={l.key} x={l.x} y={l.y} fontSize={10} className="fg label-halo">
                {l.text}
              </text>
            ))}
          </g>
        )}
      />
    </ComposedChart>
  );
}
