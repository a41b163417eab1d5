import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import type { OpenApiDocument } from '../app/api/_lib/openapi';
import type { Json } from '../app/api/_lib/openapi-parts';

// Checking answers against the OpenAPI document: which documented path a URL is, the answer
// the document gives for a status, and its headers and body validated with ajv (JSON Schema
// 2020-12, the dialect of OpenAPI 3.1).

export type Answer = { status: number; headers: Record<string, string>; body: string | Buffer };

const pointer = (...keys: string[]) => keys.map((k) => k.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

export class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly templates: [string, RegExp][];

  constructor(readonly doc: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addSchema(structuredClone(doc) as object, 'openapi.json');
    this.templates = Object.keys(doc.paths).map((template) => {
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) => (part.startsWith('{') ? '([^/]+?)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      return [template, new RegExp(`^${source}$`)];
    });
  }

  /** The documented path template of a URL path, or undefined. */
  templateOf(pathname: string): string | undefined {
    return this.templates.find(([, re]) => re.test(pathname))?.[0];
  }

  resolve(node: Json): Json {
    const target = node.$ref;
    if (typeof target !== 'string') return node;
    let out: unknown = this.doc;
    for (const key of target.replace(/^#\//, '').split('/')) out = (out as Json)[key];
    return out as Json;
  }

  private validator(ref: string): ValidateFunction {
    const validate = this.ajv.getSchema(`openapi.json#/${ref}`);
    if (!validate) throw new Error(`no schema at ${ref}`);
    return validate;
  }

  /** Validates an answer against the response that the document gives for its status. */
  expectValid(template: string, answer: Answer, what: string): void {
    const responses = this.doc.paths[template]?.get.responses;
    expect(responses, `${what}: ${template} is documented`).toBeDefined();
    const key = String(answer.status);
    expect(Object.keys(responses!), `${what}: status ${key} is documented`).toContain(key);
    this.expectResponse(responses![key]!, pointer('paths', template, 'get', 'responses', key), answer, what);
  }

  /** Validates an answer against a response object of the document (a component or a path's). */
  expectResponse(response: Json, at: string, answer: Answer, what: string): void {
    const ref = (response as { $ref?: string }).$ref;
    const base = ref ? ref.replace(/^#\//, '') : at;
    const resolved = this.resolve(response);
    for (const [name, header] of Object.entries((resolved.headers as Record<string, Json> | undefined) ?? {})) {
      const value = answer.headers[name.toLowerCase()];
      expect(value, `${what}: header ${name}`).toBeDefined();
      const schema = this.resolve(header).schema as Json;
      const ok = this.ajv.validate(schema, value);
      expect(ok, `${what}: header ${name}: ${value} ${this.ajv.errorsText()}`).toBe(true);
    }
    const content = resolved.content as Record<string, Json> | undefined;
    if (!content) {
      expect(answer.body.length, `${what}: no body`).toBe(0);
      return;
    }
    const type = (answer.headers['content-type'] ?? '').split(';')[0]!.trim();
    expect(Object.keys(content), `${what}: content type ${type} is documented`).toContain(type);
    const validate = this.validator(`${base}/${pointer('content', type, 'schema')}`);
    if (type === 'image/png') {
      expect((answer.body as Buffer).subarray(1, 4).toString('latin1'), `${what}: a PNG`).toBe('PNG');
      return;
    }
    const text = answer.body.toString();
    const body: unknown = type === 'application/json' ? JSON.parse(text) : text;
    const ok = validate(body);
    expect(ok, `${what}: body: ${this.ajv.errorsText(validate.errors)}`).toBe(true);
  }

  /** Every query parameter the document lists for a path. */
  queryParameters(template: string): { name: string; schema: Json; required?: boolean }[] {
    return this.doc.paths[template]!.get.parameters.map(
      (p) => this.resolve(p as Json) as { name: string; in: string; schema: Json; required?: boolean },
    ).filter((p) => p.in === 'query');
  }
}
