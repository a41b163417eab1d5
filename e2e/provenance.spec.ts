import { expect, test } from '@playwright/test';
import { chartWords } from './chart-file';

// Issue 9, items 4-7, as a reader meets them: sampling intervals, who reported a number, when a
// benchmark's items were made against the model's release, and what changed (page and feed).

test("AIME'24 has 30 items, and 85.7 over them shows its interval 69.2–94.1, said to be computed here", async ({
  page,
}) => {
  await page.goto('/benchmarks/aime-24');
  await expect(page.getByTestId('benchmark-facts')).toContainText('Test items30');
  const panel = page.getByTestId('benchmark-panel');
  await expect(panel).toContainText(
    'In brackets: the 95% interval of each score from the n = 30 questions alone (Wilson score interval), computed here, not published; not run-to-run variance.',
  );
  const row = panel
    .getByTestId('score-table')
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Qwen3-235B-A22B', exact: true }) })
    .filter({ has: page.getByRole('link', { name: /Table 11/ }) });
  await expect(row.locator('td.num')).toHaveText('85.7 (69.2–94.1)');
  // A fact, not a verdict: when the items were public (once, for every row), when the model came out.
  await expect(panel.getByTestId('score-table').locator('caption')).toContainText('Test items public since 2024-02');
  await expect(row).toContainText('2025-04-29');
  // Models whose interval overlaps the best one's are marked, and the mark says what it is.
  await expect(panel).toContainText(/Shaded rows: not separable from the best score \(\d+\.\d, [\d.]+–[\d.]+\)/);
  expect(await panel.locator('tr.tied').count()).toBeGreaterThan(3);
  // The chart draws the whiskers and says what they are.
  expect(await chartWords(page.getByTestId('bar-chart'))).toContain(
    'Whiskers: 95% interval from the n = 30 questions alone; not run-to-run variance. Computed here (Wilson).',
  );
});

test('an Elo rating has no interval, and the page says why', async ({ page }) => {
  await page.goto('/benchmarks/codeforces');
  const panel = page.getByTestId('benchmark-panel');
  await expect(panel).toContainText('unit: elo');
  await expect(panel).toContainText('No sampling interval: an Elo rating, not a share of items.');
  await expect(panel.locator('.ci')).toHaveCount(0);
  const scores = await panel.getByTestId('score-table').locator('tbody td.num').allInnerTexts();
  expect(scores.length).toBeGreaterThan(10);
  for (const s of scores) expect(s).not.toContain('(');
  expect(await chartWords(page.getByTestId('bar-chart'))).not.toContain('Whiskers');
});

test('the reporter filter keeps self-reported or independent numbers, each independent one marked', async ({
  page,
}) => {
  await page.goto('/benchmarks/arena-hard');
  const table = page.getByTestId('score-table');
  await page.getByTestId('filters').locator('summary').click();
  await page.getByLabel('Reported by', { exact: true }).selectOption('independent');
  await expect(page).toHaveURL(/reporter=independent/);
  await expect(table.getByRole('link', { name: 'Qwen3-235B-A22B', exact: true })).toHaveCount(0);
  const rows = table.locator('tbody tr');
  // Every number (a disputed cell has two) carries the mark.
  const n = await table.locator('tbody td.num > div').count();
  expect(n).toBeGreaterThan(5);
  await expect(table.locator('tbody .ind')).toHaveCount(n);
  // The reporter is named (once, for every row): Qwen's tables report the baselines.
  await expect(rows.first().locator('.ind')).toBeVisible();
  await expect(table.locator('caption')).toContainText('reported by Qwen Team (Alibaba)');
  await page.getByLabel('Reported by', { exact: true }).selectOption('self');
  await expect(page).toHaveURL(/reporter=self/);
  await expect(table.getByRole('link', { name: 'Qwen3-235B-A22B', exact: true }).first()).toBeVisible();
  await expect(table.locator('tbody .ind')).toHaveCount(0);
});

