import { badParameter, jsonOrServerError, parseFiltersStrict, searchParamsOf } from '@/app/_lib/request-params';
import { apiSources } from '@/db/api';
import { getDb } from '@/db/client';

// GET /api/sources -> {data, total}: every source with its number of results.

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const filters = parseFiltersStrict(searchParamsOf(request.url));
  if (!filters.ok) return badParameter(filters.problem);
  return jsonOrServerError(() => {
    const data = apiSources(getDb());
    return { data, total: data.length };
  });
}
