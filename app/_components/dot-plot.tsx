import type { ReactNode } from 'react';
import { dotScale } from '../_lib/dot-scale';
import type { ModeFill } from '../_lib/encodings';
import { StaticHtml } from './static-html';

// A dot plot drawn in the page's HTML (no chart file): one row per benchmark, one dot per model
// on the row's track, a panel per unit (percentages, a source's own scale and Elo never share an
// axis). Positions are percentages of the track, so it fits any width without a second drawing.
// Colour is the organisation, fill the mode, a ring marks Qwen3; each row says in words who
// leads (its `lead`), and the table under the plot has every number with its source.

export type DotPoint = {
  key: string;
  /** "Gemini2.5-Pro: 96.4", the dot's tooltip. */
  label: string;
  value: number;
  colour: string;
  fill: ModeFill;
  emphasis: boolean;
};

export type DotRow = { key: string; name: ReactNode; points: DotPoint[]; lead: ReactNode };

export type DotPanel = { key: string; axis: string; percent: boolean; rows: DotRow[] };

export function DotPlot({
  panels,
  caption,
  testId,
}: {
  panels: DotPanel[];
  /** Under the plot: the legend and what the plot shows. */
  caption: ReactNode;
  testId?: string;
}) {
  return (
    <StaticHtml>
      <figure className="dot-plot" data-testid={testId}>
        {panels.map((panel) => {
          const scale = dotScale(
            panel.rows.flatMap((r) => r.points.map((p) => p.value)),
            { percent: panel.percent },
          );
          const ticks = (
            <div className="dot-axis" aria-hidden="true">
              {scale.ticks.map((t) => (
                <span key={t} style={{ left: `${scale.at(t)}%` }}>
                  {t}
                </span>
              ))}
            </div>
          );
          return (
            <div key={panel.key} className="dot-panel">
              <p className="dot-axis-title">{panel.axis}</p>
              <div className="dot-row dot-head">
                <span />
                {ticks}
                <span />
              </div>
              {panel.rows.map((row) => (
                <div key={row.key} className="dot-row">
                  <div className="dot-name">{row.name}</div>
                  <div
                    className="dot-track"
                    aria-hidden="true"
                    style={{ backgroundSize: `${100 / (scale.ticks.length - 1)}% 100%` }}
                  >
                    {[...row.points]
                      .sort((a, b) => Number(a.emphasis) - Number(b.emphasis))
                      .map((p) => (
                        <span
                          key={p.key}
                          className={`dot ${p.fill}${p.emphasis ? ' q' : ''}`}
                          style={{ left: `${scale.at(p.value)}%`, color: p.colour }}
                          title={p.label}
                        />
                      ))}
                  </div>
                  <div className="dot-lead">{row.lead}</div>
                </div>
              ))}
            </div>
          );
        })}
        <figcaption>{caption}</figcaption>
      </figure>
    </StaticHtml>
  );
}
