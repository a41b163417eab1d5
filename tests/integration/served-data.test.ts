import fs from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVALIDATE } from '../../app/_lib/http-cache';
import { openDb, type Db } from '../../db/client';
import {
  cleanupAll,
  count,
  killChildren,
  resultRow,
  resultsCsv,
  spawnScript,
  writePack,
  type Child,
  serveSeededCopy,
} from '../helpers';

// Issue 12, items 1, 7 and 8, through the production server (scripts/server/serve.ts) on a real copy
// of the seeded database, as a client sees them: database connections left open by HEAD and
// abandoned downloads, entity tags and 304s on the API and the exports, and the filter edges.

let server: Child;
let base: string;
let dbFile: string;
/** The server's database, read-only, for the answers to expect. */
let db: Db;

beforeAll(async () => {
  ({ base, server, file: dbFile } = await serveSeededCopy());
  db = openDb(dbFile, { readonly: true });
}, 300_000);

afterAll(() => {
  db?.$client.close();
  killChildren();
  cleanupAll();
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request over a fresh connection, the whole answer read. */
function request(method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers, agent: false, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('timeout', () => req.destroy(new Error(`no answer to ${method} ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

/** A GET that the client abandons as soon as the first bytes of the body arrive. */
function abandonedGet(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${path}`, { agent: false, timeout: 30_000 }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`${path}: ${res.statusCode}`));
      res.once('data', () => req.destroy());
    });
    req.on('timeout', () => req.destroy(new Error(`no answer to GET ${path}`)));
    req.on('error', () => undefined); // the reset we caused
    req.on('close', () => resolve());
  });
}

/**
 * The server process's open files of the database: `.db` descriptors (what
 * `ls -l /proc/$PID/fd | grep -c '\.db$'` counts) and `-wal` ones (one per open connection).
 */
function openFiles(): { db: number; wal: number } {
  const dir = `/proc/${server.process.pid}/fd`;
  const out = { db: 0, wal: 0 };
  for (const fd of fs.readdirSync(dir)) {
    try {
      const target = fs.readlinkSync(`${dir}/${fd}`);
      if (target.endsWith('.db')) out.db++;
      else if (target.endsWith('.db-wal')) out.wal++;
    } catch {
      // closed between the listing and the readlink
    }
  }
  return out;
}

