import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfNeeded } from '../../scripts/server/server';
import { cleanupAll, freePort, killChildren, seededDb, spawnScript, waitForServer } from '../helpers';

// Two instances of the dashboard, each on its own copy of the same database, as docs/deploy.md
// runs them behind one reverse proxy: a client (or the proxy's cache) must not be able to tell
// which one answered. Chart files, exports and the API: the same entity tag and the same bytes.
// Pages: the same bytes but for the nonce of their Content-Security-Policy, which is new for
// every response by design (no cache may share a page).

const bases: string[] = [];

beforeAll(async () => {
  buildIfNeeded();
  for (let i = 0; i < 2; i++) {
    const { db, file } = await seededDb(); // each a copy of one seeded database file
    db.$client.close();
    const port = await freePort();
    const server = spawnScript('scripts/server/serve.ts', [], {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: file,
    });
    bases.push(`http://127.0.0.1:${port}`);
    await waitForServer(`${bases[i]}/api/sources`, server);
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

  it.each(['/', '/benchmarks/arena-hard?mode=thinking', '/thinking', '/models/qwen3-32b'])(
    '%s: the same page but for its nonce',
    async (path) => {
      const [a, b] = await both(path);
      const nonce = (r: typeof a) => /'nonce-([^']+)'/.exec(r!.headers.get('content-security-policy') ?? '')![1]!;
      const page = (r: typeof a) => r!.body.toString('utf8').replaceAll(nonce(r), 'NONCE');
      expect(nonce(a)).not.toBe(nonce(b));
      expect(page(b)).toBe(page(a));
    },
  );
});
