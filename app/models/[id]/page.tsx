import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getModel, getResults, getTestSetFacts, type ScoreRow } from '@/db/queries';
import { chartFor } from '../../_charts/kinds';
import { MAX_BARS, modelCategories } from '../../_charts/kinds/results';
import { ChartFigure } from '../../_components/chart-figure';
import { groupCells, isIndependent, reportedBy } from '../../_lib/cells';
import { formatInterval } from '../../_lib/interval';
import { factsIndex, resultFacts, type FactsIndex } from '../../_lib/result-facts';
import { ReporterSides } from '../../_components/reporter-sides';
import { RunSettings } from '../../_components/run-settings';
import { csvHref, parseFilters, type Filters, type RawSearchParams } from '../../_lib/filters';
import { CiteView } from '../../_components/cite-view';
import { ModelClaims } from '../../_components/model-claims';
import { formatBudget, unitName } from '../../_lib/format';
import { languageLabel, PER_LANGUAGE_TABLE } from '../../_lib/languages';
import { modeLabel } from '../../_lib/encodings';
import { getI18n } from '../../_i18n/server';
import type { Translator } from '../../_i18n/translate';
import { categoryName } from '../../_charts/kinds/results';
import { Matrix, type Axis } from '../../_components/matrix';
import { difference } from '../../_lib/gains';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

/** Aliases listed before "and N more". */
const SHOWN_ALIASES = 3;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getModel((await params).id)?.name ?? (await getI18n()).t('model.notFound') };
}

