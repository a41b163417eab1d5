import { notModified, validatorHeaders } from '@/app/api/_lib/validators';
import { openApiDocument } from '@/app/api/_lib/openapi';
import { CODE_REVISION, entityTag } from '@/app/_lib/http-cache';

// GET /api/openapi.json: the OpenAPI 3.1 document of every read endpoint, generated from the
// schemas the routes validate with. It changes with the code only, so its tag is its bytes'.

export const dynamic = 'force-dynamic';

let answer: { body: string; etag: string } | undefined;

export function GET(request: Request): Response {
  if (!answer) {
    const body = JSON.stringify(openApiDocument(), null, 2);
    answer = { body, etag: entityTag(CODE_REVISION, body) };
  }
  const unchanged = notModified(request, answer.etag);
  if (unchanged) return unchanged;
  return new Response(answer.body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...validatorHeaders(answer.etag) },
  });
}
