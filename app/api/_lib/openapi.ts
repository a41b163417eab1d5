import type { z } from 'zod';
import { CHART_FILES, CHART_KINDS, chartFilters, defaultWidth, type ChartKind } from '@/app/_charts/kinds';
import { filterSchema, type Filters } from '@/app/_lib/filters';
import { EXPORT_COLUMNS } from '@/db/export';
import { PACK_FILES } from '@/db/pack/format';
import {
  COMPONENTS,
  fileHeaders,
  ifNoneMatch,
  jsonContent,
  queryParameters,
  ref,
  validatorHeaders,
  type BodyId,
  type Json,
  type Parameter,
} from './openapi-parts';
import { chartFileSchema } from './param-notes';
import { benchmarksParams, exportParams, modelsParams, resultsParams, sourcesParams } from './params';

// The OpenAPI 3.1 document of every read endpoint (served at /api/openapi.json, shown at /api).
// Parameters come from the zod schemas the routes validate with (params.ts), bodies from
// bodies.ts; only the words and the example requests are written here.

/**
 * The version of the API's contract (docs/export-and-api.md, "Versions"): major for a change
 * that can break a client, minor for an addition, patch for a correction of the words.
 */
export const API_VERSION = '1.0.0';

export type Operation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: (Parameter | { $ref: string })[];
  responses: Record<string, Json>;
  /** A request that works on the bundled data: the reference page's curl example. */
  'x-example': string;
};

export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  tags: { name: string; description: string }[];
  paths: Record<string, { get: Operation }>;
  components: Json;
};

const DESCRIPTION = `Published LLM benchmark results, each with its source, as JSON, CSV and chart files. Read only: results are added from the command line (\`npm run seed\`).

- Filters are the dashboard's URL parameters: a page's query string, its CSV download and its API call mean the same rows. An empty value means not set; a repeated parameter counts once (its first value); parameters no endpoint knows are ignored.
- A malformed value is a 400 naming the parameter, never a 500.
- Every 200 and 304 carries an ETag and Cache-Control; send the tag back in If-None-Match to get a 304 without a body.
- A path under /api/ that is not listed here is a JSON 404 (\`components.responses.UnknownEndpoint\`). The endpoints answer GET and HEAD (the same headers, no body).
- \`info.version\` follows the rules in docs/export-and-api.md: a change that can break a client raises the major version.`;

type JsonEndpoint = {
  path: string;
  id: string;
  summary: string;
  description: string;
  params: z.ZodObject;
  body: BodyId;
  example: string;
};

const JSON_ENDPOINTS: JsonEndpoint[] = [
  {
    path: '/api/results',
    id: 'getResults',
    summary: 'Results, filtered and paged',
    description:
      'One page of the results that match the filters, in load order unless sorted, with the total and the path of the next page.',
    params: resultsParams,
    body: 'ResultsPage',
    example: '/api/results?benchmark=aime-24&mode=thinking&pageSize=20',
  },
  {
    path: '/api/models',
    id: 'getModels',
    summary: 'Models with their facts',
    description: 'Every model with its facts (numbers as numbers, unknown as null), aliases and number of results.',
    params: modelsParams,
    body: 'ModelList',
    example: '/api/models?family=Qwen3&maxActive=32',
  },
  {
    path: '/api/benchmarks',
    id: 'getBenchmarks',
    summary: 'Benchmarks',
    description: 'Every benchmark with its category, unit, aliases and number of results.',
    params: benchmarksParams,
    body: 'BenchmarkList',
    example: '/api/benchmarks?category=math',
  },
  {
    path: '/api/sources',
    id: 'getSources',
    summary: 'Sources',
    description: 'Every source (blog post, report, model card, leaderboard) with its number of results, oldest first.',
    params: sourcesParams,
    body: 'SourceList',
    example: '/api/sources',
  },
];

function jsonOperation(e: JsonEndpoint): Operation {
  return {
    operationId: e.id,
    summary: e.summary,
    description: e.description,
    tags: ['data'],
    parameters: [...queryParameters(e.params.shape), ifNoneMatch],
    responses: {
      '200': { description: 'The answer', headers: validatorHeaders, content: jsonContent(e.body) },
      '304': ref('responses', 'NotModified'),
      '400': ref('responses', 'BadParameter'),
      '500': ref('responses', 'ServerError'),
    },
    'x-example': e.example,
  };
}

