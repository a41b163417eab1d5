import type { DocumentLayout, LegendItem } from './layout';
import { homeAddress, TYPE } from './layout';
import type { ChartSpec } from './model';
import { chartStyle, fitText, FONT_FAMILY, FONT_FAMILY_ZH, type Theme } from './theme';

/** Hatching for non-thinking bars, one pattern per colour (`url(#hatch-<rgb>)`). */
export function HatchPatterns({ colours }: { colours: string[] }) {
  return (
    <defs>
      {colours.map((c) => (
        <pattern
          key={c}
          id={`hatch-${c.slice(1)}`}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} fill={c} fillOpacity={0.25} />
          <line x1={0} y1={0} x2={0} y2={6} stroke={c} strokeWidth={3} />
        </pattern>
      ))}
    </defs>
  );
}

/** A key swatch, drawn as a bar of its colour and fill is (./bars-plot.tsx). */
function Swatch({ item }: { item: LegendItem }) {
  const box = { x: item.x, y: item.y - 9, width: 10, height: 10 };
  if (item.fill === 'outline') return <rect {...box} fill="none" strokeWidth={2} stroke={item.colour} />;
  if (item.fill === 'hatched')
    return <rect {...box} fill={`url(#hatch-${item.colour.slice(1)})`} stroke={item.colour} strokeWidth={1} />;
  return <rect {...box} fill={item.colour} />;
}

/**
 * A chart file: a standalone SVG with its title, summary (for screen readers), notes, the plot,
 * its key, its sources and the dashboard's address, so a copy taken away keeps its citation.
 */
export function ChartDocument({
  model,
  layout,
  theme,
  origin,
  plotMarkup,
}: {
  model: ChartSpec;
  layout: DocumentLayout;
  theme: Theme | 'auto';
  /** The dashboard's address (app/_lib/site-url.ts), for the link back to the view. */
  origin: string;
  /** The plot as SVG markup (recharts' drawing, without its own <svg> element). */
  plotMarkup: string;
}) {
  const { width, height, pad } = layout;
  const home = homeAddress(origin, model.viewPath);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="chart-title chart-desc"
      fontFamily={model.lang === 'zh' ? FONT_FAMILY_ZH : FONT_FAMILY}
      {...(model.lang === 'zh' && { xmlLang: 'zh-Hans' })}
    >
      <title id="chart-title">{model.title}</title>
      <desc id="chart-desc">{model.summary}</desc>
      <style>{chartStyle(theme)}</style>
      <HatchPatterns colours={[...new Set(model.legend.map((l) => l.colour).filter(Boolean))]} />
      <rect className="bg" width={width} height={height} />
      {layout.title.map((l) => (
        <text key={l.y} x={pad} y={l.y} fontSize={TYPE.title} fontWeight={700} className="fg">
          {l.text}
        </text>
      ))}
      {layout.subtitle.map((l) => (
        <text key={l.y} x={pad} y={l.y} fontSize={TYPE.subtitle} className="muted">
          {l.text}
        </text>
      ))}
      {layout.notes.map((l) => (
        <text key={l.y} x={pad} y={l.y} fontSize={TYPE.note} className="fg">
          {l.text}
        </text>
      ))}
      <g transform={`translate(0 ${layout.plot.y})`} dangerouslySetInnerHTML={{ __html: plotMarkup }} />
      {layout.legend.map((item) => (
        <g key={item.label}>
          <Swatch item={item} />
          <text x={item.x + 14} y={item.y} fontSize={TYPE.legend} className="fg">
            {item.label}
          </text>
        </g>
      ))}
      {layout.keyNotes.map((l) => (
        <text key={l.y} x={pad} y={l.y} fontSize={TYPE.legend} className="fg">
          {l.text}
        </text>
      ))}
      {layout.footer.map((l) => (
        <text key={l.y} x={pad} y={l.y} fontSize={TYPE.footer} className="muted">
          {l.text}
        </text>
      ))}
      {/* A new browsing context: an embedded file never navigates the frame it is shown in. */}
      <a href={home.href} target="_blank" rel="noopener">
        <text x={pad} y={layout.home.address.y} fontSize={TYPE.footer} className="muted">
          {fitText(home.text, width - 2 * pad, TYPE.footer)}
        </text>
      </a>
      {layout.home.stamp.map((l) => (
        <text key={l.y} x={pad} y={l.y} fontSize={TYPE.footer} className="muted">
          {l.text}
        </text>
      ))}
    </svg>
  );
}
