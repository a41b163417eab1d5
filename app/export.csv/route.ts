import { toResultQuery } from '@/app/_lib/filters';
import { exportFilename, parseFiltersStrict, searchParamsOf } from '@/app/_lib/request-params';
import { exportStream, openExportDb, resultsCsvChunks } from '@/db/export';

// GET /export.csv?<the pages' filters>: the results of that view as CSV, streamed from SQLite.
// The first 13 columns are results.csv's (the file loads back as a results pack), then canonical
// columns. A failure midway aborts the response instead of ending it like a complete file.

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const parsed = parseFiltersStrict(searchParamsOf(request.url));
  if (!parsed.ok) {
    const { parameter, message } = parsed.problem;
    return new Response(`Bad parameter "${parameter}": ${message}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const query = toResultQuery(parsed.value);
  const body = exportStream(openExportDb, (db) => resultsCsvChunks(db, query));
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${exportFilename(parsed.value)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
