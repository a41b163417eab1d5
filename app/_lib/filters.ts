import { z } from 'zod';
import type { ResultQuery } from '@/db/result-query';

// One schema for the URL of every view: pages, CSV exports and the JSON API parse the same
// parameters, so a copied link, a download and an API call always mean the same rows.

const one = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v === '' ? undefined : v), schema);
const text = (max = 200) => one(z.string().max(max).optional());

export const MODE_FILTERS = ['all', 'thinking', 'non-thinking', 'base'] as const;
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
  category: one(
    z.enum(['knowledge', 'reasoning', 'math', 'code', 'alignment', 'agent', 'multilingual', 'long-context']).optional(),
  ),
  unit: one(z.enum(['percent', 'elo', 'score']).optional()),
  budget: one(z.enum(['none', 'set']).optional()),
  versionPrefix: text(),
  mode: one(z.enum(MODE_FILTERS).optional()),
  source: text(),
  kind: one(z.enum(['base', 'instruct', 'reasoning', 'hybrid']).optional()),
  family: text(),
  open: one(z.enum(['yes', 'no']).optional()),
  maxActive: one(
    z
      .string()
      .regex(/^[0-9]+(\.[0-9]+)?$/, 'a number of billions, like 32')
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
      .refine((v) => Number(v) <= MAX_PAGE, `a page number from 1 to ${MAX_PAGE}`)
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
});

export type Filters = z.output<typeof filterSchema>;
export type RawSearchParams = Record<string, string | string[] | undefined>;

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
  const merged: Record<string, string | undefined> = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== '') params.set(k, v);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The data query a set of filters stands for (pages, exports and the API share it). */
export function toResultQuery(filters: Filters): ResultQuery {
  const models = modelList(filters);
  return {
    benchmarkId: filters.benchmark,
    modelIds: models.length ? models : undefined,
    sourceId: filters.source,
    tableRef: filters.table,
    mode: filters.mode,
    kind: filters.kind,
    family: filters.family,
    open: filters.open,
    maxActive: filters.maxActive === undefined ? undefined : Number(filters.maxActive),
    version: filters.version,
    versionLike: filters.versionPrefix,
    metric: filters.metric,
    unit: filters.unit,
    category: filters.category,
    budget: filters.budget,
    reporter: filters.reporter,
    window: filters.window,
  };
}

/** The reverse of toResultQuery: the URL parameters of a query. */
export function fromResultQuery(q: ResultQuery): Partial<Filters> {
  return {
    benchmark: q.benchmarkId,
    models: q.modelIds?.join(','),
    source: q.sourceId,
    table: q.tableRef,
    mode: q.mode,
    kind: q.kind as Filters['kind'],
    family: q.family,
    open: q.open,
    maxActive: q.maxActive === undefined ? undefined : String(q.maxActive),
    version: q.version,
    versionPrefix: q.versionLike,
    metric: q.metric,
    unit: q.unit as Filters['unit'],
    category: q.category as Filters['category'],
    budget: q.budget,
    reporter: q.reporter,
    window: q.window,
  };
}

/** The "Download CSV" link of exactly the rows a view shows. */
export function csvHref(q: ResultQuery): string {
  return `/export.csv${toQuery(fromResultQuery(q))}`;
}

export function modelList(filters: Filters): string[] {
  return (filters.models ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
}
