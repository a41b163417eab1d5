import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../../app/api/_lib/openapi';
import type { Json } from '../../app/api/_lib/openapi-parts';
import { filterSchema } from '../../app/_lib/filters';
import { searchParamsOf } from '../../app/_lib/request-params';
import type { Db } from '../../db/client';
import { Contract, type Answer } from '../contract';
import { cleanupAll, seededDb } from '../helpers';

// The OpenAPI document (/api/openapi.json) against the routes it describes, called as Next
// calls them on a real temp copy of the seeded database: the document is valid OpenAPI 3.1;
// every answer (200, 304, 400, 404) has the status, headers and body the document gives; and
// each route reads exactly the parameters the document lists for it.

type Handler = (request: Request) => Response | Promise<Response>;
let handlers: Record<string, Handler>;
let packFile: (request: Request, context: { params: Promise<{ file: string }> }) => Promise<Response>;
let chartFile: (typeof import('../../app/_charts/files'))['answerChartRequest'];
let doc: OpenApiDocument;
let contract: Contract;

beforeAll(async () => {
  const { file } = await seededDb();
  process.env.DATABASE_PATH = file;
  handlers = {
    '/api/results': (await import('../../app/api/results/route')).GET,
    '/api/models': (await import('../../app/api/models/route')).GET,
    '/api/benchmarks': (await import('../../app/api/benchmarks/route')).GET,
    '/api/sources': (await import('../../app/api/sources/route')).GET,
    '/api/search': (await import('../../app/api/search/route')).GET,
    '/api/openapi.json': (await import('../../app/api/openapi.json/route')).GET,
    '/export.csv': (await import('../../app/export.csv/route')).GET,
  };
  packFile = (await import('../../app/export/pack/[file]/route')).GET;
  chartFile = (await import('../../app/_charts/files')).answerChartRequest;
  doc = (await import('../../app/api/_lib/openapi')).openApiDocument();
  contract = new Contract(doc);
});
afterAll(() => {
  (globalThis as { benchboardDb?: Db }).benchboardDb?.$client.close();
  delete (globalThis as { benchboardDb?: Db }).benchboardDb;
  delete process.env.DATABASE_PATH;
  cleanupAll();
});

const catchAll = async (request: Request) => (await import('../../app/api/[...path]/route')).GET(request);

/** A GET of `path` as the server answers it, whichever handler serves it. */
async function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const url = new URL(path, 'http://localhost');
  const request = new Request(url, { headers });
  const chart = /^\/charts\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (chart) {
    const a = await chartFile({
      kind: chart[1]!,
      file: chart[2]!,
      params: searchParamsOf(url),
      ifNoneMatch: headers['If-None-Match'],
    });
    const lower = Object.fromEntries(Object.entries(a.headers).map(([k, v]) => [k.toLowerCase(), v]));
    // Bytes, as a client receives them: a file drawn now is a string, one kept in the cache its bytes.
    return {
      status: a.status,
      headers: lower,
      body: typeof a.body === 'string' ? Buffer.from(a.body) : (a.body ?? ''),
    };
  }
  const pack = /^\/export\/pack\/([^/]+)$/.exec(url.pathname);
  const response = pack
    ? await packFile(request, { params: Promise.resolve({ file: pack[1]! }) })
    : await (handlers[url.pathname] ?? catchAll)(request);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: Object.fromEntries(response.headers), body: bytes.toString('utf8') };
}

const template = (path: string) => contract.templateOf(new URL(path, 'http://localhost').pathname)!;
const examples = () => Object.entries(doc.paths).map(([t, item]) => [t, item.get['x-example']] as const);

/** A value of a parameter that its schema refuses. */
function malformed(schema: Json): string {
  if (Array.isArray(schema.enum)) return 'no-such-value';
  if (schema.type === 'integer' || schema.type === 'number') return '-1x';
  if (typeof schema.pattern === 'string') return '!!';
  if (typeof schema.maxLength === 'number') return 'x'.repeat(schema.maxLength + 1);
  throw new Error(`no malformed value for ${JSON.stringify(schema)}`);
}

