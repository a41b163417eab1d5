import { z } from 'zod';
import { filterSchema, MAX_PAGE } from '@/app/_lib/filters';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pagingSchema } from '@/app/_lib/request-params';
import { WIDTHS } from '@/app/_charts/layout';
import { chartFileSchema, chartTopSchema } from '@/app/_charts/params';
import { searchQuerySchema } from '@/app/_lib/search-query';

// What the OpenAPI document says about each query parameter beyond what its zod schema says:
// a sentence and a working example, and for the parameters that are numbers written as text
// (a page, a size, billions of parameters) their type and range as a client should send them.
// Notes attach to the schemas themselves (a zod registry), so a parameter that is renamed or
// removed in app/_lib/filters.ts takes its note with it, and one that is added appears in the
// document with the type, range and allowed values of its schema even before it has a note.

export type ParamNote = {
  description: string;
  /** A value that is accepted and, on the dashboard's data, changes the answer. */
  examples: (string | number)[];
  type?: 'integer' | 'number';
  minimum?: number;
  maximum?: number;
  default?: string | number;
};

export const paramNotes = z.registry<ParamNote>();

const f = filterSchema.shape;

const note = (schema: z.ZodType, n: ParamNote) => paramNotes.add(schema, n);

note(searchQuerySchema.shape.q, {
  description: 'What to look for: words of a model, benchmark or source name, organisation or category',
  examples: ['qwen3 32b'],
});

note(f.reporter, {
  description:
    "Who reported the number: `self` (the model's maker) or `independent` (someone else, e.g. a leaderboard)",
  examples: ['independent'],
});
note(f.window, {
  description:
    "`after-release`: only results on benchmarks whose test items were all created after the model's release date",
  examples: ['after-release'],
});
note(f.benchmark, { description: 'A benchmark id', examples: ['aime-24'] });
note(f.models, { description: 'Model ids separated by commas', examples: ['qwen3-32b,deepseek-r1'] });
note(f.source, { description: 'A source id', examples: ['qwen3-tech-report'] });
note(f.table, { description: 'A table or figure of the source, as printed', examples: ['Table 14'] });
note(f.mode, {
  description:
    'Thinking mode; `thinking` and `non-thinking` keep the results of models without a switch (mode n/a), `all` is the same as not set',
  examples: ['thinking'],
});
note(f.kind, { description: 'The kind of model', examples: ['base'] });
note(f.family, { description: 'A model family, e.g. Qwen3', examples: ['Qwen3'] });
note(f.open, { description: 'Open weights (`yes`) or not (`no`)', examples: ['yes'] });
note(f.maxActive, {
  description: 'At most this many billions of active parameters, written as plain decimal digits (32, 0.6)',
  examples: [32],
  type: 'number',
  minimum: 0,
});
note(f.version, { description: 'The benchmark version, exactly as printed', examples: ['v5 (2024.10-2025.02)'] });
note(f.versionPrefix, {
  description:
    'The benchmark version starts with exactly this text: case counts, and `%`, `_` and `\\` match themselves',
  examples: ['14 languages (10%'],
});
note(f.metric, { description: 'The metric, exactly as printed', examples: ['accuracy'] });
note(f.unit, { description: 'The unit of the score', examples: ['elo'] });
note(f.asOf, {
  description:
    'The data as it was at this data version (every page footer names its version; /changes lists them): the values then, not the corrections since. A version the record of loads does not have is a 400',
  examples: [1],
  type: 'integer',
  minimum: 1,
});
note(f.category, { description: 'The category of the benchmark', examples: ['math'] });
note(f.budget, {
  description: '`none`: results without a thinking budget; `set`: results at a budget (the budget curves)',
  examples: ['set'],
});
note(f.sort, {
  description: 'Order by score (best first), model or source; without it, results come in load order',
  examples: ['score'],
});
note(f.dir, { description: 'Direction of the order (with `sort`, or of the load order)', examples: ['desc'] });
note(f.page, {
  description: 'The page, from 1; a page past the last is empty',
  examples: [2],
  type: 'integer',
  minimum: 1,
  maximum: MAX_PAGE,
  default: 1,
});
note(pagingSchema.shape.pageSize, {
  description: 'Results per page',
  examples: [20],
  type: 'integer',
  minimum: 1,
  maximum: MAX_PAGE_SIZE,
  default: DEFAULT_PAGE_SIZE,
});

// The parameters of every chart file besides its kind's filters: the schemas the chart route
// parses them with (app/_charts/params.ts); tests/integration/openapi-contract.test.ts holds the
// route to the document at every edge.
export { chartFileSchema, chartTopSchema };
note(chartTopSchema.shape.top, {
  description: 'How many bars, best first: a number from 1 to 999, or `all`; by default the best 15',
  examples: ['all'],
  default: '15',
});
note(chartFileSchema.shape.width, {
  description: 'Width in pixels (a PNG is drawn at twice this); each kind has its own default',
  examples: [640],
  type: 'integer',
  minimum: WIDTHS.min,
  maximum: WIDTHS.max,
});
note(chartFileSchema.shape.theme, {
  description: 'Colours; without it an SVG follows the reader’s colour scheme and a PNG is light',
  examples: ['dark'],
});
note(chartFileSchema.shape.lang, {
  description:
    'The language of the drawing’s words (titles, axes, key, notes): `zh` Simplified Chinese or `en` English; names of models, benchmarks, tables and sources stay as printed, and a CSV is the same in both',
  examples: ['zh'],
  default: 'en',
});
