import { expect, test } from '@playwright/test';
import { chartSvg, chartWords } from './chart-file';

test('ArenaHard shows 95.6 for Qwen3-235B-A22B and both disputed values for DeepSeek-R1', async ({ page }) => {
  await page.goto('/benchmarks/arena-hard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arena-Hard');
  const table = page.getByTestId('score-table');
  const qwen = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Qwen3-235B-A22B', exact: true }) });
  await expect(qwen.filter({ has: page.getByText(/^thinking( ·|$)/) })).toContainText('95.6');
  const r1 = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'DeepSeek-R1', exact: true }) });
  await expect(r1).toHaveCount(1);
  await expect(r1).toContainText('93.2');
  await expect(r1).toContainText('92.3');
  // Each value cites its table: the short link is named in full for a screen reader.
  await expect(r1.getByRole('link', { name: /Table 11/ })).toHaveCount(1);
  await expect(r1.getByRole('link', { name: /flagship comparison/ })).toHaveCount(1);
  await expect(page.getByRole('note').filter({ hasText: 'Sources disagree on one cell' })).toBeVisible();
  // The chart draws both disputed values, marked.
  const chart = await chartWords(page.getByTestId('bar-chart'));
  expect(chart).toContain('93.2 ≠');
  expect(chart).toContain('92.3 ≠');
});

test('changing a filter updates the URL, the chart and the table; back restores the view', async ({ page }) => {
  await page.goto('/benchmarks/arena-hard');
  const rows = page.getByTestId('score-table').locator('tbody tr');
  const before = await rows.count();
  // The filters are folded under one line that counts the ones set.
  const filters = page.getByTestId('filters');
  await expect(filters.locator('summary')).toHaveText('Filters');
  await filters.locator('summary').click();
  await page.getByLabel('Mode', { exact: true }).selectOption('non-thinking');
  await expect(page).toHaveURL(/mode=non-thinking/);
  await expect.poll(() => rows.count()).toBeLessThan(before);
  // Non-thinking keeps the mode-less baselines beside it, and drops thinking rows.
  await expect(page.getByTestId('score-table').getByText(/^thinking( ·|$)/)).toHaveCount(0);
  await expect(page.getByTestId('score-table').getByRole('link', { name: 'DeepSeek-R1', exact: true })).toBeVisible();
  await expect(filters.locator('summary')).toHaveText('Filters (1 set)');
  const filtered = await rows.count();
  const url = page.url();

  await page.getByLabel('Source', { exact: true }).selectOption('qwen3-blog');
  await expect(page).toHaveURL(/source=qwen3-blog/);
  await expect.poll(() => rows.count()).toBeLessThan(filtered);

  await page.goBack();
  await expect(page).toHaveURL(url);
  await expect.poll(() => rows.count()).toBe(filtered);

  // A copied link restores the same view.
  const copy = await page.context().newPage();
  await copy.goto(url);
  await expect(copy.getByLabel('Mode', { exact: true })).toHaveValue('non-thinking');
  await expect(copy.getByTestId('score-table').locator('tbody tr')).toHaveCount(filtered);
});

test('CodeForces Elo and percentile never share an axis: the version chips separate them', async ({ page }) => {
  await page.goto('/benchmarks/codeforces');
  await expect(page.getByTestId('benchmark-panel')).toContainText('unit: elo');
  expect(await chartWords(page.getByTestId('bar-chart'))).toContain('CodeForces rating (Elo)');
  await page
    .getByRole('navigation', { name: 'Version, subset and metric' })
    .getByRole('link', { name: /percentile/ })
    .first()
    .click();
  await expect(page.getByTestId('benchmark-panel')).toContainText('unit: percent');
  expect(await chartWords(page.getByTestId('bar-chart'))).toContain('Score (%)');
});

test('the table sorts by model name through a link', async ({ page }) => {
  await page.goto('/benchmarks/aime-24');
  await page.getByRole('columnheader', { name: 'Model' }).getByRole('link').click();
  await expect(page).toHaveURL(/sort=model/);
  const names = await page.getByTestId('score-table').locator('tbody tr td:nth-child(2) > a').allTextContents();
  expect(names.length).toBeGreaterThan(5);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
});

test('a long bar chart draws the best 15 and shows all of them on request, filters kept', async ({ page }) => {
  await page.goto('/benchmarks/arena-hard?mode=thinking');
  const bars = async () =>
    (await chartSvg(page.getByTestId('bar-chart'))).match(/class="recharts-layer recharts-bar-rectangle"/g)?.length ??
    0;
  expect(await bars()).toBe(15);
  const showAll = page.getByTestId('show-all').getByRole('link');
  await expect(showAll).toHaveText(/^Show all (\d+)$/);
  const total = Number((await showAll.textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThan(15);
  await showAll.click();
  await expect(page).toHaveURL(/mode=thinking.*top=all/);
  expect(await bars()).toBe(total);
  // Every value of the table is a bar now (a disputed cell's two values are two bars).
  const values = await page.getByTestId('score-table').locator('tbody td.num > div').count();
  expect(total).toBe(values);
  await page.getByTestId('show-all').getByRole('link', { name: 'Show only the best 15' }).click();
  await expect(page).not.toHaveURL(/top=/);
  expect(await bars()).toBe(15);
});
