import 'server-only';
import { cached, getDataStamp, readingAsOf } from '@/db/queries';
import type { Locale } from '../../_i18n/locales';
import { translator, type Translator } from '../../_i18n/translate';
import { dataAsOf } from '../../_lib/format';
import { toQuery, type Filters } from '../../_lib/filters';
import { NARROW, WIDTHS } from '../layout';
import type { ChartSpec } from '../model';
import { efficiencyChart } from './efficiency';
import { longContextChart } from './long-context';
import { benchmarkChart, BLOG_TABLES, blogChart, modelChart, TOP_BARS, type Top } from './results';
import { budgetChart, gainChart } from './thinking';
import { claimChart } from './claim';
import { recordChart } from './record';
import { withAsOf } from '../../_lib/as-of-link';

// Every chart is a resource: /charts/<kind>/<id>.<svg|png|csv>?<the view's filters>. A kind
// names the filters it reads, in a fixed order: that order, and nothing else, makes the URL, so
// parameter order and unknown parameters never make two URLs (or two cache entries) of one chart.

/** What a chart file asks besides its filters: how many bars (benchmark charts only). */
export type ChartOptions = { top?: Top };

type Build = (id: string, f: Partial<Filters>, query: string, tr: Translator, o: ChartOptions) => ChartSpec | null;

const KINDS = {
  benchmark: {
    keys: [
      'models',
      'source',
      'table',
      'mode',
      'kind',
      'family',
      'open',
      'maxActive',
      'version',
      'metric',
      'unit',
      'budget',
      'category',
      'reporter',
      'window',
    ],
    width: 800,
    build: (id: string, f: Partial<Filters>, q: string, tr: Translator, o: ChartOptions) =>
      benchmarkChart(id, f, q, tr, undefined, o.top ?? TOP_BARS),
  },
  'blog-flagship': {
    keys: [],
    width: 560,
    build: (id: string, _f: Partial<Filters>, q: string, tr: Translator) => blogChart(BLOG_TABLES[0], id, q, tr),
  },
  'blog-small': {
    keys: [],
    width: 560,
    build: (id: string, _f: Partial<Filters>, q: string, tr: Translator) => blogChart(BLOG_TABLES[1], id, q, tr),
  },
  model: { keys: ['category'], width: 800, build: modelChart },
  budget: { keys: ['models', 'source', 'table', 'version', 'metric'], width: 540, build: budgetChart },
  gain: { keys: ['version', 'metric'], width: 800, build: gainChart },
  'long-context': {
    keys: ['models'],
    width: 1000,
    build: (id: string, f: Partial<Filters>, q: string, tr: Translator) => longContextChart(id, q, tr, f.models),
  },
  efficiency: { keys: ['mode', 'version', 'metric', 'reporter', 'window'], width: 1000, build: efficiencyChart },
  claim: { keys: ['models', 'mode', 'version', 'metric'], width: 600, build: claimChart },
  record: { keys: ['models', 'mode', 'version', 'metric', 'unit'], width: 800, build: recordChart },
} satisfies Record<string, { keys: (keyof Filters)[]; width: number; build: Build }>;

export type ChartKind = keyof typeof KINDS;
export const CHART_KINDS = Object.keys(KINDS) as ChartKind[];
export const CHART_FILES = ['svg', 'png', 'csv'] as const;
export type ChartFile = (typeof CHART_FILES)[number];

export function isChartKind(kind: string): kind is ChartKind {
  return Object.hasOwn(KINDS, kind);
}

/** The filters a kind reads, in its fixed order (the rest dropped). */
export function chartFilters(kind: ChartKind, f: Partial<Filters>): Partial<Filters> {
  const keys: readonly (keyof Filters)[] = KINDS[kind].keys;
  return Object.fromEntries(keys.filter((k) => f[k] !== undefined && f[k] !== '').map((k) => [k, f[k]]));
}

export function defaultWidth(kind: ChartKind): number {
  return KINDS[kind].width;
}

/** The kinds that read `top` (how many bars): the others draw what they draw. */
export const TOP_KINDS: readonly ChartKind[] = ['benchmark'];

/**
 * The chart a kind draws for an id and a view's filters, its words in a language (names and
 * numbers stay as printed); null when there is nothing to draw. `options.top`: how many bars a
 * benchmark's chart draws (default its best 15; 'all' for every one).
 */
export function chartFor(
  kind: ChartKind,
  id: string,
  f: Filters,
  lang: Locale = 'en',
  options: ChartOptions = {},
): ChartSpec | null {
  const own = chartFilters(kind, f);
  const query = toQuery(own);
  const top = TOP_KINDS.includes(kind) && options.top !== TOP_BARS ? options.top : undefined;
  // Built from the kind's own filters only, once per data version and language: a page and its
  // files share it. As of an earlier version (asOf), its files and its link say so.
  const asOf = readingAsOf();
  return cached(`chart:${kind}:${id}:${query}:${lang}:${top ?? ''}`, () => {
    const tr = translator(lang);
    const model = KINDS[kind].build(id, own, query, tr, { top });
    return (
      model && {
        ...model,
        lang,
        query: withAsOf(model.query, asOf),
        ...(top !== undefined && { top }),
        viewPath: tr.href(withAsOf(model.viewPath, asOf)),
        dataStamp: dataAsOf(getDataStamp(), tr),
      }
    );
  });
}

/**
 * A chart file's URL: its path, the kind's filters, `top` when it is not the default, the
 * language when it is not English (the drawings only: a CSV has no words of ours), then the
 * width when it is not the default.
 */
export function chartHref(model: ChartSpec, file: ChartFile, width?: number): string {
  const kind = model.path.split('/')[2] as ChartKind;
  const lang = model.lang && model.lang !== 'en' && file !== 'csv' ? `lang=${model.lang}` : '';
  const extra = width && width !== KINDS[kind].width && file !== 'csv' ? `width=${width}` : '';
  const top = model.top !== undefined ? `top=${model.top}` : '';
  const query = [model.query.replace(/^\?/, ''), top, lang, extra].filter(Boolean).join('&');
  return `${model.path}.${file}${query ? `?${query}` : ''}`;
}

export { NARROW, WIDTHS };
