import { expect, test } from '@playwright/test';

// The site's own address (issue 18, item 8): with SITE_URL unset, what a reader copies from a page
// — "Cite this view", its BibTeX, an embed snippet, the language alternates — names the address
// the server was reached at, never a port it is not on (it used to print localhost:3000).

const PAGES = ['/benchmarks/arena-hard', '/zh/thinking', '/models/qwen3-235b-a22b', '/'];

for (const url of PAGES)
  test(`${url}: citations, embeds and alternates name this server's address`, async ({ page, baseURL }) => {
    const base = new URL(baseURL!);
    expect(base.port).not.toBe('3000'); // else this test could not tell the two apart
    await page.goto(url);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/localhost:3000/);
    const addresses = [...text.matchAll(/https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?/g)].map((m) => m[0]);
    expect(addresses.length, 'addresses of this site in what a reader can copy').toBeGreaterThan(0);
    for (const address of addresses) expect(address).toBe(base.origin);
    for (const link of await page.locator('link[rel="alternate"][hreflang]').all())
      expect(await link.getAttribute('href')).toMatch(new RegExp(`^${base.origin.replace(/[.]/g, '\\.')}(/|$)`));
  });
