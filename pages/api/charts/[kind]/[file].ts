import type { NextApiRequest, NextApiResponse } from 'next';
import { answerChartRequest } from '@/app/_charts/files';
import { searchParamsOf } from '@/app/_lib/request-params';
import { siteUrl } from '@/app/_lib/site-url';

// GET /charts/<kind>/<id>.<svg|png|csv> (rewritten here by next.config.js): a chart file.
//
// The one route of the Pages Router, on purpose: recharts draws with React DOM's server
// renderer and React's class components and context, which the App Router's route handlers do
// not have (they are built against React's server-components build, which leaves them out).
// Pages Router API routes are built against the full React. Everything else is in app/.

export default async function chartFile(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    res
      .status(405)
      .setHeader('Content-Type', 'text/plain; charset=utf-8')
      .end('Method not allowed: use GET or HEAD.\n');
    return;
  }
  // Read from the URL, not req.query: there the route's `kind` would hide the filter `kind`.
  const url = new URL(req.url ?? '/', 'http://localhost');
  const [kind = '', file = ''] = url.pathname.split('/').slice(-2).map(decodeURIComponent);
  const forwardedProto = req.headers['x-forwarded-proto'];
  const answer = await answerChartRequest({
    kind,
    file,
    params: searchParamsOf(url),
    ifNoneMatch: req.headers['if-none-match'],
    method: req.method,
    // The file links back to the dashboard at the address this request reached (or SITE_URL).
    origin: siteUrl({
      host: req.headers.host,
      proto: Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto,
    }),
  });
  // A chart file may be framed by any site (an embed; its policy says so, proxy.ts): not the
  // X-Frame-Options: DENY every other response carries.
  res.removeHeader('X-Frame-Options');
  res.status(answer.status);
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  if (answer.body === undefined || req.method === 'HEAD') res.end();
  else res.end(answer.body);
}
