import { modelsParams, readParams } from '@/app/api/_lib/params';
import { jsonAnswer } from '@/app/api/_lib/validators';
import { badParameter, parseFiltersStrict, requestKey, searchParamsOf } from '@/app/_lib/request-params';
import { apiModels } from '@/db/api';
import { getDb } from '@/db/client';

// GET /api/models[?family=Qwen3&open=yes&maxActive=32] -> {data, total}, with an ETag (304 when
// unchanged).

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const filters = parseFiltersStrict(searchParamsOf(request.url));
  if (!filters.ok) return badParameter(filters.problem);
  const { family, open, maxActive: active } = readParams(modelsParams, filters.value);
  const maxActive = active === undefined ? undefined : Number(active);
  return jsonAnswer(request, requestKey('/api/models', { family, open, maxActive }), () => {
    const data = apiModels(getDb(), { family, open, maxActive });
    return { data, total: data.length };
  });
}
