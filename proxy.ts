import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_HEADER, PATH_HEADER, splitLocale } from './app/_i18n/locales';

// The Content-Security-Policy of every response (Next 16's proxy: the file once called
// middleware). A page gets a fresh nonce per request: Next reads it from the request's
// Content-Security-Policy header and puts it on its own <script> tags, so only the framework's
// scripts run — a script tag that came in with data (a model name from a pack, a query string)
// has no nonce and is blocked even if it ever reached the HTML unescaped. A nonce is why every
// page renders on request (Next's CSP guide): no prerendered or cached page can carry one. JSON
// and CSV responses get a policy that allows nothing at all; chart files may style themselves.
// The other security headers (nosniff, Referrer-Policy, X-Frame-Options, Permissions-Policy)
// are static and live in next.config.js.
//
// It also carries the language: a page under /zh (/zh/benchmarks/aime-24?mode=thinking) is
// rewritten to the same route (/benchmarks/aime-24?mode=thinking) with its locale in a request
// header that the server components read (app/_i18n/server.ts), so no page file moves and English
// keeps every address it had. The header is always set here, never taken from the client.

const dev = process.env.NODE_ENV === 'development';

/**
 * The pages' policy. Scripts: only those carrying this response's nonce, and what they load
 * ('strict-dynamic'; 'self' is the fallback for browsers without CSP 3). Styles: the site's own
 * stylesheet; inline style *attributes* are allowed (React renders `style={…}` props), inline
 * <style> elements are not.
 */
function pagePolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Data responses (JSON API, CSV and pack exports, plain-text errors) load and run nothing. */
const DATA_POLICY = [
  "default-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Chart files (SVG opened on its own, or framed as an embed): no script, nothing loaded; the
 * file's own <style> element gives its colours for light and dark. Any site may frame them —
 * the one kind of response that may be framed (every page refuses it).
 */
const CHART_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

/** 16 random bytes, base64url: 22 characters that need escaping nowhere (HTML, JSON, URLs). */
function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
}

/** Responses that are not pages: they have no Chinese form (under /zh they are not found). The
 * API reference, /api, is a page and has one. */
function isDataPath(path: string): boolean {
  return (
    path.startsWith('/charts/') ||
    path.startsWith('/api/') ||
    path === '/export.csv' ||
    path.startsWith('/export/') ||
    path === '/changes.atom' ||
    path === '/theme'
  );
}

/** Whether every %-escape of the path decodes (as UTF-8). */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next answers a dynamic route whose segment does not decode (/models/%E0%A4%A) with a 500:
  // its DecodeError handler looks for a Pages Router /400 page this app does not have. It is
  // the client's mistake: say so here, before routing.
  if (!decodable(pathname)) {
    return new NextResponse('Bad Request: the path is not valid percent-encoded UTF-8.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': DATA_POLICY },
    });
  }
  if (pathname.startsWith('/charts/') || pathname.startsWith('/api/charts/')) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', CHART_POLICY);
    return response;
  }
  // /zh/api/… is the API's own JSON 404 (app/zh/api): a data answer like any other.
  if (
    pathname.startsWith('/api/') ||
    pathname.startsWith('/zh/api/') ||
    pathname === '/export.csv' ||
    pathname.startsWith('/export/')
  ) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', DATA_POLICY);
    return response;
  }
  const policy = pagePolicy(newNonce());
  // Next takes the nonce for its scripts from the request's policy header.
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const { locale, path } = splitLocale(pathname);
  const shown = new URLSearchParams(request.nextUrl.search);
  shown.delete('_rsc'); // the router's cache-buster on its own fetches, not part of the view
  const query = shown.toString();
  headers.set(LOCALE_HEADER, locale);
  headers.set(PATH_HEADER, `${path}${query ? `?${query}` : ''}`);
  const response =
    locale === 'en' || isDataPath(path)
      ? NextResponse.next({ request: { headers } })
      : NextResponse.rewrite(new URL(`${path}${request.nextUrl.search}`, request.url), { request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Everything but the build's static files (content-hashed JS and CSS, which get the static
  // headers of next.config.js).
  matcher: ['/((?!_next/static|_next/image).*)'],
};
