import { z } from 'zod';
import { CATEGORIES, MODEL_KINDS, MODES, UNITS, YES_NO, type Mode } from './vocabulary';

// One schema for the URL of every view: pages, CSV exports and the JSON API parse the same
// parameters, so a copied link, a download and an API call always mean the same rows. The parsed
// value is also what the queries read (db/queries): one spelling from the URL to SQL.

const one = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v === '' ? undefined : v), schema);
const text = (max = 200) => one(z.string().max(max).optional());

/** A view's mode: every mode, or one of the pack's (n/a baselines are kept beside thinking and non-thinking). */
export const MODE_FILTERS = ['all', ...MODES.filter((m): m is Exclude<Mode, 'n/a'> => m !== 'n/a')] as const;
export const SORTS = ['score', 'model', 'source'] as const;
/** Who reported a number: the model's maker, or anyone else (PACK-FORMAT, sources.csv `org`). */
export const REPORTERS = ['self', 'independent'] as const;
/** 'after-release': only results on benchmarks whose items were made after the model's release. */
export const WINDOWS = ['after-release'] as const;
/** The highest page number any view or the API accepts: one limit, so a page number that one
 * accepts the other never refuses (request-params.ts's paging uses it too). */
export const MAX_PAGE = 1_000_000;

const id = one(
  z
    .string()
    .max(200)
    .regex(/^[a-z0-9.-]+$/, 'an id such as qwen3-32b (lowercase letters, digits, dots and dashes)')
    .optional(),
);

export const filterSchema = z.object({
  benchmark: id,
  table: text(),
  category: one(z.enum(CATEGORIES).optional()),
  unit: one(z.enum(UNITS).optional()),
  budget: one(z.enum(['none', 'set']).optional()),
  versionPrefix: text(),
  mode: one(z.enum(MODE_FILTERS).optional()),
  source: text(),
  kind: one(z.enum(MODEL_KINDS).optional()),
  family: text(),
  open: one(z.enum(YES_NO).optional()),
  // Numbers from here on (the queries and the pages read them as numbers; a link writes them back).
  maxActive: one(
    z
      .string()
      .regex(/^[0-9]+(\.[0-9]+)?$/, 'a number of billions, like 32')
      .transform(Number)
      .optional(),
  ),
  version: text(),
  metric: text(300),
  reporter: one(z.enum(REPORTERS).optional()),
  window: one(z.enum(WINDOWS).optional()),
  sort: one(z.enum(SORTS).optional()),
  page: one(
    z
      .string()
      .regex(/^[1-9][0-9]{0,6}$/, 'a page number: 1, 2, 3 …')
      .transform(Number)
      .refine((n) => n <= MAX_PAGE, `a page number from 1 to ${MAX_PAGE}`)
      .optional(),
  ),
  dir: one(z.enum(['asc', 'desc']).optional()),
  models: one(
    z
      .string()
      .max(2000)
      .regex(/^[a-z0-9.,-]*$/, 'model ids separated by commas, like qwen3-32b,deepseek-r1')
      .optional(),
  ),
  /** Show the data as of this data version (db/queries/as-of.ts): the values then, not the corrections since. */
  asOf: one(
    z
      .string()
      .regex(/^[1-9][0-9]{0,8}$/, 'a data version: a whole number such as 7, as the footer of every page names it')
      .optional(),
  ),
});

export type Filters = z.output<typeof filterSchema>;
export type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * The filters that choose rows, in the order a link writes them; the rest of the schema (sort,
 * dir, page) orders and pages them.
 */
export const RESULT_FILTER_KEYS = [
  'benchmark',
  'models',
  'source',
  'table',
  'mode',
  'kind',
  'family',
  'open',
  'maxActive',
  'version',
  'versionPrefix',
  'metric',
  'unit',
  'category',
  'budget',
  'reporter',
  'window',
] as const satisfies readonly (keyof Filters)[];

/** The rest of the schema: what orders and pages the rows a view's filters choose. */
export const PAGING_KEYS = ['sort', 'dir', 'page'] as const satisfies readonly (keyof Filters)[];

/** The data version the rows are read as of (db/queries/reading.ts): not a clause, the whole data then. */
export const VERSION_KEYS = ['asOf'] as const satisfies readonly (keyof Filters)[];

// Every key of the schema is placed in one of the three lists: a key added to the schema alone
// fails to compile here; added to RESULT_FILTER_KEYS, it fails to compile until resultWhere has
// its clause (db/queries/results.ts, CLAUSES).
type Unplaced = Exclude<
  keyof Filters,
  (typeof RESULT_FILTER_KEYS)[number] | (typeof PAGING_KEYS)[number] | (typeof VERSION_KEYS)[number]
>;
export const EVERY_KEY_PLACED: [Unplaced] extends [never] ? true : { unplaced: Unplaced } = true;

/** What a view asks of the results: the URL's filters, without their order and paging. */
export type ResultFilters = Partial<Pick<Filters, (typeof RESULT_FILTER_KEYS)[number]>>;

/** The row-choosing filters of `f`, the set ones only, in link order. */
export function resultFilters(f: ResultFilters): ResultFilters {
  const out: Record<string, string | number> = {};
  for (const key of RESULT_FILTER_KEYS) if (f[key] !== undefined) out[key] = f[key];
  return out as ResultFilters;
}

/** Parses search params; an invalid value is dropped (pages) with its problem kept for display. */
export function parseFilters(params: RawSearchParams): { filters: Filters; problems: string[] } {
  const result = filterSchema.safeParse(params);
  if (result.success) return { filters: result.data, problems: [] };
  const bad = new Set(result.error.issues.map((i) => String(i.path[0])));
  const cleaned: RawSearchParams = {};
  for (const [k, v] of Object.entries(params)) if (!bad.has(k)) cleaned[k] = v;
  return {
    filters: filterSchema.parse(cleaned),
    problems: result.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`),
  };
}

/** The filters as a query string (only the set ones), for links, exports and the URL bar. */
export function toQuery(filters: Partial<Filters>, overrides: Partial<Record<keyof Filters, string | undefined>> = {}) {
  const merged: Record<string, string | number | undefined> = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== '') params.set(k, String(v));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The data version the links of a server render are as of: set on the server by
 * app/_lib/as-of-request.ts (a page as of an earlier version downloads that version's rows); never
 * in a browser.
 */
let linksAsOf: () => number | undefined = () => undefined;
export function setLinksAsOf(read: () => number | undefined): void {
  linksAsOf = read;
}

/** The "Download CSV" link of exactly the rows a view shows (its order and page do not matter). */
export function csvHref(filters: ResultFilters): string {
  const asOf = linksAsOf();
  return `/export.csv${toQuery({ ...resultFilters(filters), asOf: asOf === undefined ? undefined : String(asOf) })}`;
}

/** The model ids of `models` (a comma-separated list), in order, blanks dropped. */
export function modelList(filters: Pick<Filters, 'models'>): string[] {
  return (filters.models ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
}
