import { describe, expect, it } from 'vitest';
import { filterSchema } from '@/app/_lib/filters';
import { pagingSchema } from '@/app/_lib/request-params';
import { openApiDocument } from './openapi';
import { parameterSchema, type Parameter } from './openapi-parts';

// What the document says of a query parameter is what its zod schema accepts: the note's
// example passes, and a note that reads digits as a number gives the range the schema keeps.

const schemas = { ...filterSchema.shape, pageSize: pagingSchema.shape.pageSize };

describe('query parameters in the document', () => {
  it('each has a sentence and an example (a new filter needs its note in param-notes.ts)', () => {
    for (const [path, item] of Object.entries(openApiDocument().paths))
      for (const p of item.get.parameters as Parameter[]) {
        if (p.in !== 'query') continue;
        expect(p.description, `${path} ${p.name}: description`).toBeTruthy();
        expect((p.schema.examples as unknown[] | undefined)?.length, `${path} ${p.name}: examples`).toBeGreaterThan(0);
      }
  });

  it('every example is accepted by the schema the route validates with', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const json = parameterSchema(schema);
      for (const example of (json.examples as unknown[] | undefined) ?? [])
        expect(schema.safeParse(String(example)).success, `${name}=${String(example)}`).toBe(true);
    }
  });

  it('every allowed value is accepted and nothing else', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const json = parameterSchema(schema);
      if (!Array.isArray(json.enum)) continue;
      for (const value of json.enum) expect(schema.safeParse(value).success, `${name}=${String(value)}`).toBe(true);
      expect(schema.safeParse('no-such-value').success, name).toBe(false);
    }
  });

  it('a number parameter is accepted from its minimum to its maximum, and no further', () => {
    const numeric = Object.entries(schemas).filter(([, s]) =>
      ['integer', 'number'].includes(String(parameterSchema(s).type)),
    );
    expect(numeric.map(([n]) => n).sort()).toEqual(['asOf', 'maxActive', 'page', 'pageSize']);
    for (const [name, schema] of numeric) {
      const { minimum, maximum, type } = parameterSchema(schema) as { minimum: number; maximum?: number; type: string };
      const step = type === 'integer' ? 1 : 0.5;
      expect(schema.safeParse(String(minimum)).success, `${name}=${minimum}`).toBe(true);
      expect(schema.safeParse(String(minimum - step)).success, `${name}=${minimum - step}`).toBe(false);
      if (maximum === undefined) continue;
      expect(schema.safeParse(String(maximum)).success, `${name}=${maximum}`).toBe(true);
      expect(schema.safeParse(String(maximum + 1)).success, `${name}=${maximum + 1}`).toBe(false);
    }
    expect(filterSchema.shape.maxActive.safeParse('0.6').success).toBe(true);
  });

  it('a text parameter keeps its length limit and pattern', () => {
    expect(parameterSchema(filterSchema.shape.benchmark)).toMatchObject({
      type: 'string',
      maxLength: 200,
      pattern: '^[a-z0-9.-]+$',
    });
    expect(parameterSchema(filterSchema.shape.metric)).toMatchObject({ type: 'string', maxLength: 300 });
  });
});
