import type { z } from 'zod';
import { filterSchema, type Filters } from '@/app/_lib/filters';
import { pagingSchema } from '@/app/_lib/request-params';

// What each data endpoint reads: the parameters that shape its answer, as subsets of the one
// filter schema (app/_lib/filters.ts) and the paging schema. The route handlers take their
// values (and their entity tags) from these, and the OpenAPI document lists exactly these, so
// the two cannot disagree. Every endpoint still checks the whole filter schema first: a
// malformed filter is a 400 even where that filter does not apply, so one link's query string
// is judged alike everywhere.

/** /api/results: every filter, the paging and the order. */
export const resultsParams = filterSchema.extend({ pageSize: pagingSchema.shape.pageSize });
export const modelsParams = filterSchema.pick({ family: true, open: true, maxActive: true, asOf: true });
export const benchmarksParams = filterSchema.pick({ category: true, unit: true, asOf: true });
export const sourcesParams = filterSchema.pick({ asOf: true });
/** /export.csv: every filter; an export is every row in load order, so no page or order. */
export const exportParams = filterSchema.omit({ sort: true, dir: true, page: true });

/** The values of the parameters that `schema` lists, taken from parsed filters. */
export function readParams<S extends z.ZodObject>(
  schema: S,
  filters: Filters,
): Pick<Filters, Extract<keyof S['shape'], keyof Filters>> {
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, filters[key as keyof Filters]])) as Pick<
    Filters,
    Extract<keyof S['shape'], keyof Filters>
  >;
}
