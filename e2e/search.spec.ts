import { expect, test } from '@playwright/test';

// The search box in every page's header, and /search: forgiving of case, punctuation and spacing.

test('searching from the header finds a model, with and without JavaScript', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/benchmarks');
    const box = page.getByRole('search').getByRole('searchbox');
    await box.fill('qwen3 32b');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=qwen3\+32b/);
    const models = page.getByTestId('found-model');
    await expect(models.getByRole('listitem').first()).toContainText('Qwen3-32B');
    await expect(models.getByRole('listitem').first()).toContainText('32B total · Alibaba');
    await models.getByRole('link', { name: 'Qwen3-32B', exact: true }).click();
    await expect(page).toHaveURL(/\/models\/qwen3-32b$/);
    await context.close();
  }
});

test('"/" puts the cursor in the search box; a typed "/" in a field stays there', async ({ page }) => {
  await page.goto('/thinking');
  // As a reader would: press "/" again until the page has come alive (on a busy machine the
  // key can arrive before React has attached its listener).
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(page.locator('#site-search')).toBeFocused({ timeout: 500 });
  }).toPass();
  await expect(page.locator('#site-search')).toHaveValue('');
  await page.keyboard.type('arenahard');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('found-benchmark').getByRole('link').first()).toHaveText('Arena-Hard');
  // The results page has no box of its own: the header's shows what was asked.
  const field = page.getByRole('search').getByRole('searchbox');
  await expect(field).toHaveValue('arenahard');
  await field.fill('a/b');
  await expect(field).toHaveValue('a/b');
});

test('search results are grouped by kind, best match first', async ({ page }) => {
  await page.goto('/search?q=deepseek+r1');
  await expect(page.getByTestId('found-model').getByRole('link').first()).toHaveText('DeepSeek-R1');
  await page.goto('/search?q=AIME+25');
  await expect(page.getByTestId('found-benchmark').getByRole('link').first()).toHaveText("AIME'25");
  await page.goto('/search?q=zzqqxx');
  await expect(page.getByText('Nothing matches “zzqqxx”')).toBeVisible();
});
