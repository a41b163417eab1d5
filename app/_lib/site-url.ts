// The dashboard's public address, for what leaves the page: chart files' footers, "Cite this
// view", embed snippets, the feed, absolute metadata. SITE_URL when it is set (a deployment
// behind a proxy or a CDN should set it); otherwise the address the request reached, so a copied
// citation works on whatever host and port the server runs; a request without a usable Host gets
// this process's own port on localhost, never a port the server is not on.

/** A host name or an IP address (IPv6 in brackets) with an optional port: nothing else. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?$/i;

export type RequestAddress = {
  /** The request's Host header. */
  host?: string | null;
  /** X-Forwarded-Proto, as a TLS-terminating proxy sets it: only `https` changes the scheme. */
  proto?: string | null;
};

export function siteUrl(request: RequestAddress = {}): string {
  const configured = process.env.SITE_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  const host = request.host?.trim().toLowerCase();
  if (host && HOST.test(host)) {
    const proto = request.proto?.split(',')[0]?.trim().toLowerCase() === 'https' ? 'https' : 'http';
    return `${proto}://${host}`;
  }
  return `http://localhost:${process.env.PORT || '3000'}`;
}

/** The address from a header list (a page's `headers()`), or a route's request (its URL's host when it has no Host header). */
export function siteUrlOf(headers: { get(name: string): string | null }, url?: string): string {
  return siteUrl({
    host: headers.get('host') ?? (url ? new URL(url).host : null),
    proto: headers.get('x-forwarded-proto'),
  });
}
