import type { Metadata } from 'next';
import { chartFor } from '../_charts/kinds';
import { efficiencyView } from '../_charts/kinds/efficiency';
import { ChartFigure } from '../_components/chart-figure';
import { FilterForm } from '../_components/filter-form';
import { ProvenanceFilters, Select, modeOptions } from '../_components/filter-fields';
import { ScoreTable } from '../_components/score-table';
import { groupCells } from '../_lib/cells';
import { modeLabel } from '../_lib/encodings';
import { getI18n } from '../_i18n/server';
import { CiteView } from '../_components/cite-view';
import { factsIndex, viewNotes } from '../_lib/result-facts';
import { getTestSetFacts } from '@/db/queries';
import { csvHref, parseFilters, toQuery, type RawSearchParams } from '../_lib/filters';
import { AboutNumbers } from '../_components/about-numbers';
import { FilterDisclosure } from '../_components/filter-disclosure';
import { setFilters } from '../_components/filter-fields';
import { Finding } from '../_components/finding';
import { efficiencyFinding } from '../_lib/findings/efficiency';
import { sayingTooMany } from '../_components/too-many';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('efficiency.title') };
}

const MAX_TABLE = 200;

async function EfficiencyPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const tr = await getI18n();
  const { t, href, num } = tr;
  const { filters } = parseFilters(await searchParams);
  const { benchmarks, benchmark, benchmarkId, variants, variant, mode, query, rows, allPoints, points } =
    efficiencyView(filters, tr);
  const chart = points.length > 0 ? chartFor('efficiency', benchmarkId, { ...filters, mode }, tr.locale) : null;
  const shownRows = rows.slice(0, MAX_TABLE);
  const unsized = groupCells(rows.filter((r) => r.activeParams === null));
  const facts = factsIndex(getTestSetFacts());
  return (
    <>
      <h1>{t('efficiency.title')}</h1>
      <Finding sentences={efficiencyFinding(rows, facts, tr)} tr={tr} />
      <p className="lede">{t('efficiency.lede')}</p>
      <FilterForm action={href('/efficiency')}>
        <Select
          name="benchmark"
          label={t('filters.benchmark')}
          value={benchmarkId}
          options={benchmarks.map((b) => [b.id, b.name] as const)}
          all={null}
        />
        <FilterDisclosure
          label={t('filters.disclosure', { count: 1 + setFilters(filters, ['reporter', 'window']) })}
          apply={t('filters.apply')}
        >
          {/* This view defaults to thinking mode, so "all" is a value of its own (an empty one would mean the default). */}
          <Select
            name="mode"
            label={t('filters.mode.label')}
            value={mode}
            options={[['all', t('filters.mode.all')], ...modeOptions(tr)]}
            all={null}
          />
          <ProvenanceFilters filters={filters} tr={tr} />
        </FilterDisclosure>
      </FilterForm>
      {variants.length > 1 && (
        <ul className="chips" aria-label={t('efficiency.variants')}>
          {variants.map((v) => (
            <li key={`${v.version}|${v.metric}|${v.unit}`}>
              <a
                href={href(
                  `/efficiency${toQuery({ benchmark: benchmarkId, mode, version: v.version, metric: v.metric, reporter: filters.reporter, window: filters.window })}`,
                )}
                aria-current={v === variant ? 'true' : undefined}
              >
                {[v.version || t('common.main'), v.metric].join(' · ')} ({num(v.results)})
              </a>
            </li>
          ))}
        </ul>
      )}
      <section className="panel" aria-label={t('efficiency.panel')} data-testid="efficiency-panel">
        <div className="panel-head">
          <div>
            <h2>
              {benchmark?.name} {variant?.version} · {mode === 'all' ? t('common.allModes') : modeLabel(mode, tr)}
            </h2>
            <p>{variant?.metric}</p>
          </div>
          <a className="download" href={csvHref(query)} download>
            {t('common.downloadCsv')}
          </a>
        </div>
        {points.length === 0 ? (
          <p className="muted">{t('efficiency.none')}</p>
        ) : (
          <>{chart && <ChartFigure model={chart} eager testId="efficiency-chart" />}</>
        )}
        <AboutNumbers
          notes={[
            ...(unsized.length > 0
              ? [
                  t('efficiency.unsized', {
                    models: unsized
                      .slice(0, 30)
                      .map((c) => c.row.model)
                      .join(', '),
                    more: unsized.length > 30 ? t('efficiency.more', { count: unsized.length - 30 }) : '',
                  }),
                ]
              : []),
            ...(allPoints.length > points.length
              ? [t('efficiency.frontier', { shown: points.length, all: allPoints.length })]
              : []),
            ...(rows.length > shownRows.length
              ? [t('efficiency.tableBest', { shown: shownRows.length, all: rows.length })]
              : []),
            ...viewNotes(facts, shownRows, undefined, tr),
          ]}
        />
        {rows.length > 0 && (
          <>
            <ScoreTable
              cells={groupCells(shownRows)}
              caption={t('efficiency.caption')}
              facts={facts}
              testId="score-table"
            />
          </>
        )}
      </section>
      <CiteView
        title={t('efficiency.title')}
        path={`/efficiency?benchmark=${benchmarkId}&mode=${mode}`}
        sourceIds={rows.map((r) => r.sourceId)}
      />
    </>
  );
}

export default sayingTooMany(EfficiencyPage);
