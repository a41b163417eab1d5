import { expect, test } from '@playwright/test';

// The API reference (/api): drawn on the server from /api/openapi.json, a curl example for
// every endpoint that works as printed, and no JavaScript of its own.

test('the reference lists the results endpoint with a curl example that works', async ({ page, request, baseURL }) => {
  await page.goto('/api');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API');
  await page.getByRole('navigation', { name: 'Endpoints' }).getByRole('link', { name: '/api/results' }).click();
  const results = page.getByRole('region', { name: 'GET /api/results' });
  await expect(results).toBeVisible();
  const curl = results.getByText(/^curl '/);
  await expect(curl).toHaveText(`curl '${baseURL}/api/results?benchmark=aime-24&mode=thinking&pageSize=20'`);
  // The parameter list opens without JavaScript (<details>) and gives the range of pageSize.
  await results.getByText(/^Parameters/).click();
  await expect(results.getByRole('row', { name: /pageSize/ })).toContainText('whole number from 1 to 1000');
  // The example's URL answers as the page says.
  const url = (await curl.textContent())!.match(/'([^']+)'/)![1]!;
  const answer = await request.get(url);
  expect(answer.status()).toBe(200);
  expect((await answer.json()).pageSize).toBe(20);
});

test('every endpoint of the document is on the page, and the page adds no script of its own', async ({
  page,
  request,
}) => {
  const doc = await (await request.get('/api/openapi.json')).json();
  await page.goto('/api');
  for (const path of Object.keys(doc.paths))
    await expect(page.getByRole('region', { name: `GET ${path}` }), path).toBeVisible();
  const scripts = (p: typeof page) =>
    p.locator('script[src]').evaluateAll((s) => s.map((e) => new URL((e as HTMLScriptElement).src).pathname));
  const own = await scripts(page);
  await page.goto('/no-such-page');
  const floor = new Set(await scripts(page));
  expect(own.filter((src) => !floor.has(src))).toEqual([]);
});

test('on a phone every curl example shows whole: it wraps, and nothing scrolls sideways', async ({ page }) => {
  // Issue 23, item 14: the examples scrolled sideways in boxes a keyboard could not reach.
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto('/api');
  const examples = page.locator('main pre').filter({ hasText: /^curl / });
  expect(await examples.count()).toBeGreaterThan(10);
  const cut = await examples.evaluateAll((els) =>
    els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
  );
  expect(cut).toEqual([]);
});

test("under /zh an API path is the API's JSON 404, not the HTML not-found page", async ({ request }) => {
  // Issue 23, item 16: /zh/api/<anything> answered the site's HTML page, which a client cannot parse.
  for (const path of ['/zh/api/no-such-endpoint', '/zh/api/results']) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(404);
    expect(answer.headers()['content-type'], path).toContain('application/json');
    expect((await answer.json()).error.message, path).toContain(
      `No API endpoint at ${path}; the endpoints are /api/results,`,
    );
    expect(answer.headers()['content-security-policy'], path).toContain("default-src 'none'");
  }
  // The reference page itself has its Chinese form.
  expect((await request.get('/zh/api')).headers()['content-type']).toContain('text/html');
});
