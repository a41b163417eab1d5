import type { ScoreRow } from '@/db/queries';
import { getI18n } from '../_i18n/server';
import type { Translator } from '../_i18n/translate';
import { modeLabel } from '../_lib/encodings';
import { settingDifferences, settingText, statedSettings, statesSettings } from '../_lib/run-settings';
import { StaticHtml } from './static-html';

/** Runs shown per benchmark; the rest are in the category tables below. */
const MAX_RUNS = 3;

type Comparison = { benchmark: string; benchmarkId: string; published: ScoreRow; runs: ScoreRow[]; more: number };

/**
 * A model's runs with stated settings (an imported lm-eval run, say) beside the published number
 * of the same benchmark, settings side by side: each setting as each source states it, "not
 * stated by this source" where it does not, and what differs, named ("5-shot vs 0-shot").
 */
export async function RunSettings({ rows }: { rows: ScoreRow[] }) {
  const tr = await getI18n();
  const comparisons = compare(rows);
  if (comparisons.length === 0) return null;
  const { t, href } = tr;
  return (
    <section className="panel" aria-labelledby="runs" data-testid="run-settings">
      <h2 id="runs">{t('runs.title')}</h2>
      <p className="muted">{t('runs.lede')}</p>
      {comparisons.map((c) => (
        <StaticHtml className="table-wrap" key={c.benchmarkId}>
          <>
            <table className="lines" data-testid={`run-settings-${c.benchmarkId}`}>
              <caption>
                <a href={href(`/benchmarks/${c.benchmarkId}`)}>{c.benchmark}</a>
                <span className="sr-only"> — {t('runs.caption', { benchmark: c.benchmark })}</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('runs.setting')}</th>
                  <th scope="col">{t('runs.published')}</th>
                  {c.runs.map((r) => (
                    <th scope="col" key={r.id}>
                      {t('runs.thisRun')}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{lines(c, tr)}</tbody>
            </table>
            {c.more > 0 && <p className="muted">{t('runs.more', { count: c.more })}</p>}
          </>
        </StaticHtml>
      ))}
    </section>
  );
}

function lines(c: Comparison, tr: Translator) {
  const { t } = tr;
  const all = [c.published, ...c.runs];
  const cell = (text: string | null, key: number) =>
    text === null ? (
      <td key={key} className="muted">
        {t('runs.notStated')}
      </td>
    ) : (
      <td key={key}>{text}</td>
    );
  const row = (label: string, texts: (string | null)[]) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      {texts.map(cell)}
    </tr>
  );
  return [
    row(
      t('runs.score'),
      all.map((r) => `${r.scoreText}${r.unit === 'percent' ? '' : ` (${r.unit})`}`),
    ),
    row(
      t('runs.metric'),
      all.map((r) => [r.version, r.metric].filter(Boolean).join(' · ') || null),
    ),
    row(
      t('runs.mode'),
      all.map((r) => (r.mode === 'n/a' ? null : modeLabel(r.mode, tr))),
    ),
    row(
      t('runs.source'),
      all.map(
        (r) => `${r.sourceTitle} · ${r.tableRef}${r.reporter === 'independent' ? ` — ${r.sourcePublisher}` : ''}`,
      ),
    ),
    ...statedSettings(all).map((s) =>
      row(
        t(`runs.names.${s}`),
        all.map((r) => settingText(r, s, tr)),
      ),
    ),
    <tr key="differs">
      <th scope="row">{t('runs.differs')}</th>
      <td />
      {c.runs.map((r) => {
        const named = settingDifferences(r, c.published, tr);
        return (
          <td key={r.id} data-testid="run-differences">
            {named.length === 0 ? (
              <span className="muted">{t('runs.same')}</span>
            ) : (
              named.map((d) => <div key={d}>{d}</div>)
            )}
          </td>
        );
      })}
    </tr>,
  ];
}

/** Per benchmark with both: its runs (overall before subsets) and the published number nearest the first. */
function compare(rows: ScoreRow[]): Comparison[] {
  const byBenchmark = new Map<string, ScoreRow[]>();
  for (const r of rows) byBenchmark.set(r.benchmarkId, [...(byBenchmark.get(r.benchmarkId) ?? []), r]);
  const out: Comparison[] = [];
  for (const list of byBenchmark.values()) {
    const runs = list
      .filter(statesSettings)
      .sort((a, b) => Number(a.version !== '') - Number(b.version !== '') || a.id - b.id);
    const runSources = new Set(runs.map((r) => r.sourceId));
    const published = list.filter((r) => !runSources.has(r.sourceId));
    const first = runs[0];
    if (!first || published.length === 0) continue;
    const score = (p: ScoreRow) =>
      Number(p.mode === first.mode) * 4 + Number(p.version === first.version) * 2 + Number(p.reporter === 'self');
    const best = [...published].sort((a, b) => score(b) - score(a) || a.id - b.id)[0]!;
    out.push({
      benchmark: first.benchmark,
      benchmarkId: first.benchmarkId,
      published: best,
      runs: runs.slice(0, MAX_RUNS),
      more: Math.max(0, runs.length - MAX_RUNS),
    });
  }
  return out.sort((a, b) => a.benchmark.localeCompare(b.benchmark));
}
