import type { Metadata } from 'next';
import { connection } from 'next/server';
import { chartFor } from '../_charts/kinds';
import { contextTokens, defaultHighlights, LONG_CONTEXT_QUERY, longContextRows } from '../_charts/kinds/long-context';
import { ChartFigure } from '../_components/chart-figure';
import { Matrix, byModelAndMode, type Axis } from '../_components/matrix';
import { modeLabel } from '../_lib/encodings';
import { csvHref, modelList, parseFilters, type RawSearchParams } from '../_lib/filters';
import { CiteView } from '../_components/cite-view';
import { getI18n } from '../_i18n/server';
import { unitName } from '../_lib/format';
import { getTestSetFacts } from '@/db/queries';
import { AboutNumbers } from '../_components/about-numbers';
import { Finding } from '../_components/finding';
import { contextK, longContextFinding } from '../_lib/findings/long-context';
import { factsIndex } from '../_lib/result-facts';
import type { Translator } from '../_i18n/translate';
import { sayingTooMany } from '../_components/too-many';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('longContext.title') };
}

const byLength: Axis = { key: (r) => r.version, label: (r) => r.version.replace(' context', '') };

async function LongContextPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await connection(); // data pages render on request: a seed shows without a rebuild
  const tr = await getI18n();
  const { t, href } = tr;
  const rows = longContextRows();
  // The highlighted lines: the reader's pick (models=, the ids of Table 23 only), else the chart's own.
  const ids = new Set(rows.map((r) => r.modelId));
  const picked = modelList(parseFilters(await searchParams).filters).filter((m) => ids.has(m));
  const chart = chartFor(
    'long-context',
    LONG_CONTEXT_QUERY.benchmark,
    { models: picked.join(',') || undefined },
    tr.locale,
  );
  const orderedRows = [...rows].sort((a, b) => contextTokens(a.version) - contextTokens(b.version));
  // Rows by their score at the longest context, best first: what a long context is for.
  const longest = Math.max(...rows.map((r) => contextK(r.version)).filter(Number.isFinite));
  const atLongest = new Map(
    rows.filter((r) => contextK(r.version) === longest).map((r) => [`${r.modelId}|${r.mode}`, r.score]),
  );
  const byLongest = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    (atLongest.get(`${b.modelId}|${b.mode}`) ?? -1) - (atLongest.get(`${a.modelId}|${a.mode}`) ?? -1);
  const longestLabel = orderedRows.find((r) => contextK(r.version) === longest)?.version ?? '';
  const highlighted = picked.length > 0 ? picked : defaultHighlights(rows, longestLabel);
  // One chip per model (both its modes are one line pair), best at the longest context first.
  const models = [...new Map([...rows].sort(byLongest).map((r) => [r.modelId, r.model])).entries()];
  return (
    <>
      <h1>{t('longContext.title')}</h1>
      <Finding sentences={longContextFinding(rows, factsIndex(getTestSetFacts()), tr)} tr={tr} />
      <p className="lede">{t('longContext.lede')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('longContext.none')}</p>
      ) : (
        <section className="panel" aria-label={t('longContext.panel')} data-testid="long-context-panel">
          <div className="panel-head">
            <div>
              <h2>
                {tr.rich('longContext.heading', {
                  ruler: (text) => <a href={href('/benchmarks/ruler')}>{text}</a>,
                })}
              </h2>
              <p>
                {t('longContext.subtitle', {
                  metric: rows[0]!.metric,
                  unit: unitName('percent', tr),
                  na: modeLabel('n/a', tr),
                })}
              </p>
            </div>
            <a className="download" href={csvHref(LONG_CONTEXT_QUERY)} download>
              {t('common.downloadCsv')}
            </a>
          </div>
          {chart && <ChartFigure model={chart} eager testId="series-chart" />}
          <HighlightPicker models={models} highlighted={highlighted} custom={picked.length > 0} tr={tr} />
          <AboutNumbers notes={[t('longContext.notice')]} />
          <Matrix
            rows={orderedRows}
            rowAxis={byModelAndMode}
            colAxis={byLength}
            caption={t('longContext.caption')}
            testId="context-matrix"
            rowOrder={byLongest}
            markLeaders
          />
        </section>
      )}
      <CiteView title={t('longContext.title')} path="/long-context" sourceIds={rows.map((r) => r.sourceId)} />
    </>
  );
}

/**
 * Which lines the chart highlights, OWID's way: a chip per model that adds it to the highlighted
 * lines or takes it out (plain links: the choice is the address, models=, and needs no script).
 */
function HighlightPicker({
  models,
  highlighted,
  custom,
  tr,
}: {
  models: [string, string][];
  highlighted: string[];
  custom: boolean;
  tr: Translator;
}) {
  const { t, href } = tr;
  const link = (ids: string[]) => href(`/long-context${ids.length ? `?models=${ids.join(',')}` : ''}`);
  return (
    <nav aria-label={t('longContext.pick')} data-testid="highlight-picker">
      <p className="muted chips-label">{t('longContext.pickHint')}</p>
      <ul className="chips">
        {models.map(([id, name]) => {
          const on = highlighted.includes(id);
          // Taking out the last highlighted model would leave no line in colour: its chip stays on.
          const next = on ? highlighted.filter((m) => m !== id) : [...highlighted, id];
          return (
            <li key={id}>
              {on && next.length === 0 ? (
                <span className="chip on">{name}</span>
              ) : (
                <a href={link(next)} className={on ? 'on' : undefined} rel="nofollow">
                  {name}
                  {on && <span className="sr-only">{` (${t('longContext.highlighted')})`}</span>}
                </a>
              )}
            </li>
          );
        })}
        {custom && (
          <li>
            <a href={link([])} rel="nofollow">
              {t('longContext.reset')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

export default sayingTooMany(LongContextPage);
