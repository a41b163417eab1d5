import type { Metadata } from 'next';
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
import { pickVariant } from '../../_charts/kinds/results';
import { BenchmarkFacts } from '../../_components/benchmark-facts';
import { FilterForm } from '../../_components/filter-form';
import { Hidden, ModelFilters } from '../../_components/filter-fields';
import { ResultsPanel } from '../../_components/results-panel';
import { Finding } from '../../_components/finding';
import { FilterDisclosure } from '../../_components/filter-disclosure';
import { setFilters } from '../../_components/filter-fields';
import { benchmarkFinding } from '../../_lib/findings/benchmark';
import { mixNotices } from '../../_lib/notices';
import { bestOf, factsIndex } from '../../_lib/result-facts';
import { csvHref, parseFilters, toQuery, type Filters, type RawSearchParams } from '../../_lib/filters';
import { CiteView } from '../../_components/cite-view';
import { ClaimPicker } from '../../_components/claim-picker';
import { RecordSection } from '../../_components/record-section';
import { getI18n } from '../../_i18n/server';
import { categoryName } from '../../_charts/kinds/results';
import { unitName } from '../../_lib/format';
import { barChart, ShowAllBars, topOf } from '../../_components/show-all';
import { sayingTooMany } from '../../_components/too-many';

const PAGE_SIZE = 100;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const benchmark = getBenchmark((await params).id);
  return { title: benchmark?.name ?? (await getI18n()).t('benchmark.notFound') };
}

async function BenchmarkPage({ params, searchParams }: Props) {
  const { id } = await params;
  const benchmark = getBenchmark(id);
  if (!benchmark) notFound();
  const tr = await getI18n();
  const { t, href, num } = tr;
  const raw = await searchParams;
  const { filters, problems } = parseFilters(raw);
  const top = topOf(raw);
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
  const { chart, total: bars } = variant
    ? barChart('benchmark', id, { ...filters, ...chosen, unit: variant.unit as Filters['unit'] }, tr, top)
    : { chart: null, total: 0 };
  const facts = factsIndex(getTestSetFacts());
  // The best of the whole selection (whichever page or order the table shows), and its finding.
  const all = variant ? getResults(query) : [];
  const best = bestOf(facts, all.slice(0, 1));
  const lowerIsBetter = benchmark.higherIsBetter === 'no';
  const notices = mixNotices(rows, tr);
  const set = setFilters(filters);
  const here = `/benchmarks/${id}`;
  const byScore = (filters.sort ?? 'score') === 'score';
  return (
    <>
      <p className="muted">
        <a href={href('/benchmarks')}>{t('benchmarks.title')}</a> · {categoryName(benchmark.category, tr)}
      </p>
      <h1>{benchmark.name}</h1>
      <Finding sentences={benchmarkFinding(all, benchmark.name, facts, { lowerIsBetter, tr })} tr={tr} />
      <p className="lede">
        {benchmark.description}
        {/[.!?]$/.test(benchmark.description) ? '' : '.'}
        {benchmark.aliases.length > 0 &&
          t('benchmark.aliases', { aliases: benchmark.aliases.map((a) => `“${a}”`).join(', ') })}
        {benchmark.url && <> {tr.rich('benchmark.about', { link: (text) => <a href={benchmark.url}>{text}</a> })}</>}
      </p>
      {problems.length > 0 && <p className="notice">{t('benchmark.ignored', { problems: problems.join('; ') })}</p>}
      {variants.length > 1 && (
        <nav aria-label={t('benchmark.variantsLabel')}>
          <p className="muted" style={{ margin: '0 0 0.3rem' }}>
            {t('benchmark.variants', { count: variants.length })}
          </p>
          <ul className="chips">
            {variants.map((v) => {
              const current = v === variant;
              const label = [
                v.version || t('common.main'),
                v.metric,
                v.unit !== benchmark.unit ? unitName(v.unit, tr) : '',
              ]
                .filter(Boolean)
                .join(' · ');
              return (
                <li key={`${v.version}|${v.metric}|${v.unit}`}>
                  <a
                    href={href(
                      `${here}${toQuery(filters, { version: v.version, metric: v.metric, unit: v.unit, page: undefined })}`,
                    )}
                    aria-current={current ? 'true' : undefined}
                  >
                    {label} <span className="muted">({num(v.results)})</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <FilterForm action={href(here)}>
        <Hidden values={{ ...chosen, sort: filters.sort }} />
        <FilterDisclosure
          label={set > 0 ? t('filters.disclosure', { count: set }) : t('filters.disclosureNone')}
          apply={t('filters.apply')}
        >
          <ModelFilters filters={filters} sources={getSources()} families={getFamilies()} tr={tr} />
        </FilterDisclosure>
      </FilterForm>
      <ResultsPanel
        title={`${benchmark.name}${variant?.version ? ` — ${variant.version}` : ''}`}
        subtitle={
          variant
            ? t('benchmark.subtitle', {
                metric: variant.metric || t('benchmark.notStated'),
                unit: unitName(variant.unit, tr),
                lower: benchmark.higherIsBetter === 'no' ? ` · ${t('common.lowerIsBetter')}` : '',
              })
            : undefined
        }
        rows={rows}
        csv={csvHref(query)}
        notices={notices.map((n) => ({ text: n.text, urgent: n.kind === 'metrics' }))}
        chart={chart}
        chartExtra={<ShowAllBars total={bars} top={top} path={here} query={toQuery(filters)} tr={tr} />}
        sort={filters.sort}
        sortHref={(key) => href(`${here}${toQuery(filters, { ...chosen, sort: key, page: undefined })}`)}
        testId="benchmark-panel"
        facts={facts}
        best={lowerIsBetter ? null : best}
      >
        {pages > 1 && (
          <nav aria-label={t('benchmark.pagesLabel')} className="muted">
            {t('benchmark.pages', {
              from: (page - 1) * PAGE_SIZE + 1,
              to: Math.min(total, page * PAGE_SIZE),
              total,
              order: byScore ? t('benchmark.bestFirst') : t(`benchmark.by.${filters.sort ?? 'score'}`),
            })}{' '}
            {page > 1 && (
              <a href={href(`${here}${toQuery(filters, { ...chosen, page: String(page - 1) })}`)} rel="prev">
                {byScore ? t('benchmark.better') : t('common.previous')}
              </a>
            )}{' '}
            {page < pages && (
              <a href={href(`${here}${toQuery(filters, { ...chosen, page: String(page + 1) })}`)} rel="next">
                {byScore ? t('benchmark.lower') : t('common.next')}
              </a>
            )}
          </nav>
        )}
      </ResultsPanel>
      {/* Pick two rows to check a claim between them, then the record over time; the test set last. */}
      <ClaimPicker benchmark={benchmark} filters={{ ...filters, version: chosen.version, metric: chosen.metric }} />
      <RecordSection
        benchmarkId={id}
        filters={{ ...filters, version: chosen.version, metric: chosen.metric, unit: variant?.unit as Filters['unit'] }}
      />
      <section className="panel" aria-labelledby="test-set">
        <h2 id="test-set">{t('facts.testSet')}</h2>
        <BenchmarkFacts benchmarkId={id} />
      </section>
      <CiteView
        title={benchmark.name}
        path={`${here}${toQuery(filters)}`}
        sourceIds={[...rows, ...(chart?.rows ?? [])].map((r) => r.sourceId)}
      />
    </>
  );
}

export default sayingTooMany(BenchmarkPage);
