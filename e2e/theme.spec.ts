import { expect, test, type Page } from '@playwright/test';

// The theme switch: light, dark or the system's; remembered in the browser and applied before the
// first paint by the page's inline script (the server's HTML is the same for everyone); without
// JavaScript the system's theme; charts follow it.

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** The colour of a chart image's top-left pixel as drawn on the page. */
function chartPixel(page: Page) {
  return page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('figure.chart img')!;
    img.loading = 'eager';
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 8;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    return Array.from(context.getImageData(2, 2, 1, 1).data.slice(0, 3));
  });
}

test('choosing dark applies at once, is remembered, and is in the first paint of the next page', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto('/thinking');
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  expect(await chartPixel(page)).toEqual([255, 255, 255]);
  const theme = page.getByRole('group', { name: 'Theme' });
  await expect(theme.getByRole('button', { name: 'System' })).toHaveAttribute('aria-pressed', 'true');
  await theme.getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(theme.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe('rgb(21, 21, 26)');
  expect(await chartPixel(page)).toEqual([21, 21, 26]); // the chart follows the page's theme
  // The server sends every reader the same page; the choice is applied before the first paint
  // by the page's own inline script, so the first frame of the next page is already dark.
  const html = await (await page.request.get('/benchmarks/aime-24')).text();
  expect(html).toMatch(/<html lang="en">/);
  await page.goto('/benchmarks/aime-24', { waitUntil: 'commit' });
  await page.waitForSelector('body');
  expect(await background(page)).toBe('rgb(21, 21, 26)');
  await expect(theme.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  // Back to the system's (light here).
  await theme.getByRole('button', { name: 'System' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  await context.close();
});

test("without JavaScript the system's theme applies and the switch, which could not work, is not shown", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/benchmarks/arena-hard?mode=thinking');
  expect(await background(page)).toBe('rgb(21, 21, 26)'); // the system's: dark
  await expect(page.getByRole('group', { name: 'Theme' })).toBeHidden();
  await context.close();
});
