import { z } from 'zod';
import { REVALIDATE } from '@/app/_lib/http-cache';
import { EXPORT_COLUMNS } from '@/app/_lib/csv';
import {
  benchmarksListSchema,
  errorSchema,
  modelsListSchema,
  resultSchema,
  resultsPageSchema,
  sourcesListSchema,
  searchSchema,
} from './bodies';
import { paramNotes } from './param-notes';

// The building blocks of the OpenAPI document (openapi.ts): JSON Schema from zod, query
// parameters from a zod object, and the shared components (bodies, headers, answers).

export type Json = { [key: string]: unknown };

export type Parameter = {
  name: string;
  in: 'query' | 'path' | 'header';
  required: boolean;
  description?: string;
  schema: Json;
};

/** A query parameter's JSON Schema: its zod schema with its note (param-notes.ts). */
export function parameterSchema(schema: z.ZodType): Json {
  // The pipe's output side: the checks that the preprocessed text must pass (zod keeps a note's
  // examples and default only there). A parameter the schema turns into a number (page,
  // maxActive) has no JSON Schema of its own there: its note says its type and range.
  const out = z.toJSONSchema(schema, { metadata: paramNotes, io: 'output', unrepresentable: 'any' }) as Json;
  delete out.$schema;
  if (!('type' in out) && !('enum' in out) && !('anyOf' in out))
    throw new Error(`a query parameter with no type (${JSON.stringify(out)}): give it a note with its type`);
  // A note may say that a text parameter is a number as a client sends it (page=2): then its
  // range is what matters, not the digits' pattern.
  if (out.type !== 'string') {
    delete out.pattern;
    delete out.maxLength;
  }
  return out;
}

/** The query parameters of a zod object, in its order; required where the schema is (search's q). */
export function queryParameters(shape: Readonly<Record<string, z.ZodType>>): Parameter[] {
  return Object.entries(shape).map(([name, zod]) => {
    const { description, ...schema } = parameterSchema(zod);
    return {
      name,
      in: 'query',
      required: !zod.safeParse(undefined).success,
      ...(typeof description === 'string' ? { description } : {}),
      schema,
    };
  });
}

const ref = (kind: 'schemas' | 'responses' | 'headers' | 'parameters', id: string) => ({
  $ref: `#/components/${kind}/${id}`,
});

const bodyRegistry = z.registry<{ id: string }>();
bodyRegistry.add(resultSchema, { id: 'Result' });
bodyRegistry.add(resultsPageSchema, { id: 'ResultsPage' });
bodyRegistry.add(modelsListSchema, { id: 'ModelList' });
bodyRegistry.add(benchmarksListSchema, { id: 'BenchmarkList' });
bodyRegistry.add(sourcesListSchema, { id: 'SourceList' });
bodyRegistry.add(searchSchema, { id: 'SearchResults' });
bodyRegistry.add(errorSchema, { id: 'Error' });

export type BodyId = 'ResultsPage' | 'ModelList' | 'BenchmarkList' | 'SourceList' | 'SearchResults';

function bodySchemas(): Record<string, Json> {
  const { schemas } = z.toJSONSchema(bodyRegistry, { uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Json>;
  };
  const clean = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(clean);
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$schema' || k === '$id') continue;
      // zod's safe-integer bounds say nothing a reader needs.
      if ((k === 'minimum' && v === Number.MIN_SAFE_INTEGER) || (k === 'maximum' && v === Number.MAX_SAFE_INTEGER))
        continue;
      out[k] = clean(v);
    }
    return out;
  };
  return clean(schemas) as Record<string, Json>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A results CSV (an export, a chart's numbers) begins with this header line. */
export const CSV_EXPORT_HEADER = `^${escape(EXPORT_COLUMNS.join(','))}\\r\\n`;

export const HEADERS = {
  ETag: {
    description:
      'Entity tag of this answer. Send it back in If-None-Match: an unchanged answer is a 304 without a body.',
    schema: { type: 'string', pattern: '^"[A-Za-z0-9_-]{27}"$' },
  },
  'Cache-Control': {
    description: 'Any cache may keep the answer for a minute, then must ask again (a cheap 304 when unchanged).',
    schema: { type: 'string', enum: [REVALIDATE] },
  },
  'Content-Disposition': {
    description: 'The file name, saying what is inside',
    schema: { type: 'string', pattern: '^(attachment|inline); filename="[^"/\\\\]+"$' },
  },
  'Cache-Control-No-Store': {
    description: 'A refusal is not kept by any cache.',
    schema: { type: 'string', enum: ['no-store'] },
  },
};

export const validatorHeaders = { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'Cache-Control') };
export const fileHeaders = { ...validatorHeaders, 'Content-Disposition': ref('headers', 'Content-Disposition') };

const json = (id: string) => ({ 'application/json': { schema: ref('schemas', id) } });
const text = (pattern: string) => ({ 'text/plain': { schema: { type: 'string', pattern } } });

export const RESPONSES = {
  NotModified: {
    description: 'Not Modified: If-None-Match names the current answer. No body.',
    headers: validatorHeaders,
  },
  BadParameter: {
    description:
      'A parameter is refused: `error.parameter` names it, `error.message` says what is accepted. The filters of /api/results are checked on every endpoint, also where they do not apply; unknown parameters are ignored.',
    content: json('Error'),
  },
  BadParameterText: {
    description:
      'A parameter is refused, in plain text naming it. The filters of /api/results are checked here too, also where they do not apply; unknown parameters are ignored.',
    content: text('^Bad parameter "[^"]*": '),
  },
  UnknownEndpoint: {
    description:
      'No endpoint at this /api path (any path under /api/ that this document does not list, by any method).',
    content: json('Error'),
  },
  ServerError: { description: 'The query failed on the server.', content: json('Error') },
};

export const COMPONENTS = () => ({
  schemas: bodySchemas(),
  headers: HEADERS,
  responses: RESPONSES,
  parameters: {
    IfNoneMatch: {
      name: 'If-None-Match',
      in: 'header',
      required: false,
      description: 'An ETag from an earlier answer: a 304 without a body when the answer is unchanged.',
      schema: { type: 'string' },
    },
  },
});

export const ifNoneMatch = ref('parameters', 'IfNoneMatch');
export { json as jsonContent, ref };
