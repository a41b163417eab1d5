import { jsonAnswer } from '@/app/api/_lib/validators';
import { searchQuery } from '@/app/_lib/search-query';
import { badParameter, parseFiltersStrict, requestKey, searchParamsOf } from '@/app/_lib/request-params';
import { searchCatalog } from '@/db/queries';
import { searchWords } from '@/db/search';

// GET /api/search?q=qwen3 32b -> {query, models, benchmarks, sources}: what /search shows, as
// JSON, with an ETag (304 when unchanged). A missing, empty or over-long q is a 400 naming it.

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const params = searchParamsOf(request.url);
  // As every endpoint: a malformed filter is refused even where it does not apply.
  const filters = parseFiltersStrict(params);
  if (!filters.ok) return badParameter(filters.problem);
  const q = searchQuery(params);
  if (!q.ok) return badParameter(q.problem);
  return jsonAnswer(
    request,
    requestKey('/api/search', { q: searchWords(q.value).join(' ') }),
    () => {
      const found = searchCatalog(q.value);
      return { query: q.value, models: found.model, benchmarks: found.benchmark, sources: found.source };
    },
    { asOf: false },
  );
}
