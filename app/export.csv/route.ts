import { exportParams, readParams } from '@/app/api/_lib/params';
import { dataTag, notModified, validatorHeaders } from '@/app/api/_lib/validators';
import { exportFilename, parseFiltersStrict, requestKey, searchParamsOf } from '@/app/_lib/request-params';
import { openExportDb, openExportDbAsOf, resultsCsvChunks } from '@/db/export';
import { asOfParam } from '@/app/_lib/as-of-params';
import { exportStream } from '@/app/export/_lib/http-stream';
import { getDataStamp, readAsOf } from '@/db/queries';

// GET /export.csv?<the pages' filters>: the results of that view as CSV, streamed from SQLite.
// The first 13 columns are results.csv's (the file loads back as a results pack), then canonical
// columns. A failure midway aborts the response instead of ending it like a complete file.
// HEAD gets the headers alone and opens no connection; If-None-Match gets a 304.

export const dynamic = 'force-dynamic';

function answer(request: Request, withBody: boolean): Response {
  const parsed = parseFiltersStrict(searchParamsOf(request.url));
  if (!parsed.ok) {
    const { parameter, message } = parsed.problem;
    return new Response(`Bad parameter "${parameter}": ${message}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const asOf = asOfParam(searchParamsOf(request.url));
  if (!asOf.ok) {
    const { parameter, message } = asOf.problem;
    return new Response(`Bad parameter "${parameter}": ${message}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  // Sort, direction and page shape a page, not its export (always in load order, every row).
  const key = requestKey('/export.csv', readParams(exportParams, parsed.value));
  // The stamp is read before the rows (which the stream reads later, on its own connection):
  // the tag may be older than the body, never newer, so a 304 never keeps a stale file.
  const stamp = readAsOf(asOf.value, getDataStamp);
  const etag = dataTag(stamp, key);
  const unchanged = notModified(request, etag);
  if (unchanged) return unchanged;
  const headers = {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${exportFilename(parsed.value, stamp)}"`,
    'X-Content-Type-Options': 'nosniff',
    ...validatorHeaders(etag),
  };
  if (!withBody) return new Response(null, { headers });
  const filters = parsed.value;
  return new Response(
    exportStream(
      asOf.value === undefined ? openExportDb : () => openExportDbAsOf(asOf.value!),
      (db) => resultsCsvChunks(db, filters),
      request.signal,
    ),
    { headers },
  );
}

export function GET(request: Request): Response {
  return answer(request, true);
}

/** Next would answer HEAD with GET and drop the body unread: say it explicitly, without one. */
export function HEAD(request: Request): Response {
  return answer(request, false);
}
