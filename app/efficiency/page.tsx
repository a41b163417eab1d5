import type { Metadata } from 'next';
import Link from 'next/link';
import { getBenchmarkVariants, getBenchmarks, getResults, type ScoreRow } from '@/db/queries';
import { FilterForm } from '../_components/filter-form';
import { Select, MODE_OPTIONS } from '../_components/filter-fields';
import { Legend } from '../_components/legend';
import { EfficiencyChart, type Point } from '../_components/scatter-chart';
import { ScoreTable } from '../_components/score-table';
import { groupCells } from '../_lib/cells';
import { MODE_LABEL, orgColour } from '../_lib/encodings';
import { csvHref, parseFilters, type RawSearchParams } from '../_lib/filters';
import { unitAxis } from '../_lib/format';

export const metadata: Metadata = { title: 'Efficiency' };

const MAX_POINTS = 150;
const MAX_TABLE = 200;

/** The best score reached at or below each size: the models no smaller model beats. */
function frontier(points: Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || b.y - a.y);
  const out: Point[] = [];
  for (const p of sorted) if (out.length === 0 || p.y > out[out.length - 1]!.y) out.push(p);
  return out;
}

export default async function EfficiencyPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { filters } = parseFilters(await searchParams);
  const benchmarks = getBenchmarks().filter((b) => b.results > 0);
  const benchmarkId = benchmarks.some((b) => b.id === filters.benchmark) ? filters.benchmark! : 'aime-24';
  const variants = getBenchmarkVariants(benchmarkId);
  const variant =
    variants.find((v) => v.version === (filters.version ?? v.version) && v.metric === (filters.metric ?? v.metric)) ??
    variants[0];
  const mode = filters.mode ?? 'thinking';
  const query = {
    benchmarkId,
    mode,
    version: variant?.version,
    metric: variant?.metric,
    unit: variant?.unit,
    budget: 'none' as const,
  };
  const rows = variant ? getResults(query) : [];
  const shownRows = rows.slice(0, MAX_TABLE);
  const sized = rows.filter(
    (r): r is ScoreRow & { activeParams: number } => r.activeParams !== null && r.activeParams > 0,
  );
  const cells = groupCells(sized);
  const allPoints: Point[] = cells.flatMap((c) =>
    c.values.map((v) => ({
      key: `${c.key}|${v.scoreText}`,
      label: `${c.row.model}${c.row.mode === 'non-thinking' ? ' (no think)' : ''} ${v.scoreText}`,
      x: c.row.activeParams!,
      y: v.score,
      yText: v.scoreText,
      colour: orgColour(c.row.org, c.row.family),
      moe: c.row.architecture === 'moe',
      href: `/models/${c.row.modelId}`,
    })),
  );
  // The frontier over every point; the chart draws it and the best others, never thousands.
  const front = frontier(allPoints);
  const onFront = new Set(front.map((p) => p.key));
  const points = [...front, ...allPoints.filter((p) => !onFront.has(p.key)).slice(0, MAX_POINTS - front.length)];
  const unsized = groupCells(rows.filter((r) => r.activeParams === null));
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
        <Select name="mode" label="Mode" value={mode} options={MODE_OPTIONS} all="All modes" />
      </FilterForm>
      {variants.length > 1 && (
        <ul className="chips" aria-label="Version and metric">
          {variants.map((v) => (
            <li key={`${v.version}|${v.metric}|${v.unit}`}>
              <Link
                href={`/efficiency?benchmark=${benchmarkId}&mode=${mode}&version=${encodeURIComponent(v.version)}&metric=${encodeURIComponent(v.metric)}`}
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
              {benchmarks.find((b) => b.id === benchmarkId)?.name} {variant?.version} ·{' '}
              {MODE_LABEL[mode] ?? 'all modes'}
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
          <>
            <p className="sr-only">
              {points.length} models plotted; frontier:{' '}
              {frontier(points)
                .map((p) => p.label)
                .join(', ')}
              .
            </p>
            <EfficiencyChart
              points={points}
              frontier={front}
              yLabel={unitAxis(variant!.unit)}
              testId="efficiency-chart"
            />
            <Legend />
          </>
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
          <ScoreTable cells={groupCells(shownRows)} caption="Every value with its source" testId="score-table" />
        )}
      </section>
    </>
  );
}
