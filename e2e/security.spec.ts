import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { chartSvg, svgWords } from './chart-file';
import { freePort } from '../scripts/lib/free-port';

// Security headers and the Content-Security-Policy (app/_lib/edge.ts, proxy.ts, next.config.js;
// pages rendered once with a nonce and served from the page cache under the hashes of exactly
// the scripts that carried it), checked in Chromium: every page runs under the policy without a
// single violation, and hostile names loaded through a pack render as text.

/** The policy's directives: name -> sources. */
function directives(policy: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of (policy ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

const STATIC_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

/** The headers every response carries, whatever it is (a page's policy lets it post forms to the site). */
function expectSecurityHeaders(headers: Record<string, string>, what: string, page = false) {
  for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(headers[name], `${name} of ${what}`).toBe(value);
  expect(headers['permissions-policy'], `Permissions-Policy of ${what}`).toContain('camera=()');
  const csp = directives(headers['content-security-policy']);
  expect(csp.get('frame-ancestors'), `frame-ancestors of ${what}`).toEqual(["'none'"]);
  expect(csp.get('object-src'), `object-src of ${what}`).toEqual(["'none'"]);
  expect(csp.get('base-uri'), `base-uri of ${what}`).toEqual(page ? ["'self'"] : ["'none'"]);
  expect(csp.get('form-action'), `form-action of ${what}`).toEqual(page ? ["'self'"] : ["'none'"]);
  return csp;
}

/**
 * A page's policy: the site's own script files and inline scripts by hash only — no nonce (the
 * page is the same bytes for everyone), never 'unsafe-inline'. Returns the hashes.
 */
function expectPagePolicy(headers: Record<string, string>, what: string): string[] {
  const csp = expectSecurityHeaders(headers, what, true);
  const scripts = csp.get('script-src') ?? [];
  expect(scripts[0], `script-src of ${what}`).toBe("'self'");
  const hashes = scripts.slice(1);
  for (const source of hashes) expect(source, `script-src of ${what}`).toMatch(/^'sha256-[A-Za-z0-9+/]+={0,2}'$/);
  expect(hashes.length, `hashes in script-src of ${what}`).toBeGreaterThan(0);
  expect(csp.get('default-src'), `default-src of ${what}`).toEqual(["'self'"]);
  // Stylesheets from the site, inline <style> only by hash; style attributes are allowed.
  const styles = csp.get('style-src') ?? [];
  expect(styles[0], `style-src of ${what}`).toBe("'self'");
  for (const source of styles.slice(1))
    expect(source, `style-src of ${what}`).toMatch(/^'sha256-[A-Za-z0-9+/]+={0,2}'$/);
  expect(csp.get('style-src-attr'), `style-src-attr of ${what}`).toEqual(["'unsafe-inline'"]);
  return hashes.map((h) => h.slice("'sha256-".length, -1));
}

/**
 * The policy's hashes are exactly those of the page's inline scripts: each one runs, nothing
 * else could. No nonce is left in the page (it was the render's, and is nobody's now).
 */
function expectScriptsHashed(html: string, hashes: string[], what: string) {
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1]!));
  expect(inline.length, `inline scripts in ${what}`).toBeGreaterThan(0);
  const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
  expect(new Set(inline.map((m) => sha(m[2]!))), `inline scripts of ${what} against its policy`).toEqual(
    new Set(hashes),
  );
  expect(
    [...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]),
    `nonces left in ${what}`,
  ).toEqual([]);
}

type Watch = { problems: string[]; dialogs: string[] };

/**
 * Collects what must not happen on a page: console errors and warnings (a blocked script or
 * style is logged there), uncaught errors, `securitypolicyviolation` events, failed
 * subresources, and dialogs (each dismissed, so a test fails instead of hanging). The app has
 * no favicon: Chromium's request for one is a 404 that is not a page's doing.
 */
