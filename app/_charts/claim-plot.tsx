import { claimLabelLines, claimRows, LINE } from './claim-layout';
import type { ClaimMark, Plot } from './model';
import { fitText, textWidth } from './theme';
import { signedPoints as signed } from '../_lib/signed';

type Props = { plot: Extract<Plot, { type: 'claim' }>; width: number; height: number };

const fillOf = (m: ClaimMark) =>
  m.modeFill === 'solid' ? m.colour : m.modeFill === 'hatched' ? `url(#hatch-${m.colour.slice(1)})` : 'none';

/** A step for about five ticks over a span: 1, 2, 5 or 10 times a power of ten. */
function tickStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
}

/**
 * A claim's card (the claim kind's plot): the two numbers as bars on one axis, each with its
 * whisker (95% interval), when they are one measurement, else only their values; under them the
 * difference A − B with its interval on an axis centred on zero, the side each model leads on
 * named at its end. Plain SVG: two bars and a line need no chart library.
 */
export function ClaimPlot({ plot, width, height }: Props) {
  const { narrow, row, axis } = claimRows(width);
  const labelWidth = narrow ? 0 : Math.round(Math.min(240, width * 0.36));
  const left = narrow ? 12 : labelWidth + 8;
  // Room on the right for the value beside the longest bar, and for the axis' unit.
  const right = width - Math.max(64, textWidth(plot.unitLabel, 10.5) + 30);
  const x = (v: number) => left + (Math.max(0, Math.min(plot.domainMax, v)) / plot.domainMax) * (right - left);
  const step = tickStep(plot.domainMax);
  const ticks = Array.from({ length: Math.floor(plot.domainMax / step) + 1 }, (_, i) => i * step);
  const barsBottom = plot.marks.length * row;
  return (
    <svg width={width} height={height}>
      {plot.marks.map((m, i) => {
        const mid = i * row + row / 2 + (narrow ? 8 : 0);
        const label = narrow ? (
          <text x={12} y={mid - 16} fontSize={12} fontWeight={700} className="fg">
            <title>{m.label}</title>
            {fitText(m.label, width - 24, 12, true)}
          </text>
        ) : (
          <text x={labelWidth} y={mid} dy={4} textAnchor="end" fontSize={12} fontWeight={700} className="fg">
            <title>{m.label}</title>
            {fitText(m.label, labelWidth - 8, 12, true)}
          </text>
        );
        if (!plot.bars)
          return (
            <g key={m.label}>
              {label}
              <text x={left} y={mid} dy={4} fontSize={13} fontWeight={700} className="fg">
                {m.valueText}
              </text>
            </g>
          );
        const end = m.interval ? x(m.interval.high) : x(m.value);
        return (
          <g key={m.label}>
            {label}
            <rect
              x={left}
              y={mid - 9}
              width={Math.max(1, x(m.value) - left)}
              height={18}
              fill={fillOf(m)}
              stroke={m.colour}
              strokeWidth={m.modeFill === 'outline' ? 2 : 0}
            />
            {m.interval && (
              <path
                d={`M${x(m.interval.low).toFixed(1)},${mid}H${x(m.interval.high).toFixed(1)}M${x(m.interval.low).toFixed(1)},${mid - 5}v10M${x(m.interval.high).toFixed(1)},${mid - 5}v10`}
                stroke={m.colour}
                strokeWidth={1.5}
                className="whisker"
              />
            )}
            <text x={end + 6} y={mid} dy={4} fontSize={12} fontWeight={700} className="fg">
              {m.valueText}
            </text>
          </g>
        );
      })}
      {plot.bars && (
        <g className="recharts-cartesian-axis">
          <line x1={left} x2={right} y1={barsBottom + 4} y2={barsBottom + 4} className="recharts-cartesian-axis-line" />
          {ticks.map((t) => (
            <text
              key={t}
              x={x(t)}
              y={barsBottom + 18}
              textAnchor="middle"
              fontSize={10.5}
              className="recharts-cartesian-axis-tick-value"
            >
              {t}
            </text>
          ))}
          <text x={right + 14} y={barsBottom + 18} fontSize={10.5} className="muted">
            {plot.unitLabel}
          </text>
        </g>
      )}
      {plot.difference && <Difference plot={plot} width={width} top={barsBottom + (plot.bars ? axis : 0)} />}
    </svg>
  );
}

/** The difference A − B and its interval, on an axis centred on zero. */
function Difference({ plot, width, top }: { plot: Props['plot']; width: number; top: number }) {
  const d = plot.difference!;
  const reach = Math.max(Math.abs(d.low), Math.abs(d.high), 1);
  const step = tickStep(2 * reach);
  const half = Math.ceil(reach / step) * step;
  const [left, right] = [24, width - 24];
  const x = (v: number) => left + ((v + half) / (2 * half)) * (right - left);
  // The axis' title on one line, or two on a phone's width (claimLabelLines).
  const title = claimLabelLines(d.label, width);
  const y = top + 44 + (title.length - 1) * LINE;
  const ticks: number[] = [];
  for (let t = -half; t <= half + 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return (
    <g>
      {title.map((line, i) => (
        <text key={i} x={left} y={top + 16 + i * LINE} fontSize={12} fontWeight={700} className="fg">
          {line}
        </text>
      ))}
      <g className="frontier">
        <path d={`M${x(0).toFixed(1)},${y - 8}V${y + 14}`} strokeWidth={1} strokeDasharray="3 3" />
      </g>
      <line x1={left} x2={right} y1={y + 14} y2={y + 14} className="recharts-cartesian-axis-line" />
      {ticks.map((t) => (
        <text
          key={t}
          x={x(t)}
          y={y + 28}
          textAnchor="middle"
          fontSize={10.5}
          className="recharts-cartesian-axis-tick-value"
        >
          {t === 0 ? '0' : signed(t).replace('.0', '')}
        </text>
      ))}
      <path
        d={`M${x(d.low).toFixed(1)},${y}H${x(d.high).toFixed(1)}M${x(d.low).toFixed(1)},${y - 6}v12M${x(d.high).toFixed(1)},${y - 6}v12`}
        strokeWidth={2}
        fill="none"
        className="swatch-fg"
      />
      <circle cx={x(d.points)} cy={y} r={5} className="fg halo" />
      <text x={x(d.points)} y={y - 10} textAnchor="middle" fontSize={12} fontWeight={700} className="fg">
        {d.text}
      </text>
      <text x={left} y={y + 42} fontSize={11} className="muted">
        {fitText(d.left, (right - left) / 2 - 8, 11)}
      </text>
      <text x={right} y={y + 42} textAnchor="end" fontSize={11} className="muted">
        {fitText(d.right, (right - left) / 2 - 8, 11)}
      </text>
    </g>
  );
}
