import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getResults } from '@/db/queries';
import { Legend } from '../_components/legend';
import { Matrix, byModelAndMode, type Axis } from '../_components/matrix';
import { SeriesChart } from '../_components/series-chart';
import { groupCells } from '../_lib/cells';
import { isQwen3, MODE_LABEL, orgColour } from '../_lib/encodings';
import { csvHref } from '../_lib/filters';

export const metadata: Metadata = { title: 'Long context' };

// RULER by context length, as Table 23 of the technical report prints it.
const QUERY = { benchmarkId: 'ruler', sourceId: 'qwen3-tech-report', tableRef: 'Table 23' };

const byLength: Axis = { key: (r) => r.version, label: (r) => r.version.replace(' context', '') };
const tokens = (version: string) => {
  const m = /^(\d+)K/.exec(version);
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY; // averages go last
};

/** Hue is the organisation; within it, larger models are darker, so same-org lines differ. */
function shade(hex: string, billions: number | null): string {
  const t = billions === null ? 0.5 : Math.min(1, Math.log2(Math.max(1, billions)) / Math.log2(256));
  const mix = (c: number) => Math.round(c * (0.55 + 0.6 * t) + (t < 0.5 ? 255 * (0.5 - t) * 0.7 : 0));
  const rgb = [1, 3, 5].map((i) => Math.max(0, Math.min(255, mix(parseInt(hex.slice(i, i + 2), 16)))));
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export default async function LongContextPage() {
  await connection(); // data pages render on request: a seed shows without a rebuild
  const rows = getResults(QUERY);
  const cells = groupCells(rows);
  const lengths = [...new Set(rows.map((r) => r.version))].sort((a, b) => tokens(a) - tokens(b));
  const chartLengths = lengths.filter((l) => Number.isFinite(tokens(l)));
  const series = new Map<
    string,
    { key: string; label: string; colour: string; dashed: boolean; emphasis: boolean; values: Record<string, number> }
  >();
  for (const cell of cells) {
    const r = cell.row;
    const key = byModelAndMode.key(r);
    const s = series.get(key) ?? {
      key: key.replace(/[^a-z0-9]/gi, '_'),
      label: r.mode === 'n/a' ? r.model : `${r.model} ${r.mode === 'thinking' ? '(think)' : '(no think)'}`,
      colour: shade(orgColour(r.org, r.family), r.totalParams),
      dashed: r.mode === 'non-thinking',
      emphasis: isQwen3(r.family),
      values: {},
    };
    s.values[byLength.label(r)] = cell.values[0]!.score;
    series.set(key, s);
  }
  const orderedRows = [...rows].sort((a, b) => tokens(a.version) - tokens(b.version));
  return (
    <>
      <h1>Long context</h1>
      <p className="lede">
        RULER accuracy by context length (Table 23 of the technical report). Thinking-mode rows ran with a thinking
        budget of 8,192 tokens, as the report states; non-thinking lines are dashed.
      </p>
      {rows.length === 0 ? (
        <p className="muted">No long-context results are loaded.</p>
      ) : (
        <section className="panel" aria-label="RULER by context length" data-testid="long-context-panel">
          <div className="panel-head">
            <div>
              <h2>
                <Link href="/benchmarks/ruler">RULER</Link> by context length
              </h2>
              <p>
                {rows[0]!.metric} · percent · {MODE_LABEL['n/a']} for Qwen2.5 baselines
              </p>
            </div>
            <a className="download" href={csvHref(QUERY)} download>
              Download CSV
            </a>
          </div>
          <p className="notice" role="note">
            Thinking-mode scores used an 8,192-token thinking budget; non-thinking scores had none. Compare the two
            modes with that in mind.
          </p>
          <p className="sr-only">
            A line per model across context lengths from {chartLengths[0]} to {chartLengths[chartLengths.length - 1]};
            every value is in the table below.
          </p>
          <SeriesChart
            categories={chartLengths.map((l) => l.replace(' context', ''))}
            series={[...series.values()]}
            xLabel="Context length (tokens)"
            yLabel="Accuracy (%)"
            testId="series-chart"
          />
          <Legend />
          <Matrix
            rows={orderedRows}
            rowAxis={byModelAndMode}
            colAxis={byLength}
            caption="RULER: model by context length"
            testId="context-matrix"
          />
        </section>
      )}
    </>
  );
}
