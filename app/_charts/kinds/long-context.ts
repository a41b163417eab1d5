import 'server-only';
import { getBenchmark, getResults, type ScoreRow } from '@/db/queries';
import { groupCells } from '../../_lib/cells';
import type { Translator } from '../../_i18n/translate';
import { modeLabel, orgColour } from '../../_lib/encodings';
import { unitName } from '../../_lib/format';
import { lineChanges } from '../../_lib/findings/long-context';
import type { ChartSpec, Series } from '../model';
import { orgEntry, sourceLines } from '../parts';

// RULER by context length, as Table 23 of the technical report prints it: one line per model
// and mode across the context lengths, a few highlighted in their organisation's colour and the
// rest thin and grey behind them (19 lines in one colour read as none). By default Qwen3's
// largest model in both modes, the best Qwen2.5 at the longest context and the lines the page's
// finding names; `models=` picks others.

export const LONG_CONTEXT_QUERY = { benchmark: 'ruler', source: 'qwen3-tech-report', table: 'Table 23' };

/** "8K context" → 8; averages and other columns go last. */
export const contextTokens = (version: string) => {
  const m = /^(\d+)K/.exec(version);
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
};

export const seriesKey = (r: ScoreRow) => `${r.modelId}|${r.mode}|${r.budget ?? ''}`;

export function longContextRows(): ScoreRow[] {
  return getResults(LONG_CONTEXT_QUERY);
}

/**
 * The models highlighted by default: Qwen3-235B-A22B (both modes), the best Qwen2.5 at the longest
 * length, and the models the page's finding names for holding up best and falling most (a
 * sentence about a line drawn grey sent the reader hunting for it).
 */
export function defaultHighlights(rows: ScoreRow[], longest: string): string[] {
  const qwen25 = rows
    .filter((r) => r.family === 'Qwen2.5' && r.version === longest)
    .sort((a, b) => b.score - a.score)[0];
  const changes = lineChanges(rows);
  const named = changes.length >= 2 ? [changes[0]!.r.modelId, changes[changes.length - 1]!.r.modelId] : [];
  return [...new Set(['qwen3-235b-a22b', ...(qwen25 ? [qwen25.modelId] : []), ...named])];
}

export function longContextChart(id: string, query: string, tr: Translator, models?: string): ChartSpec | null {
  const { t } = tr;
  if (id !== LONG_CONTEXT_QUERY.benchmark || !getBenchmark(id)) return null;
  const rows = longContextRows();
  const lengths = [...new Set(rows.map((r) => r.version))].filter((l) => Number.isFinite(contextTokens(l)));
  lengths.sort((a, b) => contextTokens(a) - contextTokens(b));
  if (lengths.length === 0) return null;
  const categories = lengths.map((l) => l.replace(' context', ''));
  const highlighted = new Set(models ? models.split(',') : defaultHighlights(rows, lengths[lengths.length - 1]!));
  const series = new Map<string, Series>();
  const orgs = new Map<string, ScoreRow>();
  for (const cell of groupCells(rows.filter((r) => lengths.includes(r.version)))) {
    const r = cell.row;
    const key = seriesKey(r);
    const s = series.get(key) ?? {
      key: key.replace(/[^a-z0-9]/gi, '_'),
      label: r.mode === 'n/a' ? r.model : `${r.model} ${r.mode === 'thinking' ? t('chart.think') : t('chart.noThink')}`,
      colour: orgColour(r.org, r.family),
      dashed: r.mode === 'non-thinking',
      emphasis: highlighted.has(r.modelId),
      values: {},
    };
    s.values[r.version.replace(' context', '')] = cell.values[0]!.score;
    series.set(key, s);
    if (s.emphasis) orgs.set(s.colour, r);
  }
  const drawn = rows.filter((r) => lengths.includes(r.version));
  return {
    path: `/charts/long-context/${id}`,
    query,
    viewPath: '/long-context',
    title: t('chart.longTitle'),
    subtitle: t('chart.longSubtitle', {
      metric: rows[0]!.metric,
      unit: unitName('percent', tr),
      na: modeLabel('n/a', tr),
    }),
    summary: t('chart.longSummary', { from: lengths[0]!, to: lengths[lengths.length - 1]! }),
    notes: [
      t('chart.longHighlight', {
        models: [...series.values()]
          .filter((s) => s.emphasis)
          .map((s) => s.label)
          .join(', '),
      }),
      t('chart.longNote'),
    ],
    sources: sourceLines(drawn),
    legend: [...orgs.values()].map((r) => orgEntry(r.org, r.family, tr)),
    keyNotes: [t('chart.longGrey')],
    plot: {
      type: 'series',
      categories,
      series: [...series.values()],
      xLabel: t('chart.longAxis'),
      yLabel: t('chart.accuracyAxis'),
    },
    rows: drawn,
  };
}
