import 'server-only';
import { getBenchmark, getResults, type ScoreRow } from '@/db/queries';
import { groupCells } from '../../_lib/cells';
import { EN, type Translator } from '../../_i18n/translate';
import { isQwen3, modeLabel, orgColour } from '../../_lib/encodings';
import { unitName } from '../../_lib/format';
import type { ChartModel, Series } from '../model';
import { orgEntry, sourceLines } from '../parts';

// RULER by context length, as Table 23 of the technical report prints it: one line per model
// and mode across the context lengths.

export const LONG_CONTEXT_QUERY = { benchmark: 'ruler', source: 'qwen3-tech-report', table: 'Table 23' };

/** "8K context" → 8; averages and other columns go last. */
export const contextTokens = (version: string) => {
  const m = /^(\d+)K/.exec(version);
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
};

/** Hue is the organisation; within it, larger models are darker, so same-org lines differ. */
function shade(hex: string, billions: number | null): string {
  const t = billions === null ? 0.5 : Math.min(1, Math.log2(Math.max(1, billions)) / Math.log2(256));
  const mix = (c: number) => Math.round(c * (0.55 + 0.6 * t) + (t < 0.5 ? 255 * (0.5 - t) * 0.7 : 0));
  const rgb = [1, 3, 5].map((i) => Math.max(0, Math.min(255, mix(parseInt(hex.slice(i, i + 2), 16)))));
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export const seriesKey = (r: ScoreRow) => `${r.modelId}|${r.mode}|${r.budget ?? ''}`;

export function longContextRows(): ScoreRow[] {
  return getResults(LONG_CONTEXT_QUERY);
}

export function longContextChart(id: string, query: string, tr: Translator = EN): ChartModel | null {
  const { t } = tr;
  if (id !== LONG_CONTEXT_QUERY.benchmark || !getBenchmark(id)) return null;
  const rows = longContextRows();
  const lengths = [...new Set(rows.map((r) => r.version))].filter((l) => Number.isFinite(contextTokens(l)));
  lengths.sort((a, b) => contextTokens(a) - contextTokens(b));
  if (lengths.length === 0) return null;
  const categories = lengths.map((l) => l.replace(' context', ''));
  const series = new Map<string, Series>();
  const orgs = new Map<string, ScoreRow>();
  for (const cell of groupCells(rows.filter((r) => lengths.includes(r.version)))) {
    const r = cell.row;
    const key = seriesKey(r);
    const s = series.get(key) ?? {
      key: key.replace(/[^a-z0-9]/gi, '_'),
      label: r.mode === 'n/a' ? r.model : `${r.model} ${r.mode === 'thinking' ? t('chart.think') : t('chart.noThink')}`,
      colour: shade(orgColour(r.org, r.family), r.totalParams),
      dashed: r.mode === 'non-thinking',
      emphasis: isQwen3(r.family),
      values: {},
    };
    s.values[r.version.replace(' context', '')] = cell.values[0]!.score;
    series.set(key, s);
    orgs.set(orgColour(r.org, r.family), r);
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
    notes: [t('chart.longNote')],
    sources: sourceLines(drawn),
    legend: [...orgs.values()].map((r) => orgEntry(r.org, r.family, tr)),
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
