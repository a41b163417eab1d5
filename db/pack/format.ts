import { z } from 'zod';
import {
  ARCHITECTURES,
  CATEGORIES,
  MODEL_KINDS,
  MODES,
  SOURCE_KINDS,
  UNITS,
  YES_NO,
  type Unit,
} from '../../lib/vocabulary';

// The pack format of docs/PACK-FORMAT.md, as column lists and zod schemas.
// Each schema takes a row of strings keyed by column name and gives typed, trimmed values;
// its messages are written for the person who wrote the file.
// One piece (past 300 lines) because it is the format's one statement: every file's columns
// and rules side by side, as docs/PACK-FORMAT.md lists them, so a rule is changed in one place.

/** The files of a pack, in the order they are loaded (each may refer to names the ones before declare). */
export const PACK_FILES = [
  'sources.csv',
  'benchmarks.csv',
  'models.csv',
  'benchmark-facts.csv',
  'results.csv',
  'tables.csv',
] as const;
export type PackFile = (typeof PACK_FILES)[number];

export const RESULT_COLUMNS = [
  'source_id',
  'table',
  'model',
  'model_kind',
  'mode',
  'thinking_budget_tokens',
  'benchmark',
  'benchmark_version',
  'metric',
  'score',
  'unit',
  'verified_by',
  'notes',
] as const;
/**
 * The run settings (PACK-FORMAT "Run settings"): optional results.csv columns, by name, in any
 * order. Empty means "not stated by this source"; a stated one is part of the result's identity
 * and of its cell (cellKey), so two numbers that differ in one are two measurements.
 */
export const RUN_SETTING_COLUMNS = [
  'harness',
  'harness_version',
  'n_shot',
  'samples',
  'items_used',
  'temperature',
  'max_output_tokens',
  'chat_template',
  'host',
  'quantization',
  'run_date',
] as const;
export type RunSetting = (typeof RUN_SETTING_COLUMNS)[number];
export type RunSettings = Partial<Record<RunSetting, string>>;
/**
 * Optional columns that may follow the required ones of results.csv: each is stored when the file
 * has it (a file without one stores it as not stated) and exported after the required ones. A new
 * results column goes here, beside its column in db/schema.ts.
 */
export const RESULT_OPTIONAL_COLUMNS = RUN_SETTING_COLUMNS;
/** Every column of results.csv, as loading reads it and the exports write it. */
export const RESULT_FILE_COLUMNS = [...RESULT_COLUMNS, ...RESULT_OPTIONAL_COLUMNS] as const;
export const MODEL_COLUMNS = [
  'model',
  'alias_of',
  'org',
  'architecture',
  'total_params_b',
  'active_params_b',
  'layers',
  'context_length_tokens',
  'release_date',
  'open_weights',
  'license',
  'source',
] as const;
/** Optional columns that may follow the required ones and are stored when present. */
export const MODEL_OPTIONAL_COLUMNS = ['family'] as const;
export const BENCHMARK_COLUMNS = [
  'benchmark',
  'alias_of',
  'category',
  'unit',
  'higher_is_better',
  'description',
  'url',
] as const;
export const SOURCE_COLUMNS = ['source_id', 'title', 'url', 'publisher', 'published_at', 'kind'] as const;
/** sources.csv may add `org` (PACK-FORMAT); a pack without it still loads. */
export const SOURCE_OPTIONAL_COLUMNS = ['org'] as const;
export const BENCHMARK_FACT_COLUMNS = [
  'benchmark',
  'benchmark_version',
  'items',
  'items_source',
  'data_from',
  'data_to',
  'window_source',
  'notes',
] as const;
export const TABLE_COLUMNS = ['source_id', 'table', 'url', 'page'] as const;

export function isPackFile(name: string): name is PackFile {
  return (PACK_FILES as readonly string[]).includes(name);
}

/** Columns whose cells are numbers: loading never takes a leading quote off them, exports never add one. */
export const NUMERIC_COLUMNS: Record<PackFile, readonly string[]> = {
  'sources.csv': [],
  'benchmarks.csv': [],
  'models.csv': [],
  'results.csv': ['thinking_budget_tokens', 'score'],
  'benchmark-facts.csv': ['items'],
  'tables.csv': ['page'],
};

