import { badParameter, jsonOrServerError, parseFiltersStrict, searchParamsOf } from '@/app/_lib/request-params';
import { apiBenchmarks } from '@/db/api';
import { getDb } from '@/db/client';

// GET /api/benchmarks[?category=math&unit=percent] -> {data, total}

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const filters = parseFiltersStrict(searchParamsOf(request.url));
  if (!filters.ok) return badParameter(filters.problem);
  const { category, unit } = filters.value;
  return jsonOrServerError(() => {
    const data = apiBenchmarks(getDb(), { category, unit });
    return { data, total: data.length };
  });
}
