import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';

// A chart's "Embed" snippet frames its file on another site; every dashboard page refuses to be
// framed (frame-ancestors 'none', X-Frame-Options: DENY).

/** Another site: a server on its own port (another origin) serving one page. */
async function otherSite(body: string): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

test('the embed snippet shows the chart on another site; a dashboard page in a frame is refused', async ({
  page,
  baseURL,
}) => {
  await page.goto('/benchmarks/arena-hard');
  const figure = page.getByTestId('bar-chart');
  await figure.getByText('Embed', { exact: true }).click();
  const snippet = (await figure.locator('details.embed code').textContent())!;
  expect(snippet).toMatch(/^<iframe src="http:\/\/localhost:3000\/charts\/benchmark\/arena-hard\.svg\?/);
  // The snippet, pointed at this test server, in a page of another site beside a dashboard page.
  const site = await otherSite(
    `<!doctype html><h1>A paper</h1>${snippet.replace('http://localhost:3000', baseURL!)}<iframe src="${baseURL}/thinking"></iframe>`,
  );
  try {
    await page.goto(site.url, { waitUntil: 'load' });
    const isChart = (url: string) => url.includes('/charts/benchmark/arena-hard.svg');
    await expect.poll(() => page.frames().some((f) => isChart(f.url()))).toBe(true);
    const chart = page.frames().find((f) => isChart(f.url()))!;
    await expect.poll(() => chart.evaluate(() => document.documentElement.textContent ?? '')).toContain('Arena-Hard');
    expect(await chart.evaluate(() => document.querySelector('a[target="_top"]')?.getAttribute('href'))).toContain(
      '/benchmarks/arena-hard',
    );
    // The dashboard page is not shown inside the other site.
    const framed = page.frames().find((f) => f !== page.mainFrame() && !isChart(f.url()))!;
    await expect.poll(() => framed.url()).toMatch(/^chrome-error:/);
  } finally {
    site.close();
  }
});
