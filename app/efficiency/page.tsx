import type { Metadata } from 'next';
import Link from 'next/link';
import { chartFor } from '../_charts/kinds';
import { efficiencyView } from '../_charts/kinds/efficiency';
import { ChartFigure } from '../_components/chart-figure';
import { FilterForm } from '../_components/filter-form';
import { ProvenanceFilters, Select, MODE_OPTIONS } from '../_components/filter-fields';
import { ScoreTable } from '../_components/score-table';
import { groupCells } from '../_lib/cells';
import { MODE_LABEL } from '../_lib/encodings';
import { CiteView } from '../_components/cite-view';
import { factsIndex, viewNotes } from '../_lib/result-facts';
import { getTestSetFacts } from '@/db/queries';
import { csvHref, parseFilters, toQuery, type RawSearchParams } from '../_lib/filters';

export const metadata: Metadata = { title: 'Efficiency' };

const MAX_TABLE = 200;

export default async function EfficiencyPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { filters } = parseFilters(await searchParams);
  const { benchmarks, benchmark, benchmarkId, variants, variant, mode, query, rows, allPoints, points } =
    efficiencyView(filters);
  const chart = points.length > 0 ? chartFor('efficiency', benchmarkId, { ...filters, mode }) : null;
  const shownRows = rows.slice(0, MAX_TABLE);
  const unsized = groupCells(rows.filter((r) => r.activeParams === null));
  const facts = factsIndex(getTestSetFacts());
  return (
    <>
      <h1>Efficiency</h1>
      <p className="lede">
        Score against active parameters per token (log scale). Dense models are circles, mixture-of-experts diamonds;
        the dashed step line is the frontier — the best score reached at or below each size.
      </p>
      <FilterForm action="/efficiency">
        <Select
          name="benchmark"
          label="Benchmark"
          value={benchmarkId}
          options={benchmarks.map((b) => [b.id, b.name] as const)}
          all={null}
        />
        {/* This view defaults to thinking mode, so "all" is a value of its own (an empty one would mean the default). */}
        <Select name="mode" label="Mode" value={mode} options={[['all', 'All modes'], ...MODE_OPTIONS]} all={null} />
        <ProvenanceFilters filters={filters} />
      </FilterForm>
      {variants.length > 1 && (
        <ul className="chips" aria-label="Version and metric">
          {variants.map((v) => (
            <li key={`${v.version}|${v.metric}|${v.unit}`}>
              <Link
                href={`/efficiency${toQuery({ benchmark: benchmarkId, mode, version: v.version, metric: v.metric, reporter: filters.reporter, window: filters.window })}`}
                aria-current={v === variant ? 'true' : undefined}
              >
                {[v.version || 'main', v.metric].join(' · ')} ({v.results})
              </Link>
            </li>
          ))}
        </ul>
      )}
      <section className="panel" aria-label="Score against active parameters" data-testid="efficiency-panel">
        <div className="panel-head">
          <div>
            <h2>
              {benchmark?.name} {variant?.version} · {MODE_LABEL[mode] ?? 'all modes'}
            </h2>
            <p>{variant?.metric}</p>
          </div>
          <a className="download" href={csvHref(query)} download>
            Download CSV
          </a>
        </div>
        {points.length === 0 ? (
          <p className="muted">No results with a known model size for this selection.</p>
        ) : (
          <>{chart && <ChartFigure model={chart} eager testId="efficiency-chart" />}</>
        )}
        {unsized.length > 0 && (
          <p className="muted">
            Not plotted (size not published):{' '}
            {unsized
              .slice(0, 30)
              .map((c) => c.row.model)
              .join(', ')}
            {unsized.length > 30 ? ` and ${unsized.length - 30} more` : ''}.
          </p>
        )}
        {allPoints.length > points.length && (
          <p className="muted">
            The chart shows the frontier and the best {points.length} of {allPoints.length} points.
          </p>
        )}
        {rows.length > shownRows.length && (
          <p className="muted">
            The table lists the best {shownRows.length} of {rows.length} results; the CSV has them all.
          </p>
        )}
        {rows.length > 0 && (
          <>
            {viewNotes(facts, shownRows).map((n) => (
              <p key={n} className="key-note">
                {n}
              </p>
            ))}
            <ScoreTable
              cells={groupCells(shownRows)}
              caption="Every value with its source"
              facts={facts}
              testId="score-table"
            />
          </>
        )}
      </section>
      <CiteView
        title="Efficiency"
        path={`/efficiency?benchmark=${benchmarkId}&mode=${mode}`}
        sourceIds={rows.map((r) => r.sourceId)}
      />
    </>
  );
}
