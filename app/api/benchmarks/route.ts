import { benchmarksParams, readParams } from '@/app/api/_lib/params';
import { jsonAnswer } from '@/app/api/_lib/validators';
import { badParameter, parseFiltersStrict, requestKey, searchParamsOf } from '@/app/_lib/request-params';
import { apiBenchmarks } from '@/db/api';
import { getDb } from '@/db/client';

// GET /api/benchmarks[?category=math&unit=percent] -> {data, total}, with an ETag (304 when
// unchanged).

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const filters = parseFiltersStrict(searchParamsOf(request.url));
  if (!filters.ok) return badParameter(filters.problem);
  const { category, unit } = readParams(benchmarksParams, filters.value);
  return jsonAnswer(request, requestKey('/api/benchmarks', { category, unit }), () => {
    const data = apiBenchmarks(getDb(), { category, unit });
    return { data, total: data.length };
  });
}
