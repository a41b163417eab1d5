import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { proxy } from '../../proxy';
import { PageCache } from '../../scripts/page-cache';

// The security headers' moving parts without a build: the proxy's policies (proxy.ts), and
// the page cache giving every cached page a fresh nonce in its header and body
// (scripts/page-cache.ts). The browser checks are in e2e/security.spec.ts.

const nonceOf = (policy: string | null | undefined) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

describe('proxy.ts', () => {
  test('a page gets a fresh nonce, the same in the policy Next reads and the one it sends', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const response = proxy(new NextRequest('http://localhost/benchmarks/aime-24?mode=thinking'));
      const sent = response.headers.get('content-security-policy');
      // NextResponse.next({ request: { headers } }) hands the request headers on like this.
      expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(sent);
      const nonce = nonceOf(sent)!;
      expect(nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
      seen.add(nonce);
    }
    expect(seen.size).toBe(50);
  });

  test('the page policy', () => {
    const policy = proxy(new NextRequest('http://localhost/')).headers.get('content-security-policy')!;
    const nonce = nonceOf(policy)!;
    expect(policy.replace(nonce, 'N')).toBe(
      [
        "default-src 'self'",
        "script-src 'self' 'nonce-N' 'strict-dynamic'",
        "style-src 'self' 'sha256-Z5XTK23DFuEMs0PwnyZDO9SWxemQ5HxcpVaBNuUJyWY='",
        "style-src-attr 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
  });

  test('data responses (API, exports) allow nothing, and carry no nonce', () => {
    for (const url of ['/api/results', '/api/models?x=1', '/export.csv', '/export/pack/results.csv']) {
      const response = proxy(new NextRequest(`http://localhost${url}`));
      expect(response.headers.get('content-security-policy'), url).toBe(
        "default-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      );
      expect(response.headers.get('x-middleware-request-content-security-policy'), url).toBeNull();
    }
  });

  test('a path that does not decode is a 400, not Next’s 500', async () => {
    for (const url of ['/models/%E0%A4%A', '/benchmarks/%zz', '/export/pack/%C0%AF', '/%']) {
      const response = proxy(new NextRequest(`http://localhost${url}`));
      expect(response.status, url).toBe(400);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await response.text()).toContain('Bad Request');
    }
    expect(proxy(new NextRequest('http://localhost/models/%F0%9F%98%80')).status).toBe(200);
  });
});

// ---------------------------------------------------------------------------------------------

type Got = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

describe('the page cache gives every response a fresh nonce', () => {
  let dir = '';
  let dbFile = '';
  let server: http.Server;
  let port = 0;
  let renders = 0;
  /** What the fake Next renders for a path: the page, with `NONCE` standing for its nonce. */
  const pages = new Map<string, string>();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchboard-headers-'));
    dbFile = path.join(dir, 'version.db');
    const db = new Database(dbFile);
    db.exec('CREATE TABLE data_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL)');
    db.prepare('INSERT INTO data_version VALUES (1, 1)').run();
    db.close();
    const cache = new PageCache(dbFile);
    server = http.createServer((req, res) =>
      cache.handle(req, res, () => {
        // Stands in for Next behind proxy.ts: a fresh nonce per render, in the header and the
        // page, which it writes in several chunks, gzipped when the client takes it.
        renders++;
        const nonce = `render${String(renders).padStart(16, '0')}`;
        const template = pages.get(new URL(req.url!, 'http://x').pathname);
        if (!template) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
          return;
        }
        const page = Buffer.from(template.split('NONCE').join(nonce));
        const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding']));
        res.statusCode = 200;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        if (!template.includes('NO-POLICY'))
          res.setHeader('content-security-policy', `default-src 'self'; script-src 'nonce-${nonce}' 'strict-dynamic'`);
        res.setHeader('link', `</a.css>; rel=preload; as="style"; nonce="${nonce}"`);
        if (gzip) res.setHeader('content-encoding', 'gzip');
        const body = gzip ? zlib.gzipSync(page) : page;
        if (req.method === 'HEAD') return void res.end();
        const third = Math.ceil(body.length / 3);
        res.write(body.subarray(0, third));
        res.write(body.subarray(third, 2 * third));
        res.end(body.subarray(2 * third));
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function get(url: string, encoding: string, method = 'GET'): Promise<Got> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        { port, path: url, method, headers: { accept: 'text/html', 'accept-encoding': encoding }, agent: false },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  /** Requests a page until it comes from the cache (the cache keeps it once compressed). */
  async function untilHit(url: string, encoding: string): Promise<Got> {
    for (let i = 0; i < 50; i++) {
      const got = await get(url, encoding);
      if (got.headers['x-page-cache'] === 'hit') return got;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`${url} never came from the cache`);
  }

  const plain = (got: Got) =>
    got.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(got.body).toString() : got.body.toString();

  /** The response is the page with one nonce throughout: header, link header, every place in the body. */
  function expectOneNonce(got: Got, template: string): string {
    const nonce = nonceOf(String(got.headers['content-security-policy']))!;
    expect(nonce).toBeTruthy();
    expect(plain(got)).toBe(template.split('NONCE').join(nonce));
    expect(got.headers.link).toContain(`nonce="${nonce}"`);
    expect(Number(got.headers['content-length'] ?? got.body.length)).toBe(got.body.length);
    return nonce;
  }

  for (const encoding of ['gzip', 'identity']) {
    test(`${encoding}: each hit has a nonce of its own, in the header and everywhere in the page`, async () => {
      const template =
        'NONCE<!DOCTYPE html><html><head><script nonce="NONCE" src="/a.js"></script></head><body>' +
        '<p>unicode: Ωμέγα 数学 😀</p>'.repeat(2000) +
        '<script nonce="NONCE">self.__next_f.push([1,"{\\"nonce\\":\\"NONCE\\"}"])</script>NONCENONCE' +
        'x'.repeat(300_000) +
        '</body></html>NONCE';
      const url = `/page-${encoding}`;
      pages.set(url, template);
      const first = await get(url, encoding);
      expect(first.headers['x-page-cache']).toBeUndefined();
      const nonces = [expectOneNonce(first, template)];
      await untilHit(url, encoding);
      for (let i = 0; i < 5; i++) {
        const hit = await get(url, encoding);
        expect(hit.headers['x-page-cache']).toBe('hit');
        expect(hit.headers['content-encoding']).toBe(encoding === 'gzip' ? 'gzip' : undefined);
        nonces.push(expectOneNonce(hit, template));
      }
      expect(new Set(nonces).size).toBe(nonces.length);
      for (const n of nonces.slice(1)) expect(n).toMatch(/^[A-Za-z0-9_-]{22}$/);
    });
  }

  test('a page whose policy has no nonce is served as it was rendered', async () => {
    const template = '<!DOCTYPE html><html><body>NO-POLICY NONCE</body></html>';
    pages.set('/no-policy', template);
    await get('/no-policy', 'gzip');
    const hit = await untilHit('/no-policy', 'gzip');
    expect(hit.headers['content-security-policy']).toBeUndefined();
    expect(plain(hit)).toMatch(/NO-POLICY render0+\d+/);
  });

  test('a HEAD request does not leave an empty page in the cache', async () => {
    const template = '<!DOCTYPE html><html><script nonce="NONCE"></script><body>full page</body></html>';
    pages.set('/head-first', template);
    const head = await get('/head-first', 'gzip', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    await new Promise((r) => setTimeout(r, 50));
    const got = await get('/head-first', 'gzip');
    expect(got.headers['x-page-cache']).toBeUndefined();
    expectOneNonce(got, template);
    const hit = await untilHit('/head-first', 'gzip');
    expectOneNonce(hit, template);
    const headHit = await get('/head-first', 'gzip', 'HEAD');
    expect(headHit.headers['x-page-cache']).toBe('hit');
    expect(headHit.body.length).toBe(0);
  });

  test('a seed (a new data version) empties the cache', async () => {
    const template = '<html><script nonce="NONCE"></script>v</html>';
    pages.set('/versioned', template);
    await get('/versioned', 'identity');
    await untilHit('/versioned', 'identity');
    const db = new Database(dbFile);
    db.prepare('UPDATE data_version SET version = version + 1').run();
    db.close();
    const after = await get('/versioned', 'identity');
    expect(after.headers['x-page-cache']).toBeUndefined();
  });
});
