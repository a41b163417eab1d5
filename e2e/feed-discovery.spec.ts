import { expect, test } from '@playwright/test';
import { SITE_PAGES } from './site-pages';

// Issue 23, item 15: every page names the Atom feed of changes in its <head>
// (<link rel="alternate" type="application/atom+xml">), so a feed reader given any page of the
// site finds it; before, only /changes did.

test('every page, in both languages, links the Atom feed in its head', async ({ request, baseURL }) => {
  const missing: string[] = [];
  for (const url of SITE_PAGES) {
    const html = await (await request.get(url)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const feeds = [...head.matchAll(/<link\b[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => /\brel="alternate"/.test(tag) && /\btype="application\/atom\+xml"/.test(tag))
      .map((tag) => new URL(tag.match(/\bhref="([^"]*)"/)![1]!.replaceAll('&amp;', '&'), baseURL).pathname);
    if (feeds.join() !== '/changes.atom') missing.push(`${url}: ${feeds.join(', ') || 'no feed link'}`);
  }
  expect(missing).toEqual([]);
  const feed = await request.get('/changes.atom');
  expect(feed.headers()['content-type']).toContain('application/atom+xml');
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
});
