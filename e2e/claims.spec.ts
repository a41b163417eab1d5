import { expect, test } from '@playwright/test';
import { chartSvg, chartWords } from './chart-file';

// Checking a claim (issue 20, item 1) as a reader does: from a benchmark page (two of its
// models), from the compare page and from a model page, to the claim's page with its verdict,
// its card and its citation; and the record over time (item 2) from a model's page.

test("a benchmark page's two models make a claim: AIME'24's example reads not separable, with the interval", async ({
  page,
}) => {
  await page.goto('/benchmarks/aime-24?mode=thinking');
  const picker = page.getByTestId('claim-picker');
  await picker.getByLabel('Model A').selectOption({ label: 'Qwen3-235B-A22B' });
  await picker.getByLabel('Model B').selectOption({ label: 'OpenAI-o1' });
  await picker.getByRole('button', { name: 'Check' }).click();
  await expect(page).toHaveURL(/\/claims\?a=qwen3-235b-a22b&b=openai-o1&benchmark=aime-24/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Does Qwen3-235B-A22B beat OpenAI-o1 on AIME'24?");
  await expect(page.getByTestId('claim-verdict')).toHaveText('Not separable');
  await expect(page.getByTestId('claim-sentence')).toContainText(
    'a difference of +11.4 points, with a 95% interval of −9.2 to +31.0 points, on the same 30 questions',
  );
  const numbers = page.getByTestId('claim-numbers');
  await expect(numbers.getByRole('row', { name: /OpenAI-o1/ })).toContainText('74.3 (56.6–86.5)');
  await expect(numbers.getByRole('row', { name: /OpenAI-o1/ })).toContainText('Qwen Team (Alibaba) (independent)');
  await expect(numbers.getByRole('link', { name: 'Qwen3 Technical Report, Table 11, p. 14' }).first()).toHaveAttribute(
    'href',
    'https://arxiv.org/pdf/2505.09388v1#page=14',
  );
  await expect(page.getByText(/ignores that pairing: it is conservative/)).toBeVisible();
  // The card: a chart file with the same verdict and its citations inside.
  const card = await chartWords(page.getByTestId('claim-card'));
  expect(card).toContain('Not separable');
  expect(card).toContain('+11.4 (−9.2 to +31.0)');
  expect(card).toMatch(/Sources: Qwen3 Technical Report, Table 11/);
  // Cite this claim: the address as of the data version shown.
  const cite = page.getByTestId('cite-view');
  await cite.getByText('Cite this claim').click();
  await expect(cite).toContainText(
    // (the picker kept the page's mode and metric in the claim's address)
    /\/claims\?a=qwen3-235b-a22b&b=openai-o1&benchmark=aime-24&\S*asOf=(\d+) \(data version \1 /,
  );
});

test('a claim across two metrics reads not comparable and names them, with no difference', async ({ page }) => {
  await page.goto('/claims?a=qwen3-235b-a22b-thinking-2507&b=openai-o1&benchmark=aime-25');
  await expect(page.getByTestId('claim-verdict')).toHaveText('Not comparable');
  await expect(page.getByTestId('claim-sentence')).toContainText(
    'metric score (metric not specified in source) vs accuracy (average of 64 samples per question',
  );
  await expect(page.getByTestId('claim-sentence')).not.toContainText('interval');
  expect(await chartWords(page.getByTestId('claim-card'))).toContain('Not comparable');
});

test('the compare page and a model page lead to claims; a model page leads to its launch in the record', async ({
  page,
}) => {
  await page.goto('/compare?models=qwen3-235b-a22b,deepseek-r1');
  await page.getByTestId('claim-links').getByRole('link', { name: "AIME'24" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Does Qwen3-235B-A22B beat DeepSeek-R1 on AIME'24?");
  await expect(page.getByTestId('claim-verdict')).toHaveText('Not separable');

  await page.goto('/models/qwen3-32b');
  const form = page.getByTestId('model-claim');
  await form.getByLabel('Model B').selectOption({ label: 'OpenAI-o1' });
  await form.getByLabel('Benchmark').selectOption({ label: "AIME'25" });
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Does Qwen3-32B beat OpenAI-o1 on AIME'25?");

  await page.goto('/models/qwen3-32b');
  await page.getByTestId('model-records').getByRole('link', { name: "AIME'24" }).click();
  const record = page.getByTestId('record-section');
  await expect(record.getByTestId('record-readout').first()).toContainText(
    'Open weights reached the closed record of 83.9',
  );
  const svg = await chartSvg(record.getByTestId('record-chart'));
  expect(svg).toContain('Qwen3-32B released 2025-04-29');
});

test('在中文页面上核查一个说法', async ({ page }) => {
  await page.goto('/zh/claims?a=qwen3-235b-a22b&b=openai-o1&benchmark=aime-24');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Qwen3-235B-A22B 在 AIME'24 上胜过 OpenAI-o1 吗？");
  await expect(page.getByTestId('claim-verdict')).toHaveText('无法区分');
  expect(await chartWords(page.getByTestId('claim-card'))).toContain('无法区分');
});

test('a claim reads models as a reader types them, and offers the model meant for a slip', async ({ page }) => {
  await page.goto('/claims?a=Qwen3 235B A22B&b=openai o1&benchmark=aime-24');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Does Qwen3-235B-A22B beat OpenAI-o1 on AIME'24?");
  await expect(page.getByTestId('claim-verdict')).toHaveText('Not separable');

  await page.goto('/claims?a=qwen3-235b-a22&b=openai-o1&benchmark=aime-24');
  await expect(page.getByRole('note').first()).toHaveText('“qwen3-235b-a22” is not a known model.');
  await page.getByRole('note').getByRole('link', { name: 'Qwen3-235B-A22B' }).click();
  await expect(page).toHaveURL(/\/claims\?a=qwen3-235b-a22b&b=openai-o1&benchmark=aime-24$/);
  await expect(page.getByTestId('claim-verdict')).toHaveText('Not separable');
});
