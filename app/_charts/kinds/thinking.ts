import 'server-only';
import { cached, getBenchmark, getResults, type ScoreRow } from '@/db/queries';
import { orgColour } from '../../_lib/encodings';
import type { Filters } from '../../_lib/filters';
import type { Translator } from '../../_i18n/translate';
import { formatBudget, unitName } from '../../_lib/format';
import { pairModes } from '../../_lib/gains';
import type { BarDatum, ChartSpec } from '../model';
import { legendFor, orgEntry, sourceLines } from '../parts';
import { niceScale, type Scale } from '../ticks';

// What thinking buys: score against thinking budget (Figure 2's curves) and the gain of
// thinking over non-thinking mode for every Qwen3 size (Tables 11-20).

export type BudgetCurve = { rows: ScoreRow[]; table11?: ScoreRow; filters: Partial<Filters> };

/** Budget curves: every (source table, model, benchmark) of Qwen3 with two or more budget points. */
export function budgetCurves(): BudgetCurve[] {
  return cached('budget-curves', findBudgetCurves);
}

/**
 * The filters that name a curve's chart: none for a benchmark's first curve (its default), else
 * the model, table, version and metric.
 */
export function curveFilters(curve: BudgetCurve): Partial<Filters> {
  const first = budgetCurves().find((c) => c.rows[0]!.benchmarkId === curve.rows[0]!.benchmarkId);
  return first && first.rows[0]!.id === curve.rows[0]!.id ? {} : curve.filters;
}

function findBudgetCurves(): BudgetCurve[] {
  const pointRows = getResults({ budget: 'set', family: 'Qwen3' });
  const tables = [...new Set(pointRows.map((r) => `${r.sourceId}\u0000${r.tableRef}`))];
  const curves: BudgetCurve[] = [];
  for (const t of tables) {
    const [sourceId, tableRef] = t.split('\u0000') as [string, string];
    const groups = new Map<string, ScoreRow[]>();
    for (const r of getResults({ source: sourceId, table: tableRef, family: 'Qwen3' })) {
      const key = JSON.stringify([r.modelId, r.benchmarkId, r.version, r.metric]);
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const rows of groups.values()) {
      if (rows.filter((r) => r.budget !== null).length < 2) continue;
      const r = rows[0]!;
      const general = getResults({
        benchmark: r.benchmarkId,
        models: r.modelId,
        mode: 'thinking',
        budget: 'none',
      }).find((g) => g.mode === 'thinking' && g.version === r.version && g.tableRef !== tableRef);
      curves.push({
        rows,
        table11: general,
        filters: { models: r.modelId, source: sourceId, table: tableRef, version: r.version, metric: r.metric },
      });
    }
  }
  return curves;
}

/**
 * The y scale of every budget chart: round ticks over every curve's scores (and this chart's),
 * so the panels of /thinking, side by side, have one scale and their slopes compare.
 */
function budgetScale(scores: number[]): Scale {
  const all = budgetCurves()
    .flatMap((c) => c.rows.map((r) => r.score))
    .concat(scores);
  return niceScale(Math.max(0, Math.min(...all) - 2), Math.min(100, Math.max(...all) + 2), 5);
}

