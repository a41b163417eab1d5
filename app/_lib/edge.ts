// The edge of HTTP in one place: what each path is, which methods it answers, and the
// Content-Security-Policy it is sent with. proxy.ts sets the policies, the server
// (scripts/server/server.ts) refuses other methods and keeps the pages in its cache, and the
// routes answer with the same words. Isomorphic: no Node or Next imports.

/**
 * - page: an HTML page (rendered by the App Router, kept whole by the server's page cache);
 * - api: the JSON API under /api/ (the reference page /api itself is a page), and /zh/api/…, which
 *   the API answers with its JSON 404 (it has one address; app/zh/api);
 * - chart: a chart file, /charts/<kind>/<id>.<ext> (drawn by pages/api/charts);
 * - export: CSV and pack downloads;
 * - feed: the Atom feed of loads;
 * - static: the build's files and the icon.
 */
export type PathKind = 'page' | 'api' | 'chart' | 'export' | 'feed' | 'static';

/**
 * The path a request target names, as the router will see it: dot segments resolved (also when
 * written %2e%2e, as URL parsing does), the query dropped. Null for a target that is not a path.
 */
export function routedPath(target: string): string | null {
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  try {
    return new URL(target, 'http://edge.invalid').pathname;
  } catch {
    return null;
  }
}

/**
 * What a (routed) path is. Under /zh only pages exist: any other path there is a page's 404, but
 * for the API's, which is the API's own 404.
 */
export function pathKind(path: string): PathKind {
  if (path.startsWith('/_next/') || path === '/icon.svg' || path === '/favicon.ico') return 'static';
  // Exactly the chart files' shape: any other path under /charts is a page's 404, never framed.
  if (/^(\/api)?\/charts\/[^/]+\/[^/]+$/.test(path)) return 'chart';
  if (path.startsWith('/api/') || path.startsWith('/zh/api/')) return 'api';
  if (path === '/export.csv' || path.startsWith('/export/')) return 'export';
  if (path === '/changes.atom') return 'feed';
  return 'page';
}

/** The methods each kind answers; anything else is a 405 with Allow (the server's guard). */
export const METHODS: Record<PathKind, readonly string[]> = {
  page: ['GET', 'HEAD'],
  static: ['GET', 'HEAD'],
  chart: ['GET', 'HEAD'],
  export: ['GET', 'HEAD'],
  feed: ['GET', 'HEAD'],
  // Next answers OPTIONS for route handlers itself (204 with Allow).
  api: ['GET', 'HEAD', 'OPTIONS'],
};

/** The 405 a kind answers to a method it does not take: its Allow header and a body that says so. */
export function methodNotAllowed(kind: PathKind, method: string): { allow: string; type: string; body: string } {
  const allow = METHODS[kind].join(', ');
  const message = `Method ${method.slice(0, 20)} is not allowed here: use ${METHODS[kind].filter((m) => m !== 'OPTIONS').join(' or ')}.`;
  return kind === 'api'
    ? { allow, type: 'application/json', body: `${JSON.stringify({ error: { message } })}\n` }
    : { allow, type: 'text/plain; charset=utf-8', body: `${message}\n` };
}

const PAGE_DIRECTIVES = [
  "default-src 'self'",
  // script-src goes here
  "style-src 'self'",
  // React renders style={…} props as attributes; inline <style> elements stay refused.
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

function withScripts(scriptSrc: string): string {
  return [PAGE_DIRECTIVES[0], `script-src ${scriptSrc}`, ...PAGE_DIRECTIVES.slice(1)].join('; ');
}

/**
 * A page rendered for one response: only scripts carrying this nonce run, and what they load
 * ('strict-dynamic'; 'self' for browsers without CSP 3). Next reads the nonce from the request's
 * policy header and puts it on its own <script> tags; a script tag that came in with data (a
 * model name from a pack) has no nonce and is blocked even if it ever reached the HTML unescaped.
 */
export function noncePolicy(nonce: string, dev = false): string {
  return withScripts(`'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`);
}

/**
 * A page served from the cache, the same bytes for every visitor: its inline scripts by their
 * hashes (exactly those the render marked with its nonce), and the build's files by 'self'.
 * Not 'strict-dynamic': under it 'self' is ignored, and Next's chunks carry neither nonce nor
 * integrity (tried in Chromium 156: the page does not hydrate; ../shared/experiments).
 */
export function hashPolicy(hashes: readonly string[]): string {
  return withScripts(["'self'", ...hashes.map((h) => `'sha256-${h}'`)].join(' '));
}

/** The nonce of a page policy (what a layout puts on an inline script of its own). */
export function nonceOf(policy: string | null | undefined): string | undefined {
  return /'nonce-([A-Za-z0-9+/_=-]+)'/.exec(policy ?? '')?.[1];
}

/** Data (JSON, CSV, packs, the feed, plain-text errors) loads and runs nothing. */
export const DATA_POLICY = [
  "default-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Chart files (an SVG opened on its own, or framed as an embed): no script, nothing loaded; the
 * file's own <style> gives its colours for light and dark. Any site may frame a chart file (the
 * one kind of response that may be framed); the route takes X-Frame-Options off it.
 */
export const CHART_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

/** The policy of a response that is not a page, by what its path is. */
export function dataPolicy(kind: Exclude<PathKind, 'page'>): string {
  return kind === 'chart' ? CHART_POLICY : DATA_POLICY;
}
