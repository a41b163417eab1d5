import 'server-only';
import { getBenchmarkVariants, getBenchmarks, getResults, type ScoreRow } from '@/db/queries';
import { groupCells } from '../../_lib/cells';
import type { Translator } from '../../_i18n/translate';
import { modeLabel, orgColour } from '../../_lib/encodings';
import type { Filters } from '../../_lib/filters';
import { unitAxis } from '../../_lib/format';
import type { ChartSpec, ScatterPoint } from '../model';
import { orgEntry, sourceLines } from '../parts';
import { pickVariant } from './results';

// Score against active parameters (log axis), dense and MoE marked, with the frontier: the
// best score reached at or below each size.

const MAX_POINTS = 150;

/** The best score reached at or below each size: the models no smaller model beats. */
export function frontier(points: ScatterPoint[]): ScatterPoint[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || b.y - a.y);
  const out: ScatterPoint[] = [];
  for (const p of sorted) if (out.length === 0 || p.y > out[out.length - 1]!.y) out.push(p);
  return out;
}

/** The view's selection: benchmark (default AIME'24), mode (default thinking), version and metric. */
export function efficiencyView(f: Filters, tr: Translator) {
  const { t } = tr;
  const benchmarks = getBenchmarks().filter((b) => b.results > 0);
  const benchmarkId = benchmarks.some((b) => b.id === f.benchmark) ? f.benchmark! : 'aime-24';
  const variants = getBenchmarkVariants(benchmarkId);
  const variant = pickVariant(variants, f);
  const mode = f.mode ?? 'thinking';
  const query = {
    benchmark: benchmarkId,
    mode,
    version: variant?.version,
    metric: variant?.metric,
    unit: variant?.unit,
    budget: 'none' as const,
    reporter: f.reporter,
    window: f.window,
  };
  const rows = variant ? getResults(query) : [];
  const sized = rows.filter((r) => r.activeParams !== null && r.activeParams > 0);
  const allPoints: ScatterPoint[] = groupCells(sized).flatMap((c) =>
    c.values.map((v) => ({
      key: `${c.key}|${v.scoreText}`,
      label: `${c.row.model}${c.row.mode === 'non-thinking' ? ` ${t('chart.noThink')}` : ''} ${v.scoreText}`,
      title: t('chart.pointTitle', {
        label: `${c.row.model}${c.row.mode === 'non-thinking' ? ` ${t('chart.noThink')}` : ''} ${v.scoreText}`,
        active: String(c.row.activeParams!),
      }),
      x: c.row.activeParams!,
      y: v.score,
      yText: v.scoreText,
      colour: orgColour(c.row.org, c.row.family),
      moe: c.row.architecture === 'moe',
      href: `/models/${c.row.modelId}`,
    })),
  );
  // The frontier over every point; the chart draws it and the best others, never thousands.
  const front = frontier(allPoints);
  const onFront = new Set(front.map((p) => p.key));
  const points = [...front, ...allPoints.filter((p) => !onFront.has(p.key)).slice(0, MAX_POINTS - front.length)];
  const benchmark = benchmarks.find((b) => b.id === benchmarkId);
  return { benchmarks, benchmark, benchmarkId, variants, variant, mode, query, rows, allPoints, points, front };
}

export function efficiencyChart(id: string, f: Partial<Filters>, query: string, tr: Translator): ChartSpec | null {
  const { t } = tr;
  const view = efficiencyView({ ...f, benchmark: id }, tr);
  if (view.benchmarkId !== id || view.points.length === 0) return null;
  const { benchmark, variant, mode, points, front, rows } = view;
  const keys = new Set(points.map((p) => p.key.slice(0, p.key.lastIndexOf('|'))));
  const drawn = rows.filter((r) => keys.has(r.cellKey));
  const orgs = new Map<string, ScoreRow>(drawn.map((r) => [orgColour(r.org, r.family), r]));
  return {
    path: `/charts/efficiency/${id}`,
    query,
    viewPath: `/efficiency?benchmark=${id}${mode !== 'thinking' ? `&mode=${mode}` : ''}`,
    title: t('chart.efficiencyTitle', {
      benchmark: `${benchmark?.name ?? id}${variant?.version ? ` ${variant.version}` : ''}`,
    }),
    subtitle: t('chart.efficiencySubtitle', {
      metric: variant?.metric || t('common.metricNotStated'),
      mode: mode === 'all' ? t('common.allModes') : t('common.modeMode', { mode: modeLabel(mode, tr) }),
    }),
    summary: t('chart.efficiencySummary', {
      count: points.length,
      frontier: front.map((p) => p.label).join(', '),
    }),
    notes:
      view.allPoints.length > points.length
        ? [t('chart.efficiencyNote', { shown: points.length, all: view.allPoints.length })]
        : [],
    sources: sourceLines(drawn),
    legend: [...orgs.values()].map((r) => orgEntry(r.org, r.family, tr)),
    plot: {
      type: 'scatter',
      points,
      frontier: front,
      xLabel: t('chart.efficiencyAxis'),
      yLabel: unitAxis(variant!.unit, tr),
    },
    rows: drawn,
  };
}
