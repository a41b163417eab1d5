import { expect, test } from '@playwright/test';

test('compare: add models, see their shared benchmarks side by side, remove one', async ({ page }) => {
  await page.goto('/compare');
  await expect(page.getByText('Choose at least 2 models.')).toBeVisible();
  const add = page.getByRole('list', { name: 'Models to add' });
  await add.getByRole('link', { name: 'Qwen3-235B-A22B', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Remove Qwen3-235B-A22B' })).toBeVisible();
  await add.getByRole('link', { name: 'DeepSeek-R1', exact: true }).click();
  await expect(page).toHaveURL(/models=qwen3-235b-a22b%2Cdeepseek-r1|models=qwen3-235b-a22b,deepseek-r1/);
  const matrix = page.getByTestId('compare-matrix');
  await expect(matrix.getByRole('columnheader', { name: /AIME'24/ }).first()).toBeVisible();
  await expect(matrix.getByRole('row', { name: /^DeepSeek-R1/ })).toContainText('79.8');
  await page.getByRole('link', { name: 'Remove DeepSeek-R1' }).click();
  await expect(page.getByText('Choose at least 2 models.')).toBeVisible();
});

test('compare: unknown ids are named, not an error', async ({ page }) => {
  const response = await page.goto('/compare?models=qwen3-32b,not-a-model,openai-o1');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Unknown model ids ignored: not-a-model')).toBeVisible();
  await expect(page.getByTestId('compare-matrix')).toBeVisible();
});

test('compare: a benchmark shared in two metrics gets a chip and a chart for each', async ({ page }) => {
  await page.goto('/compare?models=qwen3-235b-a22b,deepseek-r1,openai-o1');
  const chips = page.getByRole('list', { name: 'Benchmark to chart' });
  const elo = chips.getByRole('link', { name: /^CodeForces .* · Elo rating$/ });
  const percentile = chips.getByRole('link', { name: /^CodeForces .* · percentile$/ });
  await expect(elo).toBeVisible();
  await percentile.click();
  await expect(percentile).toHaveAttribute('aria-current', 'true');
  await expect(elo).not.toHaveAttribute('aria-current', 'true');
  const chart = page.getByRole('region', { name: /CodeForces/ });
  await expect(chart.getByRole('heading', { level: 3 })).toContainText('· percentile');
  await elo.click();
  await expect(elo).toHaveAttribute('aria-current', 'true');
  await expect(chart.getByRole('heading', { level: 3 })).toContainText('· Elo rating');
});
