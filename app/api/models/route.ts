import { badParameter, jsonOrServerError, parseFiltersStrict, searchParamsOf } from '@/app/_lib/request-params';
import { apiModels } from '@/db/api';
import { getDb } from '@/db/client';

// GET /api/models[?family=Qwen3&open=yes&maxActive=32] -> {data, total}

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const filters = parseFiltersStrict(searchParamsOf(request.url));
  if (!filters.ok) return badParameter(filters.problem);
  const { family, open, maxActive } = filters.value;
  return jsonOrServerError(() => {
    const data = apiModels(getDb(), {
      family,
      open,
      maxActive: maxActive === undefined ? undefined : Number(maxActive),
    });
    return { data, total: data.length };
  });
}
