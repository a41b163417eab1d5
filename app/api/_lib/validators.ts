import { CODE_REVISION, entityTag, matchesIfNoneMatch, REVALIDATE } from '@/app/_lib/http-cache';
import { getDataStamp, inOneRead, readAsOf } from '@/db/queries';
import { asOfParam } from '@/app/_lib/as-of-params';
import { badParameter, searchParamsOf } from '@/app/_lib/request-params';

// Validators of the data answers, the JSON API and the CSV exports alike: an entity tag made of
// everything that decides the body (the code revision, the data stamp, the normalised request),
// so a client or cache asking again gets a bodiless 304 until a seed commits or a deploy changes
// the code. 400s and 404s carry none: they are not representations of anything.

export type DataStamp = ReturnType<typeof getDataStamp>;

/** The entity tag of an answer to `requestKey` (request-params.ts) at `stamp`. */
export function dataTag(stamp: DataStamp, requestKey: string): string {
  return entityTag(CODE_REVISION, stamp.version, stamp.updatedAt, requestKey);
}

/** What a validated answer carries, whether 200, HEAD or 304. */
export function validatorHeaders(etag: string): Record<string, string> {
  return { ETag: etag, 'Cache-Control': REVALIDATE };
}

/** 304 Not Modified, without a body, when If-None-Match names `etag`; otherwise null. */
export function notModified(request: Request, etag: string): Response | null {
  if (!matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) return null;
  return new Response(null, { status: 304, headers: validatorHeaders(etag) });
}

/**
 * A JSON API answer. The stamp that makes the tag and the rows of the body are read in one
 * transaction on the server's connection, so a seed committing in between cannot label new
 * rows with the old tag (or old rows with the new one). A 304 when the client has it; HEAD gets
 * the headers without running the query. An unexpected failure is a JSON 500, not an HTML page.
 */
export function jsonAnswer(
  request: Request,
  requestKey: string,
  compute: () => unknown,
  { asOf: readsAsOf = true } = {},
): Response {
  // asOf=<data version>: every read of the answer is of the data as of that version (search is
  // of today's index: it does not read asOf).
  const asOf = readsAsOf ? asOfParam(searchParamsOf(request.url)) : ({ ok: true, value: undefined } as const);
  if (!asOf.ok) return badParameter(asOf.problem);
  try {
    return readAsOf(asOf.value, () =>
      inOneRead(() => {
        const etag = dataTag(getDataStamp(), `${requestKey}${asOf.value === undefined ? '' : ` asOf ${asOf.value}`}`);
        const unchanged = notModified(request, etag);
        if (unchanged) return unchanged;
        const headers = validatorHeaders(etag);
        if (request.method === 'HEAD')
          return new Response(null, { headers: { ...headers, 'Content-Type': 'application/json' } });
        return Response.json(compute(), { headers });
      }),
    );
  } catch (error) {
    console.error('API request failed:', error);
    return Response.json({ error: { message: 'the query failed on the server' } }, { status: 500 });
  }
}
