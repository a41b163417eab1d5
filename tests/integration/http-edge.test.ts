import net from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupAll, killChildren, serveSeededCopy } from '../helpers';

// The production server (scripts/server/serve.ts) at the edge of HTTP, probed with raw requests as an
// attacker or a careless client would send them: request targets that are not paths, methods
// a page has no use for, oversized heads, and every Accept-Encoding a client may send.

let port = 0;

beforeAll(async () => {
  ({ port } = await serveSeededCopy());
}, 300_000);
afterAll(() => {
  killChildren();
  cleanupAll();
});

type Raw = { status: number; headers: Record<string, string>; body: Buffer };

/** Sends bytes as they are and reads the one answer (the connection is closed after it). */
function raw(request: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, end).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      let body: Buffer = Buffer.from(all.subarray(end + 4));
      if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
      resolve({ status: Number(head[0]!.split(' ')[1]), headers, body });
    });
    socket.setTimeout(30_000, () => socket.destroy(new Error('no answer')));
    // Written, not ended: a half-closed socket would let the server close before it answers.
    socket.write(request);
  });
}

function unchunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16);
    if (!size) return Buffer.concat(out);
    out.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

const request = (line: string, headers: Record<string, string> = {}) =>
  raw(
    `${line}\r\n${Object.entries({ Host: `127.0.0.1:${port}`, Connection: 'close', ...headers })
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n')}\r\n\r\n`,
  );

