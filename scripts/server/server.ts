import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import next, { type NextConfig } from 'next';
import { DATA_POLICY, methodNotAllowed, METHODS, pathKind, routedPath } from '../../app/_lib/edge';
import { siteUrl } from '../../app/_lib/site-url';
import { databasePath } from '../../db/client';
import { servingReads } from '../../db/queries/serving';
import { PageCache, normalTarget, type RenderRequest, type Rendered } from './page-cache';
import { warmAfterLoads } from './warm';

// Building and serving the production dashboard, for `npm start`, the e2e tests and the benches.
// Next's own request handler renders; this file is the edge of HTTP around it:
// - a request target that is not a path (`OPTIONS *`, or an absolute URL from a proxy-style client)
//   is refused or reduced to its path, so no redirect ever leaves this site;
// - each kind of path answers its methods (app/_lib/edge.ts), others get a 405 with Allow, and
//   the kind is that of the path the router will route to (/api/%2e%2e/thinking is a page);
// - pages are answered from the page cache (./page-cache.ts), which asks Next to render a page it
//   does not hold through a private socket; everything else goes to Next directly;
// - every response carries the security headers, including those Next or Node write without
//   them (its 308 redirects, a 431 for oversized headers, a 400 for a malformed request).

const root = process.cwd();
const nextConfig = createRequire(__filename)('../../next.config.js') as NextConfig;
/** The headers next.config.js gives every response (its '/:path*' rule), and the data policy. */
async function securityHeaders(): Promise<[string, string][]> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const everywhere = rules.filter((rule) => rule.source === '/:path*');
  const all = everywhere.flatMap((rule) => rule.headers.map((h) => [h.key, h.value] as [string, string]));
  return [...all, ['Content-Security-Policy', DATA_POLICY]];
}

/** What the page cache may hold: rendered pages and their gzip forms, in bytes. */
const PAGE_CACHE_BYTES = 64 * 1024 * 1024;

const NOT_PATH = 'Bad Request: the request target must be a path, like /benchmarks.\n';
const NEVER = new Set(['TRACE', 'TRACK', 'CONNECT']);

/** An answer written here, with the security headers. */
function answer(res: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
  res.end(text);
}

/** A request the router sends for data (a client navigation, a prefetch), not for a document. */
function routerFetch(req: http.IncomingMessage): boolean {
  return Boolean(req.headers.rsc || req.headers['next-router-state-tree'] || req.headers['next-router-prefetch']);
}

/**
 * Next's request handler on a socket only this process can reach (a folder of its own, mode
 * 0700): where the page cache asks for the pages it does not hold. A page is asked for as one
 * anonymous browser would ask: no cookie, no language preference, nothing of the visitor's but
 * the address the site was reached at.
 */
async function renderer(
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>,
  ownHost: string,
) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'benchboard-render-'));
  const socketPath = path.join(folder, 'next.sock');
  const inner = http.createServer((req, res) => void handle(req, res));
  inner.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => inner.listen(socketPath, resolve));
  process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  const agent = new http.Agent({ keepAlive: true });
  return ({ target, host, proto }: RenderRequest) =>
    new Promise<Rendered>((resolve, reject) => {
      const headers: Record<string, string> = { accept: 'text/html', 'accept-encoding': 'identity' };
      headers.host = host ?? ownHost;
      if (proto) headers['x-forwarded-proto'] = proto;
      const request = http.request({ socketPath, path: target, headers, agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 500, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end();
    });
}

/**
 * Serves the production build on `port` (HOST sets the interface; default: every one) until
 * SIGINT or SIGTERM stops it; rejects when it cannot listen (the port is taken).
 */
export async function serve(port: string): Promise<void> {
  process.env.PORT = port; // the address of last resort in citations (app/_lib/site-url.ts)
  const app = next({ dev: false, dir: root, port: Number(port) });
  await app.prepare();
  const handle = app.getRequestHandler();
  const headers = await securityHeaders();
  const reads = servingReads(databasePath());
  const pages = new PageCache({
    render: await renderer(handle, `localhost:${port}`),
    version: reads.version,
    origin: ({ host, proto }) => siteUrl({ host, proto }),
    maxBytes: PAGE_CACHE_BYTES,
  });
  const stopWarming = warmAfterLoads(pages, reads, PAGE_CACHE_BYTES / 2);
  const server = http.createServer((req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    let target = req.url ?? '';
    if (/^https?:\/\//i.test(target)) {
      // Absolute form (RFC 9112 §3.2.2): this server answers for itself, whatever host is named.
      const url = URL.canParse(target) ? new URL(target) : null;
      target = url ? `${url.pathname}${url.search}` : '';
      req.url = target;
    }
    const routed = routedPath(target);
    if (routed === null) return answer(res, 400, NOT_PATH);
    const method = req.method ?? 'GET';
    const kind = pathKind(routed);
    if (NEVER.has(method) || !METHODS[kind].includes(method)) {
      const refused = methodNotAllowed(kind, method);
      return answer(res, 405, refused.body, { Allow: refused.allow, 'Content-Type': refused.type });
    }
    const page = kind === 'page' && (method === 'GET' || method === 'HEAD') && !routerFetch(req);
    const normal = page ? normalTarget(target) : null;
    if (!normal) return void handle(req, res);
    pages.serve(req, res, normal).catch((error: unknown) => {
      console.error(`page cache: ${target.slice(0, 200)}:`, error);
      if (!res.headersSent) answer(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  // Node's own answers to a malformed or oversized request (400, 431) carry the headers too.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || (error as { code?: string }).code === 'ECONNRESET') return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    const lines = headers.map(([name, value]) => `${name}: ${value}`).join('\r\n');
    socket.end(`HTTP/1.1 ${status}\r\n${lines}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
  });
  // Longer than a client's keep-alive reuse window, so a busy server doesn't reset reused sockets.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const host = process.env.HOST; // e.g. 127.0.0.1 for tests and benches
  const ready = () => console.log(`Benchboard: http://localhost:${port}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      stopWarming();
      server.close(() => process.exit(0));
    });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.once('close', resolve);
    if (host) server.listen(Number(port), host, ready);
    else server.listen(Number(port), ready);
  });
}
