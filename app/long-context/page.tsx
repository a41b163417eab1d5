import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { chartFor } from '../_charts/kinds';
import { contextTokens, LONG_CONTEXT_QUERY, longContextRows } from '../_charts/kinds/long-context';
import { ChartFigure } from '../_components/chart-figure';
import { Matrix, byModelAndMode, type Axis } from '../_components/matrix';
import { MODE_LABEL } from '../_lib/encodings';
import { csvHref } from '../_lib/filters';
import { CiteView } from '../_components/cite-view';

export const metadata: Metadata = { title: 'Long context' };

const byLength: Axis = { key: (r) => r.version, label: (r) => r.version.replace(' context', '') };

export default async function LongContextPage() {
  await connection(); // data pages render on request: a seed shows without a rebuild
  const rows = longContextRows();
  const chart = chartFor('long-context', LONG_CONTEXT_QUERY.benchmark, {});
  const orderedRows = [...rows].sort((a, b) => contextTokens(a.version) - contextTokens(b.version));
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
            <a className="download" href={csvHref(LONG_CONTEXT_QUERY)} download>
              Download CSV
            </a>
          </div>
          <p className="notice" role="note">
            Thinking-mode scores used an 8,192-token thinking budget; non-thinking scores had none. Compare the two
            modes with that in mind.
          </p>
          {chart && <ChartFigure model={chart} eager testId="series-chart" />}
          <Matrix
            rows={orderedRows}
            rowAxis={byModelAndMode}
            colAxis={byLength}
            caption="RULER: model by context length"
            testId="context-matrix"
          />
        </section>
      )}
      <CiteView title="Long context" path="/long-context" sourceIds={rows.map((r) => r.sourceId)} />
    </>
  );
}
