import type { ScoreRow } from '@/db/queries';
import { groupCells } from '../_lib/cells';
import { modeLabel } from '../_lib/encodings';
import { formatBudget } from '../_lib/format';
import { getI18n } from '../_i18n/server';
import type { Translator } from '../_i18n/translate';
import { StaticHtml } from './static-html';

/** Entries shown per side of a benchmark; the rest are in the category tables below. */
const MAX_ENTRIES = 4;

type Entry = { key: string; setup: string; text: string; by: string; order: number };

/**
 * A model's numbers by its maker beside the numbers others measured, per benchmark where both
 * exist. Every entry names its version and metric: different setups are different measurements,
 * never shown as a disagreement. One setup (version, metric, mode, budget) with different values
 * is a dispute, marked ≠ on both sides.
 */
export async function ReporterSides({ rows }: { rows: ScoreRow[] }) {
  const tr = await getI18n();
  const { t, href } = tr;
  const byBenchmark = new Map<string, ScoreRow[]>();
  for (const r of rows) byBenchmark.set(r.benchmarkId, [...(byBenchmark.get(r.benchmarkId) ?? []), r]);
  const both = [...byBenchmark.values()].filter(
    (list) => list.some((r) => r.reporter === 'self') && list.some((r) => r.reporter === 'independent'),
  );
  if (both.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="reporters" data-testid="reporter-sides">
      <h2 id="reporters">{t('sides.title')}</h2>
      <p className="muted">{t('sides.lede')}</p>
      <StaticHtml className="table-wrap">
        <table className="sides">
          <caption className="sr-only">{t('sides.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.benchmark')}</th>
              <th scope="col">{t('sides.self')}</th>
              <th scope="col">{t('sides.independent')}</th>
            </tr>
          </thead>
          <tbody>
            {both.map((list) => {
              const first = list[0]!;
              const [self, independent] = sides(list, tr);
              return (
                <tr key={first.benchmarkId}>
                  <td>
                    <a href={href(`/benchmarks/${first.benchmarkId}`)}>{first.benchmark}</a>
                  </td>
                  <Side entries={self} label={t('sides.self')} tr={tr} />
                  <Side entries={independent} label={t('sides.independent')} tr={tr} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </StaticHtml>
    </section>
  );
}

function Side({ entries, label, tr }: { entries: Entry[]; label: string; tr: Translator }) {
  const shown = entries.slice(0, MAX_ENTRIES);
  return (
    // The label heads the side where a phone stacks the columns (globals.css).
    <td data-side={label}>
      {shown.map((e) => (
        <div key={e.key}>
          <span className="muted">{e.setup}:</span> {e.text}
          {e.by && <span className="muted"> — {e.by}</span>}
        </div>
      ))}
      {entries.length > shown.length && (
        <div className="muted">{tr.t('sides.more', { count: entries.length - shown.length })}</div>
      )}
    </td>
  );
}

/** An overall score ("Global Average") before averages of parts, before the parts; then by name. */
const rank = (metric: string) => (/^(global|overall)\b/i.test(metric) ? 0 : /\b(average|mean)\b/i.test(metric) ? 1 : 2);

/** The self-reported and the independent entries of one benchmark, each version's first entries first. */
function sides(rows: ScoreRow[], tr: Translator): [Entry[], Entry[]] {
  const out: [Entry[], Entry[]] = [[], []];
  const seen = new Map<string, number>();
  const ordered = [...rows].sort(
    (a, b) => a.version.localeCompare(b.version) || rank(a.metric) - rank(b.metric) || a.metric.localeCompare(b.metric),
  );
  for (const cell of groupCells(ordered)) {
    const r = cell.row;
    const setup = [r.version || tr.t('common.main'), r.metric || tr.t('common.metricNotStated')].join(' · ');
    const mode = [
      r.mode === 'n/a' ? '' : modeLabel(r.mode, tr),
      r.budget === null ? '' : tr.t('chart.tokens', { budget: formatBudget(r.budget, tr) }),
    ]
      .filter(Boolean)
      .join(tr.t('changes.partSeparator'));
    for (const v of cell.values) {
      for (const [i, reporter] of (['self', 'independent'] as const).entries()) {
        const cites = v.citations.filter((c) => c.reporter === reporter);
        if (cites.length === 0) continue;
        const group = `${reporter}|${r.version}`;
        const order = seen.get(group) ?? 0;
        seen.set(group, order + 1);
        out[i]!.push({
          key: `${cell.key}|${v.scoreText}`,
          setup,
          text: `${v.scoreText}${cell.disputed ? ' ≠' : ''}${mode ? ` (${mode})` : ''}`,
          by: reporter === 'independent' ? [...new Set(cites.map((c) => c.sourcePublisher))].join(', ') : '',
          order,
        });
      }
    }
  }
  // Round the versions: each version's first entries before any version's later ones (stable sort).
  for (const side of out) side.sort((a, b) => a.order - b.order);
  return out;
}