describe('the document', () => {
  it('is valid OpenAPI 3.1 with a version', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is what /api/openapi.json serves, with a tag and a 304', async () => {
    const first = await get('/api/openapi.json');
    contract.expectValid('/api/openapi.json', first, 'openapi.json');
    expect(JSON.parse(first.body.toString())).toEqual(JSON.parse(JSON.stringify(doc)));
    const again = await get('/api/openapi.json', { 'If-None-Match': first.headers.etag! });
    contract.expectValid('/api/openapi.json', again, 'openapi.json again');
    expect(again.status).toBe(304);
  });

  it('describes every read endpoint, chart kind and the filters of the one schema', async () => {
    const { CHART_KINDS } = await import('../../app/_charts/kinds');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/results',
        '/api/models',
        '/api/benchmarks',
        '/api/sources',
        '/api/search',
        '/api/openapi.json',
        '/export.csv',
        '/export/pack/{file}',
        ...CHART_KINDS.map((k) => `/charts/${k}/{id}.{format}`),
      ].sort(),
    );
    const results = contract.queryParameters('/api/results').map((p) => p.name);
    expect(results).toEqual([...Object.keys(filterSchema.shape), 'pageSize']);
  });
});

describe('every answer is the one the document gives', () => {
  it('200 and 304 for every example request', async () => {
    for (const [t, example] of examples()) {
      expect(template(example), example).toBe(t);
      const ok = await get(example);
      expect(ok.status, example).toBe(200);
      contract.expectValid(t, ok, example);
      const again = await get(example, { 'If-None-Match': ok.headers.etag! });
      expect(again.status, `${example} again`).toBe(304);
      contract.expectValid(t, again, `${example} again`);
    }
  });

  it('every result, model, benchmark and source of the bundled data fits its schema', async () => {
    for (let page = 1; ; page++) {
      const answer = await get(`/api/results?pageSize=1000&page=${page}`);
      contract.expectValid('/api/results', answer, `results page ${page}`);
      if (JSON.parse(answer.body.toString()).next === null) break;
    }
    for (const path of ['/api/models', '/api/benchmarks', '/api/sources'])
      contract.expectValid(path, await get(path), path);
  });

  it('every chart file in every format', async () => {
    for (const [t, example] of examples().filter(([t]) => t.startsWith('/charts/'))) {
      for (const format of ['svg', 'png', 'csv']) {
        const url = example.replace(/\.(svg|png|csv)/, `.${format}`);
        const answer = await get(url);
        expect(answer.status, url).toBe(200);
        contract.expectValid(t, answer, url);
      }
    }
  });

  it('400 for a malformed value of each documented parameter, naming it', async () => {
    for (const [t, example] of examples()) {
      const [path] = example.split('?');
      for (const { name, schema } of contract.queryParameters(t)) {
        const url = `${path}?${new URLSearchParams({ [name]: malformed(schema) })}`;
        const answer = await get(url);
        expect(answer.status, url).toBe(400);
        contract.expectValid(t, answer, url);
        const body = answer.body.toString();
        const named = answer.headers['content-type']!.startsWith('application/json')
          ? JSON.parse(body).error.parameter
          : /^Bad parameter "([^"]*)"/.exec(body)?.[1];
        expect(named, url).toBe(name);
      }
    }
  });

  it('404 for an unknown pack file, a chart with nothing to draw, and any other /api path', async () => {
    for (const url of [
      '/export/pack/nope.csv',
      '/charts/benchmark/no-such-benchmark.svg',
      '/charts/model/nobody.png',
    ]) {
      const answer = await get(url);
      expect(answer.status, url).toBe(404);
      contract.expectValid(template(url), answer, url);
    }
    const unknown = contract.resolve(doc.components.responses as Json).UnknownEndpoint as Json;
    for (const url of ['/api/nope', '/api/results/extra', '/api/v2/results?x=1']) {
      expect(contract.templateOf(new URL(url, 'http://x').pathname), url).toBeUndefined();
      const answer = await get(url);
      expect(answer.status, url).toBe(404);
      contract.expectResponse(unknown, 'components/responses/UnknownEndpoint', answer, url);
      expect(JSON.parse(answer.body.toString()).error.message).toContain('/api/openapi.json');
    }
  });
});

