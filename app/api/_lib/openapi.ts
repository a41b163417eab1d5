import type { z } from 'zod';
import { CHART_KINDS } from '@/app/_charts/kinds';
import { PACK_FILES } from '@/db/pack/format';
import {
  COMPONENTS,
  CSV_EXPORT_HEADER,
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
import { chartOperation } from './openapi-charts';
import { benchmarksParams, exportParams, modelsParams, resultsParams, sourcesParams } from './params';
import { searchQuerySchema } from '@/app/_lib/search-query';
import { filterSchema } from '@/app/_lib/filters';

// The OpenAPI 3.1 document of every read endpoint (served at /api/openapi.json, shown at /api).
// Parameters come from the zod schemas the routes validate with (params.ts), bodies from
// bodies.ts; only the words and the example requests are written here.

/**
 * The version of the API's contract (docs/export-and-api.md, "Versions"): major for a change
 * that can break a client, minor for an addition, patch for a correction of the words.
 */
export const API_VERSION = '1.3.0';

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
    path: '/api/search',
    id: 'search',
    summary: 'Search models, benchmarks and sources',
    description:
      'What /search shows: up to 10 models, benchmarks and sources matching the words of q, forgiving case, punctuation and spacing ("arenahard" finds Arena-Hard), exact names first.',
    params: searchQuerySchema,
    body: 'SearchResults',
    example: '/api/search?q=qwen3%2032b',
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
      pattern: CSV_EXPORT_HEADER,
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
    'One file of the whole database as a pack (docs/PACK-FORMAT.md); saved into one folder, the files load into an empty database with `npm run seed -- <folder>`. With `asOf`, the database as it was at that data version; other parameters are ignored.',
  tags: ['exports'],
  parameters: [
    { name: 'file', in: 'path', required: true, description: 'The pack file', schema: { enum: [...PACK_FILES] } },
    ...queryParameters({ asOf: filterSchema.shape.asOf }),
    ifNoneMatch,
  ],
  responses: {
    '200': csv('The file, header first'),
    '304': ref('responses', 'NotModified'),
    '400': ref('responses', 'BadParameterText'),
    '404': { description: 'No such pack file', content: { 'text/plain': { schema: { type: 'string' } } } },
  },
  'x-example': '/export/pack/sources.csv',
};

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
