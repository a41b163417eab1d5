import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';
import { accepts, curlCommand, referenceOf } from './reference';

describe('the reference page view of the document', () => {
  it('lists every path of the document with its example, parameters and answers', () => {
    const doc = openApiDocument();
    const endpoints = referenceOf(doc);
    expect(endpoints.map((e) => e.path)).toEqual(Object.keys(doc.paths));
    const results = endpoints.find((e) => e.path === '/api/results')!;
    expect(results.example).toMatch(/^\/api\/results\?/);
    expect(results.file).toBe(false);
    expect(results.params.find((p) => p.name === 'pageSize')).toMatchObject({
      where: 'query',
      accepts: 'whole number from 1 to 1000, default 100',
    });
    expect(results.params.find((p) => p.name === 'If-None-Match')?.where).toBe('header');
    expect(results.responses.map((r) => r.status)).toEqual(['200', '304', '400', '500']);
    expect(results.responses.find((r) => r.status === '400')!.types).toEqual(['application/json']);
    expect(endpoints.find((e) => e.path === '/export.csv')!.file).toBe(true);
  });

  it('says what a parameter accepts in words', () => {
    expect(accepts({ type: 'string', enum: ['yes', 'no'] })).toBe('yes | no');
    expect(accepts({ type: 'number', minimum: 0 })).toBe('number, at least 0');
    expect(accepts({ type: 'string', maxLength: 200, pattern: '^[a-z]+$' })).toBe(
      'text, at most 200 characters, matching ^[a-z]+$',
    );
    expect(accepts({ type: 'integer', minimum: 320, maximum: 1600, default: 800 })).toBe(
      'whole number from 320 to 1600, default 800',
    );
  });

  it('writes a curl command that a shell runs as written', () => {
    const base = { id: 'x', tag: 'data', path: '/p', summary: '', description: '', params: [], responses: [] };
    expect(curlCommand({ ...base, example: '/api/results?mode=thinking', file: false }, 'http://h:3000')).toBe(
      "curl 'http://h:3000/api/results?mode=thinking'",
    );
    expect(curlCommand({ ...base, example: "/export.csv?table=it's", file: true }, 'http://h')).toBe(
      "curl -OJ 'http://h/export.csv?table=it'\\''s'",
    );
  });
});
