import { dataTag, notModified, validatorHeaders } from '@/app/api/_lib/validators';
import { parseFiltersStrict, requestKey, searchParamsOf } from '@/app/_lib/request-params';
import { asOfParam } from '@/app/_lib/as-of-params';
import { exportStream } from '@/app/export/_lib/http-stream';
import { openExportDb, openExportDbAsOf, packFileChunks } from '@/db/export';
import { isPackFile, PACK_FILES } from '@/db/pack/format';
import { getDataStamp, readAsOf } from '@/db/queries';

// GET /export/pack/<file>: one file of the whole database as a pack (sources.csv,
// benchmarks.csv, models.csv, results.csv). Saved into one folder, the four load into an empty
// database with `npm run seed -- <folder>`. `npm run export -- <dir>` writes all four at once,
// from one consistent read; four downloads are four reads.
// HEAD gets the headers alone and opens no connection; If-None-Match gets a 304.

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ file: string }> };

async function answer(request: Request, context: Context, withBody: boolean): Promise<Response> {
  const { file } = await context.params;
  if (!isPackFile(file)) {
    return new Response(`No such pack file "${file}"; the pack's files are ${PACK_FILES.join(', ')}.\n`, {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  // asOf: the database as it was at that data version. The other filters are checked, not read;
  // the tag is read before the rows (see app/export.csv/route.ts).
  // As every endpoint that documents a 400: a malformed filter is refused even where it does not apply.
  const params = searchParamsOf(request.url);
  const filters = parseFiltersStrict(params);
  const asOf = filters.ok ? asOfParam(params) : filters;
  if (!asOf.ok)
    return new Response(`Bad parameter "${asOf.problem.parameter}": ${asOf.problem.message}\n`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const etag = dataTag(readAsOf(asOf.value, getDataStamp), requestKey(`/export/pack/${file}`, { asOf: asOf.value }));
  const unchanged = notModified(request, etag);
  if (unchanged) return unchanged;
  const headers = {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${file}"`,
    'X-Content-Type-Options': 'nosniff',
    ...validatorHeaders(etag),
  };
  if (!withBody) return new Response(null, { headers });
  return new Response(
    exportStream(
      asOf.value === undefined ? openExportDb : () => openExportDbAsOf(asOf.value!),
      (db) => packFileChunks(db, file),
      request.signal,
    ),
    { headers },
  );
}

export function GET(request: Request, context: Context): Promise<Response> {
  return answer(request, context, true);
}

/** Next would answer HEAD with GET and drop the body unread: say it explicitly, without one. */
export function HEAD(request: Request, context: Context): Promise<Response> {
  return answer(request, context, false);
}
