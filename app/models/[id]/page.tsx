import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getModel, getResults, getTestSetFacts } from '@/db/queries';
import { modelCategories } from '../../_charts/kinds/results';
import { reportedBy } from '../../_lib/cells';
import { factsIndex } from '../../_lib/result-facts';
import { ReporterSides } from '../../_components/reporter-sides';
import { RunSettings } from '../../_components/run-settings';
import { csvHref, type RawSearchParams } from '../../_lib/filters';
import { CiteView } from '../../_components/cite-view';
import { Finding } from '../../_components/finding';
import { CategorySection } from '../../_components/model-category';
import { ModelClaims } from '../../_components/model-claims';
import { modelFinding } from '../../_lib/findings/model';
import { getI18n } from '../../_i18n/server';
import { sayingTooMany } from '../../_components/too-many';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

/** Aliases listed before "and N more". */
const SHOWN_ALIASES = 3;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getModel((await params).id)?.name ?? (await getI18n()).t('model.notFound') };
}

async function ModelPage({ params }: Props) {
  const { id } = await params;
  const model = getModel(id);
  if (!model) notFound();
  const tr = await getI18n();
  const { t, href } = tr;
  const rows = getResults({ models: id });
  // Every score of the model, category by category, each with its chart and its linked citation.
  const categories = modelCategories(rows);
  const sources = [...new Map(rows.map((r) => [r.sourceId, r])).values()];
  const facts = factsIndex(getTestSetFacts());
  const fact = (value: string, shown = value) =>
    value === '' ? <span className="muted">{t('common.notReported')}</span> : shown;
  return (
    <>
      <p className="muted">
        <a href={href('/models')}>{t('models.title')}</a> · {model.family || model.org}
      </p>
      <h1>{model.name}</h1>
      <Finding sentences={modelFinding(rows, model.name)} tr={tr} />
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
        · <a href={href(`/compare?models=${id}`)}>{t('model.compare')}</a>
      </p>
      {rows.length === 0 && <p className="muted">{t('model.none')}</p>}
      {categories.map((category, i) => (
        <CategorySection
          key={category}
          modelId={id}
          category={category}
          rows={rows.filter((r) => r.category === category)}
          facts={facts}
          eager={i === 0}
        />
      ))}
      {/* After every score: check a claim against another model, and the records it took part in. */}
      <ModelClaims model={model} rows={rows} />
      <ReporterSides rows={rows} />
      <RunSettings rows={rows} />
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

export default sayingTooMany(ModelPage);
