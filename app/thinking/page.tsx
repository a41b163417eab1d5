import type { Metadata } from 'next';
import Link from 'next/link';
import { getResults, type ScoreRow } from '@/db/queries';
import { HorizontalBars } from '../_components/bar-chart';
import { BudgetPanel } from '../_components/budget-panel';
import { budgetCurves } from '../_lib/budget-curves';
import { Legend } from '../_components/legend';
import { orgColour } from '../_lib/encodings';
import { csvHref, parseFilters, toQuery, type RawSearchParams } from '../_lib/filters';
import { pairModes } from '../_lib/gains';

export const metadata: Metadata = { title: 'Thinking budget' };

const GAIN_TABLES = /^Table (1[1-9]|20)$/;

export default async function ThinkingPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { filters } = parseFilters(await searchParams);
  const curves = budgetCurves();
  const qwenRows = getResults({ budget: 'none', family: 'Qwen3', kind: 'hybrid' }).filter((r) =>
    GAIN_TABLES.test(r.tableRef),
  );
  const gains = pairModes(qwenRows).filter((g) => g.delta !== undefined);
  const benchmarkIds = [...new Map(gains.map((g) => [g.thinking!.benchmarkId, g.thinking!])).values()];
  const chosen =
    benchmarkIds.find((b) => b.benchmarkId === filters.benchmark) ??
    benchmarkIds.find((b) => b.benchmarkId === 'aime-24') ??
    benchmarkIds[0];
  const chosenGains = gains
    .filter(
      (g) =>
        g.thinking!.benchmarkId === chosen?.benchmarkId &&
        g.thinking!.version === chosen?.version &&
        g.thinking!.metric === chosen?.metric,
    )
    .sort((a, b) => (b.thinking!.totalParams ?? 0) - (a.thinking!.totalParams ?? 0));
  const sizeOrder = (r: ScoreRow) => -(r.totalParams ?? 0);
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
          {curves.map((c) => (
            <BudgetPanel key={c.rows[0]!.id} rows={c.rows} table11={c.table11} csv={c.csv} />
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
                benchmarkId: chosen.benchmarkId,
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
          <HorizontalBars
            bars={chosenGains.map((g) => ({
              key: g.thinking!.modelId,
              label: g.thinking!.model,
              value: g.deltaValue!,
              valueText: g.delta!,
              colour: orgColour(g.thinking!.org, g.thinking!.family),
              fill: 'solid',
              emphasis: true,
              href: `/models/${g.thinking!.modelId}`,
            }))}
            unitLabel={chosen.unit === 'percent' ? 'Gain (percentage points)' : `Gain (${chosen.unit})`}
            domainMin="auto"
            testId="gain-chart"
          />
          <Legend />
        </section>
      )}
      <section className="panel" aria-label="Every gain">
        <h3>Every Qwen3 size and benchmark</h3>
        <div className="table-wrap" style={{ maxHeight: '32rem' }}>
          <table data-testid="gain-table">
            <caption className="sr-only">Thinking and non-thinking scores and their difference</caption>
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Benchmark</th>
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
              {[...gains]
                .sort(
                  (a, b) =>
                    sizeOrder(a.thinking!) - sizeOrder(b.thinking!) ||
                    a.thinking!.benchmark.localeCompare(b.thinking!.benchmark),
                )
                .map((g) => (
                  <tr key={`${g.thinking!.id}-${g.nonThinking!.id}`}>
                    <td>
                      <Link href={`/models/${g.thinking!.modelId}`}>{g.thinking!.model}</Link>
                    </td>
                    <td>
                      <Link href={`/benchmarks/${g.thinking!.benchmarkId}`}>{g.thinking!.benchmark}</Link>
                      {g.thinking!.version && <span className="muted"> {g.thinking!.version}</span>}
                    </td>
                    <td className="num">{g.thinking!.scoreText}</td>
                    <td className="num">{g.nonThinking!.scoreText}</td>
                    <td className={`num ${g.deltaValue! >= 0 ? 'delta-pos' : 'delta-neg'}`}>{g.delta}</td>
                    <td className="cite">
                      {g.thinking!.tableRef} / {g.nonThinking!.tableRef}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
