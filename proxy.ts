import { NextResponse, type NextRequest } from 'next/server';
import { dataPolicy, noncePolicy, pathKind, DATA_POLICY } from './app/_lib/edge';
import { LOCALE_HEADER, PATH_HEADER, splitLocale } from './app/_i18n/locales';

// Every response's Content-Security-Policy (Next 16's proxy: the file once called middleware),
// by what its path is (app/_lib/edge.ts). A page is rendered with a fresh nonce, which Next reads
// from the request's policy header and puts on its own <script> tags; the server's page cache
// (scripts/server/page-cache.ts) then sends the rendered page to everyone with the hashes of
// exactly those scripts instead. The other security headers are static (next.config.js).
//
// It also carries the language: a page under /zh (/zh/benchmarks/aime-24?mode=thinking) is
// rewritten to the same route (/benchmarks/aime-24?mode=thinking) with its locale in a request
// header that the server components read (app/_i18n/server.ts), so no page file moves and English
// keeps every address it had. The header is always set here, never taken from the client.

const dev = process.env.NODE_ENV === 'development';

/** 16 random bytes, base64url: 22 characters that need escaping nowhere (HTML, JSON, URLs). */
function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
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
  const kind = pathKind(pathname);
  if (kind !== 'page') {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', dataPolicy(kind));
    return response;
  }
  const policy = noncePolicy(newNonce(), dev);
  // Next takes the nonce for its scripts from the request's policy header.
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const { locale, path } = splitLocale(pathname);
  const shown = new URLSearchParams(request.nextUrl.search);
  shown.delete('_rsc'); // the router's cache-buster on its own fetches, not part of the view
  const query = shown.toString();
  headers.set(LOCALE_HEADER, locale);
  headers.set(PATH_HEADER, `${path}${query ? `?${query}` : ''}`);
  // A data path under /zh has no Chinese form: it stays as it is and is not found.
  const response =
    locale === 'en' || pathKind(path) !== 'page'
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
