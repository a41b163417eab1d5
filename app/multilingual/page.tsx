import type { Metadata } from 'next';
import { getResults, getTestSetFacts } from '@/db/queries';
import { ChartFigure } from '../_components/chart-figure';
import { Matrix, byModelAndMode, type Axis } from '../_components/matrix';
import { csvHref, parseFilters, toQuery, type RawSearchParams } from '../_lib/filters';
import { languageLabel, PER_LANGUAGE_TABLE } from '../_lib/languages';
import { CiteView } from '../_components/cite-view';
import { getI18n } from '../_i18n/server';
import { unitName } from '../_lib/format';
import { modeLabel } from '../_lib/encodings';
import { ComparisonDots } from '../_components/comparison-dots';
import { Finding } from '../_components/finding';
import { multilingualFinding } from '../_lib/findings/multilingual';
import { factsIndex } from '../_lib/result-facts';
import { barChart, ShowAllBars, topOf } from '../_components/show-all';
import { sayingTooMany } from '../_components/too-many';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('multilingual.title') };
}

const REPORT = 'qwen3-tech-report';
const byLanguage: Axis = { key: (r) => r.version, label: (r) => languageLabel(r.version) };

async function MultilingualPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const tr = await getI18n();
  const { t, href } = tr;
  const raw = await searchParams;
  const { filters } = parseFilters(raw);
  const top = topOf(raw);
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
  const { chart, total: bars } =
    benchmark && language
      ? barChart(
          'benchmark',
          benchmark.benchmarkId,
          {
            source: REPORT,
            category: 'multilingual',
            mode,
            budget: 'none',
            version: language,
            metric: benchmark.metric,
            ...provenance,
          },
          tr,
          top,
        )
      : { chart: null, total: 0 };
  const facts = factsIndex(getTestSetFacts());
  const here = (o: { benchmark?: string; mode?: string; version?: string }) =>
    `/multilingual${toQuery({ benchmark: o.benchmark ?? benchmark?.benchmarkId, mode: (o.mode ?? mode) as typeof filters.mode, version: o.version, ...provenance })}`;
  return (
    <>
      <h1>{t('multilingual.title')}</h1>
      {benchmark && (
        <Finding
          sentences={multilingualFinding(rows, facts, {
            benchmark: benchmark.benchmark,
            language: (r) => languageLabel(r.version),
            tr,
          })}
          tr={tr}
        />
      )}
      <p className="lede">{t('multilingual.lede')}</p>
      <nav aria-label={t('table.mode')}>
        <ul className="chips">
          {(['thinking', 'non-thinking'] as const).map((m) => (
            <li key={m}>
              <a href={href(here({ mode: m }))} aria-current={m === mode ? 'true' : undefined}>
                {m === 'thinking' ? t('multilingual.thinking') : t('multilingual.nonThinking')}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={t('table.benchmark')} style={{ marginTop: '0.5rem' }}>
        <ul className="chips">
          {benchmarks.map((b) => (
            <li key={b.benchmarkId}>
              <a href={href(here({ benchmark: b.benchmarkId }))} aria-current={b === benchmark ? 'true' : undefined}>
                {b.benchmark}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {benchmark ? (
        <>
          <section
            className="panel"
            aria-label={t('multilingual.byLanguage', { benchmark: benchmark.benchmark })}
            data-testid="multilingual-panel"
            style={{ marginTop: '0.8rem' }}
          >
            <div className="panel-head">
              <div>
                <h2>
                  {tr.rich(
                    'multilingual.heading',
                    {
                      benchmark: (text) => <a href={href(`/benchmarks/${benchmark.benchmarkId}`)}>{text}</a>,
                    },
                    { benchmark: benchmark.benchmark, mode: modeLabel(mode, tr) },
                  )}
                </h2>
                <p>
                  {t('multilingual.subtitle', {
                    metric: benchmark.metric,
                    unit: unitName(benchmark.unit, tr),
                    mode: modeLabel(mode, tr),
                  })}
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
                {t('common.downloadCsv')}
              </a>
            </div>
            <ComparisonDots
              rows={rows}
              facts={facts}
              order="given"
              rowName={(r) => languageLabel(r.version)}
              testId="language-dots"
            />
            <Matrix
              rows={rows}
              rowAxis={byModelAndMode}
              colAxis={byLanguage}
              markLeaders
              caption={t('multilingual.caption', { benchmark: benchmark.benchmark })}
              testId="language-matrix"
            />
          </section>
          {language && (
            <section
              className="panel"
              id="one-language"
              aria-label={t('multilingual.languagePanel', { benchmark: benchmark.benchmark, language })}
            >
              <ul className="chips" aria-label={t('multilingual.toChart')}>
                {languages.map((l) => (
                  <li key={l}>
                    <a
                      href={`${href(here({ version: l }))}#one-language`}
                      aria-current={l === language ? 'true' : undefined}
                    >
                      {byLanguage.label({ version: l } as never)}
                    </a>
                  </li>
                ))}
              </ul>
              <h3 style={{ marginTop: '0.6rem' }}>
                {t('multilingual.languagePanel', { benchmark: benchmark.benchmark, language })}
              </h3>
              {chart && <ChartFigure model={chart} testId="bar-chart" />}
              <ShowAllBars
                total={bars}
                top={top}
                path="/multilingual"
                query={here({ version: language }).split('?')[1] ?? ''}
                fragment="#one-language"
                tr={tr}
              />
            </section>
          )}
        </>
      ) : (
        <p className="muted">{t('multilingual.none')}</p>
      )}
      <CiteView
        title={t('multilingual.title')}
        path={here({ version: language })}
        sourceIds={rows.map((r) => r.sourceId)}
      />
    </>
  );
}

export default sayingTooMany(MultilingualPage);
