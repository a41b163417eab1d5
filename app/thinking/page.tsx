import type { Metadata } from 'next';
import Link from 'next/link';
import type { ScoreRow } from '@/db/queries';
import { chartFor } from '../_charts/kinds';
import { budgetCurves, qwenGains } from '../_charts/kinds/thinking';
import { BudgetPanel } from '../_components/budget-panel';
import { ChartFigure } from '../_components/chart-figure';
import { csvHref, parseFilters, toQuery, type RawSearchParams } from '../_lib/filters';
import { CiteView } from '../_components/cite-view';

export const metadata: Metadata = { title: 'Thinking budget' };

export default async function ThinkingPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { filters } = parseFilters(await searchParams);
  const curves = budgetCurves();
  const gains = qwenGains();
  const benchmarkIds = [...new Map(gains.map((g) => [g.thinking.benchmarkId, g.thinking])).values()];
  const chosen =
    benchmarkIds.find((b) => b.benchmarkId === filters.benchmark) ??
    benchmarkIds.find((b) => b.benchmarkId === 'aime-24') ??
    benchmarkIds[0];
  const gainChart = chosen
    ? chartFor('gain', chosen.benchmarkId, { version: chosen.version, metric: chosen.metric })
    : null;
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
      <h1>What thinking buys</h1>
      <p className="lede">
        Qwen3 models can answer with or without a thinking phase. Here is how the score grows with the thinking budget,
        and how much thinking mode adds over non-thinking mode for every Qwen3 size — the same weights, both modes.
      </p>
      <h2>Score against thinking budget</h2>
      <p className="muted">
        Qwen3-235B-A22B, as plotted in Figure 2 of the technical report; the dashed line is the same model without
        thinking. Budgets are read as 1K = 1,024 tokens.
      </p>
      {curves.length === 0 ? (
        <p className="muted">No results with a thinking budget are loaded.</p>
      ) : (
        <div className="grid">
          {curves.map((c, i) => (
            <BudgetPanel key={c.rows[0]!.id} curve={c} eager={i < 2} />
          ))}
        </div>
      )}
      <h2 id="gain">Thinking minus non-thinking, by size</h2>
      <p className="muted">
        Differences computed here from the published thinking and non-thinking scores of Tables 11–20 (same benchmark,
        version and metric). Pick a benchmark:
      </p>
      <ul className="chips" aria-label="Benchmark for the gain chart">
        {benchmarkIds.map((b) => (
          <li key={`${b.benchmarkId}|${b.version}|${b.metric}`}>
            <Link
              href={`/thinking${toQuery({ benchmark: b.benchmarkId })}#gain`}
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
        <section className="panel" aria-label={`Gain from thinking on ${chosen.benchmark}`} data-testid="gain-panel">
          <div className="panel-head">
            <div>
              <h3>
                {chosen.benchmark}: gain from thinking mode (
                {chosen.unit === 'percent' ? 'percentage points' : chosen.unit})
              </h3>
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
              Download CSV
            </a>
          </div>
          {gainChart && <ChartFigure model={gainChart} testId="gain-chart" />}
        </section>
      )}
      {chosen && (
        <section className="panel" aria-label={`Every gain on ${chosen.benchmark}`}>
          <h3>{chosen.benchmark}: thinking and non-thinking scores, and their difference</h3>
          <div className="table-wrap">
            <table data-testid="gain-table">
              <caption className="sr-only">
                {chosen.benchmark}: thinking and non-thinking scores of every Qwen3 size and their difference
              </caption>
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col" className="num">
                    Thinking
                  </th>
                  <th scope="col" className="num">
                    Non-thinking
                  </th>
                  <th scope="col" className="num">
                    Gain
                  </th>
                  <th scope="col">Sources</th>
                </tr>
              </thead>
              <tbody>
                {chosenGains.map((g) => (
                  <tr key={`${g.thinking.id}-${g.nonThinking.id}`}>
                    <td>
                      <a href={`/models/${g.thinking.modelId}`}>{g.thinking.model}</a>
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
      <section className="panel" aria-label="Every gain">
        <h3>Every Qwen3 size and benchmark: gain from thinking</h3>
        <p className="muted">
          Thinking minus non-thinking score, in the benchmark&apos;s unit (percentage points, or Elo for CodeForces).
          Each benchmark&apos;s scores and sources are one click away; the CSV has every pair.
        </p>
        <div className="table-wrap">
          <table data-testid="gain-matrix">
            <caption className="sr-only">Gain from thinking mode, model by benchmark</caption>
            <thead>
              <tr>
                <th scope="col">Model</th>
                {benchmarkIds.map((b) => (
                  <th key={`${b.benchmarkId}|${b.version}|${b.metric}`} scope="col" className="num">
                    <a href={`/thinking${toQuery({ benchmark: b.benchmarkId })}#gain`}>{b.benchmark}</a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {models.map((m) => (
                <tr key={m.modelId} className="qwen">
                  <th scope="row">
                    <a href={`/models/${m.modelId}`}>{m.model}</a>
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
        title="What thinking buys"
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
