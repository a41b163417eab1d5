import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { BAR_MARGIN, hasTopAxis, NARROW_BELOW, TOP_AXIS_HEIGHT } from './layout';
import type { BarDatum, Plot } from './model';
import { fitLabel, wrapText } from './theme';
import { niceScale } from './ticks';

type Props = { plot: Extract<Plot, { type: 'bars' }>; width: number; height: number; origin: string };

export const barFill = (b: Pick<BarDatum, 'modeFill' | 'colour'>) =>
  b.modeFill === 'solid' ? b.colour : b.modeFill === 'hatched' ? `url(#hatch-${b.colour.slice(1)})` : 'none';

/** A whisker: a line from low to high with a short cap at each end. */
const whiskerPath = (from: number, to: number, y: number) =>
  `M${from.toFixed(1)},${y}H${to.toFixed(1)}M${from.toFixed(1)},${y - 4}v8M${to.toFixed(1)},${y - 4}v8`;

/**
 * Horizontal bars, best first (hatch patterns: ./chart-document.tsx), the value written beside
 * each (beyond its whisker, where it has one); a bar links to its model. A whisker is the bar's
 * 95% interval, thin, in the bar's colour; a shade behind a bar marks it not separable from the best.
 */
export function BarsPlot({ plot, width, height, origin }: Props) {
  // On a phone-wide drawing a label goes above its bar, across the whole width, so it stays whole;
  // on a wide one, beside it.
  const narrow = width < NARROW_BELOW;
  const labelWidth = narrow ? 2 : Math.round(Math.min(250, width * 0.42));
  // Round ticks (a percentage 0-100 by 20; an Elo rating by 500), the whiskers inside the domain.
  const values = plot.bars.flatMap((b) => [b.value, b.interval?.high ?? b.value, b.interval?.low ?? b.value]);
  const scale = niceScale(
    plot.domainMin === 'auto' ? Math.min(0, ...values) : plot.domainMin,
    plot.domainMax ?? Math.max(...values),
  );
  const topAxis = hasTopAxis(plot);
  const byKey = new Map(plot.bars.map((b) => [b.key, b]));
  const tick = (props: { x: number; y: number; payload: { value: string } }) => {
    const bar = byKey.get(props.payload.value);
    const label = bar?.label ?? '';
    const bold = Boolean(bar?.emphasis);
    if (narrow)
      return (
        <text x={12} y={props.y - 11} fontSize={12} fontWeight={bold ? 700 : 400} className="fg">
          <title>{label}</title>
          {fitLabel(label, width - BAR_MARGIN.right - 16, 12, bold)}
        </text>
      );
    // Beside the bar: two lines where one would cut it (the part that tells bars apart is often last).
    const lines = wrapText(label, labelWidth - 8, bold ? 12.7 : 12, 2);
    return (
      <text x={props.x - 4} y={props.y} textAnchor="end" fontSize={12} fontWeight={bold ? 700 : 400} className="fg">
        <title>{label}</title>
        {lines.map((line, i) => (
          <tspan key={i} x={props.x - 4} dy={i === 0 ? (lines.length === 1 ? 4 : -2) : 12}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
  // recharts types a custom shape's props as unknown; it passes the bar's box, its datum and its
  // band across the whole plot (`background`, from the value axis' start to its end).
  const shape = (raw: unknown) => {
    const props = raw as {
      x: number;
      y: number;
      width: number;
      height: number;
      payload: BarDatum;
      background: { x: number; width: number };
    };
    const b = props.payload;
    const [min, max] = scale.domain;
    const at = (v: number) => props.background.x + ((v - min) / (max - min)) * props.background.width;
    const whisker = b.interval ? { from: at(b.interval.low), to: at(b.interval.high) } : null;
    const mid = props.y + props.height / 2;
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
    return (
      <g>
        {b.tied && (
          <rect
            className="tied"
            x={props.background.x}
            y={props.y - 2}
            width={props.background.width}
            height={props.height + 4}
          />
        )}
        {b.link ? (
          <a href={`${origin}${b.link}`} target="_blank" rel="noopener">
            {rect}
          </a>
        ) : (
          rect
        )}
        {whisker && (
          // A halo in the background's colour keeps the whisker visible across a solid bar of its colour.
          <g fill="none">
            <path d={whiskerPath(whisker.from, whisker.to, mid)} className="halo" strokeWidth={3.5} />
            <path d={whiskerPath(whisker.from, whisker.to, mid)} stroke={b.colour} strokeWidth={1.25} />
          </g>
        )}
        <text
          x={Math.max(props.x + Math.max(0, props.width), whisker?.to ?? 0) + 5}
          y={mid}
          dy={4}
          fontSize={12}
          className="bar-value fg"
        >
          {b.valueText}
        </text>
      </g>
    );
  };
  return (
    <BarChart
      id="bars"
      width={width}
      height={height}
      data={plot.bars}
      layout="vertical"
      margin={{ ...BAR_MARGIN, top: BAR_MARGIN.top + (topAxis ? TOP_AXIS_HEIGHT : 0) }}
      barCategoryGap={4}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis
        type="number"
        domain={scale.domain}
        ticks={scale.ticks}
        interval={0}
        tick={{ fontSize: 11 }}
        label={{ value: plot.unitLabel, position: 'insideBottom', offset: -2, fontSize: 11, className: 'muted' }}
      />
      {topAxis && (
        <XAxis
          xAxisId="top"
          orientation="top"
          type="number"
          domain={scale.domain}
          ticks={scale.ticks}
          interval={0}
          tick={{ fontSize: 11 }}
          height={TOP_AXIS_HEIGHT}
        />
      )}
      <YAxis type="category" dataKey="key" width={labelWidth} interval={0} tick={tick} />
      <Bar dataKey="value" isAnimationActive={false} shape={shape} {...(narrow ? { barSize: 14 } : {})} />
    </BarChart>
  );
}
