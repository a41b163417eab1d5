import type { Metadata } from 'next';
import Link from 'next/link';
import { getResults } from '@/db/queries';
import { chartFor } from '../_charts/kinds';
import { ChartFigure } from '../_components/chart-figure';
import { Matrix, byModelAndMode, type Axis } from '../_components/matrix';
import { csvHref, parseFilters, toQuery, type RawSearchParams } from '../_lib/filters';
import { languageLabel, PER_LANGUAGE_TABLE } from '../_lib/languages';
import { CiteView } from '../_components/cite-view';

export const metadata: Metadata = { title: 'Multilingual' };

const REPORT = 'qwen3-tech-report';
const byLanguage: Axis = { key: (r) => r.version, label: (r) => languageLabel(r.version) };

export default async function MultilingualPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { filters } = parseFilters(await searchParams);
  const mode = filters.mode === 'non-thinking' ? 'non-thinking' : 'thinking';
  const provenance = { reporter: filters.reporter, window: filters.window };
  const all = getResults({ source: REPORT, category: 'multilingual', mode, budget: 'none', ...provenance }).filter(
    (r) => PER_LANGUAGE_TABLE.test(r.tableRef),
  );
  const benchmarks = [...new Map(all.map((r) => [r.benchmarkId, r])).values()].sort((a, b) =>
    a.benchmark.localeCompare(b.benchmark),
  );
  const benchmark =
    benchmarks.find((b) => b.benchmarkId === filters.benchmark) ??
    benchmarks.find((b) => b.benchmarkId === 'multi-if') ??
    benchmarks[0];
  const rows = all.filter((r) => r.benchmarkId === benchmark?.benchmarkId);
  const languages = [...new Set(rows.map((r) => r.version))];
  const language = languages.includes(filters.version ?? '') ? filters.version! : languages[0];
  const chart =
    benchmark && language
      ? chartFor('benchmark', benchmark.benchmarkId, {
          source: REPORT,
          category: 'multilingual',
          mode,
          budget: 'none',
          version: language,
          metric: benchmark.metric,
          ...provenance,
        })
      : null;
  const here = (o: { benchmark?: string; mode?: string; version?: string }) =>
    `/multilingual${toQuery({ benchmark: o.benchmark ?? benchmark?.benchmarkId, mode: (o.mode ?? mode) as typeof filters.mode, version: o.version, ...provenance })}`;
  return (
    <>
      <h1>Multilingual</h1>
      <p className="lede">
        Per-language results of the technical report (Tables 24–35: one table per language; Table 37: Belebele by
        language family), model by language. Qwen3 models are in bold.
      </p>
      <nav aria-label="Mode">
        <ul className="chips">
          {(['thinking', 'non-thinking'] as const).map((m) => (
            <li key={m}>
              <Link href={here({ mode: m })} aria-current={m === mode ? 'true' : undefined}>
                {m === 'thinking' ? 'Thinking mode (+ baselines)' : 'Non-thinking mode (+ baselines)'}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Benchmark" style={{ marginTop: '0.5rem' }}>
        <ul className="chips">
          {benchmarks.map((b) => (
            <li key={b.benchmarkId}>
              <Link href={here({ benchmark: b.benchmarkId })} aria-current={b === benchmark ? 'true' : undefined}>
                {b.benchmark}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {benchmark ? (
        <>
          <section
            className="panel"
            aria-label={`${benchmark.benchmark} by language`}
            data-testid="multilingual-panel"
            style={{ marginTop: '0.8rem' }}
          >
            <div className="panel-head">
              <div>
                <h2>
                  <Link href={`/benchmarks/${benchmark.benchmarkId}`}>{benchmark.benchmark}</Link> by language, {mode}{' '}
                  mode
                </h2>
                <p>
                  {benchmark.metric} · {benchmark.unit}; baselines without a mode switch are shown beside the {mode}{' '}
                  block they were printed in.
                </p>
              </div>
              <a
                className="download"
                href={csvHref({
                  category: 'multilingual',
                  source: REPORT,
                  benchmark: benchmark.benchmarkId,
                  mode,
                  budget: 'none',
                  ...provenance,
                })}
                download
              >
                Download CSV
              </a>
            </div>
            <Matrix
              rows={rows}
              rowAxis={byModelAndMode}
              colAxis={byLanguage}
              caption={`${benchmark.benchmark}: model by language`}
              testId="language-matrix"
            />
          </section>
          {language && (
            <section className="panel" aria-label={`${benchmark.benchmark}, ${language}`}>
              <ul className="chips" aria-label="Language to chart">
                {languages.map((l) => (
                  <li key={l}>
                    <Link href={here({ version: l })} aria-current={l === language ? 'true' : undefined} scroll={false}>
                      {byLanguage.label({ version: l } as never)}
                    </Link>
                  </li>
                ))}
              </ul>
              <h3 style={{ marginTop: '0.6rem' }}>
                {benchmark.benchmark}, {language}
              </h3>
              {chart && <ChartFigure model={chart} testId="bar-chart" />}
            </section>
          )}
        </>
      ) : (
        <p className="muted">No per-language results are loaded.</p>
      )}
      <CiteView title="Multilingual" path={here({ version: language })} sourceIds={rows.map((r) => r.sourceId)} />
    </>
  );
}
