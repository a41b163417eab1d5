import type { Metadata } from 'next';
import Link from 'next/link';
import type { ScoreRow } from '@/db/queries';
import { chartFor } from '../_charts/kinds';
import { budgetCurves, qwenGains } from '../_charts/kinds/thinking';
import { BudgetPanel } from '../_components/budget-panel';
import { ChartFigure } from '../_components/chart-figure';
import { csvHref, parseFilters, toQuery, type RawSearchParams } from '../_lib/filters';
import { CiteView } from '../_components/cite-view';
import { getI18n } from '../_i18n/server';
import { unitName } from '../_lib/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('nav.thinking') };
}

export default async function ThinkingPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const tr = await getI18n();
  const { t, href } = tr;
  const { filters } = parseFilters(await searchParams);
  const curves = budgetCurves();
  const gains = qwenGains();
  const benchmarkIds = [...new Map(gains.map((g) => [g.thinking.benchmarkId, g.thinking])).values()];
  const chosen =
    benchmarkIds.find((b) => b.benchmarkId === filters.benchmark) ??
    benchmarkIds.find((b) => b.benchmarkId === 'aime-24') ??
    benchmarkIds[0];
  const gainChart = chosen
    ? chartFor('gain', chosen.benchmarkId, { version: chosen.version, metric: chosen.metric }, tr.locale)
    : null;
  const gainUnit = chosen?.unit === 'percent' ? t('chart.percentagePoints') : unitName(chosen?.unit ?? '', tr);
  const sizeOrder = (r: ScoreRow) => -(r.totalParams ?? 0);
  const sameAsChosen = (r: ScoreRow) =>
    r.benchmarkId === chosen?.benchmarkId && r.version === chosen?.version && r.metric === chosen?.metric;
  const chosenGains = gains
    .filter((g) => sameAsChosen(g.thinking))
    .sort((a, b) => sizeOrder(a.thinking) - sizeOrder(b.thinking));
  const models = [...new Map(gains.map((g) => [g.thinking.modelId, g.thinking])).values()].sort(
    (a, b) => sizeOrder(a) - sizeOrder(b),
  );
  const gainAt = new Map(
    gains.map((g) => [`${g.thinking.modelId}|${g.thinking.benchmarkId}|${g.thinking.version}|${g.thinking.metric}`, g]),
  );
  return (
    <>
      <h1>{t('thinking.title')}</h1>
      <p className="lede">{t('thinking.lede')}</p>
      <h2>{t('overview.budgetTitle')}</h2>
      <p className="muted">{t('thinking.budgetNote')}</p>
      {curves.length === 0 ? (
        <p className="muted">{t('thinking.noBudgets')}</p>
      ) : (
        <div className="grid">
          {curves.map((c, i) => (
            <BudgetPanel key={c.rows[0]!.id} curve={c} eager={i < 2} />
          ))}
        </div>
      )}
      <h2 id="gain">{t('thinking.gainTitle')}</h2>
      <p className="muted">{t('thinking.gainNote')}</p>
      <ul className="chips" aria-label={t('thinking.gainPick')}>
        {benchmarkIds.map((b) => (
          <li key={`${b.benchmarkId}|${b.version}|${b.metric}`}>
            <Link
              href={href(`/thinking${toQuery({ benchmark: b.benchmarkId })}#gain`)}
              aria-current={b === chosen ? 'true' : undefined}
              scroll={false}
            >
              {b.benchmark}
              {b.unit === 'elo' ? ' (Elo)' : ''}
            </Link>
          </li>
        ))}
      </ul>
      {chosen && (
        <section
          className="panel"
          aria-label={t('thinking.gainPanel', { benchmark: chosen.benchmark })}
          data-testid="gain-panel"
        >
          <div className="panel-head">
            <div>
              <h3>{t('chart.gainTitle', { benchmark: chosen.benchmark, unit: gainUnit })}</h3>
              <p>{chosen.metric}</p>
            </div>
            <a
              className="download"
              href={csvHref({
                benchmark: chosen.benchmarkId,
                kind: 'hybrid',
                budget: 'none',
                version: chosen.version,
                metric: chosen.metric,
              })}
              download
            >
              {t('common.downloadCsv')}
            </a>
          </div>
          {gainChart && <ChartFigure model={gainChart} testId="gain-chart" />}
        </section>
      )}
      {chosen && (
        <section className="panel" aria-label={t('thinking.everyGainOn', { benchmark: chosen.benchmark })}>
          <h3>{t('thinking.scoresTitle', { benchmark: chosen.benchmark })}</h3>
          <div className="table-wrap">
            <table data-testid="gain-table">
              <caption className="sr-only">{t('thinking.scoresCaption', { benchmark: chosen.benchmark })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.model')}</th>
                  <th scope="col" className="num">
                    {t('model.thinking')}
                  </th>
                  <th scope="col" className="num">
                    {t('model.nonThinking')}
                  </th>
                  <th scope="col" className="num">
                    {t('thinking.gain')}
                  </th>
                  <th scope="col">{t('overview.sourcesTitle')}</th>
                </tr>
              </thead>
              <tbody>
                {chosenGains.map((g) => (
                  <tr key={`${g.thinking.id}-${g.nonThinking.id}`}>
                    <td>
                      <a href={href(`/models/${g.thinking.modelId}`)}>{g.thinking.model}</a>
                    </td>
                    <td className="num">{g.thinking.scoreText}</td>
                    <td className="num">{g.nonThinking.scoreText}</td>
                    <td className={`num ${g.deltaValue >= 0 ? 'delta-pos' : 'delta-neg'}`}>{g.delta}</td>
                    <td className="cite">{`${g.thinking.tableRef} / ${g.nonThinking.tableRef}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section className="panel" aria-label={t('thinking.everyGain')}>
        <h3>{t('thinking.matrixTitle')}</h3>
        <p className="muted">{t('thinking.matrixNote')}</p>
        <div className="table-wrap">
          <table data-testid="gain-matrix">
            <caption className="sr-only">{t('thinking.matrixCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.model')}</th>
                {benchmarkIds.map((b) => (
                  <th key={`${b.benchmarkId}|${b.version}|${b.metric}`} scope="col" className="num">
                    <a href={href(`/thinking${toQuery({ benchmark: b.benchmarkId })}#gain`)}>{b.benchmark}</a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {models.map((m) => (
                <tr key={m.modelId} className="qwen">
                  <th scope="row">
                    <a href={href(`/models/${m.modelId}`)}>{m.model}</a>
                  </th>
                  {benchmarkIds.map((b) => {
                    const g = gainAt.get(`${m.modelId}|${b.benchmarkId}|${b.version}|${b.metric}`);
                    return (
                      <td
                        key={b.benchmarkId + b.version + b.metric}
                        className={`num ${g ? (g.deltaValue >= 0 ? 'delta-pos' : 'delta-neg') : 'muted'}`}
                      >
                        {g ? g.delta : '–'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <CiteView
        title={t('thinking.title')}
        path={`/thinking${toQuery({ benchmark: filters.benchmark })}`}
        sourceIds={[
          ...curves.flatMap((c) => c.rows),
          ...gains.map((g) => g.thinking),
          ...gains.map((g) => g.nonThinking),
        ].map((r) => r.sourceId)}
      />
    </>
  );
}
