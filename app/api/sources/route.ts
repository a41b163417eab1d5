import { apiSource } from '@/app/api/_lib/items';
import { readParams, sourcesParams } from '@/app/api/_lib/params';
import { jsonAnswer } from '@/app/api/_lib/validators';
import { badParameter, parseFiltersStrict, requestKey, searchParamsOf } from '@/app/_lib/request-params';
import { getSources } from '@/db/queries';

// GET /api/sources -> {data, total}: every source with its number of results, oldest first, with
// an ETag (304 when unchanged).

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  // No filter applies, but a malformed one is still refused, as everywhere else.
  const filters = parseFiltersStrict(searchParamsOf(request.url));
  if (!filters.ok) return badParameter(filters.problem);
  return jsonAnswer(request, requestKey('/api/sources', readParams(sourcesParams, filters.value)), () => {
    const data = getSources().map(apiSource);
    return { data, total: data.length };
  });
}