export const COLUMNS: Record<PackFile, readonly string[]> = {
  'results.csv': RESULT_COLUMNS,
  'models.csv': MODEL_COLUMNS,
  'benchmarks.csv': BENCHMARK_COLUMNS,
  'sources.csv': SOURCE_COLUMNS,
  'tables.csv': TABLE_COLUMNS,
  'benchmark-facts.csv': BENCHMARK_FACT_COLUMNS,
};

// The words of the closed columns (modes, units, categories…) are lib/vocabulary.ts's, which the
// schema and the URL's filters read too; the format's importers find them here as well.
export * from '../../lib/vocabulary';

export const UNIT_RANGE: Record<Unit, [number, number] | null> = {
  percent: [0, 100],
  elo: [0, 4000],
  score: null,
};

const SCORE = /^-?[0-9]+(\.[0-9]+)?$/;
const WHOLE = /^[1-9][0-9]{0,9}$/; // up to 9,999,999,999: a budget or context, never a float
const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COUNT = /^(0|[1-9][0-9]{0,9})$/; // a whole number >= 0 without leading zeros

/** A YYYY-MM-DD that is a day of the (proleptic Gregorian) calendar, as Date reads it. */
function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

const listOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** A required name: trimmed, not empty. */
const name = (what: string) => z.string().trim().min(1, `${what} is empty; every row needs one`);
const text = z.string();
const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .string()
    .trim()
    .refine((v): v is T[number] => (values as readonly string[]).includes(v), {
      error: (issue) => `"${String(issue.input)}" is not a ${what}; use one of ${listOf(values)}`,
    });
const optionalOneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || (values as readonly string[]).includes(v), {
      error: (issue) => `"${String(issue.input)}" is not a ${what}; use one of ${listOf(values)}, or leave it empty`,
    });
const optionalMatch = (re: RegExp, message: (v: string) => string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || re.test(v), {
      error: (issue) => message(String(issue.input)),
    });
/** A link shown on the pages: http(s) only, so a pack cannot plant a javascript: URL. */
const optionalUrl = z
  .string()
  .trim()
  .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), {
    error: (issue) =>
      `"${String(issue.input)}" is not a web address; write a full http:// or https:// URL, or leave it empty`,
  });
const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isRealDate(v), {
    error: (issue) => `"${String(issue.input)}" is not a date; write it as YYYY-MM-DD, like 2025-04-29`,
  });

/** A whole number of at least `min` (no leading zeros, no decimals), or empty; absent is allowed. */
function optionalCount(min: 0 | 1, column: string, what: string) {
  return z
    .string()
    .trim()
    .refine((v) => v === '' || (COUNT.test(v) && Number(v) >= min), {
      error: (issue) =>
        `"${String(issue.input)}" is not a valid ${column}; write ${what}: a whole number${min === 1 ? ' above 0' : ''}, or leave it empty when not stated`,
    })
    .optional();
}

/** The run settings' rules (PACK-FORMAT "Run settings"); each column may be absent (undefined). */
const runSettingsShape = {
  harness: z.string().trim().optional(),
  harness_version: z.string().trim().optional(),
  n_shot: optionalCount(0, 'n_shot', 'a number of examples in the prompt, like 5 (0 for zero-shot)'),
  samples: optionalCount(1, 'samples', 'samples per item behind the score, like 64'),
  items_used: optionalCount(1, 'items_used', 'the number of items the run scored, like 500'),
  temperature: z
    .string()
    .trim()
    .refine((v) => v === '' || DECIMAL.test(v), {
      error: (issue) =>
        `"${String(issue.input)}" is not a temperature; write a decimal number of at least 0, like 0.6, or leave it empty when not stated`,
    })
    .optional(),
  max_output_tokens: optionalCount(1, 'max_output_tokens', 'a whole number of tokens, like 32768'),
  chat_template: optionalOneOf(YES_NO, 'chat_template answer').optional(),
  host: z.string().trim().optional(),
  quantization: z.string().trim().optional(),
  run_date: optionalDate.optional(),
} satisfies Record<RunSetting, z.ZodType>;

