import 'server-only';
import { getBenchmark, getModel, getResults, getTestSetFacts, getVariants, type ScoreRow } from '@/db/queries';
import { groupCells } from '../../_lib/cells';
import type { Filters } from '../../_lib/filters';
import type { Translator } from '../../_i18n/translate';
import { unitAxis, unitName } from '../../_lib/format';
import { mixNotices } from '../../_lib/notices';
import type { ChartSpec } from '../model';
import { factsIndex, resultInterval } from '../../_lib/result-facts';
import { cellBars, intervalKeyNotes, legendFor, markTies, rowsOfBars, sourceLines, type BarLabel } from '../parts';
import { describeFilters } from './describe';

// Bar charts of results: a benchmark's scores (its page, the overview's blog tables, the
// compare and multilingual views) and a model's scores in one category (its page).

export const MAX_BARS = 40;
/** A benchmark's chart draws its best 15 unless asked for more (`top=N`, or `top=all`: every one, up to 999). */
export const TOP_BARS = 15;
export const ALL_BARS = 999;
export type Top = number | 'all';

type Variant = ReturnType<typeof getVariants>[number];

/** The benchmark's version, subset and metric a view shows: the one asked for, else the largest. */
export function pickVariant(variants: Variant[], f: Pick<Filters, 'version' | 'metric' | 'unit'>): Variant | undefined {
  return (
    variants.find(
      (v) =>
        (f.version === undefined || v.version === f.version) &&
        (f.metric === undefined || v.metric === f.metric) &&
        (f.unit === undefined || v.unit === f.unit),
    ) ?? variants[0]
  );
}

function barsModel(
  rows: ScoreRow[],
  label: BarLabel,
  base: Omit<ChartSpec, 'plot' | 'legend' | 'sources' | 'rows' | 'summary' | 'notes'> & {
    notes?: string[];
    /** Mark the bars not separable from the best (one benchmark, higher is better). */
    ties?: boolean;
  },
  tr: Translator,
  top?: Top,
): ChartSpec | null {
  const { t } = tr;
  if (rows.length === 0) return null;
  const { ties, ...model } = base;
  const cells = groupCells(rows);
  const facts = factsIndex(getTestSetFacts());
  const all = cellBars(cells, { label, facts }, tr);
  const max = top === undefined ? MAX_BARS : top === 'all' ? ALL_BARS : top;
  const bars = ties ? markTies(all.slice(0, max)) : all.slice(0, max);
  const drawn = rowsOfBars(cells, rows, bars);
  const units = [...new Set(drawn.map((r) => r.unit))];
  const unit = units[0] ?? 'percent';
  const notes = [...(model.notes ?? []), ...mixNotices(drawn, tr).map((n) => n.text)];
  if (all.length > bars.length)
    notes.unshift(t(top === undefined ? 'chart.bestOf' : 'chart.topOf', { shown: bars.length, all: all.length }));
  if (cells.some((c) => c.disputed)) notes.push(t('chart.disputed'));
  const best = bars[0];
  const ns = drawn.flatMap((r) => resultInterval(facts, r, r.score)?.n ?? []);
  return {
    ...model,
    notes,
    keyNotes: intervalKeyNotes(bars, ns, tr),
    summary: t('chart.barsSummary', {
      count: bars.length,
      best: best!.label,
      bestValue: best!.valueText,
      last: bars[bars.length - 1]!.label,
      lastValue: bars[bars.length - 1]!.valueText,
    }),
    sources: sourceLines(drawn),
    legend: legendFor(bars, tr),
    plot: {
      type: 'bars',
      bars,
      unitLabel: unitAxis(unit, tr),
      domainMin: 0,
      domainMax: unit === 'percent' ? 100 : undefined,
    },
    rows: drawn,
  };
}

/**
 * A benchmark's scores under a view's filters, for one version, subset and metric (the one asked
 * for, else the one with the most results under the filters).
 */
