import { z } from 'zod';
import { filterSchema, type Filters, type RawSearchParams } from './filters';
import { stampSlug, type DataStamp } from './format';

// Strict parsing of a request's query string for the CSV export and the JSON API: the same
// filter schema as the pages (app/_lib/filters.ts), but where a page drops a bad value and shows
// the problem, a download or an API call is refused with 400 naming the parameter.
// Unknown parameters are ignored.

export type ParamProblem = { parameter: string; message: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ParamProblem };

/** The query string as the filters expect it: a repeated parameter becomes an array. */
export function searchParamsOf(url: string | URL): RawSearchParams {
  const out: RawSearchParams = {};
  for (const [key, value] of new URL(url).searchParams) {
    const seen = out[key];
    out[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return out;
}

const shown = (v: unknown) => {
  const text = Array.isArray(v) ? String(v[0]) : String(v);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

/** The first problem of a failed parse, naming the parameter and the value as given. */
function firstProblem(error: z.ZodError, params: RawSearchParams): ParamProblem {
  const issue = error.issues[0]!;
  const parameter = String(issue.path[0] ?? '');
  return { parameter, message: `"${shown(params[parameter])}" is not accepted for ${parameter}: ${issue.message}` };
}

/** The filters of a request, or the first invalid parameter and what is wrong with it. */
export function parseFiltersStrict(params: RawSearchParams): Parsed<Filters> {
  const result = filterSchema.safeParse(params);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problem: firstProblem(result.error, params) };
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export type Paging = { page: number; pageSize: number };

/** A whole number from 1 to `max` (at most 9 digits); empty, or a first value that is empty, means not set. */
const wholeNumber = (max: number) => {
  const message = `use a whole number from 1 to ${max}`;
  return z.preprocess(
    (v) => {
      const first = Array.isArray(v) ? v[0] : v;
      return first === '' ? undefined : first;
    },
    z
      .string()
      .regex(/^[0-9]{1,9}$/, message)
      .transform(Number)
      .refine((n) => n >= 1 && n <= max, message)
      .optional(),
  );
};

/** The paging of /api/results: page (the filters' own, from 1) and pageSize (1 to MAX_PAGE_SIZE), as numbers. */
export const pagingSchema = z.object({ page: filterSchema.shape.page, pageSize: wholeNumber(MAX_PAGE_SIZE) });

/** page (from 1) and pageSize (1 to MAX_PAGE_SIZE, default DEFAULT_PAGE_SIZE). */
export function parsePaging(params: RawSearchParams): Parsed<Paging> {
  const result = pagingSchema.safeParse(params);
  if (!result.success) return { ok: false, problem: firstProblem(result.error, params) };
  const { page, pageSize } = result.data;
  return { ok: true, value: { page: page ?? 1, pageSize: pageSize ?? DEFAULT_PAGE_SIZE } };
}

const slug = (v: string, max = 40) =>
  v
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');

/**
 * The download's file name, saying what is inside and of which data: benchboard-aime-24-thinking-
 * data-2026-12-02-v7.csv, benchboard-qwen3-32b-deepseek-r1-data-….csv, benchboard-all-results-
 * data-….csv. ASCII only.
 */
export function exportFilename(f: Filters, stamp: DataStamp): string {
  const models = (f.models ?? '').split(',').filter(Boolean);
  const parts = [
    f.benchmark,
    models.length > 4 ? `${models.length}-models` : models.join('-'),
    f.family,
    f.kind,
    f.open === 'yes' ? 'open-weights' : f.open === 'no' ? 'closed-weights' : undefined,
    f.maxActive !== undefined ? `max-${f.maxActive}b-active` : undefined,
    f.category,
    f.source,
    f.table,
    f.version,
    f.versionPrefix,
    f.metric,
    f.mode && f.mode !== 'all' ? f.mode : undefined,
    f.unit,
    f.budget === 'none' ? 'no-budget' : f.budget === 'set' ? 'with-budget' : undefined,
    f.reporter === 'self' ? 'self-reported' : f.reporter,
    f.window === 'after-release' ? 'items-after-release' : undefined,
  ]
    .map((p) => (p ? slug(p) : ''))
    .filter(Boolean);
  const name = parts.join('-').slice(0, 150).replace(/-+$/, '');
  return `benchboard-${name || 'all-results'}-${stampSlug(stamp)}.csv`;
}

/** The API's answer to a bad parameter: 400 with {error: {parameter, message}}. */
export function badParameter(problem: ParamProblem): Response {
  return Response.json({ error: problem }, { status: 400 });
}

/**
 * What a request asks for, however it was written: its path and the parsed values it depends
 * on, in a fixed (sorted) order; unset values, unknown parameters and the order of the
 * parameters leave it unchanged. Part of an entity tag, so `?mode=thinking&benchmark=aime-24`
 * and `?benchmark=aime-24&mode=thinking&utm_source=x` revalidate against each other.
 */
export function requestKey(path: string, values: Readonly<Record<string, string | number | undefined>>): string {
  const set = Object.keys(values)
    .filter((k) => values[k] !== undefined)
    .sort()
    .map((k) => [k, values[k]]);
  return `${path}?${JSON.stringify(set)}`;
}
