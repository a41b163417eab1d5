import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import Database from 'better-sqlite3';
import { freePort } from '../scripts/lib/free-port';

// Any view as it was (issue 20, item 3): an address as of a data version shows the values then,
// byte for byte the same after a correction; today's shows the correction; a banner says which.
// The correction is loaded into a copy of the e2e database, served on its own: the shared one
// keeps its data version and counts for the specs after this one.

let dir = '';
let database = '';
const seed = (files: Record<string, string>, replace = false) => {
  const pack = fs.mkdtempSync(path.join(dir, 'pack-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(pack, name), text);
  return execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/seed.ts', pack, ...(replace ? ['--replace'] : [])],
    {
      env: { ...process.env, DATABASE_PATH: database },
      encoding: 'utf8',
    },
  );
};
const HEADER =
  'source_id,table,model,model_kind,mode,thinking_budget_tokens,benchmark,benchmark_version,metric,score,unit,verified_by,notes\n';
const result = (score: string) =>
  `${HEADER}e2e-as-of,model card: Performance,Qwen3-32B,hybrid,thinking,,E2E As-Of Test,,accuracy,${score},percent,,\n`;
const html = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url, { headers: { accept: 'text/html' } });
  expect(response.status(), url).toBe(200);
  return response.body();
};
const version = (text: string) => Number(/data as of [\d-]+, version (\d+)/.exec(text)![1]);

let server: ChildProcess | null = null;
let base = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchboard-e2e-as-of-'));
  database = path.join(dir, 'as-of.db');
  // A consistent copy of the database the e2e server holds open (WAL), made by SQLite itself.
  const shared = new Database('data/e2e/benchboard.db', { readonly: true });
  shared.exec(`VACUUM INTO '${database}'`);
  shared.close();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // The build the e2e server made (playwright.config.ts's webServer), on the copy.
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server/serve.ts'], {
    env: { ...process.env, DATABASE_PATH: database, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  await expect
    .poll(
      () =>
        fetch(`${base}/api/sources`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 90_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  if (server && server.exitCode === null) server.kill('SIGTERM');
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('after a correction, the as-of address shows the old value byte for byte, today the new one', async ({
  page,
  request,
}) => {
  // Two loads and a server of its own still rendering its pages ahead: more than the default 30 s here.
  test.setTimeout(120_000);
  seed({
    'sources.csv':
      'source_id,title,url,publisher,published_at,kind\ne2e-as-of,E2E as-of card,https://example.org/as-of,E2E Lab,2025-06-01,model-card\n',
    'benchmarks.csv':
      'benchmark,alias_of,category,unit,higher_is_better,description,url\nE2E As-Of Test,,knowledge,percent,yes,A benchmark made for this test,\n',
    'results.csv': result('50.0'),
  });
  await page.goto(`${base}/benchmarks/e2e-as-of-test`);
  const then = version(await page.getByRole('contentinfo').innerText());
  const address = `${base}/benchmarks/e2e-as-of-test?asOf=${then}`;
  const before = await html(request, address);
  const chartBefore = await html(request, `${base}/charts/benchmark/e2e-as-of-test.svg?asOf=${then}`);
  const csvBefore = await (await request.get(`${base}/export.csv?benchmark=e2e-as-of-test&asOf=${then}`)).body();

  expect(seed({ 'results.csv': result('55.0') }, true)).toContain('replaced 1');

  expect((await html(request, address)).equals(before)).toBe(true);
  expect((await html(request, `${base}/charts/benchmark/e2e-as-of-test.svg?asOf=${then}`)).equals(chartBefore)).toBe(
    true,
  );
  expect(
    (await (await request.get(`${base}/export.csv?benchmark=e2e-as-of-test&asOf=${then}`)).body()).equals(csvBefore),
  ).toBe(true);
  await page.goto(address);
  await expect(page.getByTestId('score-table')).toContainText('50.0');
  const banner = page.getByTestId('as-of-banner');
  await expect(banner).toContainText(`as it was at version ${then}`);
  await banner.getByRole('link', { name: "See today's view" }).click();
  await expect(page).toHaveURL(`${base}/benchmarks/e2e-as-of-test`);
  await expect(page.getByTestId('score-table')).toContainText('55.0');
  await expect(page.getByTestId('as-of-banner')).toHaveCount(0);
  const api = await (await request.get(`${base}/api/results?benchmark=e2e-as-of-test&asOf=${then}`)).json();
  expect(api.data.map((r: { score: number }) => r.score)).toEqual([50]);
});

test('every load on /changes links to the overview as of it; an unknown version is said', async ({ page }) => {
  await page.goto('/changes');
  const first = page.getByTestId('load').last();
  const link = first.getByTestId('as-of-link');
  await expect(link).toHaveAttribute('href', /^\/\?asOf=\d+$/);
  await link.click();
  await expect(page.getByTestId('as-of-banner')).toContainText('the values then, not the corrections since');
  await page.goto('/benchmarks/aime-24?asOf=999999');
  await expect(page.getByTestId('as-of-banner')).toContainText('asOf=999999 cannot be shown');
  expect((await page.request.get('/api/results?asOf=999999')).status()).toBe(400);
});
