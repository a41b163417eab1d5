import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanupAll,
  killChildren,
  resultRow,
  resultsCsv,
  spawnScript,
  tempDir,
  waitUntil,
  writePack,
  type Child,
  serveSeededCopy,
} from '../helpers';

// The page cache of the production server (scripts/server/page-cache.ts), as a client and a
// second process see it: a page seen once is a hit, the same bytes with a strong tag and 304s;
// a load by another process shows on the very next request; after it, the default pages were
// rendered ahead; the old theme route is gone and never sends anyone anywhere.

let server: Child;
let base: string;
let dbFile: string;

beforeAll(async () => {
  ({ base, server, file: dbFile } = await serveSeededCopy());
}, 300_000);

afterAll(() => {
  killChildren();
  cleanupAll();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function request(method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers, agent: false, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer to ${method} ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

const rendersAhead = (version: number) =>
  waitUntil(
    `the pages of data version ${version} rendered ahead`,
    () => server.stdout().includes(`rendered ahead for data version ${version} `),
    380_000,
    100,
  );

describe('the page cache', () => {
  it('a page seen once is a hit: the same bytes, a strong tag, 304 for it, HEAD without a body', async () => {
    const path = '/thinking?benchmark=aime-24&from=cache-test';
    const first = await request('GET', path, { accept: 'text/html' });
    const second = await request('GET', path, { accept: 'text/html' });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.headers['x-page-cache'], second.headers['x-page-cache']]).toEqual(['miss', 'hit']);
    expect(second.body.equals(first.body)).toBe(true);
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(second.headers.etag).toBe(etag);
    // The same page under its parameters in another order, and with the router's cache-buster.
    const reordered = await request('GET', '/thinking?from=cache-test&benchmark=aime-24&_rsc=x1', {
      accept: 'text/html',
    });
    expect(reordered.headers['x-page-cache']).toBe('hit');
    const unchanged = await request('GET', path, { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body.length).toBe(0);
    expect(unchanged.headers.etag).toBe(etag);
    // What a cache keeps of the page is updated from a 304: the page's own policy, not a data one.
    expect(unchanged.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    expect(unchanged.headers['cache-control']).toBe(first.headers['cache-control']);
    const head = await request('HEAD', path);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers.etag).toBe(etag);
    expect(Number(head.headers['content-length'])).toBe(first.body.length);
    // gzip: compressed once, its own tag, the same page inside.
    const zipped = await request('GET', path, { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.etag).toBe(etag.replace(/"$/, '-gzip"'));
    expect(zlib.gunzipSync(zipped.body).equals(first.body)).toBe(true);
    expect((await request('GET', path, { 'if-none-match': zipped.headers.etag! })).status).toBe(304);
  });

  it('a load by another process shows on the next request; then every default page is rendered ahead', async () => {
    const before = await request('GET', '/changes', { accept: 'text/html' });
    const version = Number(/version (\d+)/.exec(before.body.toString('utf8'))![1]);
    expect(before.body.toString('utf8')).not.toContain('cache-test-pack');
    const folder = path.join(tempDir(), 'cache-test-pack');
    fs.mkdirSync(folder);
    writePack({ 'results.csv': resultsCsv(resultRow({ metric: 'cache test metric', score: '12.34' })) }, folder);
    const seed = spawnScript('scripts/seed.ts', [folder], { DATABASE_PATH: dbFile });
    expect((await seed.exited).code, seed.stderr()).toBe(0);
    // The very next request: no page of the old data, whatever was kept.
    const after = await request('GET', '/changes', { accept: 'text/html' });
    expect(after.body.toString('utf8')).toContain('cache-test-pack');
    expect(after.body.toString('utf8')).toContain(`version ${version + 1}`);
    await rendersAhead(version + 1);
    for (const path of ['/', '/zh', '/benchmarks/aime-24', '/zh/models/qwen3-32b', '/efficiency', '/zh/api']) {
      const page = await request('GET', path, { accept: 'text/html' });
      expect(page.status, path).toBe(200);
      expect(page.headers['x-page-cache'], path).toBe('hit');
      expect(page.body.toString('utf8'), path).toMatch(new RegExp(`version ${version + 1}|第 ${version + 1} 版`));
    }
  }, 400_000); // rendering ahead is every page in two languages, one at a time

  it('the theme is no longer a route: /theme redirects nobody anywhere', async () => {
    for (const back of ['/%09/evil.example', 'https://evil.example/', '/\\evil.example', '/é']) {
      const got = await request('GET', `/theme?set=dark&back=${encodeURIComponent(back)}`);
      expect(got.status, back).toBe(404);
      expect(got.headers.location, back).toBeUndefined();
    }
  });
});
