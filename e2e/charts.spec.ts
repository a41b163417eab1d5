import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { svgWords } from './chart-file';

// Every chart is a file of its own: the page shows its SVG and links its SVG, PNG and CSV.

async function download(page: Page, link: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return fs.readFileSync((await file.path())!);
}

/** The three files of a chart, downloaded through the figure's own links. */
async function chartFiles(page: Page, figure: Locator) {
  const files = figure.getByRole('link');
  await expect(files).toHaveText(['SVG', 'PNG', 'CSV']);
  const svg = (await download(page, files.getByText('SVG', { exact: true }))).toString('utf8');
  const png = await download(page, files.getByText('PNG', { exact: true }));
  const csv = (await download(page, files.getByText('CSV', { exact: true }))).toString('utf8');
  return { svg, png, rows: parse(csv, { columns: true, bom: true }) as Record<string, string>[] };
}

/** The score of a table cell's line: without the "ind." mark, the ≠ mark and the interval in brackets. */
const scoreOf = (line: string) =>
  line
    .replace(/^ind\.\s*/, '')
    .replace(/\(.*\)/, '')
    .replace('≠', '')
    .trim();

test('a benchmark chart downloads as SVG, PNG and CSV, each with the numbers of the table', async ({ page }) => {
  await page.goto('/benchmarks/arena-hard');
  const figure = page.getByTestId('bar-chart');
  const { svg, png, rows } = await chartFiles(page, figure);
  const table = await page.getByTestId('score-table').locator('tbody td.num').allInnerTexts();
  const tableValues = new Set(table.flatMap((c) => c.split('\n').map(scoreOf)));
  // The SVG stands alone: its title, the numbers, and where they come from.
  const words = svgWords(svg);
  expect(words).toContain('Arena-Hard');
  expect(words).toContain('95.6');
  expect(words).toContain('93.2 ≠');
  expect(words).toMatch(/Sources?: Qwen3 Technical Report, Table 11/);
  // The PNG is the same drawing at twice the size the page shows it.
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(2 * Number(await figure.locator('img').getAttribute('width')));
  // The CSV holds the rows drawn: every one of its numbers is in the table, and each bar's number is in it.
  expect(rows.length).toBeGreaterThanOrEqual(15);
  for (const r of rows) expect(tableValues, `${r.model} ${r.score}`).toContain(r.score);
  // The values written beside the bars: the best 15 (the chart file's default; top=all draws all).
  const drawn = [...svg.matchAll(/class="bar-value fg"[^>]*>([0-9.]+)/g)].map((m) => m[1]);
  expect(drawn.length).toBe(15);
  for (const value of drawn) expect(rows.map((r) => r.score)).toContain(value);
});

test('a budget chart on the thinking page downloads with the printed decimals', async ({ page }) => {
  await page.goto('/thinking');
  const panel = page.getByTestId('budget-panel').filter({ has: page.getByRole('heading', { name: /^AIME'24/ }) });
  const { svg, png, rows } = await chartFiles(page, panel.getByTestId('budget-chart'));
  const budgetTable = await panel.getByTestId('budget-table').locator('tbody td.num').allInnerTexts();
  expect(rows.map((r) => r.score).sort()).toEqual([...budgetTable].sort());
  expect(rows.find((r) => r.thinking_budget_tokens === '8192')?.score).toBe('72.50');
  expect(svgWords(svg)).toContain('72.50');
  expect(svgWords(svg)).toContain('non-thinking 40.1');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('every chart on every page shows its file and links its three files', async ({ page }) => {
  test.setTimeout(240_000); // some 40 figures, each file drawn on first request
  for (const url of [
    '/',
    '/benchmarks/arena-hard',
    '/models/qwen3-235b-a22b',
    '/thinking',
    '/compare?models=qwen3-32b,openai-o1',
    '/multilingual',
    '/long-context',
    '/efficiency',
  ]) {
    await page.goto(url);
    const figures = page.locator('figure.chart');
    const count = await figures.count();
    expect(count, url).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const img = figure.locator('img');
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0), { message: url })
        .toBe(true);
      for (const link of await figure.getByRole('link').all()) {
        const response = await page.request.head((await link.getAttribute('href'))!);
        expect(response.status(), `${url}: ${await link.getAttribute('href')}`).toBe(200);
      }
    }
  }
});

test('a chart arrives in the box the page kept for it, with and without JavaScript', async ({ browser }) => {
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/thinking');
    const img = page.getByTestId('gain-chart').locator('img');
    const before = await img.boundingBox();
    expect(before!.height).toBeGreaterThan(100);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0)).toBe(true);
    const after = await img.boundingBox();
    expect(after!.height).toBe(before!.height);
    await context.close();
  }
});

test('efficiency: "All modes" stays chosen', async ({ page }) => {
  await page.goto('/efficiency');
  await expect(page.getByLabel('Mode', { exact: true })).toHaveValue('thinking');
  await page.getByTestId('filters').locator('summary').click();
  await page.getByLabel('Mode', { exact: true }).selectOption('all');
  await expect(page).toHaveURL(/mode=all/);
  await expect(page.getByLabel('Mode', { exact: true })).toHaveValue('all');
  await expect(page.getByTestId('efficiency-panel').getByRole('heading', { level: 2 })).toContainText('all modes');
});