/** One curve: a model's score on a benchmark at each thinking budget, with its non-thinking score. */
export function budgetChart(id: string, asked: Partial<Filters>, query: string, tr: Translator): ChartSpec | null {
  const { t } = tr;
  if (!getBenchmark(id)) return null;
  const named = asked.models || asked.source || asked.table || asked.version || asked.metric;
  const f = named ? asked : budgetCurves().find((c) => c.rows[0]!.benchmarkId === id)?.filters;
  if (!f) return null;
  const rows = getResults({
    benchmark: id,
    models: f.models,
    source: f.source,
    table: f.table,
    version: f.version,
    metric: f.metric,
  });
  const points = rows
    .filter((r) => r.budget !== null)
    .sort((a, b) => a.budget! - b.budget!)
    .map((r) => ({ budget: r.budget!, score: r.score, scoreText: r.scoreText }));
  if (points.length === 0) return null;
  const first = rows.find((r) => r.budget !== null)!;
  const reference = rows.find((r) => r.mode === 'non-thinking' && r.budget === null && r.modelId === first.modelId);
  const drawn = rows.filter((r) => r.modelId === first.modelId && (r.budget !== null || r === reference));
  const top = points[points.length - 1]!;
  return {
    path: `/charts/budget/${id}`,
    query,
    viewPath: '/thinking',
    title: t('chart.budgetTitle', { benchmark: [first.benchmark, first.version].filter(Boolean).join(' ') }),
    subtitle: [first.model, first.metric, unitName('percent', tr)].filter(Boolean).join(' · '),
    summary: t(reference ? 'chart.budgetSummaryReference' : 'chart.budgetSummary', {
      from: points[0]!.scoreText,
      fromBudget: formatBudget(points[0]!.budget, tr),
      to: top.scoreText,
      toBudget: formatBudget(top.budget, tr),
      reference: reference?.scoreText ?? '',
    }),
    notes: reference ? [t('chart.budgetDashed')] : [],
    sources: sourceLines(drawn),
    legend: [orgEntry(first.org, first.family, tr)],
    plot: {
      type: 'budget',
      points,
      reference: reference && {
        score: reference.score,
        scoreText: reference.scoreText,
        label: t('chart.budgetReference', { score: reference.scoreText }),
      },
      colour: orgColour(first.org, first.family),
      xLabel: t('chart.budgetAxis'),
      yLabel: t('units.axisPercent'),
      yScale: budgetScale(drawn.map((r) => r.score)),
    },
    rows: drawn,
  };
}

const GAIN_TABLES = /^Table (1[1-9]|20)$/;

/** Thinking minus non-thinking for every Qwen3 hybrid model, from the report's Tables 11-20. */
export function qwenGains() {
  const rows = getResults({ budget: 'none', family: 'Qwen3', kind: 'hybrid' }).filter((r) =>
    GAIN_TABLES.test(r.tableRef),
  );
  return pairModes(rows).filter(
    (g): g is typeof g & { thinking: ScoreRow; nonThinking: ScoreRow; delta: string; deltaValue: number } =>
      g.delta !== undefined,
  );
}

/** The gain from thinking on one benchmark (version, metric), every Qwen3 size, largest first. */
export function gainChart(id: string, f: Partial<Filters>, query: string, tr: Translator): ChartSpec | null {
  const { t } = tr;
  const all = qwenGains().filter((g) => g.thinking.benchmarkId === id);
  const first = all.find(
    (g) =>
      (f.version ?? g.thinking.version) === g.thinking.version && (f.metric ?? g.thinking.metric) === g.thinking.metric,
  )?.thinking;
  if (!first) return null;
  const gains = all
    .filter((g) => g.thinking.version === first.version && g.thinking.metric === first.metric)
    .sort((a, b) => (b.thinking.totalParams ?? 0) - (a.thinking.totalParams ?? 0));
  const bars: BarDatum[] = gains.map((g) => ({
    key: g.thinking.modelId,
    label: g.thinking.model,
    value: g.deltaValue,
    valueText: g.delta,
    colour: orgColour(g.thinking.org, g.thinking.family),
    modeFill: 'solid',
    emphasis: true,
    link: `/models/${g.thinking.modelId}`,
  }));
  const unit = first.unit === 'percent' ? t('chart.percentagePoints') : unitName(first.unit, tr);
  const drawn = gains.flatMap((g) => [g.thinking, g.nonThinking]);
  const best = [...bars].sort((a, b) => b.value - a.value)[0]!;
  return {
    path: `/charts/gain/${id}`,
    query,
    viewPath: `/thinking?benchmark=${id}#gain`,
    title: t('chart.gainTitle', { benchmark: [first.benchmark, first.version].filter(Boolean).join(' '), unit }),
    subtitle: t('chart.gainSubtitle', { metric: first.metric }),
    summary: t('chart.gainSummary', { count: bars.length, best: best.label, value: best.valueText }),
    notes: [t('chart.gainNote')],
    sources: sourceLines(drawn),
    legend: legendFor(bars, tr),
    plot: { type: 'bars', bars, unitLabel: t('chart.gainAxis', { unit }), domainMin: 'auto' },
    rows: drawn,
  };
}
