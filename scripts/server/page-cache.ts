import { createHash } from 'node:crypto';
import type http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import { hashPolicy, nonceOf } from '../../app/_lib/edge';

// The server's cache of rendered pages: a page seen once costs a cache hit.
//
// A page is rendered by Next with a nonce (proxy.ts), as every page must be. Here the whole
// document is buffered, the nonce taken out of it, and it is sent — to this visitor and every
// later one — under a policy that allows exactly the inline scripts that carried that nonce, by
// their SHA-256 hashes, and the build's own files ('self'). A script that came in with data (a
// hostile model name in a pack) never carried the nonce, so it is never hashed and never runs.
//
// The HTML of a URL depends only on the build (this process), the data version, the address the
// site was reached at, the language (in the path) and the path and query: nothing per visitor
// (the theme is applied in the browser, app/_lib/theme.ts). So entries are keyed by exactly
// those, bounded in bytes, least recently used first out; a load by any process bumps the data
// version, which every request reads (one indexed row), so no page outlives its data.

export type Rendered = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** What the server needs to render a page: the target to ask Next for, and the visitor's address. */
export type RenderRequest = { target: string; host?: string; proto?: string };

/**
 * An answer as the cache holds it: gzipped only (a page is a fifth of its size so, and nearly
 * every client accepts gzip; one that does not gets it unzipped on the way out).
 */
export type Page = {
  status: number;
  headers: Record<string, string>;
  gzip: Buffer;
  /** The body's length before compression. */
  length: number;
  etag?: string;
};

/** How long a shared cache (nginx, a CDN) may serve a page before it asks again (docs/deploy.md). */
export const SHARED_MAX_AGE = 5;
/** Browsers revalidate every time (a 304 from this cache); shared caches keep a page a few seconds. */
export const PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, must-revalidate`;

/** Headers of the render that are about the connection, or that are written here again. */
const DROPPED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'date',
  'etag',
  'cache-control',
  'content-security-policy',
]);

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

/**
 * The address and the query a page is cached (and rendered) under: dot segments resolved, the
 * router's own cache-buster dropped, the parameters in one order. Null when it is no page target.
 */
export function normalTarget(target: string): string | null {
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(target, 'http://page.invalid');
  } catch {
    return null;
  }
  url.searchParams.delete('_rsc');
  url.searchParams.sort();
  const query = url.searchParams.toString();
  return `${url.pathname}${query ? `?${query}` : ''}`;
}

/** The inline scripts that carry `nonce`, their hashes with the nonce taken out, and the page without it. */
export function hashScripts(html: string, nonce: string): { html: string; hashes: string[] } {
  const hashes: string[] = [];
  for (const [, attributes, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!attributes!.includes(`nonce="${nonce}"`) || /\bsrc=/.test(attributes!)) continue;
    const sent = content!.replaceAll(nonce, '');
    if (sent) hashes.push(createHash('sha256').update(sent, 'utf8').digest('base64'));
  }
  return { html: html.replaceAll(nonce, ''), hashes: [...new Set(hashes)] };
}

/** A rendered document as the cache keeps it: no nonce in it, its scripts allowed by hash, gzipped. */
export async function cacheablePage(rendered: Rendered): Promise<Page> {
  const { body, ...answer } = answerOf(rendered);
  return { ...answer, gzip: await gzip(body), length: body.length };
}

function answerOf(rendered: Rendered): Omit<Page, 'gzip' | 'length'> & { body: Buffer } {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(rendered.headers))
    if (value !== undefined && !DROPPED.has(name)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  const type = String(rendered.headers['content-type'] ?? '');
  const nonce = nonceOf(String(rendered.headers['content-security-policy'] ?? ''));
  if (!type.startsWith('text/html') || !nonce) {
    // A redirect or an answer with no scripts of its own: as it came, its own policy kept.
    const policy = rendered.headers['content-security-policy'];
    if (policy) headers['content-security-policy'] = String(policy);
    headers['cache-control'] = 'no-store';
    return { status: rendered.status, headers, body: rendered.body };
  }
  const { html, hashes } = hashScripts(rendered.body.toString('utf8'), nonce);
  const body = Buffer.from(html, 'utf8');
  headers['content-security-policy'] = hashPolicy(hashes);
  const vary = (headers.vary ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (!vary.some((v) => v.toLowerCase() === 'accept-encoding')) vary.push('Accept-Encoding');
  headers.vary = vary.join(', ');
  if (rendered.status !== 200) {
    headers['cache-control'] = 'no-store';
    return { status: rendered.status, headers, body };
  }
  headers['cache-control'] = PAGE_CACHE_CONTROL;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { status: 200, headers, body, etag };
}

/** The tag of the gzip encoding: another representation, so another strong validator. */
const gzipTag = (etag: string) => `${etag.slice(0, -1)}-gzip"`;

