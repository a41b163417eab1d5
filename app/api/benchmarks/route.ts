import { apiBenchmark, byId } from '@/app/api/_lib/items';
import { benchmarksParams, readParams } from '@/app/api/_lib/params';
import { jsonAnswer } from '@/app/api/_lib/validators';
import { badParameter, parseFiltersStrict, requestKey, searchParamsOf } from '@/app/_lib/request-params';
import { getBenchmarks } from '@/db/queries';

// GET /api/benchmarks[?category=math&unit=percent] -> {data, total}, with an ETag (304 when
// unchanged).

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const filters = parseFiltersStrict(searchParamsOf(request.url));
  if (!filters.ok) return badParameter(filters.problem);
  const f = readParams(benchmarksParams, filters.value);
  return jsonAnswer(request, requestKey('/api/benchmarks', f), () => {
    const data = getBenchmarks(f).map(apiBenchmark).sort(byId);
    return { data, total: data.length };
  });
}
