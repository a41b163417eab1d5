import { expect, type Locator } from '@playwright/test';

/** The SVG file a chart figure on a page shows (its <img>), fetched as the browser would. */
export async function chartSvg(figure: Locator): Promise<string> {
  const src = await figure.locator('img').getAttribute('src');
  expect(src).toMatch(/^\/charts\/.+\.svg/);
  // Relative to the page (which may be another server than the tests' base URL).
  const response = await figure.page().request.get(new URL(src!, figure.page().url()).href);
  const body = await response.text();
  expect(response.status(), `${src}: ${body.slice(0, 300)}`).toBe(200);
  return body;
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
