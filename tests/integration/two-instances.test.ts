import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupAll, killChildren, serveSeededCopy } from '../helpers';

// Two instances of the dashboard, each on its own copy of the same database, as docs/deploy.md
// runs them behind one reverse proxy: a client (or the proxy's cache) must not be able to tell
// which one answered. Chart files, exports and the API: the same entity tag and the same bytes.
// Pages too: each instance renders a page once and serves it without a nonce, under the hashes
// of its scripts, so both send the same bytes with the same tag and policy.

const bases: string[] = [];

beforeAll(async () => {
  for (let i = 0; i < 2; i++) {
    // Each a copy of one seeded database, with one public address, as behind one proxy
    // (docs/deploy.md): pages print it.
    const { base } = await serveSeededCopy({ SITE_URL: 'https://benchboard.example.org' });
    bases.push(base);
  }
}, 300_000);
afterAll(() => {
  killChildren();
  cleanupAll();
});

const both = (path: string, headers: Record<string, string> = {}) =>
  Promise.all(
    bases.map(async (base) => {
      const response = await fetch(base + path, { headers });
      return {
        status: response.status,
        etag: response.headers.get('etag'),
        body: Buffer.from(await response.arrayBuffer()),
        headers: response.headers,
      };
    }),
  );

describe('two instances on copies of one database', () => {
  it.each([
    '/charts/benchmark/arena-hard.svg?mode=thinking',
    '/charts/benchmark/arena-hard.png?mode=thinking',
    '/charts/benchmark/arena-hard.csv?mode=thinking',
    '/charts/budget/aime-24.svg',
    '/charts/long-context/ruler.png?width=600',
  ])('%s: the same entity tag and the same bytes, and each answers the other’s tag with 304', async (path) => {
    const [a, b] = await both(path);
    expect(a!.status).toBe(200);
    expect(a!.etag).toMatch(/^"/);
    expect(b!.etag).toBe(a!.etag);
    expect(Buffer.compare(a!.body, b!.body)).toBe(0);
    const [c, d] = await both(path, { 'if-none-match': a!.etag! });
    expect([c!.status, d!.status]).toEqual([304, 304]);
  });

  it.each(['/', '/benchmarks/arena-hard?mode=thinking', '/thinking', '/models/qwen3-32b', '/zh/efficiency'])(
    '%s: the same page, tag and policy from both, and each answers the other’s tag with 304',
    async (path) => {
      const [a, b] = await both(path, { accept: 'text/html' });
      expect(a!.status).toBe(200);
      expect(b!.headers.get('content-security-policy')).toBe(a!.headers.get('content-security-policy'));
      expect(b!.etag).toBe(a!.etag);
      expect(b!.body.toString('utf8')).toBe(a!.body.toString('utf8'));
      const [c, d] = await both(path, { accept: 'text/html', 'if-none-match': a!.etag! });
      expect([c!.status, d!.status]).toEqual([304, 304]);
    },
  );
});
