import { CHART_FILES, chartFilters, defaultWidth, TOP_KINDS, type ChartKind } from '@/app/_charts/kinds';
import { filterSchema, type Filters } from '@/app/_lib/filters';
import type { Operation } from './openapi';
import { CSV_EXPORT_HEADER, fileHeaders, ifNoneMatch, queryParameters, ref } from './openapi-parts';
import { chartFileSchema, chartTopSchema } from './param-notes';

// The chart files in the OpenAPI document: one path per kind (/charts/<kind>/{id}.{format}),
// each with the filters that kind reads (its own list, app/_charts/kinds), width, theme and lang.

/** What each chart kind draws and of what its id is the id. */
const CHART_KINDS_TEXT: Record<ChartKind, { summary: string; id: string; example: string }> = {
  benchmark: {
    summary: 'Every model’s score on a benchmark (one version, metric and unit)',
    id: 'A benchmark id',
    example: '/charts/benchmark/arena-hard.svg?mode=thinking',
  },
  'blog-flagship': {
    summary: 'A benchmark of the Qwen3 blog’s flagship table, as published',
    id: 'A benchmark id',
    example: '/charts/blog-flagship/arena-hard.svg',
  },
  'blog-small': {
    summary: 'A benchmark of the Qwen3 blog’s small-models table, as published',
    id: 'A benchmark id',
    example: '/charts/blog-small/aime-24.png?width=640',
  },
  model: {
    summary: 'A model’s scores in one category, thinking and non-thinking side by side',
    id: 'A model id',
    example: '/charts/model/qwen3-32b.svg?category=math',
  },
  budget: {
    summary: 'Score against thinking budget on a benchmark',
    id: 'A benchmark id',
    example: '/charts/budget/aime-24.csv',
  },
  gain: {
    summary: 'What thinking adds on a benchmark, for every Qwen3 size',
    id: 'A benchmark id',
    example: '/charts/gain/aime-24.svg?theme=dark',
  },
  'long-context': {
    summary: 'RULER accuracy by context length',
    id: 'The benchmark id `ruler`',
    example: '/charts/long-context/ruler.svg',
  },
  efficiency: {
    summary: 'Score against active parameters on a benchmark, with the frontier',
    id: 'A benchmark id',
    example: '/charts/efficiency/aime-24.svg?mode=thinking',
  },
  claim: {
    summary:
      'A claim’s card: does the first of `models` beat the second on a benchmark? Both numbers with their intervals, the verdict and the interval of the difference, or why they are not comparable',
    id: 'A benchmark id',
    example: '/charts/claim/aime-24.svg?models=qwen3-235b-a22b,openai-o1',
  },
  record: {
    summary:
      'The record over time on a benchmark: score against model release date, the open-weights and closed records as step lines within one protocol; `models` marks a model’s launch',
    id: 'A benchmark id',
    example: '/charts/record/aime-24.svg?mode=thinking',
  },
};

/** The filters a chart kind reads, in its order (the kind's own list, app/_charts/kinds). */
export function chartKindFilters(kind: ChartKind): (keyof Filters)[] {
  const every = Object.fromEntries(Object.keys(filterSchema.shape).map((k) => [k, 'x'])) as Partial<Filters>;
  return Object.keys(chartFilters(kind, every)) as (keyof Filters)[];
}

export function chartOperation(kind: ChartKind): Operation {
  const text = CHART_KINDS_TEXT[kind];
  const filters = Object.fromEntries(chartKindFilters(kind).map((k) => [k, filterSchema.shape[k]]));
  const [width, ...rest] = queryParameters({ ...chartFileSchema.shape });
  const notFound = 'No such chart: an unknown kind or file type, or nothing to draw for this id and these filters.';
  return {
    operationId: `chart${kind.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase())}`,
    summary: `Chart: ${text.summary}`,
    description:
      'A chart as a file: SVG (stands alone, with its title, key and sources), PNG (twice the width in pixels) or the CSV of its numbers. Drawn once per data version.',
    tags: ['charts'],
    parameters: [
      { name: 'id', in: 'path', required: true, description: text.id, schema: { type: 'string', minLength: 1 } },
      { name: 'format', in: 'path', required: true, description: 'The file type', schema: { enum: [...CHART_FILES] } },
      ...queryParameters(filters),
      ...(TOP_KINDS.includes(kind) ? queryParameters({ ...chartTopSchema.shape }) : []),
      ...queryParameters({ asOf: filterSchema.shape.asOf }),
      { ...width!, schema: { ...width!.schema, default: defaultWidth(kind) } },
      ...rest,
      ifNoneMatch,
    ],
    responses: {
      '200': {
        description: 'The file',
        headers: fileHeaders,
        content: {
          'image/svg+xml': { schema: { type: 'string', pattern: '^<\\?xml ' } },
          'image/png': { schema: { type: 'string', contentMediaType: 'image/png' } },
          'text/csv': { schema: { type: 'string', pattern: CSV_EXPORT_HEADER } },
        },
      },
      '304': ref('responses', 'NotModified'),
      '400': {
        description: 'A parameter is refused, in plain text naming it (see BadParameterText).',
        headers: { 'Cache-Control': ref('headers', 'Cache-Control-No-Store') },
        content: { 'text/plain': { schema: { type: 'string', pattern: '^Bad parameter "[^"]*": ' } } },
      },
      '404': {
        description: notFound,
        headers: { 'Cache-Control': ref('headers', 'Cache-Control-No-Store') },
        content: { 'text/plain': { schema: { type: 'string' } } },
      },
    },
    'x-example': text.example,
  };
}
