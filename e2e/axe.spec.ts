import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SITE_PAGES } from './site-pages';

// Issue 23, item 14: axe-core finds no WCAG 2.2 A or AA violation on any page, in both
// languages, at desktop and phone width, in the light and the dark colour scheme (the reader's
// system setting, prefers-color-scheme, emulated). A failure prints, per violation, the page,
// the scheme and width, the rule, and each node it found.
//
// Cost: axe takes seconds on the larger pages, so each page is checked with every rule in the
// light scheme, and in the dark scheme with the rules that read colours: the dark scheme changes
// only colours (globals.css: light-dark()).

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const WIDTHS = [1280, 390];

/** Each violation as lines: where and which rule, then its nodes. */
async function violations(page: Page, where: string, rules?: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const { violations } = await (rules ? axe.withRules(rules) : axe.withTags(TAGS)).analyze();
  return violations.flatMap((v) => [
    `${where} ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} nodes`,
    ...v.nodes.map((node) => `    ${node.target.join(' ')}  ${node.html.slice(0, 200)}`),
  ]);
}

for (const url of SITE_PAGES) {
  for (const width of WIDTHS) {
    test(`${url} has no axe violations at ${width} px (WCAG 2.2 A/AA; light, dark)`, async ({ page }) => {
      // A large page takes axe over a minute on a busy 2-core machine.
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(url);
      const found = await violations(page, `${url} [light, ${width} px]`);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.reload();
      found.push(...(await violations(page, `${url} [dark, ${width} px]`, COLOUR_RULES)));
      expect(found.length, found.join('\n')).toBe(0);
    });
  }
}
