import type { Json, Parameter } from './openapi-parts';
import type { OpenApiDocument, Operation } from './openapi';

// The reference page's view of the OpenAPI document (app/api/page.tsx): each endpoint with its
// parameters in words, its answers and a curl example. Pure, so what the page says is the
// document and nothing else.

export type ParamView = { name: string; where: 'path' | 'query' | 'header'; accepts: string; description: string };
export type EndpointView = {
  id: string;
  tag: string;
  path: string;
  summary: string;
  description: string;
  example: string;
  /** Whether the answer is a file (curl -OJ saves it under the name the server gives). */
  file: boolean;
  params: ParamView[];
  responses: { status: string; description: string; types: string[] }[];
};

const list = (values: unknown[]) => values.map((v) => (v === '' ? '(empty)' : String(v))).join(' | ');

/** A parameter's JSON Schema in words: its allowed values, range, default and form. */
export function accepts(schema: Json): string {
  const parts: string[] = [];
  if (Array.isArray(schema.enum)) parts.push(list(schema.enum));
  else if (schema.type === 'integer' || schema.type === 'number') {
    const kind = schema.type === 'integer' ? 'whole number' : 'number';
    const { minimum: min, maximum: max } = schema;
    parts.push(
      min !== undefined && max !== undefined
        ? `${kind} from ${String(min)} to ${String(max)}`
        : min !== undefined
          ? `${kind}, at least ${String(min)}`
          : kind,
    );
  } else if (schema.type === 'string') {
    parts.push(schema.maxLength !== undefined ? `text, at most ${String(schema.maxLength)} characters` : 'text');
    if (typeof schema.pattern === 'string') parts.push(`matching ${schema.pattern}`);
  }
  if (schema.default !== undefined) parts.push(`default ${String(schema.default)}`);
  return parts.join(', ');
}

function resolve(doc: OpenApiDocument, node: Json): Json {
  const target = node.$ref;
  if (typeof target !== 'string') return node;
  let out: unknown = doc;
  for (const key of target.replace(/^#\//, '').split('/')) out = (out as Json)[key];
  return out as Json;
}

function paramView(doc: OpenApiDocument, p: Parameter | { $ref: string }): ParamView {
  const param = resolve(doc, p as Json) as unknown as Parameter;
  return { name: param.name, where: param.in, accepts: accepts(param.schema), description: param.description ?? '' };
}

function endpointView(doc: OpenApiDocument, path: string, op: Operation): EndpointView {
  const responses = Object.entries(op.responses).map(([status, r]) => {
    const answer = resolve(doc, r);
    return {
      status,
      description: String(answer.description ?? ''),
      types: Object.keys((answer.content as Json | undefined) ?? {}),
    };
  });
  const ok = responses.find((r) => r.status === '200');
  return {
    id: op.operationId,
    tag: op.tags[0] ?? '',
    path,
    summary: op.summary,
    description: op.description,
    example: op['x-example'],
    file: !!ok && !ok.types.includes('application/json'),
    params: op.parameters.map((p) => paramView(doc, p)),
    responses,
  };
}

/** Every endpoint of the document, in its order. */
export function referenceOf(doc: OpenApiDocument): EndpointView[] {
  return Object.entries(doc.paths).map(([path, item]) => endpointView(doc, path, item.get));
}

/** The curl command of an endpoint's example request on a server at `origin`. */
export function curlCommand(endpoint: EndpointView, origin: string): string {
  const url = `${origin}${endpoint.example}`.replaceAll("'", "'\\''");
  return `curl ${endpoint.file ? '-OJ ' : ''}'${url}'`;
}
