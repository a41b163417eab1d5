import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { databasePath } from '../db/client';
import { PageCache } from './page-cache';

// Building and serving the production dashboard, for `npm start` and the e2e tests.

const root = process.cwd();
const BUILD_ID = path.join(root, '.next', 'BUILD_ID');
const INPUTS = ['app', 'db', 'next.config.js', 'proxy.ts', 'package-lock.json', 'tsconfig.json'];
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

/**
 * Serves the production build on `port`: Next's request handler behind the whole-page cache
 * (scripts/page-cache.ts). PAGE_CACHE=off serves every page from a fresh render.
 */
export async function serve(port: string): Promise<void> {
  const app = next({ dev: false, dir: root, port: Number(port) });
  await app.prepare();
  const handle = app.getRequestHandler();
  const cache = process.env.PAGE_CACHE === 'off' ? null : new PageCache(databasePath());
  const server = http.createServer((req, res) => {
    // Next's handler throws ERR_INVALID_URL on a request target that is neither a path nor an
    // absolute URL (`OPTIONS * HTTP/1.1`) and answers 500: it is the client's error.
    if (!req.url?.startsWith('/') && !/^https?:\/\//i.test(req.url ?? '')) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      res.end('Bad Request: the request target must be a path.\n');
      return;
    }
    const render = () => void handle(req, res);
    if (cache) cache.handle(req, res, render);
    else render();
  });
  // Longer than a client's keep-alive reuse window, so a busy server doesn't reset reused sockets.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const host = process.env.HOST; // e.g. 127.0.0.1 for tests and benches; default: every interface
  const ready = () => console.log(`Benchboard: http://localhost:${port}`);
  if (host) server.listen(Number(port), host, ready);
  else server.listen(Number(port), ready);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
}
