import { CartesianGrid, ComposedChart, LabelList, Line, Scatter, XAxis, YAxis } from 'recharts';
import type { Plot, ScatterPoint } from './model';
import { textWidth } from './theme';
import { niceScale } from './ticks';

type Props = { plot: Extract<Plot, { type: 'scatter' }>; width: number; height: number; origin: string };

/** Score against active parameters (log axis): dense circles, MoE diamonds, the frontier as a step line. */
export function ScatterPlot({ plot, width, height, origin }: Props) {
  const { points, frontier } = plot;
  const xs = points.map((p) => p.x);
  const min = 2 ** Math.floor(Math.log2(Math.min(...xs)));
  const max = 2 ** Math.ceil(Math.log2(Math.max(...xs)));
  const ticks: number[] = [];
  for (let t = min; t <= max; t *= 2) ticks.push(t);
  const ys = points.map((p) => p.y);
  const yScale = niceScale(Math.min(...ys), Math.max(...ys), 5);
  const onFrontier = new Set(frontier.map((p) => p.key));
  // Labels go in priority order (frontier first); one that would overlap a placed label is left
  // out: the point keeps its tooltip, and its row in the table.
  const ordered = [...points].sort(
    (a, b) => Number(onFrontier.has(b.key)) - Number(onFrontier.has(a.key)) || b.y - a.y,
  );
  const placed: { x: number; y: number; w: number }[] = [];
  const label = (props: { index?: number; x?: number | string; y?: number | string }) => {
    const p = ordered[props.index ?? -1];
    if (!p) return <g />;
    const x = Number(props.x) + 8;
    const y = Number(props.y);
    const w = textWidth(p.label, 10);
    const clash = placed.some((q) => Math.abs(q.y - y) < 12 && x < q.x + q.w && q.x < x + w);
    if (clash || x + w > width) return <g key={p.key} />;
    placed.push({ x, y, w });
    return (
      <text key={p.key} x={x} y={y} dy={3} fontSize={10} className="fg">
        {p.label}
      </text>
    );
  };
  // recharts types a custom shape's props as unknown; it passes the point's centre and datum.
  const shape = (raw: unknown) => {
    const { cx = 0, cy = 0, payload } = raw as { cx?: number; cy?: number; payload: ScatterPoint };
    const title = <title>{payload.title}</title>;
    const mark = payload.moe ? (
      <path
        d={`M${cx},${cy - 6} L${cx + 6},${cy} L${cx},${cy + 6} L${cx - 6},${cy} Z`}
        fill={payload.colour}
        className="halo moe"
      >
        {title}
      </path>
    ) : (
      <circle cx={cx} cy={cy} r={5} fill={payload.colour} className="halo dense">
        {title}
      </circle>
    );
    return (
      <a href={`${origin}${payload.href}`} target="_blank" rel="noopener">
        {mark}
      </a>
    );
  };
  return (
    <ComposedChart id="scatter" width={width} height={height} margin={{ top: 12, right: 24, bottom: 30, left: 4 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        dataKey="x"
        type="number"
        scale="log"
        domain={[min, max]}
        ticks={ticks}
        tickFormatter={(v: number) => `${v}B`}
        tick={{ fontSize: 11 }}
        allowDuplicatedCategory={false}
        label={{
          value: plot.xLabel,
          position: 'insideBottom',
          offset: -4,
          fontSize: 11,
          className: 'muted',
        }}
      />
      <YAxis
        dataKey="y"
        type="number"
        domain={yScale.domain}
        ticks={yScale.ticks}
        interval={0}
        tick={{ fontSize: 11 }}
        width={50}
        label={{ value: plot.yLabel, angle: -90, position: 'insideLeft', offset: 14, fontSize: 11, className: 'muted' }}
      />
      <Line
        data={frontier}
        dataKey="y"
        type="stepAfter"
        strokeDasharray="4 3"
        className="frontier"
        dot={false}
        isAnimationActive={false}
      />
      <Scatter data={ordered} shape={shape} isAnimationActive={false}>
        <LabelList dataKey="label" content={label} />
      </Scatter>
    </ComposedChart>
  );
}
