'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { ModeFill } from '../_lib/encodings';
import { useChartWidth } from './use-chart-width';

export type BarDatum = {
  key: string;
  label: string;
  value: number;
  valueText: string;
  colour: string;
  fill: ModeFill;
  emphasis: boolean;
  href?: string;
};

const ROW = 26;
const MARGIN = { top: 4, right: 56, bottom: 28, left: 4 };

/** Horizontal bars, one per value, with the number written beside each bar. */
export function HorizontalBars({
  bars,
  unitLabel,
  domainMax,
  domainMin = 0,
  testId,
}: {
  bars: BarDatum[];
  unitLabel: string;
  domainMax?: number;
  domainMin?: number | 'auto';
  testId?: string;
}) {
  const router = useRouter();
  const [ref, width] = useChartWidth();
  const height = MARGIN.top + MARGIN.bottom + bars.length * ROW;
  const labelWidth = Math.round(Math.min(240, width * 0.4));
  const maxChars = Math.floor(labelWidth / 7.4);
  const colours = [...new Set(bars.map((b) => b.colour))];
  return (
    <div ref={ref} className="chart" style={{ height }} data-testid={testId} aria-hidden="true">
      <BarChart width={width} height={height} data={bars} layout="vertical" margin={MARGIN} barCategoryGap={4}>
        <defs>
          {colours.map((c) => (
            <pattern
              key={c}
              id={`hatch-${c.slice(1)}`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill={c} fillOpacity={0.25} />
              <line x1="0" y1="0" x2="0" y2="6" stroke={c} strokeWidth="3" />
            </pattern>
          ))}
        </defs>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="var(--line)" />
        <XAxis
          type="number"
          domain={[domainMin, domainMax ?? 'auto']}
          tick={{ fontSize: 11, fill: 'var(--muted)' }}
          stroke="var(--line)"
          label={{ value: unitLabel, position: 'insideBottom', offset: -4, fontSize: 11, fill: 'var(--muted)' }}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={labelWidth}
          interval={0}
          stroke="var(--line)"
          tick={(props: { x: number; y: number; payload: { value: string } }) => {
            const bar = bars.find((b) => b.key === props.payload.value);
            const label = bar?.label ?? '';
            const short = label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label;
            return (
              <text
                x={props.x - 4}
                y={props.y}
                dy={4}
                textAnchor="end"
                fontSize={12}
                fontWeight={bar?.emphasis ? 700 : 400}
                fill="var(--fg)"
              >
                <title>{label}</title>
                {short}
              </text>
            );
          }}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          onClick={(entry: { payload?: BarDatum }) => entry.payload?.href && router.push(entry.payload.href)}
          cursor="pointer"
        >
          {bars.map((b) => (
            <Cell
              key={b.key}
              fill={
                b.fill === 'solid'
                  ? b.colour
                  : b.fill === 'hatched'
                    ? `url(#hatch-${b.colour.slice(1)})`
                    : 'transparent'
              }
              stroke={b.colour}
              strokeWidth={b.fill === 'outline' ? 2 : 1}
              fillOpacity={b.emphasis || b.fill !== 'solid' ? 1 : 0.72}
            />
          ))}
          <LabelList dataKey="valueText" position="right" fontSize={12} fill="var(--fg)" />
        </Bar>
      </BarChart>
    </div>
  );
}
