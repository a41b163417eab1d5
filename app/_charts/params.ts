import { z } from 'zod';
import { LOCALES } from '../_i18n/locales';
import type { RawSearchParams } from '../_lib/filters';
import type { ParamProblem } from '../_lib/request-params';
import { WIDTHS } from './layout';

// The parameters of a chart file besides its kind's filters: the one schema the chart route
// (./files.ts) parses them with and the OpenAPI document shows (app/api/_lib/param-notes.ts
// adds the words), so the two cannot disagree.

/** A chart parameter as a query string holds it: its first value; empty means not given. */
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => {
    const first = Array.isArray(v) ? v[0] : v;
    return first === '' ? undefined : first;
  }, schema);

const widthRule = `use a whole number of pixels from ${WIDTHS.min} to ${WIDTHS.max}`;

export const chartFileSchema = z.object({
  width: param(
    z
      .string()
      .regex(/^[0-9]{1,4}$/, widthRule)
      .transform(Number)
      .pipe(z.int().min(WIDTHS.min, widthRule).max(WIDTHS.max, widthRule))
      .optional(),
  ),
  theme: param(z.enum(['light', 'dark'], { error: 'use light or dark' }).optional()),
  lang: param(z.enum(LOCALES, { error: 'use zh or en' }).optional()),
});

/** How many bars a benchmark's chart draws (the kinds in ./kinds TOP_KINDS). */
export const chartTopSchema = z.object({
  top: param(
    z
      .string()
      .regex(/^(all|[1-9][0-9]{0,2})$/, 'use a number of bars from 1 to 999, or all')
      .optional(),
  ),
});

/**
 * A schema's values from a chart request, or its first bad parameter, named with the value as
 * given (its first 20 characters).
 */
export function parseChartParams<S extends z.ZodObject>(
  schema: S,
  params: RawSearchParams,
): { ok: true; value: z.output<S> } | { ok: false; problem: ParamProblem } {
  const result = schema.safeParse(params);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  const parameter = String(issue.path[0]);
  const given = params[parameter];
  const shown = String(Array.isArray(given) ? given[0] : given).slice(0, 20);
  return {
    ok: false,
    problem: { parameter, message: `"${shown}" is not accepted for ${parameter}: ${issue.message}` },
  };
}
