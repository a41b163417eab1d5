import { dataTag, notModified, validatorHeaders } from '@/app/api/_lib/validators';
import { atomFeed } from '@/app/_lib/atom';
import { requestKey } from '@/app/_lib/request-params';
import { siteUrlOf } from '@/app/_lib/site-url';
import { getDataStamp, getLoadRecord, inOneRead } from '@/db/queries';

// GET /changes.atom: the record of loads as an Atom feed, one entry per committed load (the
// latest FEED_LOADS), newest first. With an ETag of the data version (304 when unchanged).

export const dynamic = 'force-dynamic';

const FEED_LOADS = 100;

function answer(request: Request, withBody: boolean): Response {
  // The stamp and the loads come from one read.
  return inOneRead(() => {
    const stamp = getDataStamp();
    const site = siteUrlOf(request.headers, request.url);
    const etag = dataTag(stamp, requestKey('/changes.atom', { site }));
    const unchanged = notModified(request, etag);
    if (unchanged) return unchanged;
    const headers = { 'Content-Type': 'application/atom+xml; charset=utf-8', ...validatorHeaders(etag) };
    if (!withBody) return new Response(null, { headers });
    const { loads } = getLoadRecord(1, FEED_LOADS);
    return new Response(atomFeed({ site, updated: stamp.updatedAt, loads }), { headers });
  });
}

export function GET(request: Request): Response {
  return answer(request, true);
}

/** Next would answer HEAD with GET and drop the body unread: say it explicitly, without one. */
export function HEAD(request: Request): Response {
  return answer(request, false);
}
