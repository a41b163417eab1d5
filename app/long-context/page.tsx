import type { Metadata } from 'next';
import { connection } from 'next/server';
import { chartFor } from '../_charts/kinds';
import { contextTokens, LONG_CONTEXT_QUERY, longContextRows } from '../_charts/kinds/long-context';
import { ChartFigure } from '../_components/chart-figure';
import { Matrix, byModelAndMode, type Axis } from '../_components/matrix';
import { modeLabel } from '../_lib/encodings';
import { csvHref } from '../_lib/filters';
import { CiteView } from '../_components/cite-view';
import { getI18n } from '../_i18n/server';
import { unitName } from '../_lib/format';
import { getTestSetFacts } from '@/db/queries';
import { AboutNumbers } from '../_components/about-numbers';
import { Finding } from '../_components/finding';
import { contextK, longContextFinding } from '../_lib/findings/long-context';
import { factsIndex } from '../_lib/result-facts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('longContext.title') };
}

const byLength: Axis = { key: (r) => r.version, label: (r) => r.version.replace(' context', '') };

export default async function LongContextPage() {
  await connection(); // data pages render on request: a seed shows without a rebuild
  const tr = await getI18n();
  const { t, href } = tr;
  const rows = longContextRows();
  const chart = chartFor('long-context', LONG_CONTEXT_QUERY.benchmark, {}, tr.locale);
  const orderedRows = [...rows].sort((a, b) => contextTokens(a.version) - contextTokens(b.version));
  // Rows by their score at the longest context, best first: what a long context is for.
  const longest = Math.max(...rows.map((r) => contextK(r.version)).filter(Number.isFinite));
  const atLongest = new Map(
    rows.filter((r) => contextK(r.version) === longest).map((r) => [`${r.modelId}|${r.mode}`, r.score]),
  );
  const byLongest = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    (atLongest.get(`${b.modelId}|${b.mode}`) ?? -1) - (atLongest.get(`${a.modelId}|${a.mode}`) ?? -1);
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
