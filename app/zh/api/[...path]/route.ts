// /zh/api/…: the API has one address, without /zh (its answers are the same in every language;
// proxy.ts leaves data paths under /zh unrewritten). A path here answers as the API answers a
// path it does not serve — a JSON 404 that names the endpoints — rather than the site's HTML
// not-found page, which an API client cannot parse (issue 23, item 16).
export { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } from '../../../api/[...path]/route';

export const dynamic = 'force-dynamic';
