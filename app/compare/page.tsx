import type { Metadata } from 'next';
import { getModels, getResults, getTestSetFacts } from '@/db/queries';
import { chartFor } from '../_charts/kinds';
import { ClaimLinks } from '../_components/claim-links';
import { ChartFigure } from '../_components/chart-figure';
import { ComparisonDots } from '../_components/comparison-dots';
import { Finding } from '../_components/finding';
import { Matrix, byBenchmark } from '../_components/matrix';
import { csvHref, modelList, parseFilters, toQuery, type Filters, type RawSearchParams } from '../_lib/filters';
import { leadsFinding } from '../_lib/findings/overview';
import { idList, resolveModelIds } from '../_lib/model-ids';
import { factsIndex } from '../_lib/result-facts';
import { CiteView } from '../_components/cite-view';
import { getI18n } from '../_i18n/server';
import { sayingTooMany } from '../_components/too-many';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('compare.title') };
}

const MIN = 2;
const MAX = 6;

async function ComparePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const tr = await getI18n();
  const { t, href } = tr;
  const params = await searchParams;
  // Ids as a reader types them ("Gemini 2.5 Pro") become the address's alphabet first.
  const typed = typeof params.models === 'string' ? idList(params.models) : params.models;
  const { filters, problems } = parseFilters({ ...params, models: typed });
  const all = getModels();
  const known = new Map(all.map((m) => [m.id, m]));
  const asked = modelList(filters);
  const { ids, unknown } = resolveModelIds(asked, all);
  const chosen = ids.slice(0, MAX);
  const provenance = { reporter: filters.reporter, window: filters.window };
  const link = (list: string[], extra: Partial<Filters> = {}) =>
    `/compare${toQuery({ models: list.join(',') || undefined, ...provenance, ...extra })}`;
  const query = { models: chosen.join(','), budget: 'none' as const, ...provenance };
  const rows = chosen.length >= MIN ? getResults(query) : [];
  // Shared benchmarks: every chosen model has a result on the same benchmark, version and metric.
  const byColumn = new Map<string, Set<string>>();
  for (const r of rows) {
    const key = byBenchmark.key(r);
    byColumn.set(key, (byColumn.get(key) ?? new Set()).add(r.modelId));
  }
  const shared = rows.filter((r) => byColumn.get(byBenchmark.key(r))!.size === chosen.length);
  const columns = [...new Map(shared.map((r) => [byBenchmark.key(r), r])).values()];
  const facts = factsIndex(getTestSetFacts());
  // A benchmark may be shared in two metrics (CodeForces: Elo and percentile): the chip names the
  // column's version and metric, so each chip opens its own chart.
  const focus =
    columns.find(
      (c) =>
        c.benchmarkId === filters.benchmark &&
        (filters.version === undefined || c.version === filters.version) &&
        (filters.metric === undefined || c.metric === filters.metric),
    ) ?? columns[0];
  const labels = columns.map((c) => byBenchmark.label(c));
  const chipLabel = (c: (typeof columns)[number], i: number) =>
    labels.indexOf(labels[i]!) === labels.lastIndexOf(labels[i]!) ? labels[i] : `${labels[i]} · ${c.metric}`;
  const chart = focus
    ? chartFor(
        'benchmark',
        focus.benchmarkId,
        {
          models: chosen.join(','),
          budget: 'none',
          ...provenance,
          version: focus.version,
          metric: focus.metric,
          unit: focus.unit as Filters['unit'],
        },
        tr.locale,
      )
    : null;
  return (
    <>
      <h1>{t('compare.title')}</h1>
      {columns.length > 0 ? (
        <Finding sentences={leadsFinding(shared, facts, { table: t('compare.tableName'), tr })} tr={tr} />
      ) : (
        <p className="lede">{t('compare.lede', { min: MIN, max: MAX })}</p>
      )}
      {problems.length > 0 && <p className="notice">{t('compare.ignored', { problems: problems.join('; ') })}</p>}
      {unknown.length > 0 && (
        <p className="notice" role="note">
          {t('compare.unknown', { ids: unknown.map((u) => u.asked).join(', ') })}
          {unknown
            .filter((u) => u.suggestion)
            .map((u) => (
              <span key={u.asked}>
                {' '}
                {tr.rich(
                  'compare.didYouMean',
                  {
                    link: (text) => <a href={href(link([...chosen, u.suggestion!.id].slice(0, MAX)))}>{text}</a>,
                  },
                  { asked: u.asked, name: u.suggestion!.name },
                )}
              </span>
            ))}
        </p>
      )}
      {ids.length > MAX && <p className="notice">{t('compare.onlyFirst', { max: MAX })}</p>}
      <section className="panel" aria-label={t('compare.chosen')}>
        <h2>{t('compare.models', { count: chosen.length })}</h2>
        <ul className="chips" aria-label={t('compare.chosen')}>
          {chosen.map((id) => (
            <li key={id}>
              <a
                href={href(link(chosen.filter((c) => c !== id)))}
                aria-label={t('compare.remove', { name: known.get(id)!.name })}
              >
                {known.get(id)!.name} ×
              </a>
            </li>
          ))}
        </ul>
        {chosen.length < MAX && (
          <details open={chosen.length < MIN}>
            <summary>{t('compare.add')}</summary>
            <ul className="chips" aria-label={t('compare.toAdd')} style={{ marginTop: '0.5rem' }}>
              {all
                .filter((m) => !chosen.includes(m.id) && m.results > 0)
                .map((m) => (
                  <li key={m.id}>
                    <a href={href(link([...chosen, m.id]))}>{m.name}</a>
                  </li>
                ))}
            </ul>
          </details>
        )}
        <nav aria-label={t('filters.reporter.label')} className="reporter-chips">
          <ul className="chips">
            {(
              [
                [undefined, t('compare.anyone')],
                ['self', t('filters.reporter.self')],
                ['independent', t('sides.independent')],
              ] as const
            ).map(([value, label]) => (
              <li key={label}>
                <a
                  href={href(link(chosen, { reporter: value, benchmark: filters.benchmark }))}
                  aria-current={filters.reporter === value ? 'true' : undefined}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </section>
      {chosen.length < MIN ? (
        <p className="muted">{t('compare.chooseAtLeast', { min: MIN })}</p>
      ) : columns.length === 0 ? (
        <p className="notice">{t('compare.noShared')}</p>
      ) : (
        <>
          <section className="panel" aria-label={t('compare.shared')} data-testid="compare-panel">
            <div className="panel-head">
              <div>
                <h2>{t('compare.sharedCount', { count: columns.length })}</h2>
                <p>{t('compare.columns')}</p>
              </div>
              <a className="download" href={csvHref(query)} download>
                {t('common.downloadCsv')}
              </a>
            </div>
            <ComparisonDots rows={shared} facts={facts} testId="compare-dots" />
            <Matrix
              rows={shared}
              caption={t('compare.caption')}
              testId="compare-matrix"
              markIndependent
              markLeaders
              footnotes
            />
            <ClaimLinks
              a={chosen[0]!}
              b={chosen[1]!}
              columns={columns.map((c, i) => ({
                benchmark: c.benchmarkId,
                label: chipLabel(c, i)!,
                version: c.version,
                metric: c.metric,
              }))}
            />
          </section>
          {focus && (
            <section
              className="panel"
              id="one-benchmark"
              aria-label={t('compare.chart', { benchmark: focus.benchmark })}
            >
              <h2>{t('compare.oneBenchmark')}</h2>
              <ul className="chips" aria-label={t('compare.toChart')}>
                {columns.map((c, i) => (
                  <li key={byBenchmark.key(c)}>
                    <a
                      href={`${href(link(chosen, { benchmark: c.benchmarkId, version: c.version, metric: c.metric }))}#one-benchmark`}
                      aria-current={c === focus ? 'true' : undefined}
                    >
                      {chipLabel(c, i)}
                    </a>
                  </li>
                ))}
              </ul>
              <h3 style={{ marginTop: '0.6rem' }}>
                {byBenchmark.label(focus)} <span className="muted">· {focus.metric}</span>
              </h3>
              {chart && <ChartFigure model={chart} testId="bar-chart" />}
            </section>
          )}
        </>
      )}
      {chosen.length >= MIN && (
        <CiteView title={t('compare.title')} path={link(chosen)} sourceIds={shared.map((r) => r.sourceId)} />
      )}
    </>
  );
}

export default sayingTooMany(ComparePage);