const csv = (description: string, schema: Json = { type: 'string' }) => ({
  description,
  headers: fileHeaders,
  content: { 'text/csv': { schema } },
});
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const exportCsv: Operation = {
  operationId: 'exportResultsCsv',
  summary: 'Results as CSV',
  description:
    'Every result that matches the filters, in load order, as RFC 4180 CSV (UTF-8, CRLF). The first 13 columns are a pack’s results.csv, so the file loads back with `npm run seed`.',
  tags: ['exports'],
  parameters: [...queryParameters(exportParams.shape), ifNoneMatch],
  responses: {
    '200': csv('The CSV file, header first', {
      type: 'string',
      pattern: `^${escape(EXPORT_COLUMNS.join(','))}\\r\\n`,
    }),
    '304': ref('responses', 'NotModified'),
    '400': ref('responses', 'BadParameterText'),
  },
  'x-example': '/export.csv?benchmark=arena-hard&mode=thinking',
};

const packFile: Operation = {
  operationId: 'exportPackFile',
  summary: 'The whole database as a pack, one file',
  description:
    'One file of the whole database as a pack (docs/PACK-FORMAT.md); saved into one folder, the files load into an empty database with `npm run seed -- <folder>`. The query string is ignored.',
  tags: ['exports'],
  parameters: [
    { name: 'file', in: 'path', required: true, description: 'The pack file', schema: { enum: [...PACK_FILES] } },
    ifNoneMatch,
  ],
  responses: {
    '200': csv('The file, header first'),
    '304': ref('responses', 'NotModified'),
    '404': { description: 'No such pack file', content: { 'text/plain': { schema: { type: 'string' } } } },
  },
  'x-example': '/export/pack/sources.csv',
};

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
};

/** The filters a chart kind reads, in its order (the kind's own list, app/_charts/kinds). */
export function chartKindFilters(kind: ChartKind): (keyof Filters)[] {
  const every = Object.fromEntries(Object.keys(filterSchema.shape).map((k) => [k, 'x'])) as Partial<Filters>;
  return Object.keys(chartFilters(kind, every)) as (keyof Filters)[];
}

function chartOperation(kind: ChartKind): Operation {
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
          'text/csv': { schema: { type: 'string', pattern: `^${escape(EXPORT_COLUMNS.join(','))}\\r\\n` } },
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

const theDocument: Operation = {
  operationId: 'getOpenApiDocument',
  summary: 'This document',
  description: 'The OpenAPI 3.1 document of every read endpoint.',
  tags: ['data'],
  parameters: [ifNoneMatch],
  responses: {
    '200': {
      description: 'The document',
      headers: validatorHeaders,
      content: { 'application/json': { schema: { type: 'object' } } },
    },
    '304': ref('responses', 'NotModified'),
  },
  'x-example': '/api/openapi.json',
};

function build(): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const e of JSON_ENDPOINTS) paths[e.path] = { get: jsonOperation(e) };
  paths['/api/openapi.json'] = { get: theDocument };
  paths['/export.csv'] = { get: exportCsv };
  paths['/export/pack/{file}'] = { get: packFile };
  for (const kind of CHART_KINDS) paths[`/charts/${kind}/{id}.{format}`] = { get: chartOperation(kind) };
  return {
    openapi: '3.1.0',
    info: { title: 'Benchboard API', version: API_VERSION, description: DESCRIPTION },
    tags: [
      { name: 'data', description: 'JSON' },
      { name: 'exports', description: 'CSV files that load back with `npm run seed`' },
      { name: 'charts', description: 'Every chart of the dashboard as an SVG, PNG or CSV file' },
    ],
    paths,
    components: COMPONENTS(),
  };
}

let built: OpenApiDocument | undefined;

/** The document (built once: it depends on the code alone, not on the data). */
export function openApiDocument(): OpenApiDocument {
  built ??= build();
  return built;
}
