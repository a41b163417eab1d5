import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import {
  getBenchmark,
  getBenchmarkVariants,
  getFamilies,
  getResults,
  getResultsPage,
  getSources,
  getTestSetFacts,
} from '@/db/queries';
import { chartFor } from '../../_charts/kinds';
import { pickVariant } from '../../_charts/kinds/results';
import { BenchmarkFacts } from '../../_components/benchmark-facts';
import { FilterForm } from '../../_components/filter-form';
import { Hidden, ModelFilters } from '../../_components/filter-fields';
import { ResultsPanel } from '../../_components/results-panel';
import { mixNotices } from '../../_lib/notices';
import { bestOf, factsIndex } from '../../_lib/result-facts';
import { csvHref, parseFilters, toQuery, type Filters, type RawSearchParams } from '../../_lib/filters';
import { CiteView } from '../../_components/cite-view';

const PAGE_SIZE = 100;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const benchmark = getBenchmark((await params).id);
  return { title: benchmark?.name ?? 'Benchmark not found' };
}

export default async function BenchmarkPage({ params, searchParams }: Props) {
  const { id } = await params;
  const benchmark = getBenchmark(id);
  if (!benchmark) notFound();
  const { filters, problems } = parseFilters(await searchParams);
  const variants = getBenchmarkVariants(id);
  // The version / subset is chosen explicitly; by default the one with the most results.
  const variant = pickVariant(variants, filters);
  const query = variant
    ? {
        ...filters,
        benchmark: id,
        version: variant.version,
        metric: variant.metric,
        unit: variant.unit as Filters['unit'],
      }
    : { benchmark: id };
  const page = Number(filters.page ?? 1);
  const { rows, total } = variant
    ? getResultsPage(query, { page, pageSize: PAGE_SIZE, sort: filters.sort ?? 'score' })
    : { rows: [], total: 0 };
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const chosen = { version: variant?.version, metric: variant?.metric, unit: variant?.unit };
  // The chart is of the whole selection (its best values), whichever page of the table is shown.
  const chart = variant
    ? chartFor('benchmark', id, { ...filters, ...chosen, unit: variant.unit as Filters['unit'] })
    : null;
  const facts = factsIndex(getTestSetFacts());
  // The best of the whole selection (whichever page or order the table shows).
  const best = variant ? bestOf(facts, getResults(query, 1)) : null;
  const here = `/benchmarks/${id}`;
  const byScore = (filters.sort ?? 'score') === 'score';
  return (
    <>
      <p className="muted">
        <Link href="/benchmarks">Benchmarks</Link> · {benchmark.category}
      </p>
      <h1>{benchmark.name}</h1>
      <p className="lede">
        {benchmark.description}
        {/[.!?]$/.test(benchmark.description) ? '' : '.'}
        {benchmark.aliases.length > 0 && <> Also printed as {benchmark.aliases.map((a) => `“${a}”`).join(', ')}.</>}
        {benchmark.url && (
          <>
            {' '}
            <a href={benchmark.url}>About the benchmark</a>.
          </>
        )}
      </p>
      <BenchmarkFacts benchmarkId={id} />
      {problems.length > 0 && <p className="notice">Ignored invalid filters: {problems.join('; ')}</p>}
      {variants.length > 1 && (
        <nav aria-label="Version, subset and metric">
          <p className="muted" style={{ margin: '0 0 0.3rem' }}>
            Results come in {variants.length} versions, subsets or metrics that are not comparable; pick one:
          </p>
          <ul className="chips">
            {variants.map((v) => {
              const current = v === variant;
              const label = [v.version || 'main', v.metric, v.unit !== benchmark.unit ? v.unit : '']
                .filter(Boolean)
                .join(' · ');
              return (
                <li key={`${v.version}|${v.metric}|${v.unit}`}>
                  <Link
                    href={`${here}${toQuery(filters, { version: v.version, metric: v.metric, unit: v.unit, page: undefined })}`}
                    aria-current={current ? 'true' : undefined}
                    scroll={false}
                  >
                    {label} <span className="muted">({v.results})</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <FilterForm action={here}>
        <Hidden values={{ ...chosen, sort: filters.sort }} />
        <ModelFilters filters={filters} sources={getSources()} families={getFamilies()} />
      </FilterForm>
      <ResultsPanel
        title={`${benchmark.name}${variant?.version ? ` — ${variant.version}` : ''}`}
        subtitle={
          variant
            ? `Metric: ${variant.metric || 'not stated'} · unit: ${variant.unit}${benchmark.higherIsBetter === 'no' ? ' · lower is better' : ''}`
            : undefined
        }
        rows={rows}
        csv={csvHref(query)}
        notices={mixNotices(rows)}
        chart={chart}
        sort={filters.sort}
        sortHref={(key) => `${here}${toQuery(filters, { ...chosen, sort: key, page: undefined })}`}
        testId="benchmark-panel"
        facts={facts}
        best={benchmark.higherIsBetter === 'no' ? null : best}
      >
        {pages > 1 && (
          <nav aria-label="Pages of results" className="muted">
            Results {((page - 1) * PAGE_SIZE + 1).toLocaleString('en-US')}–
            {Math.min(total, page * PAGE_SIZE).toLocaleString('en-US')} of {total.toLocaleString('en-US')},{' '}
            {byScore ? 'best first' : `by ${filters.sort}`} (the CSV has them all).{' '}
            {page > 1 && (
              <Link href={`${here}${toQuery(filters, { ...chosen, page: String(page - 1) })}`} rel="prev">
                {byScore ? '← Better scores' : '← Previous'}
              </Link>
            )}{' '}
            {page < pages && (
              <Link href={`${here}${toQuery(filters, { ...chosen, page: String(page + 1) })}`} rel="next">
                {byScore ? 'Lower scores →' : 'Next →'}
              </Link>
            )}
          </nav>
        )}
      </ResultsPanel>
      <CiteView
        title={benchmark.name}
        path={`${here}${toQuery(filters)}`}
        sourceIds={[...rows, ...(chart?.rows ?? [])].map((r) => r.sourceId)}
      />
    </>
  );
}