/** The security headers every response carries (next.config.js, proxy.ts). */
function expectSecurityHeaders(got: Raw, what: string) {
  expect(got.headers['x-content-type-options'], what).toBe('nosniff');
  expect(got.headers['x-frame-options'], what).toBe('DENY');
  expect(got.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(got.headers['permissions-policy'], what).toContain('camera=()');
  expect(got.headers['content-security-policy'], what).toMatch(/default-src '(none|self)'/);
}

describe('request targets', () => {
  it('an absolute-form target is answered for its path: never a redirect to the host it names', async () => {
    for (const target of [
      'http://evil.example/',
      'http://evil.example/thinking/',
      `http://127.0.0.1:${port}/thinking/`,
    ]) {
      const got = await request(`GET ${target} HTTP/1.1`);
      const location = got.headers.location;
      if (location) {
        expect(location, target).not.toContain('evil.example');
        expect(new URL(location, `http://127.0.0.1:${port}`).pathname, target).toBe('/thinking');
      } else expect(got.status, target).toBe(200);
    }
  });

  it('a target that is not a path is a 400 with the security headers', async () => {
    for (const line of ['GET * HTTP/1.1', 'OPTIONS * HTTP/1.1', 'GET //evil.example/ HTTP/1.1']) {
      const got = await request(line);
      expect(got.status, line).toBe(400);
      expectSecurityHeaders(got, line);
    }
  });
});

describe('methods', () => {
  it('pages and files answer 405 with their Allow to any other method; TRACE everywhere', async () => {
    for (const [method, path] of [
      ['TRACE', '/'],
      ['TRACE', '/api/results'],
      ['POST', '/thinking'],
      ['PUT', '/benchmarks/aime-24'],
      ['DELETE', '/models/qwen3-32b'],
      ['PATCH', '/'],
      ['OPTIONS', '/'],
      ['POST', '/_next/static/chunks/x.js'],
      ['OPTIONS', '/_next/static/chunks/x.js'],
      ['POST', '/charts/benchmark/aime-24.svg'],
    ] as const) {
      const got = await request(`${method} ${path} HTTP/1.1`, { 'Content-Length': '0' });
      expect(got.status, `${method} ${path}`).toBe(405);
      expect(got.headers.allow, `${method} ${path}`).toBe(
        path.startsWith('/api/') ? 'GET, HEAD, OPTIONS' : 'GET, HEAD',
      );
      expectSecurityHeaders(got, `${method} ${path}`);
      expect(got.body.toString('utf8')).not.toContain('<html');
    }
  });

  it('the JSON API answers OPTIONS, and a 405 with its Allow and a JSON body to anything else', async () => {
    for (const [method, path] of [
      ['POST', '/api/results'],
      ['DELETE', '/api/models'],
      ['PUT', '/api/nope'],
    ] as const) {
      const got = await request(`${method} ${path} HTTP/1.1`, { 'Content-Length': '0' });
      expect(got.status, `${method} ${path}`).toBe(405);
      expect(got.headers.allow).toBe('GET, HEAD, OPTIONS');
      expect(got.headers['content-type']).toBe('application/json');
      expect(JSON.parse(got.body.toString('utf8')).error.message).toContain(method);
    }
    expect((await request('OPTIONS /api/results HTTP/1.1')).status).toBe(204);
  });

  it('the method guard judges the path the router will route to: no page renders for a POST', async () => {
    for (const path of [
      '/api',
      '/zh/api',
      '/api/%2e%2e/thinking',
      '/api/%2E%2E/benchmarks/aime-24',
      '/api/../models',
    ]) {
      for (const method of ['POST', 'PUT', 'DELETE']) {
        const got = await request(`${method} ${path} HTTP/1.1`, { 'Content-Length': '0' });
        expect(got.status, `${method} ${path}`).toBe(405);
        expect(got.headers.allow, `${method} ${path}`).toBe('GET, HEAD');
        expect(got.body.toString('utf8')).not.toContain('<html');
      }
    }
  });
});

describe('every response carries the security headers', () => {
  it('the 308 that tidies a trailing slash', async () => {
    const got = await request('GET /thinking/ HTTP/1.1');
    expect(got.status).toBe(308);
    expect(got.headers.location).toBe('/thinking');
    expectSecurityHeaders(got, '308');
  });

  it('431 for an oversized head, a long URL among them', async () => {
    for (const got of [
      await request('GET / HTTP/1.1', { 'X-Padding': 'x'.repeat(20_000) }),
      await request(`GET /benchmarks?q=${'a'.repeat(20_000)} HTTP/1.1`),
    ]) {
      expect(got.status).toBe(431);
      expectSecurityHeaders(got, '431');
    }
  });

  it('400 for a malformed request, and a request both chunked and sized (smuggling) is refused', async () => {
    const malformed = await raw('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    expect(malformed.status).toBe(400);
    expectSecurityHeaders(malformed, '400');
    const smuggled = await raw(
      'POST /api/results HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /evil HTTP/1.1\r\nHost: x\r\n\r\n',
    );
    expect(smuggled.status).toBe(400);
  });
});

describe('content encoding', () => {
  const page = '/benchmarks/aime-24';
  const kinds: [header: string, gzip: boolean][] = [
    ['GZIP', true],
    ['*', true],
    ['Gzip, deflate', true],
    ['gzip;q=1.0, identity;q=0.5', true],
    ['identity', false],
    ['x-gzip', false],
    ['gzip;q=0', false],
    ['', false],
  ];

  it('each client gets the page in an encoding it accepts, whoever asked before it', async () => {
    // Twice round, so every kind follows every other.
    for (const round of [1, 2])
      for (const [header, gzip] of kinds) {
        // As a browser asks for a page (a cache in front of the pages would key on such requests).
        const accept = { Accept: 'text/html,application/xhtml+xml' };
        const got = await request(`GET ${page} HTTP/1.1`, header ? { ...accept, 'Accept-Encoding': header } : accept);
        const what = `round ${round}, Accept-Encoding: "${header}"`;
        expect(got.status, what).toBe(200);
        if (gzip) {
          expect(got.headers['content-encoding'], what).toBe('gzip');
          expect(zlib.gunzipSync(got.body).toString('utf8'), what).toContain('AIME');
        } else {
          expect(got.headers['content-encoding'], what).toBeUndefined();
          expect(got.body.toString('utf8'), what).toContain('AIME');
        }
      }
  });
});

describe('slow and broken clients', () => {
  it('a client that stops reading does not stall others, and a cut-off response is not served to anyone', async () => {
    // A client that sends half a request and waits.
    const slow = net.connect(port, '127.0.0.1');
    slow.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
    // A client that reads a few bytes of a large page and disconnects.
    const cut = net.connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => {
      cut.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
      cut.once('data', () => {
        cut.destroy();
        resolve();
      });
    });
    const started = Date.now();
    const got = await request('GET / HTTP/1.1');
    expect(got.status).toBe(200);
    expect(got.body.toString('utf8')).toContain('</html>');
    expect(Date.now() - started).toBeLessThan(20_000);
    slow.destroy();
  });
});