export const resultRowSchema = z
  .object({
    source_id: name('source_id'),
    table: name('table'),
    model: name('model'),
    model_kind: optionalOneOf(MODEL_KINDS, 'model kind'),
    mode: oneOf(MODES, 'mode'),
    thinking_budget_tokens: optionalMatch(
      WHOLE,
      (v) => `"${v}" is not a thinking budget; write a whole number of tokens above 0, like 8192, or leave it empty`,
    ),
    benchmark: name('benchmark'),
    // Part of a result's identity, so trimmed like names: " pass@1" is "pass@1".
    benchmark_version: z.string().trim(),
    metric: z.string().trim(),
    score: z.string().refine((v) => SCORE.test(v), {
      error: (issue) => {
        const v = String(issue.input);
        if (v.trim() === '') return 'the score is empty; every result needs the number as printed';
        if (/%/.test(v)) return `"${v}" has a % sign; write the number alone, like 85.7, with unit percent`;
        return `"${v}" is not a plain number; write it as printed, like 85.7 or 2056 (no exponent, % sign, thousands separator or spaces)`;
      },
    }),
    unit: oneOf(UNITS, 'unit'),
    verified_by: text,
    notes: text,
    ...runSettingsShape,
  })
  .superRefine((row, ctx) => {
    if (!SCORE.test(row.score) || !(UNITS as readonly string[]).includes(row.unit)) return;
    const range = UNIT_RANGE[row.unit as Unit];
    const value = Number(row.score);
    if (range && (value < range[0] || value > range[1])) {
      ctx.addIssue({
        code: 'custom',
        path: ['score'],
        message: `${row.score} is outside the range of unit ${row.unit} (${range[0]} to ${range[1]}); check the number or the unit`,
      });
    }
  });

export const modelRowSchema = z.object({
  model: name('model'),
  alias_of: z.string().trim(),
  org: text,
  architecture: optionalOneOf(ARCHITECTURES, 'architecture'),
  total_params_b: optionalMatch(DECIMAL, (v) => `"${v}" is not a number of billions of parameters, like 235 or 0.6`),
  active_params_b: optionalMatch(DECIMAL, (v) => `"${v}" is not a number of billions of parameters, like 22 or 0.6`),
  layers: optionalMatch(WHOLE, (v) => `"${v}" is not a whole number of layers`),
  context_length_tokens: optionalMatch(WHOLE, (v) => `"${v}" is not a whole number of tokens, like 131072`),
  release_date: optionalDate,
  open_weights: optionalOneOf(YES_NO, 'open-weights answer'),
  license: text,
  source: text,
  family: text.optional(), // optional column: absent means "leave as stored"
});

export const benchmarkRowSchema = z
  .object({
    benchmark: name('benchmark'),
    alias_of: z.string().trim(),
    category: optionalOneOf(CATEGORIES, 'category'),
    unit: optionalOneOf(UNITS, 'unit'),
    higher_is_better: optionalOneOf(YES_NO, 'higher_is_better answer'),
    description: text,
    url: optionalUrl,
  })
  .superRefine((row, ctx) => {
    if (row.alias_of !== '') return;
    for (const column of ['category', 'unit', 'higher_is_better'] as const) {
      if (row[column] === '') {
        ctx.addIssue({
          code: 'custom',
          path: [column],
          message: `${column} is empty; a benchmark (a row without alias_of) needs one`,
        });
      }
    }
  });

export const sourceRowSchema = z.object({
  source_id: name('source_id'),
  title: name('title'),
  url: optionalUrl,
  publisher: text,
  published_at: optionalDate,
  kind: oneOf(SOURCE_KINDS, 'source kind'),
  org: z.string().trim().optional(), // optional column: absent means "not stated" (null)
});

const MONTH = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;
const optionalMonth = (column: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || MONTH.test(v), {
      error: (issue) =>
        `"${String(issue.input)}" is not a month; write ${column} as YYYY-MM, like 2024-02, or YYYY when only the year is known, or leave it empty`,
    });
/** ` ; `-separated http(s) links, or empty. */
const optionalLinks = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (v === '') return;
    for (const link of splitLinks(v)) {
      if (!/^https?:\/\/[^\s]+$/i.test(link))
        ctx.addIssue({
          code: 'custom',
          message: `"${link}" is not a web address; write full http:// or https:// URLs, several separated by " ; "`,
        });
    }
  });

/** The links of an items_source / window_source cell. */
export function splitLinks(value: string): string[] {
  return value
    .split(/\s+;\s+/)
    .map((v) => v.trim())
    .filter(Boolean);
}

/** The first month a YYYY or YYYY-MM covers, and the last: "2024" is 2024-01 to 2024-12. */
const monthStart = (v: string) => (v.length === 4 ? `${v}-01` : v);
const monthEnd = (v: string) => (v.length === 4 ? `${v}-12` : v);