export default async function ModelPage({ params, searchParams }: Props) {
  const { id } = await params;
  const model = getModel(id);
  if (!model) notFound();
  const tr = await getI18n();
  const { t, href } = tr;
  const { filters } = parseFilters(await searchParams);
  const rows = getResults({ models: id });
  const categories = modelCategories(rows);
  // Every category's chart; one category's table at a time (a model has hundreds of scores, and a
  // page that renders them all is several times the cost of one that renders a category's).
  const open = categories.includes(filters.category ?? '') ? filters.category! : categories[0];
  const sources = [...new Map(rows.map((r) => [r.sourceId, r])).values()];
  const facts = factsIndex(getTestSetFacts());
  const fact = (value: string, shown = value) =>
    value === '' ? <span className="muted">{t('common.notReported')}</span> : shown;
  return (
    <>
      <p className="muted">
        <Link href={href('/models')}>{t('models.title')}</Link> · {model.family || model.org}
      </p>
      <h1>{model.name}</h1>
      <dl className="facts">
        <dt>{t('models.org')}</dt>
        <dd>{fact(model.org)}</dd>
        <dt>{t('models.architecture')}</dt>
        <dd>{fact(model.architecture, tr.lookup(`model.arch.${model.architecture}`) ?? model.architecture)}</dd>
        <dt>{t('model.params')}</dt>
        <dd>
          {fact(model.totalParamsB, t('model.total', { b: model.totalParamsB }))} ·{' '}
          {fact(model.activeParamsB, t('model.active', { b: model.activeParamsB }))}
        </dd>
        <dt>{t('model.layers')}</dt>
        <dd>{fact(model.layers)}</dd>
        <dt>{t('model.context')}</dt>
        <dd>
          {model.contextLengthTokens ? t('model.tokens', { tokens: Number(model.contextLengthTokens) }) : fact('')}
        </dd>
        <dt>{t('model.released')}</dt>
        <dd>{fact(model.releaseDate, tr.date(model.releaseDate))}</dd>
        <dt>{t('models.open')}</dt>
        <dd>{fact(model.openWeights, tr.lookup(`models.yesNo.${model.openWeights}`) ?? model.openWeights)}</dd>
        <dt>{t('model.license')}</dt>
        <dd>{fact(model.license)}</dd>
        {model.aliases.length > 0 && (
          <>
            <dt>{t('model.aliases')}</dt>
            <dd>
              {model.aliases.length <= SHOWN_ALIASES ? (
                model.aliases.join(', ')
              ) : (
                // A leaderboard may print a model under a dozen setups; the first few, the rest on demand.
                <details>
                  <summary>
                    {model.aliases.slice(0, SHOWN_ALIASES).join(', ')}{' '}
                    {t('model.moreAliases', { n: model.aliases.length - SHOWN_ALIASES })}
                  </summary>
                  {model.aliases.slice(SHOWN_ALIASES).join(', ')}
                </details>
              )}
            </dd>
          </>
        )}
        <dt>{t('model.factsFrom')}</dt>
        <dd className="cite">
          {model.source ? (
            <details>
              <summary>{model.source.split(/[;(]/)[0]}</summary>
              {model.source}
            </details>
          ) : (
            fact('')
          )}
        </dd>
      </dl>
      <p>
        {tr.rich(
          'model.download',
          {
            csv: (text) => (
              <a href={csvHref({ models: id })} download>
                {text}
              </a>
            ),
          },
          { count: rows.length },
        )}{' '}
        · <Link href={href(`/compare?models=${id}`)}>{t('model.compare')}</Link>
      </p>
      {rows.length === 0 && <p className="muted">{t('model.none')}</p>}
      <ReporterSides rows={rows} />
      <RunSettings rows={rows} />
      <ModelClaims model={model} rows={rows} />
      {categories.map((category) => (
        <CategorySection
          key={category}
          modelId={id}
          category={category}
          rows={rows.filter((r) => r.category === category)}
          facts={facts}
          open={category === open}
          tr={tr}
        />
      ))}
      {sources.length > 0 && (
        <section className="panel" aria-label={t('overview.sourcesTitle')}>
          <h2>{t('overview.sourcesTitle')}</h2>
          <ul>
            {sources.map((s) => (
              <li key={s.sourceId}>
                <a href={s.sourceUrl}>{s.sourceTitle}</a>
                {t('model.source', {
                  by: reportedBy({ sourceKind: s.sourceKind, sourcePublisher: s.sourcePublisher }, tr),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <CiteView title={model.name} path={`/models/${id}`} sourceIds={sources.map((s) => s.sourceId)} />
    </>
  );
}

type Line = { key: string; first: ScoreRow; byMode: Map<string, ScoreRow[]> };

// The report's tables by language (24-37) and by context length (23) read best as a matrix.
const AXIS_TABLE = /^Table 23$/;
const byVersion: Axis = { key: (r) => r.version, label: (r) => languageLabel(r.version).replace(' context', '') };
const byBenchmarkAndMode: Axis = {
  key: (r) => `${r.benchmarkId}|${r.mode}`,
  label: (r, tr) => (r.mode === 'n/a' ? r.benchmark : `${r.benchmark} (${modeLabel(r.mode, tr)})`),
  href: (r) => `/benchmarks/${r.benchmarkId}`,
};

function CategorySection({
  modelId,
  category,
  rows,
  facts,
  open,
  tr,
}: {
  modelId: string;
  category: string;
  rows: ScoreRow[];
  facts: FactsIndex;
  /** Show the table of every score (else a link to it). */
  open: boolean;
  tr: Translator;
}) {
  const { t, href } = tr;
  const name = categoryName(category, tr);
  const byAxis = (r: ScoreRow) => PER_LANGUAGE_TABLE.test(r.tableRef) || AXIS_TABLE.test(r.tableRef);
  const axisRows = rows.filter(byAxis);
  const lines = new Map<string, Line>();
  for (const r of rows) {
    if (byAxis(r)) continue;
    const key = `${r.benchmarkId}|${r.version}|${r.metric}|${r.unit}|${r.budget ?? ''}`;
    const line = lines.get(key) ?? { key, first: r, byMode: new Map() };
    line.byMode.set(r.mode, [...(line.byMode.get(r.mode) ?? []), r]);
    lines.set(key, line);
  }
  const ordered = [...lines.values()].sort(
    (a, b) =>
      a.first.benchmark.localeCompare(b.first.benchmark) ||
      a.first.version.localeCompare(b.first.version) ||
      (a.first.budget ?? 0) - (b.first.budget ?? 0),
  );
  const chart = chartFor('model', modelId, { category: category as Filters['category'] }, tr.locale);
  // One number per line with its table (an independent one: its reporter), its interval where one
  // is defined; a dispute marked. Kept lean: a model has hundreds.
  const values = (list: ScoreRow[] | undefined) =>
    list && list.length > 0
      ? groupCells(list).flatMap((c) =>
          c.values.map((v) => {
            const interval = resultFacts(facts, c.row, v.score).interval;
            const ind = isIndependent(v);
            return (
              <div key={v.scoreText} {...(c.disputed ? { className: 'dispute' } : {})}>
                {ind && <span className="ind">{t('table.ind')}</span>}
                {`${v.scoreText}${c.disputed ? ' ≠' : ''} `}
                {/* One element for the muted rest: the interval, then who or which table. */}
                <small>
                  {`${interval ? `(${formatInterval(interval)}) ` : ''}${
                    ind
                      ? [...new Set(v.citations.map((x) => x.sourcePublisher))].join(', ')
                      : v.citations.map((x) => x.tableRef.split(':')[0]).join(', ')
                  }`}
                </small>
              </div>
            );
          }),
        )
      : null;
  const withInterval = rows.some((r) => resultFacts(facts, r, r.score).interval);
  return (
    <section className="panel" aria-labelledby={`cat-${category}`}>
      <h2 id={`cat-${category}`}>{name}</h2>
      {chart && chart.plot.type === 'bars' && chart.plot.bars.length > 0 && chart.plot.bars.length < MAX_BARS && (
        <ChartFigure model={chart} testId="bar-chart" />
      )}
      {chart && chart.plot.type === 'bars' && chart.plot.bars.length >= MAX_BARS && (
        <p className="muted">
          {tr.rich('model.tooMany', {
            multilingual: (text) => <Link href={href('/multilingual')}>{text}</Link>,
            long: (text) => <Link href={href('/long-context')}>{text}</Link>,
          })}
        </p>
      )}
      {open ? (
        <>
          {axisRows.length > 0 && (
            <>
              <h3>{category === 'long-context' ? t('model.byLength') : t('model.byLanguage')}</h3>
              <Matrix
                rows={axisRows}
                rowAxis={byBenchmarkAndMode}
                colAxis={byVersion}
                caption={t(category === 'long-context' ? 'model.byLengthCaption' : 'model.byLanguageCaption', {
                  category: name,
                })}
                testId="model-languages"
              />
            </>
          )}
          {ordered.length > 0 && withInterval && <p className="key-note">{t('model.intervalNote')}</p>}
          {ordered.length > 0 && rows.some((r) => r.reporter === 'independent') && (
            <p className="key-note">{t('model.indNote')}</p>
          )}
          {ordered.length > 0 && (
            <div className="table-wrap" style={{ maxHeight: '36rem' }}>
              <table className="lines" data-testid={`model-table-${category}`}>
                <caption className="sr-only">{t('model.tableCaption', { category: name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('table.benchmark')}</th>
                    <th scope="col" className="num">
                      {t('model.thinking')}
                    </th>
                    <th scope="col" className="num">
                      {t('model.nonThinking')}
                    </th>
                    <th scope="col" className="num">
                      Δ
                    </th>
                    <th scope="col" className="num">
                      {t('model.baseNoSwitch')}
                    </th>
                    <th scope="col">{t('model.metric')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ordered.map(({ key, first, byMode }, i) => {
                    // The time window once per benchmark and version (lines come sorted by them).
                    const window = resultFacts(facts, first, first.score, tr).window;
                    const previous = ordered[i - 1]?.first;
                    const newWindow =
                      window &&
                      !(previous && previous.benchmarkId === first.benchmarkId && previous.version === first.version);
                    const th = byMode.get('thinking')?.[0];
                    const n = byMode.get('non-thinking')?.[0];
                    const delta = th && n ? difference(th.scoreText, n.scoreText) : undefined;
                    return (
                      <tr key={key}>
                        <td>
                          <a href={href(`/benchmarks/${first.benchmarkId}`)}>{first.benchmark}</a>
                          {(first.version || first.budget !== null) && (
                            <span className="muted">
                              {[
                                first.version && ` ${first.version}`,
                                first.budget !== null &&
                                  ` · ${t('chart.tokens', { budget: formatBudget(first.budget, tr) })}`,
                              ]
                                .filter(Boolean)
                                .join('')}
                            </span>
                          )}
                        </td>
                        <td>{values(byMode.get('thinking'))}</td>
                        <td>{values(byMode.get('non-thinking'))}</td>
                        <td {...(delta ? { className: delta.value >= 0 ? 'delta-pos' : 'delta-neg' } : {})}>
                          {delta?.text}
                        </td>
                        <td>{values([...(byMode.get('base') ?? []), ...(byMode.get('n/a') ?? [])])}</td>
                        <td className="muted">
                          {`${first.metric} (${unitName(first.unit, tr)})`}
                          {newWindow && <div>{window}</div>}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : (
        <p>
          <Link href={href(`/models/${modelId}?category=${category}#cat-${category}`)} scroll={false}>
            {t('model.show', { count: rows.length })}
          </Link>
        </p>
      )}
    </section>
  );
}