export function benchmarkChart(
  id: string,
  f: Partial<Filters>,
  query: string,
  tr: Translator,
  where = { path: `/charts/benchmark/${id}`, viewPath: `/benchmarks/${id}${query}` },
  top?: Top,
): ChartSpec | null {
  const benchmark = getBenchmark(id);
  if (!benchmark) return null;
  const anyVariant = { ...f, version: undefined, metric: undefined, unit: undefined };
  const variant = pickVariant(getVariants({ ...anyVariant, benchmark: id }), f);
  const rows = variant
    ? getResults(
        {
          ...f,
          benchmark: id,
          version: variant.version,
          metric: variant.metric,
          unit: variant.unit,
        },
        (top === 'all' ? ALL_BARS : Math.max(MAX_BARS, top ?? 0)) * 4,
      )
    : [];
  const parts = [
    variant?.metric || tr.t('common.metricNotStated'),
    variant && unitName(variant.unit, tr),
    benchmark.higherIsBetter === 'no' ? tr.t('common.lowerIsBetter') : '',
  ]
    .concat(describeFilters(f, tr))
    .filter(Boolean);
  return barsModel(
    rows,
    'model',
    {
      ...where,
      ties: benchmark.higherIsBetter !== 'no',
      query,
      title: `${benchmark.name}${variant?.version ? ` — ${variant.version}` : ''}`,
      subtitle: parts.join(' · '),
    },
    tr,
    top,
  );
}

/** The categories of a model's results, in the order its page shows them. */
export function modelCategories(rows: ScoreRow[]): ScoreRow['category'][] {
  const at = (c: string) => (CATEGORY_ORDER.indexOf(c) + CATEGORY_ORDER.length + 1) % (CATEGORY_ORDER.length + 1);
  return [...new Set(rows.map((r) => r.category))].sort((a, b) => at(a) - at(b) || a.localeCompare(b));
}

/** The order a model's page reads in: what the Qwen3 release leads with first. */
const CATEGORY_ORDER = ['math', 'code', 'reasoning', 'knowledge', 'alignment', 'agent', 'multilingual', 'long-context'];

/** A model's scores in one category (the first unit, no thinking budgets), labelled by benchmark. */
export function modelChart(id: string, f: Partial<Filters>, query: string, tr: Translator): ChartSpec | null {
  const model = getModel(id);
  if (!model) return null;
  const rows = getResults({ models: id });
  const category = f.category ?? modelCategories(rows)[0] ?? '';
  const inCategory = rows.filter((r) => r.category === category);
  const unit = inCategory[0]?.unit;
  return barsModel(
    inCategory.filter((r) => r.unit === unit && r.budget === null),
    'benchmark',
    {
      path: `/charts/model/${id}`,
      query,
      viewPath: `/models/${id}#cat-${category}`,
      title: `${model.name}: ${category ? categoryName(category, tr) : tr.t('chart.noResults')}`,
      subtitle: tr.t('chart.modelSubtitle'),
    },
    tr,
  );
}

/** A category in words ("math"; 数学): a pack's own category keeps its id. */
export function categoryName(category: string, { lookup }: Translator): string {
  return lookup(`categories.${category}`) ?? category;
}

/** The Qwen3 blog's two comparison images, charted one benchmark at a time on the overview (titles: messages overview.blog.*). */
export const BLOG_TABLES = [
  { id: 'flagship', tableRef: 'blog: flagship comparison (image qwen3-235a22.jpg)' },
  { id: 'small', tableRef: 'blog: small models comparison (image qwen3-30a3.jpg)' },
] as const;

export const BLOG_SOURCE = 'qwen3-blog';

/** A benchmark's scores as one of the blog's images prints them: /charts/blog-flagship/<benchmark>. */
export function blogChart(
  table: (typeof BLOG_TABLES)[number],
  id: string,
  query: string,
  tr: Translator,
): ChartSpec | null {
  return benchmarkChart(id, { source: BLOG_SOURCE, table: table.tableRef }, query, tr, {
    path: `/charts/blog-${table.id}/${id}`,
    viewPath: `/#${table.id}-heading`,
  });
}
