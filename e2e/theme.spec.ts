import { expect, test, type Page } from '@playwright/test';

// The theme switch: light, dark or the system's; remembered; drawn right from the first paint
// (the server writes it into the HTML), with and without JavaScript; charts follow it.

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
  await page.getByRole('navigation', { name: 'Theme' }).getByRole('link', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe('rgb(21, 21, 26)');
  expect(await chartPixel(page)).toEqual([21, 21, 26]); // the chart follows the page's theme
  // The next page comes from the server already dark: no flash of the light theme.
  const html = await (await page.request.get('/benchmarks/aime-24')).text();
  expect(html).toMatch(/<html lang="en" data-theme="dark"/);
  await page.goto('/benchmarks/aime-24');
  expect(await background(page)).toBe('rgb(21, 21, 26)');
  // Back to the system's (light here).
  await page.getByRole('navigation', { name: 'Theme' }).getByRole('link', { name: 'System' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  await context.close();
});

test('without JavaScript the switch is a link that sets the theme and comes back', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/benchmarks/arena-hard?mode=thinking');
  expect(await background(page)).toBe('rgb(21, 21, 26)'); // the system's: dark
  await page.getByRole('navigation', { name: 'Theme' }).getByRole('link', { name: 'Light' }).click();
  await expect(page).toHaveURL(/\/benchmarks\/arena-hard\?mode=thinking$/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  await context.close();
});

test('the switch never sends a reader to another site', async ({ request }) => {
  for (const back of ['https://evil.example/', '//evil.example/', '/\\evil.example']) {
    const response = await request.get(`/theme?set=dark&back=${encodeURIComponent(back)}`, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/');
  }
});