/** Runs `task` for each item, `width` at a time. */
async function inBatches<T>(items: T[], width: number, task: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(task));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('HEAD and abandoned downloads leave no database connection open', () => {
  it('200 HEADs and 200 aborted GETs of each export bring the count of open database files back', async () => {
    const exports = ['/export.csv', '/export/pack/results.csv'];
    // Warm up: each route once, read whole, so connections the server keeps are already open.
    for (const path of [...exports, '/api/results?pageSize=1']) expect((await request('GET', path)).status).toBe(200);
    const before = openFiles();
    const seen: string[] = [];
    /** Waits until the server's open files are back to `before` (at most `ms`); whether they are. */
    const settled = async (ms: number) => {
      const deadline = Date.now() + ms;
      for (;;) {
        const now = openFiles();
        if (now.db <= before.db && now.wal <= before.wal) return true;
        if (Date.now() > deadline) return false;
        await sleep(5);
      }
    };
    const note = (what: string) => {
      const { db, wal } = openFiles();
      seen.push(`${what}: ${db} .db, ${wal} -wal`);
    };
    let leaking = false;
    for (const path of exports) {
      await inBatches(Array.from({ length: 200 }), 8, async () => {
        const head = await request('HEAD', path);
        expect(head.status).toBe(200);
        expect(head.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(head.body).toBe('');
      });
      await settled(5_000);
      note(`after 200 HEAD ${path}`);
      // One at a time, each given time to close: SQLite keeps a closed connection's .db
      // descriptor open for reuse while another connection of the process holds a lock on the
      // file (closing it would drop that lock), so overlapping downloads leave a small reusable
      // pool, the size of the most that overlapped, and the count would not be exact.
      for (let i = 0; i < 200; i++) {
        await abandonedGet(path);
        if (!leaking) leaking = !(await settled(5_000)); // once leaking, stop waiting
      }
      await settled(5_000);
      note(`after 200 aborted GET ${path}`);
    }
    const after = openFiles();
    const report = `open database files of the server: ${before.db} .db, ${before.wal} -wal before; ${seen.join('; ')}`;
    console.log(report);
    expect(after, report).toEqual(before);
    // And the server still exports whole files.
    const full = await request('GET', '/export.csv?benchmark=aime-24');
    expect(full.body.trimEnd().split('\r\n').length).toBe(
      1 + count(db, "SELECT count(*) FROM results WHERE benchmark_id = 'aime-24'"),
    );
  }, 300_000);
});

const TAG = /^"[A-Za-z0-9_-]{27}"$/;

describe('validators: the API and the exports answer If-None-Match with 304', () => {
  const URLS = [
    '/api/results?benchmark=aime-24&pageSize=5',
    '/api/models?family=Qwen3',
    '/api/benchmarks?category=math',
    '/api/sources',
    '/export.csv?benchmark=aime-24',
    '/export/pack/sources.csv',
  ];

  it('each carries an ETag and Cache-Control that revalidates, and a repeat with it is a bodiless 304', async () => {
    const tags = new Set<string>();
    for (const url of URLS) {
      const first = await request('GET', url);
      expect(first.status, url).toBe(200);
      const etag = first.headers.etag!;
      expect(etag, url).toMatch(TAG);
      expect(first.headers['cache-control'], url).toBe(REVALIDATE);
      expect(first.body.length, url).toBeGreaterThan(0);
      tags.add(etag);
      for (const sent of [etag, `W/${etag}`, `"elsewhere", ${etag}`, '*']) {
        const again = await request('GET', url, { 'If-None-Match': sent });
        expect(again.status, `${url} with If-None-Match: ${sent}`).toBe(304);
        expect(again.body).toBe('');
        expect(again.headers.etag).toBe(etag);
        expect(again.headers['cache-control']).toBe(REVALIDATE);
      }
      const other = await request('GET', url, { 'If-None-Match': '"some-other-version"' });
      expect(other.status, url).toBe(200);
      expect(other.body).toBe(first.body);
      const head = await request('HEAD', url);
      expect(head.status, `HEAD ${url}`).toBe(200);
      expect(head.headers.etag, `HEAD ${url}`).toBe(etag);
      expect((await request('HEAD', url, { 'If-None-Match': etag })).status, `HEAD ${url}`).toBe(304);
    }
    expect(tags.size).toBe(URLS.length);
  });

  it('the tag names what was asked, not how: parameter order, unknown and empty parameters do not change it', async () => {
    const tag = async (url: string) => (await request('GET', url)).headers.etag;
    for (const [a, b, c] of [
      [
        '/api/results?benchmark=aime-24&mode=thinking&pageSize=5',
        '/api/results?pageSize=5&utm_source=paper&mode=thinking&version=&benchmark=aime-24',
        '/api/results?benchmark=aime-24&mode=thinking&pageSize=6',
      ],
      [
        '/export.csv?benchmark=aime-24&mode=thinking',
        '/export.csv?mode=thinking&benchmark=aime-24&sort=score&x=1',
        '/export.csv?benchmark=aime-24&mode=non-thinking',
      ],
      ['/api/models?family=Qwen3&open=yes', '/api/models?open=yes&family=Qwen3&ref=x', '/api/models?family=Qwen3'],
    ] as const) {
      expect(await tag(b), b).toBe(await tag(a));
      expect(await tag(c), c).not.toBe(await tag(a));
    }
  });

  it('a refused request carries no tag', async () => {
    for (const url of ['/api/results?unit=kelvin', '/export.csv?mode=sleepy', '/api/results?page=0']) {
      const answer = await request('GET', url);
      expect(answer.status, url).toBe(400);
      expect(answer.headers.etag, url).toBeUndefined();
    }
  });

  it('the tab icon is cached for a day instead of fetched again on every page', async () => {
    const icon = await request('GET', '/icon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=86400');
  });

  it('after a seed commits, the old tag gets the new data', async () => {
    const urls = ['/api/results?benchmark=aime-24&pageSize=1000', '/export.csv?benchmark=aime-24'];
    const old = await Promise.all(urls.map((url) => request('GET', url)));
    const pack = writePack({ 'results.csv': resultsCsv(resultRow({ table: 'Table 99', metric: 'etag test' })) });
    const seed = spawnScript('scripts/seed.ts', [pack], { DATABASE_PATH: dbFile });
    expect(await seed.exited, seed.stdout() + seed.stderr()).toEqual({ code: 0, signal: null });
    const [api, csv] = await Promise.all(
      urls.map((url, i) => request('GET', url, { 'If-None-Match': old[i]!.headers.etag! })),
    );
    expect(api!.status).toBe(200);
    expect(api!.headers.etag).not.toBe(old[0]!.headers.etag);
    expect(JSON.parse(api!.body).total).toBe(JSON.parse(old[0]!.body).total + 1);
    expect(csv!.status).toBe(200);
    expect(csv!.body).toContain('etag test');
    // And the new tag is honoured in turn.
    expect((await request('GET', urls[0]!, { 'If-None-Match': api!.headers.etag! })).status).toBe(304);
  }, 60_000);
});

describe('filter edges', () => {
  it('an unknown /api path is a JSON 404 for every method the API answers, a JSON 405 for the others', async () => {
    for (const path of ['/api/nope', '/api/results/extra', '/api/v2/results?x=1', '/api/x/y/z']) {
      for (const method of ['GET', 'OPTIONS']) {
        const answer = await request(method, path);
        expect(answer.status, `${method} ${path}`).toBe(404);
        expect(answer.headers['content-type'], `${method} ${path}`).toMatch(/^application\/json/);
        expect(JSON.parse(answer.body).error.message, `${method} ${path}`).toMatch(/No API endpoint/);
      }
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const answer = await request(method, path);
        expect(answer.status, `${method} ${path}`).toBe(405);
        expect(answer.headers.allow, `${method} ${path}`).toBe('GET, HEAD, OPTIONS');
        expect(JSON.parse(answer.body).error.message, `${method} ${path}`).toContain(method);
      }
      const head = await request('HEAD', path);
      expect(head.status, `HEAD ${path}`).toBe(404);
      expect(head.headers['content-type'], `HEAD ${path}`).toMatch(/^application\/json/);
    }
    // The endpoints themselves still answer, and refuse other methods with 405.
    expect((await request('GET', '/api/sources')).status).toBe(200);
    expect((await request('POST', '/api/sources')).status).toBe(405);
  });

  it('/api is the reference page and /api/openapi.json the document, with a tag and a 304', async () => {
    const page = await request('GET', '/api');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('/api/results?benchmark=aime-24');
    const doc = await request('GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.headers['content-type']).toMatch(/^application\/json/);
    expect(doc.headers['cache-control']).toBe(REVALIDATE);
    expect(JSON.parse(doc.body).openapi).toBe('3.1.0');
    const again = await request('GET', '/api/openapi.json', { 'If-None-Match': doc.headers.etag! });
    expect(again.status).toBe(304);
  });

  it('versionPrefix takes %, _, \\ and case literally', async () => {
    const startsWith = (prefix: string) =>
      count(db, 'SELECT count(*) FROM results WHERE substr(benchmark_version, 1, length(@p)) = @p', { p: prefix });
    const total = async (prefix: string) =>
      JSON.parse((await request('GET', `/api/results?pageSize=1&versionPrefix=${encodeURIComponent(prefix)}`)).body)
        .total as number;
    expect(startsWith('14 languages (10%')).toBeGreaterThan(0);
    // Issue 23, item 16: '14 Languages' matched as if it were '14 languages'.
    expect(startsWith('14 Languages')).toBe(0);
    for (const prefix of [
      '%',
      '_',
      '\\',
      '%sample',
      '14 languages (10%',
      '14 languages (10_',
      '14_languages',
      '14 Languages',
    ])
      expect(await total(prefix), prefix).toBe(startsWith(prefix));
    const csv = await request('GET', '/export.csv?versionPrefix=_');
    expect(csv.status).toBe(200);
    expect(csv.body.trimEnd().split('\r\n')).toHaveLength(1); // the header alone
  });

  it('page=1000000 is a page like any other (empty), one more is refused naming page', async () => {
    const last = await request('GET', '/api/results?page=1000000&pageSize=1');
    expect(last.status).toBe(200);
    expect(JSON.parse(last.body)).toMatchObject({ data: [], page: 1_000_000, next: null });
    const beyond = await request('GET', '/api/results?page=1000001');
    expect(beyond.status).toBe(400);
    expect(JSON.parse(beyond.body).error.parameter).toBe('page');
  });
});
