import { z } from 'zod';
import type { RawSearchParams } from './filters';
import type { Parsed } from './request-params';

// The `q` of /search and /api/search: one value, 1 to 100 characters once trimmed.

export const searchQuerySchema = z.object({
  q: z.preprocess(
    (v) => (Array.isArray(v) ? v[0] : v),
    z
      .string({ error: 'write what to look for, like q=qwen3 32b' })
      .trim()
      .min(1, 'write what to look for, like q=qwen3 32b')
      .max(100, 'at most 100 characters'),
  ),
});

export function searchQuery(params: RawSearchParams): Parsed<string> {
  const result = searchQuerySchema.safeParse(params);
  if (result.success) return { ok: true, value: result.data.q };
  const shown = String(Array.isArray(params.q) ? params.q[0] : (params.q ?? '')).slice(0, 60);
  return {
    ok: false,
    problem: { parameter: 'q', message: `"${shown}" is not accepted for q: ${result.error.issues[0]!.message}` },
  };
}
