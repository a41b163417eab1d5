import { expect, test } from '@playwright/test';
import { chartSvg, chartWords, svgWords } from './chart-file';

test('the thinking page plots six budget points per benchmark with the non-thinking line', async ({ page }) => {
  await page.goto('/thinking');
  const panels = page.getByTestId('budget-panel');
  await expect(panels).toHaveCount(4);
  for (const name of ["AIME'24", "AIME'25", 'LiveCodeBench', 'GPQA-Diamond']) {
    const panel = panels.filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}`) }) });
    const svg = await chartSvg(panel.getByTestId('budget-chart'));
    expect(svg.match(/class="recharts-dot recharts-line-dot"/g)).toHaveLength(6);
    expect(svgWords(svg)).toContain('non-thinking');
    const rows = panel.getByTestId('budget-table').locator('tbody tr');
    await expect(rows).toHaveCount(7); // six budgets and the non-thinking reference
  }
  const aime = panels.filter({ has: page.getByRole('heading', { name: /^AIME'24/ }) });
  await expect(aime.getByTestId('budget-table').getByRole('row', { name: /^8K/ })).toContainText('72.50');
  await expect(aime.getByTestId('budget-table').getByRole('row', { name: /non-thinking/ })).toContainText('40.1');
  // The notice says why the 32K point differs from Table 11.
  await expect(aime.getByRole('note')).toContainText('85.7');
});

test('the gain chart follows the chosen benchmark', async ({ page }) => {
  await page.goto('/thinking');
  const gain = page.getByTestId('gain-panel');
  await expect(gain.getByRole('heading')).toContainText("AIME'24");
  // Qwen3-235B-A22B: 85.7 thinking - 40.1 non-thinking (Tables 11 and 12).
  expect(await chartWords(gain.getByTestId('gain-chart'))).toContain('+45.6');
  await page
    .getByRole('list', { name: 'Benchmark for the gain chart' })
    .getByRole('link', { name: 'Arena-Hard' })
    .click();
  await expect(page).toHaveURL(/benchmark=arena-hard/);
  await expect(gain.getByRole('heading')).toContainText('Arena-Hard');
});
