import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { BAR_MARGIN } from './layout';
import type { BarDatum, Plot } from './model';
import { fitText } from './theme';

type Props = { plot: Extract<Plot, { type: 'bars' }>; width: number; height: number };

export const barFill = (b: Pick<BarDatum, 'modeFill' | 'colour'>) =>
  b.modeFill === 'solid' ? b.colour : b.modeFill === 'hatched' ? `url(#hatch-${b.colour.slice(1)})` : 'none';

/** Horizontal bars, best first (hatch patterns: ./chart-document.tsx), the value written beside each; a bar links to its model. */
export function BarsPlot({ plot, width, height }: Props) {
  const labelWidth = Math.round(Math.min(250, width * 0.42));
  const byKey = new Map(plot.bars.map((b) => [b.key, b]));
  const tick = (props: { x: number; y: number; payload: { value: string } }) => {
    const bar = byKey.get(props.payload.value);
    const label = bar?.label ?? '';
    const bold = Boolean(bar?.emphasis);
    return (
      <text
        x={props.x - 4}
        y={props.y}
        dy={4}
        textAnchor="end"
        fontSize={12}
        fontWeight={bold ? 700 : 400}
        className="fg"
      >
        <title>{label}</title>
        {fitText(label, labelWidth - 8, 12, bold)}
      </text>
    );
  };
  // recharts types a custom shape's props as unknown; it passes the bar's box and its datum.
  const shape = (raw: unknown) => {
    const props = raw as { x: number; y: number; width: number; height: number; payload: BarDatum };
    const b = props.payload;
    const rect = (
      <rect
        x={props.x}
        y={props.y}
        width={Math.max(0, props.width)}
        height={props.height}
        fill={barFill(b)}
        stroke={b.colour}
        strokeWidth={b.modeFill === 'outline' ? 2 : 1}
        fillOpacity={b.emphasis || b.modeFill !== 'solid' ? 1 : 0.72}
      >
        <title>{`${b.label}: ${b.valueText}`}</title>
      </rect>
    );
    return b.link ? <a href={b.link}>{rect}</a> : rect;
  };
  return (
    <BarChart
      id="bars"
      width={width}
      height={height}
      data={plot.bars}
      layout="vertical"
      margin={BAR_MARGIN}
      barCategoryGap={4}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis
        type="number"
        domain={[plot.domainMin, plot.domainMax ?? 'auto']}
        tick={{ fontSize: 11 }}
        label={{ value: plot.unitLabel, position: 'insideBottom', offset: -2, fontSize: 11, className: 'muted' }}
      />
      <YAxis type="category" dataKey="key" width={labelWidth} interval={0} tick={tick} />
      <Bar dataKey="value" isAnimationActive={false} shape={shape}>
        <LabelList dataKey="valueText" position="right" fontSize={12} className="fg" />
      </Bar>
    </BarChart>
  );
}
