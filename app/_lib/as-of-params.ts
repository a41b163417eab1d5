import 'server-only';
import { asOfProblem } from '@/db/queries';
import type { RawSearchParams } from './filters';
import type { Parsed } from './request-params';

// The data version a request asks for with asOf (its form already checked by the filter schema,
// app/_lib/filters.ts): one that the record of loads can rebuild, or a problem naming asOf.

export function asOfParam(params: RawSearchParams): Parsed<number | undefined> {
  const given = params.asOf;
  const raw = Array.isArray(given) ? given[0] : given;
  if (raw === undefined || raw === '') return { ok: true, value: undefined };
  const version = Number(raw);
  const problem = Number.isInteger(version) && version > 0 ? asOfProblem(version) : 'use a whole number such as 7';
  return problem
    ? {
        ok: false,
        problem: { parameter: 'asOf', message: `"${raw.slice(0, 20)}" is not accepted for asOf: ${problem}` },
      }
    : { ok: true, value: version };
}
