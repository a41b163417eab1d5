import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';

// Where a reader meets the first chart and the first number of a page: their distance from the
// top of the page in CSS pixels, at a desktop's 1280×800 and a phone's 390×844 (touch, mobile
// viewport), measured in Chromium once the page has loaded. DESIGN.md: the chart within the
// first screen on a desktop and the first two on a phone.

export const SCREENS = [
  { label: '1280', width: 1280, height: 800, mobile: false, chartScreens: 1, numberScreens: 2 },
  { label: '390', width: 390, height: 844, mobile: true, chartScreens: 2, numberScreens: 3 },
] as const;

export type Offsets = { chart: number | null; number: number | null };

/**
 * The first chart: a chart file's figure (class "chart") or a dot plot drawn in the page. The first
 * number: the first visible table cell or list entry of scores (class "num") holding a digit.
 * A string, so that no helper the TypeScript loader adds around functions reaches the browser.
 */
const MEASURE = `(() => {
  const top = (el) => (el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null);
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const chart = [...document.querySelectorAll('main .chart, main .dot-plot')].find(visible);
  const number = [...document.querySelectorAll('main .num')].find(
    (el) => el.tagName !== 'TH' && visible(el) && /\\d/.test(el.innerText),
  );
  return { chart: top(chart), number: top(number) };
})()`;

export async function firstScreenOffsets(
  base: string,
  urls: string[],
): Promise<Map<string, Record<(typeof SCREENS)[number]['label'], Offsets>>> {
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const out = new Map<string, Record<string, Offsets>>();
  try {
    for (const s of SCREENS) {
      const context = await browser.newContext({
        viewport: { width: s.width, height: s.height },
        isMobile: s.mobile,
        hasTouch: s.mobile,
      });
      const page = await context.newPage();
      for (const url of urls) {
        await page.goto(base + url, { waitUntil: 'load' });
        const o = (await page.evaluate(MEASURE)) as Offsets;
        out.set(url, { ...out.get(url), [s.label]: o });
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out as Map<string, Record<(typeof SCREENS)[number]['label'], Offsets>>;
}
