'use client';

import { useRouter } from 'next/navigation';
import { CartesianGrid, LabelList, Line, ComposedChart, Scatter, XAxis, YAxis } from 'recharts';
import { useChartWidth } from './use-chart-width';

export type Point = {
  key: string;
  label: string;
  x: number;
  y: number;
  yText: string;
  colour: string;
  moe: boolean;
  href: string;
};

const HEIGHT = 380;

/** Score against active parameters (log axis); dense as circles, MoE as diamonds; the frontier line. */
export function EfficiencyChart({
  points,
  frontier,
  yLabel,
  testId,
}: {
  points: Point[];
  frontier: Point[];
  yLabel: string;
  testId?: string;
}) {
  const router = useRouter();
  const [ref, width] = useChartWidth();
  const xs = points.map((p) => p.x);
  const min = 2 ** Math.floor(Math.log2(Math.min(...xs)));
  const max = 2 ** Math.ceil(Math.log2(Math.max(...xs)));
  const ticks: number[] = [];
  for (let t = min; t <= max; t *= 2) ticks.push(t);
  // Labels are placed greedily in priority order (frontier first); one that would overlap a
  // placed label is left out (the point keeps its tooltip and its row in the table).
  const placed: { x: number; y: number; w: number }[] = [];
  const priority = new Set(frontier.map((p) => p.key));
  const ordered = [...points].sort((a, b) => Number(priority.has(b.key)) - Number(priority.has(a.key)) || b.y - a.y);
  const label = (props: { x?: number | string; y?: number | string; index?: number }) => {
    const p = ordered[props.index ?? -1];
    const x = Number(props.x) + 8;
    const y = Number(props.y);
    if (!p) return <g />;
    const w = p.label.length * 5.8;
    const clash = placed.some((q) => Math.abs(q.y - y) < 12 && x < q.x + q.w && q.x < x + w);
    if (clash || x + w > width) return <g key={p.key} />;
    placed.push({ x, y, w });
    return (
      <text key={p.key} x={x} y={y} dy={3} fontSize={10} fill="var(--fg)">
        {p.label}
      </text>
    );
  };
  const shape = (props: { cx?: number; cy?: number; payload?: Point }) => {
    const { cx = 0, cy = 0, payload } = props;
    if (!payload) return <g />;
    const title = <title>{payload.label}</title>;
    return payload.moe ? (
      <path
        d={`M${cx},${cy - 6} L${cx + 6},${cy} L${cx},${cy + 6} L${cx - 6},${cy} Z`}
        fill={payload.colour}
        stroke="var(--bg)"
      />
    ) : (
      <circle cx={cx} cy={cy} r={5} fill={payload.colour} stroke="var(--bg)">
        {title}
      </circle>
    );
  };
  return (
    <div ref={ref} className="chart" style={{ height: HEIGHT }} data-testid={testId} aria-hidden="true">
      <ComposedChart width={width} height={HEIGHT} margin={{ top: 12, right: 24, bottom: 28, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--line)" />
        <XAxis
          dataKey="x"
          type="number"
          scale="log"
          domain={[min, max]}
          ticks={ticks}
          tickFormatter={(v: number) => `${v}B`}
          tick={{ fontSize: 11, fill: 'var(--muted)' }}
          stroke="var(--line)"
          allowDuplicatedCategory={false}
          label={{
            value: 'Active parameters (billions, log scale)',
            position: 'insideBottom',
            offset: -4,
            fontSize: 11,
            fill: 'var(--muted)',
          }}
        />
        <YAxis
          dataKey="y"
          type="number"
          domain={['auto', 'auto']}
          tick={{ fontSize: 11, fill: 'var(--muted)' }}
          stroke="var(--line)"
          width={48}
          label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: 12, fontSize: 11, fill: 'var(--muted)' }}
        />
        <Line
          data={frontier}
          dataKey="y"
          type="stepAfter"
          stroke="var(--muted)"
          strokeDasharray="4 3"
          dot={false}
          isAnimationActive={false}
        />
        <Scatter
          data={points}
          shape={shape}
          isAnimationActive={false}
          onClick={(p: { payload?: Point }) => p.payload && router.push(p.payload.href)}
          cursor="pointer"
        >
          <LabelList dataKey="label" content={label} />
        </Scatter>
      </ComposedChart>
    </div>
  );
}