/** The tag of If-None-Match that names the page in either encoding (or *, this page's); weak forms count. */
function matchedTag(ifNoneMatch: string | undefined, etag: string): string | undefined {
  if (!ifNoneMatch) return undefined;
  for (const t of ifNoneMatch.split(',')) {
    const tag = t.trim().replace(/^W\//, '');
    if (tag === '*') return etag;
    if (tag === etag || tag === gzipTag(etag)) return tag;
  }
  return undefined;
}

const size = (p: Page) => p.gzip.length + 1024;

export type PageCacheOptions = {
  render: (request: RenderRequest) => Promise<Rendered>;
  /** The data version now (every committed load bumps it); negative when there is no database. */
  version: () => number;
  /** The site's address for a request (app/_lib/site-url.ts): part of what a page shows. */
  origin: (request: RenderRequest) => string;
  maxBytes?: number;
};

export class PageCache {
  private readonly pages: LRUCache<string, Page>;
  private readonly rendering = new Map<string, Promise<Page>>();
  /** The address each kept page was rendered for (its host and scheme). */
  private readonly requests = new Map<string, Omit<RenderRequest, 'target'>>();
  private seen = Number.NaN;
  /** What the cache held when the data last changed, most recently used first: read again first. */
  kept: RenderRequest[] = [];
  /** When the last visitor's request came (performance.now()). */
  private lastVisit = -Infinity;
  /** The last address a visitor reached the site at: what the warm-up renders for. */
  lastRequest: Omit<RenderRequest, 'target'> = { host: `localhost:${process.env.PORT || '3000'}` };

  constructor(private readonly options: PageCacheOptions) {
    this.pages = new LRUCache<string, Page>({
      maxSize: options.maxBytes ?? 32 * 1024 * 1024,
      sizeCalculation: size,
      dispose: (_page, key) => this.requests.delete(key),
    });
  }

  /** The data version now; a new one empties the cache (its pages show the old data). */
  version(): number {
    const now = this.options.version();
    if (now !== this.seen) {
      this.kept = [...this.pages.keys()].map((key) => {
        const [, , target] = key.split('\n');
        return { ...this.requests.get(key), target: target! };
      });
      this.pages.clear();
      this.requests.clear();
      this.seen = now;
    }
    return now;
  }

  /** Whether visitors are being served: a render under way, or a request in the last `quietMs`. */
  busy(quietMs: number): boolean {
    return this.rendering.size > 0 || performance.now() - this.lastVisit < quietMs;
  }

  get bytes(): number {
    return this.pages.calculatedSize;
  }

  private key(version: number, request: RenderRequest): string {
    return `${version}\n${this.options.origin(request)}\n${request.target}`;
  }

  has(request: RenderRequest): boolean {
    return this.pages.has(this.key(this.version(), request));
  }

  /** The page for a request: kept, being rendered for someone else, or rendered now. */
  async page(request: RenderRequest): Promise<{ page: Page; hit: boolean; key: string }> {
    const version = this.version();
    const key = this.key(version, request);
    const kept = this.pages.get(key);
    if (kept) return { page: kept, hit: true, key };
    let pending = this.rendering.get(key);
    if (!pending) {
      pending = this.options
        .render(request)
        .then(cacheablePage)
        .then((page) => {
          // Kept only if no load committed while it rendered (it might mix old and new data).
          if (page.etag && version >= 0 && this.version() === version) {
            this.pages.set(key, page);
            this.requests.set(key, { host: request.host, proto: request.proto });
          }
          return page;
        })
        .finally(() => this.rendering.delete(key));
      this.rendering.set(key, pending);
    }
    return { page: await pending, hit: false, key };
  }

  /** Answers a GET or HEAD of a page. */
  async serve(req: http.IncomingMessage, res: http.ServerResponse, target: string): Promise<void> {
    const request: RenderRequest = {
      target,
      host: req.headers.host,
      proto: String(req.headers['x-forwarded-proto'] ?? '') || undefined,
    };
    this.lastRequest = { host: request.host, proto: request.proto };
    this.lastVisit = performance.now();
    const { page, hit } = await this.page(request);
    const cache = hit ? 'hit' : 'miss';
    // A 304 names the representation the client holds, with what a 200 would say of caching, and
    // the page's own policy: a cache updates the headers it keeps from a 304's.
    const held = page.etag && matchedTag(req.headers['if-none-match'], page.etag);
    if (held) {
      res.writeHead(304, {
        ETag: held,
        'Cache-Control': page.headers['cache-control']!,
        'Content-Security-Policy': page.headers['content-security-policy']!,
        Vary: page.headers.vary!,
        'X-Page-Cache': cache,
      });
      res.end();
      return;
    }
    const zipped = page.length > 0 && new Negotiator(req).encoding(['gzip', 'identity']) === 'gzip';
    for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
    res.setHeader('X-Page-Cache', cache);
    if (page.etag) res.setHeader('ETag', zipped ? gzipTag(page.etag) : page.etag);
    res.statusCode = page.status;
    if (zipped) res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', zipped ? page.gzip.length : page.length);
    if (req.method === 'HEAD') res.end();
    else res.end(zipped ? page.gzip : page.length > 0 ? await gunzip(page.gzip) : undefined);
  }
}
