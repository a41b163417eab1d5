import { openApiDocument } from '@/app/api/_lib/openapi';

// Any path under /api/ that no endpoint serves, by any method: a JSON 404 that an API client
// can parse, instead of the site's HTML not-found page. The endpoints' own folders take
// precedence, and /api itself is the reference page (app/api/page.tsx).

export const dynamic = 'force-dynamic';

function notFound(request: Request): Response {
  const path = new URL(request.url).pathname;
  const shown = path.length > 100 ? `${path.slice(0, 100)}…` : path;
  const endpoints = Object.keys(openApiDocument().paths).filter((p) => p.startsWith('/api/'));
  return Response.json(
    {
      error: {
        message: `No API endpoint at ${shown}; the endpoints are ${endpoints.join(', ')} (described at /api).`,
      },
    },
    { status: 404 },
  );
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
