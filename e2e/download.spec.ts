import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';

const HEADER =
  'source_id,table,model,model_kind,mode,thinking_budget_tokens,benchmark,benchmark_version,metric,score,unit,verified_by,notes';

async function download(page: Page, link: ReturnType<Page['getByRole']>) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const text = fs.readFileSync((await file.path())!, 'utf8');
  return {
    name: file.suggestedFilename(),
    text,
    rows: parse(text, { columns: true, bom: true }) as Record<string, string>[],
  };
}

/** Every value in the score table: a disputed cell gives one row per value. */
async function tableValues(page: Page): Promise<string[]> {
  const cells = await page.getByTestId('score-table').locator('tbody td.num').allInnerTexts();
  return cells
    .flatMap((c) =>
      c
        .split('\n')
        // A line is "ind. 92.0 ≠ (76.9–97.5)" at most: the score alone, as the CSV writes it.
        .map((v) =>
          v
            .replace(/^ind\.\s*/, '')
            .replace(/\(.*\)/, '')
            .replace('≠', '')
            .trim(),
        )
        .filter(Boolean),
    )
    .sort();
}

test('the CSV of a filtered benchmark view has exactly the rows of its table', async ({ page }) => {
  await page.goto('/benchmarks/arena-hard?mode=thinking');
  const panel = page.getByTestId('benchmark-panel');
  const csv = await download(page, panel.getByRole('link', { name: 'Download CSV' }));
  expect(csv.text.split(/\r?\n/)[0]!.startsWith(HEADER)).toBe(true);
  expect(csv.name).toMatch(/^benchboard-.*arena-hard.*\.csv$/);
  // A cell printed by two tables with the same score is one table row but two CSV rows: compare values.
  const distinct = [...new Set(csv.rows.map((r) => `${r.model}|${r.mode}|${r.score}`))];
  expect(distinct.length).toBeGreaterThan(10);
  const fromCsv = csv.rows.map((r) => r.score);
  const fromTable = await tableValues(page);
  expect([...new Set(fromCsv)].sort()).toEqual([...new Set(fromTable)].sort());
  expect(csv.rows.every((r) => r.mode === 'thinking' || r.mode === 'n/a')).toBe(true);
  expect(
    csv.rows
      .filter((r) => r.model === 'DeepSeek-R1' || r.model === 'Deepseek-R1')
      .map((r) => r.score)
      .sort(),
  ).toEqual(['92.3', '93.2']);
});

test('a chart download on the thinking page keeps the printed decimals', async ({ page }) => {
  await page.goto('/thinking');
  const aime = page.getByTestId('budget-panel').filter({ has: page.getByRole('heading', { name: /^AIME'24/ }) });
  const csv = await download(page, aime.getByRole('link', { name: 'Download CSV' }));
  const at8k = csv.rows.find((r) => r.thinking_budget_tokens === '8192');
  expect(at8k?.score).toBe('72.50');
  expect(csv.rows).toHaveLength(7);
});
