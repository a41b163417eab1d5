import type { Metadata } from 'next';
import type { ScoreRow } from '@/db/queries';
import { chartFor } from '../_charts/kinds';
import { budgetCurves, qwenGains } from '../_charts/kinds/thinking';
import { BudgetPanel } from '../_components/budget-panel';
import { ChartFigure } from '../_components/chart-figure';
import { csvHref, parseFilters, toQuery, type RawSearchParams } from '../_lib/filters';
import { CiteView } from '../_components/cite-view';
import { getI18n } from '../_i18n/server';
import { unitName } from '../_lib/format';
import { Finding } from '../_components/finding';
import { thinkingFinding } from '../_lib/findings/thinking';
import { citationHref, citeName, citeTitle, shortCite } from '../_lib/cells';
import { StaticHtml } from '../_components/static-html';
import { sayingTooMany } from '../_components/too-many';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('nav.thinking') };
}

async function ThinkingPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
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
  const sameColumn = (r: ScoreRow, b: ScoreRow) =>
    r.benchmarkId === b.benchmarkId && r.version === b.version && r.metric === b.metric;
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
  // The heat map's columns: percentages by their median gain, largest first; Elo last, untinted.
  const median = (b: ScoreRow) => {
    const values = gains
      .filter((g) => sameColumn(g.thinking, b))
      .map((g) => g.deltaValue)
      .sort((x, y) => x - y);
    return values[Math.floor(values.length / 2)] ?? 0;
  };
  const heatColumns = [...benchmarkIds].sort(
    (a, b) => Number(a.unit === 'elo') - Number(b.unit === 'elo') || median(b) - median(a),
  );
  const maxGain = Math.max(1, ...gains.filter((g) => g.thinking.unit === 'percent').map((g) => Math.abs(g.deltaValue)));
  return (
    <>
      <h1>{t('thinking.title')}</h1>
      <Finding sentences={thinkingFinding(gains, tr)} tr={tr} />
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
            <a
              href={href(`/thinking${toQuery({ benchmark: b.benchmarkId })}#gain`)}
              aria-current={b === chosen ? 'true' : undefined}
            >
              {b.benchmark}
              {b.unit === 'elo' ? ' (Elo)' : ''}
            </a>
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
          <StaticHtml className="table-wrap scroll">
            <table data-testid="gain-table" className="matrix">
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
                    <th scope="row">
                      <a href={href(`/models/${g.thinking.modelId}`)}>{g.thinking.model}</a>
                    </th>
                    <td className="num">{g.thinking.scoreText}</td>
                    <td className="num">{g.nonThinking.scoreText}</td>
                    <td className={`num ${g.deltaValue >= 0 ? 'delta-pos' : 'delta-neg'}`}>{g.delta}</td>
                    <td className="cites">
                      {[g.thinking, g.nonThinking].map((r, i) => [
                        i > 0 ? ' · ' : '',
                        <a
                          key={r.id}
                          className="cite"
                          href={citationHref(r)}
                          title={citeTitle(r, r.model, tr)}
                          aria-label={citeName(r, tr)}
                        >
                          {shortCite(r, tr)}
                        </a>,
                      ])}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </StaticHtml>
        </section>
      )}
      <section className="panel" aria-label={t('thinking.everyGain')}>
        <h3>{t('thinking.matrixTitle')}</h3>
        <p className="muted">{t('thinking.matrixNote')}</p>
        <StaticHtml className="table-wrap scroll">
          <table data-testid="gain-matrix" className="matrix heat">
            <caption className="sr-only">{t('thinking.matrixCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.model')}</th>
                {heatColumns.map((b) => (
                  <th key={`${b.benchmarkId}|${b.version}|${b.metric}`} scope="col" className="num">
                    <a href={href(`/thinking${toQuery({ benchmark: b.benchmarkId })}#gain`)}>{b.benchmark}</a>
                    {b.unit === 'elo' && <small> Elo</small>}
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
                  {heatColumns.map((b) => {
                    const g = gainAt.get(`${m.modelId}|${b.benchmarkId}|${b.version}|${b.metric}`);
                    // A tint for the size of the gain (percentage points only; Elo is a scale of its own).
                    const tint = g && b.unit === 'percent' ? Math.round((Math.abs(g.deltaValue) / maxGain) * 30) : 0;
                    return (
                      <td
                        key={b.benchmarkId + b.version + b.metric}
                        className={g ? 'num' : 'num muted'}
                        style={
                          tint > 0
                            ? {
                                background: `color-mix(in srgb, var(${g!.deltaValue >= 0 ? '--gain' : '--dispute'}) ${tint}%, transparent)`,
                              }
                            : undefined
                        }
                      >
                        {g ? g.delta : '–'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </StaticHtml>
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

export default sayingTooMany(ThinkingPage);
