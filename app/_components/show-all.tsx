import { chartFor, type ChartKind } from '../_charts/kinds';
import type { ChartSpec } from '../_charts/model';
import { TOP_BARS, type Top } from '../_charts/kinds/results';
import type { Filters, RawSearchParams } from '../_lib/filters';
import type { Translator } from '../_i18n/translate';

/** A view's `top`: 'all' draws every bar of its chart; anything else, the chart's default (its best 15). */
export function topOf(params: RawSearchParams): Top | undefined {
  return params.top === 'all' ? 'all' : undefined;
}

/**
 * A view's bar chart with how many bars it could draw: its best 15 by default, every one with
 * `top=all` (the chart files' own parameter, so the page and its files agree).
 */
export function barChart(
  kind: ChartKind,
  id: string,
  filters: Filters,
  tr: Translator,
  top: Top | undefined,
): { chart: ChartSpec | null; total: number } {
  const all = chartFor(kind, id, filters, tr.locale, { top: 'all' });
  const total = all?.plot.type === 'bars' ? all.plot.bars.length : 0;
  return { chart: top === 'all' ? all : chartFor(kind, id, filters, tr.locale), total };
}

/**
 * Under a long bar chart: "Show all 49" (or, with all shown, "Show the best 15"), a plain link to
 * the same view with `top=all` added or taken out, its other parameters kept.
 */
export function ShowAllBars({
  total,
  top,
  path,
  query,
  fragment = '',
  tr,
}: {
  total: number;
  top: Top | undefined;
  /** The view's path (in English; the link takes the page's language). */
  path: string;
  /** The view's query string as it is now, without `top`. */
  query: string;
  /** Where the chart is on the page ("#one-language"), so the reader lands back at it. */
  fragment?: string;
  tr: Translator;
}) {
  if (total <= TOP_BARS) return null;
  const { t, href } = tr;
  const params = new URLSearchParams(query);
  params.delete('top');
  if (top !== 'all') params.set('top', 'all');
  const q = params.toString();
  return (
    <p className="show-all" data-testid="show-all">
      <a href={`${href(`${path}${q ? `?${q}` : ''}`)}${fragment}`} rel="nofollow">
        {top === 'all' ? t('chart.showTop', { count: TOP_BARS }) : t('chart.showAll', { count: total })}
      </a>
    </p>
  );
}
