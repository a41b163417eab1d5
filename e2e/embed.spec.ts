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
  // The snippet names the address the page was reached at (never a port the server is not on).
  expect(snippet.startsWith(`<iframe src="${baseURL}/charts/benchmark/arena-hard.svg?`)).toBe(true);
  // The snippet, in a page of another site beside a dashboard page.
  const site = await otherSite(`<!doctype html><h1>A paper</h1>${snippet}<iframe src="${baseURL}/thinking"></iframe>`);
  try {
    await page.goto(site.url, { waitUntil: 'load' });
    const isChart = (url: string) => url.includes('/charts/benchmark/arena-hard.svg');
    await expect.poll(() => page.frames().some((f) => isChart(f.url()))).toBe(true);
    const chart = page.frames().find((f) => isChart(f.url()))!;
    await expect.poll(() => chart.evaluate(() => document.documentElement.textContent ?? '')).toContain('Arena-Hard');
    // Its links open the dashboard in a new browsing context: the frame never navigates away.
    const links = await chart.evaluate(() =>
      [...document.querySelectorAll('a')].map((a) => [
        a.getAttribute('href'),
        a.getAttribute('target'),
        a.getAttribute('rel'),
      ]),
    );
    expect(links.length).toBeGreaterThan(1);
    for (const [href, target, rel] of links) {
      expect(href!.startsWith(`${baseURL}/`)).toBe(true);
      expect([target, rel]).toEqual(['_blank', 'noopener']);
    }
    const home = `${baseURL}/benchmarks/arena-hard`;
    expect(links.some(([href]) => href === home || href!.startsWith(`${home}?`))).toBe(true);
    const [opened] = await Promise.all([
      page.context().waitForEvent('page'),
      chart.locator(`a[href^="${home}"]`).last().click(),
    ]);
    expect(opened.url()).toContain('/benchmarks/arena-hard');
    expect(isChart(chart.url())).toBe(true);
    // The dashboard page is not shown inside the other site.
    const framed = page.frames().find((f) => f !== page.mainFrame() && !isChart(f.url()))!;
    await expect.poll(() => framed.url()).toMatch(/^chrome-error:/);
  } finally {
    site.close();
  }
});
