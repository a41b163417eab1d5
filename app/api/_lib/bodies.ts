import { z } from 'zod';
import type { apiBenchmark, ApiResult, apiModel, apiSource } from './items';
import { CATEGORIES, MODEL_KINDS, MODES, SOURCE_KINDS, UNITS } from '@/db/pack/format';

// The JSON bodies of the API, as zod schemas for the OpenAPI document. The bodies themselves
// are built by items.ts; the type checks at the end of this file fail the build when a field
// is added, removed or retyped there and not here, and the contract tests validate every
// answer against these schemas (no field more, none less).

const date = z.union([z.literal(''), z.iso.date()]).describe('YYYY-MM-DD, or empty when not known');
const web = (what: string) => z.string().describe(`${what}: an http(s) URL, or empty when not known`);
const count = z.int().min(0);

export const resultSchema = z
  .strictObject({
    id: z.int().min(1).describe('Stable id of the result (its load order)'),
    sourceId: z.string(),
    sourceTitle: z.string(),
    sourceUrl: web('The source'),
    table: z.string().describe('The table or figure as printed, e.g. "Table 14"'),
    tableUrl: z.string().nullable().describe('Where the table opens (a PDF at its page), or null: then see sourceUrl'),
    tablePage: z.int().min(1).nullable().describe('The printed page of the table, or null'),
    modelId: z.string(),
    model: z.string().describe('The canonical model name'),
    modelAsPrinted: z.string().describe('The model as the source printed it'),
    modelKind: z.enum(['', ...MODEL_KINDS]),
    family: z.string(),
    mode: z.enum(MODES),
    thinkingBudgetTokens: z.int().min(1).nullable().describe('The thinking budget in tokens, or null when none'),
    benchmarkId: z.string(),
    benchmark: z.string().describe('The canonical benchmark name'),
    benchmarkAsPrinted: z.string(),
    category: z.enum(CATEGORIES),
    benchmarkVersion: z.string(),
    metric: z.string(),
    score: z.number(),
    scoreText: z.string().describe('The score as printed, e.g. "72.50"'),
    unit: z.enum(UNITS),
    verifiedBy: z.array(z.string()),
    notes: z.string(),
    reporter: z
      .enum(['self', 'independent'])
      .describe("Self-reported (the model's maker published it) or independent (someone else measured it)"),
    reportedBy: z.string().describe('Who published the number'),
    interval: z
      .strictObject({
        low: z.number(),
        high: z.number(),
        n: z.int().min(1).describe('The number of items in the test set'),
      })
      .nullable()
      .describe(
        'Computed here, not published: the 95% Wilson interval of the score over the test set’s n items (the uncertainty from the finite set of questions alone, not run-to-run variance); null where it is not defined',
      ),
  })
  .describe('One published number with its source');

export const resultsPageSchema = z.strictObject({
  data: z.array(resultSchema),
  page: z.int().min(1),
  pageSize: z.int().min(1),
  total: count.describe('Results matching the filters, on all pages'),
  next: z.string().nullable().describe('The path and query of the next page, or null on the last'),
});

const billions = z.number().min(0).nullable();

export const modelSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  family: z.string(),
  org: z.string(),
  architecture: z.enum(['dense', 'moe']).nullable(),
  totalParamsB: billions.describe('Total parameters in billions, or null when not known'),
  activeParamsB: billions.describe('Active parameters in billions, or null when not known'),
  layers: z.int().min(1).nullable(),
  contextLengthTokens: z.int().min(1).nullable(),
  releaseDate: z.iso.date().nullable(),
  openWeights: z.boolean().nullable(),
  license: z.string(),
  source: z.string(),
  results: count,
});

export const benchmarkSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  category: z.enum(CATEGORIES),
  unit: z.enum(UNITS),
  higherIsBetter: z.boolean().nullable(),
  description: z.string(),
  url: web('The benchmark'),
  results: count,
});

export const sourceSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  url: web('The source'),
  publisher: z.string(),
  publishedAt: date,
  kind: z.enum(SOURCE_KINDS),
  results: count,
});

const list = <T extends z.ZodType>(item: T) => z.strictObject({ data: z.array(item), total: count });
export const modelsListSchema = list(modelSchema);
export const benchmarksListSchema = list(benchmarkSchema);
export const sourcesListSchema = list(sourceSchema);

const searchHit = (kind: string) =>
  z.strictObject({
    kind: z.literal(kind),
    id: z.string(),
    name: z.string(),
    summary: z.string().describe('One line: size and organisation, category and results, or publisher and date'),
    href: z.string().describe('Its page on the dashboard (a source: its own address)'),
  });
export const searchSchema = z.strictObject({
  query: z.string(),
  models: z.array(searchHit('model')),
  benchmarks: z.array(searchHit('benchmark')),
  sources: z.array(searchHit('source')),
});

export const errorSchema = z
  .strictObject({
    error: z.strictObject({
      parameter: z.string().optional().describe('The query parameter that was refused (400 only)'),
      message: z.string().describe('What is wrong and what is accepted, in words'),
    }),
  })
  .describe('A refused request (400), an unknown /api path (404) or a failure on the server (500)');

// The bodies as items.ts builds them: the same fields, each of a type the schema accepts.
type Item<F extends (...args: never[]) => unknown> = ReturnType<F>;
type Matches<Schema extends z.ZodType, Actual> = [keyof z.output<Schema>] extends [keyof Actual]
  ? [keyof Actual] extends [keyof z.output<Schema>]
    ? z.output<Schema> extends Actual
      ? true
      : 'a field is typed differently in items.ts'
    : 'items.ts has a field the schema lacks'
  : 'the schema has a field items.ts lacks';
const bodiesMatch: [
  Matches<typeof resultSchema, ApiResult>,
  Matches<typeof modelSchema, Item<typeof apiModel>>,
  Matches<typeof benchmarkSchema, Item<typeof apiBenchmark>>,
  Matches<typeof sourceSchema, Item<typeof apiSource>>,
] = [true, true, true, true];
void bodiesMatch;
