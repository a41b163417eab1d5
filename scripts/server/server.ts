import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import next, { type NextConfig } from 'next';

// Building and serving the production dashboard, for `npm start`, the e2e tests and the benches.
// Next's own request handler does the work; this file only guards the edge of HTTP, where a
// request never reaches Next or Next has no answer of its own:
// - a request target that is not a path (`OPTIONS *`, or an absolute URL from a proxy-style client)
//   is refused or reduced to its path, so no redirect ever leaves this site;
// - methods other than GET and HEAD are refused on pages and files (405), and TRACE everywhere;
// - every response carries the security headers, including those Next or Node write without
//   them (its 308 redirects, a 431 for oversized headers, a 400 for a malformed request).

const root = process.cwd();
const nextConfig = createRequire(__filename)('../../next.config.js') as NextConfig;
const BUILD_ID = path.join(root, '.next', 'BUILD_ID');
const INPUTS = ['app', 'db', 'pages', 'next.config.js', 'proxy.ts', 'package-lock.json', 'tsconfig.json'];
const NEXT = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function newestChange(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'migrations' || entry === 'seed' || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestChange(path.join(target, entry)));
  }
  return newest;
}

/** Runs `next build` when there is no build or the code changed since the last one. */
export function buildIfNeeded(): void {
  const built = fs.statSync(BUILD_ID, { throwIfNoEntry: false });
  if (built && !INPUTS.some((input) => newestChange(path.join(root, input)) > built.mtimeMs)) return;
  console.log('Building the dashboard (next build) …');
  const build = spawnSync(process.execPath, [NEXT, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Data answers and the server's own errors load and run nothing. */
const DATA_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The headers next.config.js gives every response (its '/:path*' rule), and the data policy. */
async function securityHeaders(): Promise<[string, string][]> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const everywhere = rules.filter((rule) => rule.source === '/:path*');
  const all = everywhere.flatMap((rule) => rule.headers.map((h) => [h.key, h.value] as [string, string]));
  return [...all, ['Content-Security-Policy', DATA_POLICY]];
}

const NOT_PATH = 'Bad Request: the request target must be a path, like /benchmarks.\n';
const PAGE_METHODS = new Set(['GET', 'HEAD']);
const NEVER = new Set(['TRACE', 'TRACK', 'CONNECT']);

/** An answer written here, with the security headers. */
function answer(res: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
  res.end(text);
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
  const server = http.createServer((req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    let target = req.url ?? '';
    if (/^https?:\/\//i.test(target)) {
      // Absolute form (RFC 9112 §3.2.2): this server answers for itself, whatever host is named.
      const url = URL.canParse(target) ? new URL(target) : null;
      target = url ? `${url.pathname}${url.search}` : '';
      req.url = target;
    }
    if (!target.startsWith('/') || target.startsWith('//')) return answer(res, 400, NOT_PATH);
    const method = req.method ?? 'GET';
    const api = /^\/api(\/|\?|$)/.test(target) && !target.startsWith('/api/charts/');
    if (NEVER.has(method) || (!api && !PAGE_METHODS.has(method)))
      return answer(res, 405, `Method Not Allowed: use GET or HEAD.\n`, { Allow: 'GET, HEAD' });
    void handle(req, res);
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
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.once('close', resolve);
    if (host) server.listen(Number(port), host, ready);
    else server.listen(Number(port), ready);
  });
}