async function watch(page: Page, expectedStatus = 200): Promise<Watch> {
  const seen: Watch = { problems: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    if (m.text().startsWith('Failed to load resource:')) return; // reported by URL just below
    seen.problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/favicon.ico') return;
    const expected =
      r.request().isNavigationRequest() && r.request().frame() === page.mainFrame() ? expectedStatus : 200;
    if (r.status() >= 400 && r.status() !== expected) seen.problems.push(`${r.status()} for ${r.url()}`);
  });
  page.on('pageerror', (e) => seen.problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.exposeFunction('reportViolation', (v: string) => seen.problems.push(`CSP violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  return seen;
}

/** Next's client runtime ran: its scripts were allowed. */
async function expectHydrated(page: Page) {
  await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version));
}

const PAGES = [
  '/',
  '/benchmarks',
  '/benchmarks/aime-24',
  '/benchmarks/arena-hard?mode=thinking&sort=model&dir=asc&unit=percent',
  '/models',
  '/models/qwen3-235b-a22b',
  '/thinking',
  '/thinking?benchmark=aime-24',
  '/compare',
  '/compare?models=qwen3-32b,deepseek-r1,openai-o1',
  '/multilingual',
  '/long-context',
  '/efficiency?benchmark=livecodebench',
  '/api',
  '/search?q=qwen3+32b',
];

test.describe('Content-Security-Policy and security headers', () => {
  for (const url of PAGES) {
    test(`${url} runs under the policy with no violation`, async ({ page }) => {
      const seen = await watch(page);
      const response = (await page.goto(url))!;
      expect(response.status()).toBe(200);
      expectScriptsHashed(await response.text(), expectPagePolicy(response.headers(), url), url);
      await expectHydrated(page);
      await page.waitForLoadState('networkidle');
      expect(seen.problems).toEqual([]);
      expect(seen.dialogs).toEqual([]);
    });
  }

  test('client-side navigation to every page (RSC fetches, new chunks) stays inside the policy', async ({ page }) => {
    const seen = await watch(page);
    await page.goto('/');
    await expectHydrated(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const [name, path] of [
      ['Benchmarks', '/benchmarks'],
      ['Models', '/models'],
      ['Thinking budget', '/thinking'],
      ['Compare', '/compare'],
      ['Multilingual', '/multilingual'],
      ['Long context', '/long-context'],
      ['Efficiency', '/efficiency'],
      ['Overview', '/'],
    ] as const) {
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/' : path}$`));
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    }
    await page.waitForLoadState('networkidle');
    expect(seen.problems).toEqual([]);
  });

  test('a filter form submits and the page it loads passes the policy', async ({ page }) => {
    const seen = await watch(page);
    await page.goto('/benchmarks/arena-hard');
    await expectHydrated(page);
    await page.getByTestId('filters').locator('summary').click(); // the filters are folded
    // The form submits on change once React has hydrated it (its element carries React's props).
    await page.waitForFunction(() =>
      Object.keys(document.querySelector('form.filters') ?? {}).some((k) => k.startsWith('__reactProps')),
    );
    await page.getByLabel('Mode', { exact: true }).selectOption('thinking');
    await expect(page).toHaveURL(/mode=thinking/);
    await page.waitForLoadState('networkidle');
    expect(seen.problems).toEqual([]);
  });

  test('a 404 inside a route (unknown model) passes the policy by hashes and is not kept', async ({ page }) => {
    const seen = await watch(page, 404);
    const response = (await page.goto('/models/not-a-model'))!;
    expect(response.status()).toBe(404);
    expectScriptsHashed(await response.text(), expectPagePolicy(response.headers(), '/models/not-a-model'), '404');
    expect(response.headers()['cache-control']).toBe('no-store');
    await expectHydrated(page);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(seen.problems).toEqual([]);
  });

  test('a page is the same bytes for every visitor, whatever cookie or language it sends', async ({ request }) => {
    const url = '/benchmarks/aime-24?sort=model';
    const bodies = new Set<string>();
    const tags = new Set<string>();
    for (const headers of [
      { accept: 'text/html' } as Record<string, string>,
      { accept: 'text/html', cookie: 'theme=dark; other=1', 'accept-language': 'zh-CN' },
      { accept: '*/*', 'user-agent': 'curl/8', cookie: 'theme=light' },
    ]) {
      for (const encoding of ['gzip', 'identity']) {
        const response = await request.get(url, { headers: { ...headers, 'accept-encoding': encoding } });
        expect(response.status()).toBe(200);
        const html = await response.text();
        expectScriptsHashed(html, expectPagePolicy(response.headers(), `${url} (${encoding})`), url);
        // A shared cache may keep it (docs/deploy.md): the same for everyone, revalidated.
        expect(response.headers()['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+, must-revalidate$/);
        expect(response.headers().vary).toContain('Accept-Encoding');
        expect(response.headers().vary ?? '').not.toMatch(/cookie/i);
        bodies.add(html);
        tags.add(response.headers().etag!.replace('-gzip"', '"'));
      }
    }
    expect(bodies.size).toBe(1);
    expect(tags.size).toBe(1);
  });

  test('in Chromium, a page loaded again comes from the cache and hydrates under its hashes', async ({ page }) => {
    const seen = await watch(page);
    const url = '/models/qwen3-32b?from=reload-test';
    const first = (await page.goto(url))!;
    await expectHydrated(page);
    const second = (await page.goto(url))!;
    expect([first.headers()['x-page-cache'], second.headers()['x-page-cache']]).toEqual(['miss', 'hit']);
    expectScriptsHashed(await second.text(), expectPagePolicy(second.headers(), `${url} (again)`), `${url} (again)`);
    await expectHydrated(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Models', exact: true }).click();
    await expect(page).toHaveURL(/\/models$/);
    expect(seen.problems).toEqual([]);
  });

  test('APIs, exports, 404s and static files carry the headers', async ({ request }) => {
    const check = async (url: string, status: number, headers: Record<string, string> = {}) => {
      const response: APIResponse = await request.get(url, { headers });
      expect(response.status(), url).toBe(status);
      const html = (response.headers()['content-type'] ?? '').startsWith('text/html');
      const csp = expectSecurityHeaders(response.headers(), url, html);
      await response.body();
      return { response, csp };
    };
    for (const url of ['/api/results?pageSize=2', '/api/models', '/api/benchmarks', '/api/sources']) {
      const { csp } = await check(url, 200);
      expect(csp.get('default-src'), url).toEqual(["'none'"]);
    }
    for (const url of ['/export.csv?benchmark=aime-24', '/export/pack/sources.csv']) {
      const { response, csp } = await check(url, 200);
      expect(response.headers()['content-type']).toContain('text/csv');
      expect(csp.get('default-src'), url).toEqual(["'none'"]);
    }
    await check('/api/results?mode=nope', 400);
    await check('/export/pack/..%2f..%2fetc%2fpasswd', 404);
    await check('/api/nope', 404);
    await check('/models/not-a-model', 404, { accept: 'text/html' });
    await check('/no-such-page', 404, { accept: 'text/html' });
    // A static chunk: the static headers (the policy is for documents).
    const html = await (await request.get('/')).text();
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
    const asset = await request.get(chunk);
    expect(asset.status()).toBe(200);
    for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(asset.headers()[name], name).toBe(value);
  });

  test('no other site can frame a page', async ({ page, baseURL }) => {
    const seen: string[] = [];
    page.on('console', (m) => seen.push(m.text()));
    await page.setContent(`<iframe id="f" src="${baseURL}/benchmarks"></iframe>`);
    await page.waitForTimeout(1500);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    // Blocked by frame-ancestors / X-Frame-Options: the frame shows Chromium's error page.
    expect(await frame.locator('h1', { hasText: 'Benchmarks' }).count()).toBe(0);
    expect(seen.join('\n')).toMatch(/frame-ancestors|X-Frame-Options/);
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile names through a pack, on a server of their own (the shared e2e database stays clean).

const MODEL = '<script>alert("x")</script>';
const MODEL_ID = 'script-alert-x-script';
const BENCHMARK = '"><img src=x onerror=alert(1)>';
/** A Qwen3-family model, so that it shows on the thinking page (its gain chart and table). */
const QWEN_MODEL = `Qwen3-"><img src=x onerror=alert('q3')>`;
const BENCHMARK_ID = 'img-src-x-onerror-alert-1';
const SOURCE_TITLE = `</title><script>alert('title')</script> "card"`;
// A web address is required (the loader refuses javascript: URLs), but it may still carry markup.
const HOSTILE_URL = 'https://example.org/card?"><script>alert(document.domain)</script>';
const PUBLISHER = "Evil <svg onload=alert('svg')> Lab";
const METRIC = '"><script>alert(7)</script>';
const VERSION = "<img src=x onerror=alert('version')>";
const NOTES = '=HYPERLINK("http://evil.example","click")';
const TABLE = '<b>Table</b> 1 & "2"';
/** Raw markup that must never reach an HTML body unescaped. */
const RAW_PAYLOADS = ['<script>alert', '<img src=x', '<svg onload', '</title><script>', '<iframe src=', '<i>MIT'];

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
const csv = (rows: string[][]) => rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';

function writeHostilePack(dir: string) {
  fs.writeFileSync(
    path.join(dir, 'sources.csv'),
    csv([
      ['source_id', 'title', 'url', 'publisher', 'published_at', 'kind'],
      ['xss-card', SOURCE_TITLE, HOSTILE_URL, PUBLISHER, '2025-06-01', 'model-card'],
    ]),
  );
  fs.writeFileSync(
    path.join(dir, 'models.csv'),
    csv([
      [
        'model',
        'alias_of',
        'org',
        'architecture',
        'total_params_b',
        'active_params_b',
        'layers',
        'context_length_tokens',
        'release_date',
        'open_weights',
        'license',
        'source',
        'family',
      ],
      [
        MODEL,
        '',
        `"><svg onload=alert('org')>`,
        'dense',
        '7',
        '7',
        '28',
        '32768',
        '2025-06-01',
        'yes',
        '<i>MIT</i>',
        'x',
        `<script>alert('family')</script>`,
      ],
      [QWEN_MODEL, '', '<b>Qwen</b>', 'moe', '30', '3', '', '', '', 'no', '', '', 'Qwen3'],
    ]),
  );
  fs.writeFileSync(
    path.join(dir, 'benchmarks.csv'),
    csv([
      ['benchmark', 'alias_of', 'category', 'unit', 'higher_is_better', 'description', 'url'],
      [BENCHMARK, '', 'math', 'percent', 'yes', `<iframe src="javascript:alert('d')"></iframe>`, HOSTILE_URL],
    ]),
  );
  const header = [
    'source_id',
    'table',
    'model',
    'model_kind',
    'mode',
    'thinking_budget_tokens',
    'benchmark',
    'benchmark_version',
    'metric',
    'score',
    'unit',
    'verified_by',
    'notes',
  ];
  const row = (
    model: string,
    benchmark: string,
    mode: string,
    score: string,
    version = '',
    metric = METRIC,
    table = TABLE,
  ) => ['xss-card', table, model, 'hybrid', mode, '', benchmark, version, metric, score, 'percent', '', NOTES];
  fs.writeFileSync(
    path.join(dir, 'results.csv'),
    csv([
      header,
      row(MODEL, BENCHMARK, 'thinking', '71.5'),
      row(MODEL, BENCHMARK, 'non-thinking', '42.25'),
      row(MODEL, BENCHMARK, 'thinking', '66.0', VERSION),
      row('Qwen3-32B', BENCHMARK, 'thinking', '80.0'),
      row('Qwen3-32B', BENCHMARK, 'non-thinking', '60.0'),
      row(MODEL, "AIME'24", 'thinking', '55.5', '', 'pass@1'),
      row(MODEL, "AIME'24", 'non-thinking', '20.5', '', 'pass@1'),
      row(QWEN_MODEL, BENCHMARK, 'thinking', '77.25', '', METRIC, 'Table 11'),
      row(QWEN_MODEL, BENCHMARK, 'non-thinking', '33.5', '', METRIC, 'Table 12'),
    ]),
  );
}

test.describe('hostile names loaded through a pack render inert', () => {
  let dir = '';
  let server: ChildProcess | null = null;
  let base = '';
  let serverLog = '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchboard-hostile-'));
    const pack = path.join(dir, 'pack');
    fs.mkdirSync(pack);
    writeHostilePack(pack);
    const env = { ...process.env, DATABASE_PATH: path.join(dir, 'hostile.db'), NEXT_TELEMETRY_DISABLED: '1' };
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/prepare-db.ts'], { env, encoding: 'utf8' });
    const seeded = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', pack], {
      env,
      encoding: 'utf8',
    });
    expect(seeded).toContain('xss-card');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // The build the e2e server made (playwright.config.ts's webServer), on the hostile database.
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server/serve.ts'], {
      env: { ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (serverLog += d));
    server.stderr!.on('data', (d) => (serverLog += d));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the server exited:\n${serverLog}`);
      const ok = await fetch(`${base}/api/sources`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`the server did not answer:\n${serverLog}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  test.afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGTERM');
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the names are stored as given and slugged into safe ids', async () => {
    const models = (await (await fetch(`${base}/api/models`)).json()) as { data: { id: string; name: string }[] };
    expect(models.data.find((m) => m.name === MODEL)?.id).toBe(MODEL_ID);
    const benchmarks = (await (await fetch(`${base}/api/benchmarks`)).json()) as {
      data: { id: string; name: string }[];
    };
    expect(benchmarks.data.find((b) => b.name === BENCHMARK)?.id).toBe(BENCHMARK_ID);
  });

  const pages = [
    `/models/${MODEL_ID}`,
    `/benchmarks/${BENCHMARK_ID}`,
    `/benchmarks/${BENCHMARK_ID}?mode=thinking&sort=model`,
    `/benchmarks/aime-24`,
    `/compare?models=${MODEL_ID},qwen3-32b`,
    `/compare?models=${MODEL_ID},qwen3-32b&benchmark=${BENCHMARK_ID}`,
    '/',
    '/models',
    '/benchmarks',
    `/thinking?benchmark=${BENCHMARK_ID}`,
    `/efficiency?benchmark=${BENCHMARK_ID}`,
  ];
  for (const url of pages) {
    test(`${url} shows the names as text, runs nothing`, async ({ page }) => {
      const seen = await watch(page);
      const response = (await page.goto(base + url))!;
      expect(response.status(), url).toBe(200);
      const html = await response.text();
      for (const raw of RAW_PAYLOADS) expect(html.includes(raw), `raw "${raw}" in the HTML of ${url}`).toBe(false);
      expectScriptsHashed(html, expectPagePolicy(response.headers(), url), url);
      await expectHydrated(page);
      // Loaded again: from the page cache, whose policy still admits no script but the framework's.
      const again = (await page.goto(base + url))!;
      expect(again.headers()['x-page-cache'], url).toBe('hit');
      expectScriptsHashed(await again.text(), expectPagePolicy(again.headers(), url), `${url} (cached)`);
      await expectHydrated(page);
      const body = page.locator('main');
      if (url.startsWith('/models/') || url.startsWith('/compare') || url === '/models')
        await expect(body).toContainText(MODEL);
      if (url.startsWith('/benchmarks/img') || url.includes(`benchmark=${BENCHMARK_ID}`) || url === '/benchmarks')
        await expect(body).toContainText(BENCHMARK);
      if (url.startsWith('/thinking')) {
        await expect(page.getByTestId('gain-table')).toContainText(QWEN_MODEL);
        // The chart file spells the name as text too, escaped: no element came of it.
        const svg = await chartSvg(page.getByTestId('gain-chart'));
        expect(svgWords(svg)).toContain(QWEN_MODEL);
        expect(svg).not.toMatch(/<(img|script|iframe)\b/);
      }
      // Nothing the names spelled became an element.
      expect(await page.locator('img[src="x"], svg[onload], iframe, main script').count()).toBe(0);
      expect(seen.dialogs).toEqual([]);
      expect(seen.problems).toEqual([]);
    });
  }

  test('the model page: name as heading text, hostile facts and source as text, its links run nothing', async ({
    page,
  }) => {
    const seen = await watch(page);
    await page.goto(`${base}/models/${MODEL_ID}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MODEL);
    await expect(page).toHaveTitle(`${MODEL} · Benchboard`);
    await expect(page.locator('main')).toContainText(PUBLISHER);
    await expect(page.locator('main')).toContainText(BENCHMARK);
    // The source's URL carries markup (javascript: URLs are refused by the loader): it stays an
    // attribute value, inert.
    const link = page.getByRole('link', { name: SOURCE_TITLE }).first();
    await expect(link).toBeVisible();
    expect(await link.getAttribute('href')).toBe(HOSTILE_URL);
    expect(
      await page.locator('script:not([src])').evaluateAll((ss) => ss.some((x) => x.textContent?.startsWith('alert'))),
    ).toBe(false);
    expect(seen.dialogs).toEqual([]);
    expect(page.url()).toContain(`/models/${MODEL_ID}`);
  });

  test('the benchmark page: name as heading text', async ({ page }) => {
    const seen = await watch(page);
    await page.goto(`${base}/benchmarks/${BENCHMARK_ID}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BENCHMARK);
    await expect(page).toHaveTitle(`${BENCHMARK} · Benchboard`);
    await expect(page.getByTestId('score-table')).toContainText(MODEL);
    await expect(page.getByTestId('score-table')).toContainText('71.5');
    expect(seen.dialogs).toEqual([]);
    expect(seen.problems).toEqual([]);
  });

  test('the CSV export writes the names exactly, quoted, and the formula-like note defused', async ({ request }) => {
    for (const url of [
      `/export.csv?models=${MODEL_ID}`,
      `/export.csv?benchmark=${BENCHMARK_ID}`,
      '/export/pack/results.csv',
    ]) {
      const response = await request.get(base + url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type']).toContain('text/csv');
      expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="[a-z0-9.-]+\.csv"$/);
      expectSecurityHeaders(response.headers(), url);
      const text = await response.text();
      const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
      const hostile = rows.filter((r) => r.model === MODEL || r.benchmark === BENCHMARK);
      expect(hostile.length, url).toBeGreaterThan(0);
      for (const r of hostile) {
        expect(r.notes, `notes in ${url}`).toBe(`'${NOTES}`);
        expect(r.metric === METRIC || r.metric === 'pass@1', `metric in ${url}`).toBe(true);
      }
      // The quote inside the names is doubled (RFC 4180), never left to end the field.
      expect(text).toContain(csvField(MODEL));
    }
  });
});
