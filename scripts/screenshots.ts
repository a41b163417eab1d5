import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, cjkFontEnv } from '../e2e/chromium';
import { LOCALES, localePath } from '../app/_i18n/locales';

// Screenshots of every page at desktop (1280 px) and phone width (390 px, touch), in English and
// in Chinese (zh-…), light and dark, to look at (README: "Look at it"). --lang zh (or en) and
// --theme dark (or light) take one of each only; --only a part of a page's name.
const PAGES = [
  ['overview', '/'],
  ['benchmarks', '/benchmarks'],
  ['benchmark-arena-hard', '/benchmarks/arena-hard'],
  ['benchmark-codeforces', '/benchmarks/codeforces'],
  ['models', '/models'],
  ['model-qwen3-235b-a22b', '/models/qwen3-235b-a22b'],
  ['thinking', '/thinking'],
  ['compare', '/compare?models=qwen3-235b-a22b,deepseek-r1,openai-o1'],
  ['multilingual', '/multilingual'],
  ['long-context', '/long-context'],
  ['efficiency', '/efficiency'],
  ['benchmark-aime-24', '/benchmarks/aime-24'],
  ['changes', '/changes'],
  ['claims', '/claims?a=qwen3-235b-a22b&b=openai-o1&benchmark=aime-24'],
  ['search', '/search?q=qwen3+32b'],
  ['api', '/api'],
  ['not-found', '/no-such-page'],
] as const;

async function main() {
  const { values } = parseArgs({
    options: {
      base: { type: 'string', default: 'http://localhost:3000' },
      out: { type: 'string', default: 'reports/screenshots' },
      only: { type: 'string' },
      lang: { type: 'string' },
      theme: { type: 'string' },
      fold: { type: 'boolean', default: false },
      scroll: { type: 'string', default: '0' },
    },
  });
  fs.mkdirSync(values.out, { recursive: true });
  const shots = PAGES.flatMap(([name, url]) =>
    LOCALES.filter((l) => !values.lang || l === values.lang).map(
      (l) => [l === 'en' ? name : `${l}-${name}`, localePath(l, url)] as const,
    ),
  );
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, env: cjkFontEnv() });
  const themes = (['light', 'dark'] as const).filter((t) => !values.theme || t === values.theme);
  for (const [width, label] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    for (const theme of themes) {
      const phone = label === 'phone';
      const context = await browser.newContext({
        viewport: { width, height: phone ? 844 : 900 },
        isMobile: phone,
        hasTouch: phone,
        colorScheme: theme,
        // The style below is inline, which the site's Content-Security-Policy refuses.
        bypassCSP: true,
      });
      const page = await context.newPage();
      for (const [name, url] of shots) {
        if (values.only && !name.includes(values.only)) continue;
        await page.goto(values.base + url, { waitUntil: 'networkidle' });
        if (!values.fold) {
          await loadLazyImages(page);
          // A full-page shot draws past the screen without laying out what content-visibility
          // leaves for later (long tables, globals.css): they came out as empty boxes.
          await page.addStyleTag({ content: '.table-wrap { content-visibility: visible !important; }' });
        }
        const file = path.join(values.out, `${name}-${label}-${theme}.png`);
        if (values.fold) await page.evaluate((y) => window.scrollTo(0, y), Number(values.scroll));
        await page.screenshot({ path: file, fullPage: !values.fold });
        console.log(file);
      }
      await context.close();
    }
  }
  await browser.close();
}

/** Scrolls the page through once so that its lazy chart images load, then back to the top. */
async function loadLazyImages(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 60));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
