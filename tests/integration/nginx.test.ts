import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';
import {
  cleanupAll,
  freePort,
  killChildren,
  resultRow,
  resultsCsv,
  spawnScript,
  tempDir,
  writePack,
  serveSeededCopy,
} from '../helpers';

// docs/deploy.md's nginx configuration, as written there, in front of two instances on two
// copies of one database: nginx keeps a page and serves the second request itself; the page it
// serves hydrates in Chromium under its policy of hashes; after the same pack is loaded into both
// instances, nginx's next request revalidates and gets the new page.

export const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

let dir = '';
let nginx: ChildProcess | null = null;
let nginxLog = '';
let base = '';
const instances: { db: string }[] = [];

/** The configuration block of docs/deploy.md, with this test's ports and folders. */
function documentedConfig(listen: number, upstreams: number[], cache: string): string {
  const doc = fs.readFileSync(path.join(process.cwd(), 'docs', 'deploy.md'), 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(doc)![1]!;
  const replaced = block
    .replace('/var/cache/nginx/benchboard', cache)
    .replace(
      / {2}server 127\.0\.0\.1:3001;\n {2}server 127\.0\.0\.1:3002;\n/,
      upstreams.map((p) => `  server 127.0.0.1:${p};\n`).join(''),
    )
    .replace('listen 80;', `listen 127.0.0.1:${listen};`);
  expect(replaced).toContain(`listen 127.0.0.1:${listen};`);
  expect(replaced).toContain(`server 127.0.0.1:${upstreams[1]};`);
  return replaced;
}

beforeAll(async () => {
  dir = tempDir('benchboard-nginx-');
  const listen = await freePort();
  base = `http://127.0.0.1:${listen}`;
  const ports: number[] = [];
  for (let i = 0; i < 2; i++) {
    const { port, file } = await serveSeededCopy({ SITE_URL: base });
    ports.push(port);
    instances.push({ db: file });
  }
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(path.join(dir, sub));
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    conf,
    [
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `  ${t === 'body' ? 'client_body' : t}_temp_path ${dir}/${t};`,
      ),
      documentedConfig(listen, ports, path.join(dir, 'cache')),
      '}',
    ].join('\n'),
  );
  nginx = spawn(NGINX, ['-p', dir, '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stdout!.on('data', (d) => (nginxLog += d));
  nginx.stderr!.on('data', (d) => (nginxLog += d));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited:\n${nginxLog}`);
    if (
      await fetch(`${base}/api/sources`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer:\n${nginxLog}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}, 300_000);

afterAll(() => {
  nginx?.kill('SIGTERM');
  killChildren();
  cleanupAll();
});

async function get(url: string) {
  const response = await fetch(base + url, { headers: { accept: 'text/html' } });
  return { status: response.status, cache: response.headers.get('x-cache-status'), body: await response.text() };
}

const afterSharedMaxAge = () => new Promise((r) => setTimeout(r, 5_500));

describe('nginx in front of two instances (docs/deploy.md)', () => {
  const page = '/benchmarks/aime-24?sort=model';

  it('keeps a page: the second request is a hit, the same page', async () => {
    const first = await get(page);
    const second = await get(page);
    expect(first.status).toBe(200);
    expect([first.cache, second.cache]).toEqual(['MISS', 'HIT']);
    expect(second.body).toBe(first.body);
  });

  it('the page it serves hydrates in Chromium with no CSP violation', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const tab = await browser.newPage();
      const problems: string[] = [];
      tab.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      tab.on('pageerror', (e) => problems.push(e.message));
      await tab.goto(base + page); // Chromium's own Accept-Encoding: its own variant, perhaps new
      const response = (await tab.reload())!;
      // nginx's kept copy: a hit, or (when loading the page took longer than s-maxage on a busy
      // machine) the same copy revalidated by a 304 from the instance.
      expect(response.headers()['x-cache-status']).toMatch(/^(HIT|REVALIDATED)$/);
      expect(response.headers()['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
      // React took over the page: its elements carry React's own keys once hydrated.
      await tab.waitForFunction(() =>
        Object.keys(document.querySelector('main') ?? {}).some((k) => k.startsWith('__reactFiber')),
      );
      await tab.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('after s-maxage it revalidates; after a load into both instances, the next request gets the new page', async () => {
    await afterSharedMaxAge();
    const unchanged = await get(page);
    expect(unchanged.cache).toBe('REVALIDATED'); // a 304 from whichever instance it asked
    expect(unchanged.body).not.toContain('nginx test metric');
    const pack = writePack({
      'results.csv': resultsCsv(resultRow({ metric: 'nginx test metric', model: 'Qwen3-32B', score: '12.5' })),
    });
    for (const { db } of instances) {
      const seed = spawnScript('scripts/seed.ts', [pack], { DATABASE_PATH: db });
      expect((await seed.exited).code, seed.stderr()).toBe(0);
    }
    await afterSharedMaxAge();
    const changed = await get(page);
    expect(changed.status).toBe(200);
    expect(changed.cache).toBe('EXPIRED'); // asked again, and the page had changed
    expect(changed.body).toContain('nginx test metric');
    const again = await get(page);
    expect(again.cache).toBe('HIT');
    expect(again.body).toBe(changed.body);
  });
});