describe('each route reads exactly the parameters the document lists', () => {
  /** A valid value for every parameter name the document knows, and one it does not. */
  const candidates = () => {
    const out = new Map<string, string>([['utm_source', 'newsletter']]);
    for (const t of Object.keys(doc.paths))
      for (const { name, schema } of contract.queryParameters(t))
        if (!out.has(name)) out.set(name, String((schema.examples as unknown[])[0]));
    return out;
  };
  const schemaOf = (name: string) =>
    Object.keys(doc.paths)
      .flatMap((t) => contract.queryParameters(t))
      .find((p) => p.name === name)?.schema;
  /** What a client can see of an answer; `next` echoes the query string, so it is left out. */
  const fingerprint = (a: Answer) => {
    let body = a.body.toString('base64');
    if ((a.headers['content-type'] ?? '').startsWith('application/json')) {
      const json = JSON.parse(a.body.toString()) as Record<string, unknown>;
      delete json.next;
      body = JSON.stringify(json);
    }
    return JSON.stringify([a.status, a.headers.etag, a.headers['content-disposition'], body]);
  };

  it('a documented parameter changes the answer, any other leaves it as it was', async () => {
    for (const [t, example] of examples()) {
      // Chart files are probed as SVG: width and theme draw nothing in a chart's CSV.
      const [path] = (t.startsWith('/charts/') ? example.replace(/\.(png|csv)$/, '.svg') : example).split('?');
      const listed = new Set(contract.queryParameters(t).map((p) => p.name));
      const base = fingerprint(await get(path!));
      for (const [name, value] of candidates()) {
        const url = `${path}?${new URLSearchParams({ [name]: value })}`;
        const changed = fingerprint(await get(url)) !== base;
        expect(changed, `${url}: ${listed.has(name) ? 'documented but ignored' : 'read but not documented'}`).toBe(
          listed.has(name),
        );
      }
    }
  });

  it('a malformed value is refused only where the document lists the parameter or it is a filter', async () => {
    const filters = new Set(Object.keys(filterSchema.shape));
    for (const [t, example] of examples()) {
      const [path] = example.split('?');
      const responses = doc.paths[t]!.get.responses;
      const listed = new Set(contract.queryParameters(t).map((p) => p.name));
      for (const name of candidates().keys()) {
        if (name === 'utm_source') continue;
        // The endpoint's required parameters keep their example values (search needs its q).
        const query = new URLSearchParams(example.split('?')[1]);
        for (const key of [...query.keys()])
          if (!contract.queryParameters(t).find((p) => p.name === key)?.required) query.delete(key);
        query.set(name, malformed(schemaOf(name)!));
        const url = `${path}?${query}`;
        const status = (await get(url)).status;
        // A filter is checked wherever a 400 is documented (its description says so).
        const refused = listed.has(name) || ('400' in responses && filters.has(name));
        expect(status === 400, `${url} answered ${status}`).toBe(refused);
      }
    }
  });

  it('a chart width is accepted from the least to the most the document allows, and no further', async () => {
    for (const t of Object.keys(doc.paths).filter((p) => p.startsWith('/charts/'))) {
      const width = contract.queryParameters(t).find((p) => p.name === 'width')!.schema;
      const path = doc.paths[t]!.get['x-example'].split('?')[0]!.replace(/\.(png|csv)$/, '.svg');
      const min = width.minimum as number;
      const max = width.maximum as number;
      for (const [value, status] of [
        [min, 200],
        [max, 200],
        [min - 1, 400],
        [max + 1, 400],
      ] as const)
        expect((await get(`${path}?width=${value}`)).status, `${path}?width=${value}`).toBe(status);
      for (const theme of contract.queryParameters(t).find((p) => p.name === 'theme')!.schema.enum as string[])
        expect((await get(`${path}?theme=${theme}`)).status, `${path}?theme=${theme}`).toBe(200);
    }
  });
});