export const benchmarkFactRowSchema = z
  .object({
    benchmark: name('benchmark'),
    benchmark_version: z.string().trim(),
    items: optionalMatch(
      WHOLE,
      (v) => `"${v}" is not a number of items; write a whole number above 0, like 30, or leave it empty when unknown`,
    ),
    items_source: optionalLinks,
    data_from: optionalMonth('data_from'),
    data_to: optionalMonth('data_to'),
    window_source: optionalLinks,
    notes: text,
  })
  .superRefine((row, ctx) => {
    if (row.items !== '' && row.items_source === '')
      ctx.addIssue({
        code: 'custom',
        path: ['items_source'],
        message: `items is ${row.items} but items_source is empty; give the link that states the number of items`,
      });
    if ((row.data_from !== '' || row.data_to !== '') && row.window_source === '')
      ctx.addIssue({
        code: 'custom',
        path: ['window_source'],
        message: 'a date is given but window_source is empty; give the link that states when the items were made',
      });
    if (MONTH.test(row.data_from) && MONTH.test(row.data_to) && monthStart(row.data_from) > monthEnd(row.data_to))
      ctx.addIssue({
        code: 'custom',
        path: ['data_to'],
        message: `data_to ${row.data_to} is before data_from ${row.data_from}; data_from is the first month, data_to the last`,
      });
  });

export const tableRowSchema = z.object({
  source_id: name('source_id'),
  // Spelled as results.csv spells it, and trimmed the same way, so that the two meet.
  table: name('table'),
  url: z
    .string()
    .trim()
    .refine((v) => v !== '', { error: 'url is empty; every row needs the http(s) address that opens the table' })
    .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), {
      error: (issue) =>
        `"${String(issue.input)}" is not a web address; write a full http:// or https:// URL, like https://arxiv.org/pdf/2505.09388v1#page=14`,
    }),
  page: optionalMatch(
    WHOLE,
    (v) => `"${v}" is not a page number; write the printed page as a whole number above 0, like 14, or leave it empty`,
  ),
});

export type ResultRow = z.output<typeof resultRowSchema>;
export type ModelRow = z.output<typeof modelRowSchema>;
export type BenchmarkRow = z.output<typeof benchmarkRowSchema>;
export type SourceRow = z.output<typeof sourceRowSchema>;
export type TableRow = z.output<typeof tableRowSchema>;
export type BenchmarkFactRow = z.output<typeof benchmarkFactRowSchema>;

/** URL-safe slug of a canonical name: "Qwen3-235B-A22B" -> "qwen3-235b-a22b". */
export function slugify(value: string): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.(?![0-9])|(?<![0-9])\./g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'item';
}

/** The cell of a result (PACK-FORMAT "Identity and cells"): what was measured, sources aside. */
export function cellKey(parts: {
  modelId: string;
  benchmarkId: string;
  benchmarkVersion: string;
  metric: string;
  mode: string;
  thinkingBudgetTokens: number | null;
  /** The stated run settings (absent or '' = not stated). */
  settings?: RunSettings;
}): string {
  const key: unknown[] = [
    parts.modelId,
    parts.benchmarkId,
    parts.benchmarkVersion,
    parts.metric,
    parts.mode,
    parts.thinkingBudgetTokens,
  ];
  // Only stated settings join the key, so a result without any keeps the key it always had
  // (older databases need no rewrite). Numbers by value: a temperature of 0.60 is 0.6. (The
  // settings as statedSettings gives them, without its list of pairs: this runs for every row.)
  let stated: Partial<Record<RunSetting, string>> | undefined;
  for (const c of RUN_SETTING_COLUMNS) {
    const v = parts.settings?.[c]?.trim();
    if (v) (stated ??= {})[c] = NUMERIC_SETTINGS.has(c) ? String(Number(v)) : v;
  }
  if (stated) key.push(stated);
  return JSON.stringify(key);
}

/** Settings compared and keyed as numbers. */
const NUMERIC_SETTINGS = new Set<RunSetting>(['n_shot', 'samples', 'items_used', 'temperature', 'max_output_tokens']);

/** The settings a row states, in the format's order, as [column, trimmed value]. */
export function statedSettings(
  row: Readonly<Partial<Record<string, string | null | undefined>>>,
): [RunSetting, string][] {
  const out: [RunSetting, string][] = [];
  for (const c of RUN_SETTING_COLUMNS) {
    const v = row[c]?.trim();
    if (v) out.push([c, v]);
  }
  return out;
}
