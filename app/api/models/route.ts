import { apiModel, byId } from '@/app/api/_lib/items';
import { modelsParams, readParams } from '@/app/api/_lib/params';
import { jsonAnswer } from '@/app/api/_lib/validators';
import { badParameter, parseFiltersStrict, requestKey, searchParamsOf } from '@/app/_lib/request-params';
import { getModels } from '@/db/queries';

// GET /api/models[?family=Qwen3&open=yes&maxActive=32] -> {data, total}, with an ETag (304 when
// unchanged).

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const filters = parseFiltersStrict(searchParamsOf(request.url));
  if (!filters.ok) return badParameter(filters.problem);
  const f = readParams(modelsParams, filters.value);
  return jsonAnswer(
    request,
    requestKey('/api/models', { family: f.family, open: f.open, maxActive: f.maxActive }),
    () => {
      const data = getModels(f).map(apiModel).sort(byId);
      return { data, total: data.length };
    },
  );
}
