import { apiResult } from '@/app/api/_lib/items';
import { readParams, resultsParams } from '@/app/api/_lib/params';
import { jsonAnswer } from '@/app/api/_lib/validators';
import { factsIndex } from '@/app/_lib/result-facts';
import { badParameter, parseFiltersStrict, parsePaging, requestKey, searchParamsOf } from '@/app/_lib/request-params';
import { getResultsPage, getTestSetFacts } from '@/db/queries';

// GET /api/results?<the pages' filters>&page=1&pageSize=100[&sort=score|model|source&dir=asc|desc]
// -> {data, page, pageSize, total, next}; `next` is the URL of the next page, or null. With an
// ETag (304 when unchanged).

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const params = searchParamsOf(request.url);
  const filters = parseFiltersStrict(params);
  if (!filters.ok) return badParameter(filters.problem);
  const paging = parsePaging(params);
  if (!paging.ok) return badParameter(paging.problem);
  const { page, pageSize } = paging.value;
  // The filters' own `page` is the raw text; the parsed paging stands for it.
  const key = requestKey('/api/results', { ...readParams(resultsParams, filters.value), page, pageSize });
  return jsonAnswer(request, key, () => {
    const { sort, dir } = filters.value;
    const { rows, total } = getResultsPage(filters.value, { page, pageSize, sort, dir });
    const facts = factsIndex(getTestSetFacts());
    let next: string | null = null;
    if (page * pageSize < total) {
      const url = new URL(request.url);
      url.searchParams.set('page', String(page + 1));
      next = `${url.pathname}${url.search}`;
    }
    return { data: rows.map((r) => apiResult(r, facts)), page, pageSize, total, next };
  });
}