test("a model page puts its maker's numbers beside independent ones, each with version and metric", async ({
  page,
}) => {
  await page.goto('/models/qwen3-235b-a22b');
  const sides = page.getByTestId('reporter-sides');
  await expect(sides).toContainText('different versions or metrics are different measurements, not a disagreement');
  const livebench = sides.getByRole('row').filter({ has: page.getByRole('link', { name: 'LiveBench' }) });
  const [self, independent] = [livebench.locator('td').nth(1), livebench.locator('td').nth(2)];
  await expect(self).toContainText('2024-11-25 · score: 77.1 (thinking)');
  await expect(independent).toContainText('2025-04-25 · Global Average');
  await expect(independent).toContainText('LiveBench');
  // In the category tables, the AIME'24 line says when its items were public; the model's release,
  // the same on every line, is said once under the table.
  const math = page.getByTestId('model-table-math');
  await expect(math.getByRole('row').filter({ hasText: '(69.2–94.1)' })).toContainText('items public since 2024-02');
  await expect(math.locator('tfoot')).toContainText('before the model came out (2025-04-29)');
});

test('the time-window filter keeps only benchmarks whose items postdate the model', async ({ page }) => {
  await page.goto('/benchmarks/aime-25');
  const table = page.getByTestId('score-table');
  await expect(table.getByRole('link', { name: 'Qwen3-235B-A22B', exact: true }).first()).toBeVisible();
  await page.getByTestId('filters').locator('summary').click();
  await page.getByLabel('Test items', { exact: true }).selectOption('after-release');
  await expect(page).toHaveURL(/window=after-release/);
  // AIME'25's items are of 2025-02: DeepSeek-R1 (2025-01-20) stays, Qwen3 (2025-04-29) goes.
  await expect(table.getByRole('link', { name: 'DeepSeek-R1', exact: true })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Qwen3-235B-A22B', exact: true })).toHaveCount(0);
  await expect(table).not.toContainText('items public since');
});

test('what changed: every load newest first, its counts and the models it added; the Atom feed has one entry each', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What changed' }).click();
  await expect(page).toHaveURL(/\/changes$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
  const loads = page.getByTestId('load');
  await expect(loads).toHaveCount(2);
  await expect(loads.nth(0).getByRole('heading', { level: 2 })).toContainText('Version 2');
  await expect(loads.nth(0)).toContainText('db/seed/qwen3-2507');
  await expect(loads.nth(0)).toContainText('1,240 result rows read: 1,240 added');
  await expect(loads.nth(1)).toContainText('Qwen3 Technical Report');
  await expect(loads.nth(1)).toContainText('3,368 added');
  await loads.nth(0).getByRole('link', { name: 'Qwen3-235B-A22B-Thinking-2507', exact: true }).click();
  await expect(page).toHaveURL(/\/models\/qwen3-235b-a22b-thinking-2507$/);

  const response = await page.request.get('/changes.atom');
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  // Parsed by the browser's XML parser: well-formed, Atom, one entry per load.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      entries: [...doc.getElementsByTagNameNS(atom, 'entry')].map(
        (e) => e.getElementsByTagNameNS(atom, 'id')[0]?.textContent,
      ),
    };
  }, xml);
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(parsed.entries).toHaveLength(2);
  expect(parsed.entries[0]).toMatch(/\/changes#load-2$/);
});

test('every page and every download says the data version and its date', async ({ page }) => {
  await page.goto('/benchmarks/aime-24');
  await expect(page.locator('footer.site')).toContainText(/data as of \d{4}-\d{2}-\d{2}, version 2/);
  const date = (await page.locator('footer.site').innerText()).match(/data as of (\d{4}-\d{2}-\d{2})/)![1];
  const download = page.waitForEvent('download');
  await page.getByTestId('benchmark-panel').getByRole('link', { name: 'Download CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(new RegExp(`^benchboard-aime-24-.*-data-${date}-v2\\.csv$`));
});
