import { expect, test } from '@playwright/test';

const PAGES = [
  ['Benchmarks', 'Benchmarks'],
  ['Models', 'Models'],
  ['Thinking budget', 'What thinking buys'],
  ['Compare', 'Compare models'],
  ['Multilingual', 'Multilingual'],
  ['Long context', 'Long context'],
  ['Efficiency', 'Efficiency'],
  ['Overview', 'How good is Qwen3, and what does thinking buy?'],
] as const;

test('every page is reachable from the navigation and shows its heading', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [link, heading] of PAGES) {
    await nav.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole('link', { name: link, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('the overview counts the loaded data and shows the blog tables as published', async ({ page }) => {
  await page.goto('/');
  const stats = page.getByRole('list', { name: 'Loaded data' });
  // The two bundled packs: the Qwen3 launch (3,489) and the Qwen3-2507 cards with independent runs (1,240).
  await expect(stats).toContainText('4,729');
  await expect(stats).toContainText('15 sources');
  const flagship = page.getByTestId('matrix-flagship');
  const r1 = flagship.getByRole('row', { name: /^DeepSeek-R1/ });
  // The flagship table's ArenaHard column: the blog's 93.2 (the report's 92.3 is another source).
  await expect(r1).toContainText('93.2');
  await expect(flagship.getByRole('row', { name: /Qwen3-235B-A22B \(thinking\)/ })).toContainText('95.6');
  // Every benchmark of the table at once: a row of the dot plot each.
  await expect(page.getByTestId('dots-flagship').locator('.dot-row:not(.dot-head)')).toHaveCount(9);
});

test('an unknown benchmark or model is a 404 page, not an error', async ({ page }) => {
  for (const url of ['/benchmarks/no-such-benchmark', '/models/no-such-model']) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
  }
});
