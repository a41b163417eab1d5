import { expect, type Locator } from '@playwright/test';

/** The SVG file a chart figure on a page shows (its <img>), fetched as the browser would. */
export async function chartSvg(figure: Locator): Promise<string> {
  const src = await figure.locator('img').getAttribute('src');
  expect(src).toMatch(/^\/charts\/.+\.svg/);
  // Resolved against the page's own address: a page of another server (security.spec.ts's) has
  // its chart files there, not at the configured baseURL.
  const response = await figure.page().request.get(new URL(src!, figure.page().url()).href);
  expect(response.status()).toBe(200);
  return response.text();
}

/** The words a reader of an SVG sees: the text of its <text>, <tspan>, <title> and <desc>. */
export function svgWords(svg: string): string {
  return [...svg.matchAll(/<(text|title|desc|tspan)[^>]*>([^<]*)(?=<)/g)]
    .map((m) =>
      m[2]!
        .replaceAll('&#x27;', "'")
        .replaceAll('&quot;', '"')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&amp;', '&'),
    )
    .join('\n');
}

/** The words of the chart a figure shows. */
export async function chartWords(figure: Locator): Promise<string> {
  return svgWords(await chartSvg(figure));
}
