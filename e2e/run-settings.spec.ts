import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// A researcher's own lm-evaluation-harness run of Qwen3-8B (the project's fixture file), loaded
// with the seed script while the server runs, sits on the model's page beside Qwen's published
// numbers, settings side by side: what the run states, and "not stated by this source".
const RUN = path.join(process.cwd(), 'tests/fixtures/results/qwen3-8b-ifeval-gpqa-run.json');

test('an imported lm-eval run shows beside the published numbers with its settings', async ({ page }) => {
  await page.goto('/models/qwen3-8b');
  await expect(page.getByTestId('run-settings')).toHaveCount(0);

  const output = execFileSync('npx', ['tsx', 'scripts/seed.ts', RUN, '--org', 'E2E Evaluator'], {
    env: { ...process.env, DATABASE_PATH: 'data/e2e/benchboard.db' },
    encoding: 'utf8',
  });
  expect(output).toContain('✓ Loaded');

  await page.reload();
  const section = page.getByRole('region', { name: 'Runs beside the published numbers' });
  await expect(section).toBeVisible();
  const ifeval = section.getByTestId('run-settings-ifeval');
  // The published number (the technical report's non-thinking table) and the run's.
  await expect(ifeval.getByRole('row', { name: /^Score/ })).toContainText('83.0');
  await expect(ifeval.getByRole('row', { name: /^Score/ })).toContainText('81.15');
  await expect(ifeval.getByRole('row', { name: /^Mode/ })).toContainText('non-thinking');
  // Settings side by side: the run states them, the report does not.
  const shots = ifeval.getByRole('row', { name: /^n-shot/ });
  await expect(shots).toContainText('not stated by this source');
  await expect(shots).toContainText('0-shot');
  await expect(ifeval.getByRole('row', { name: /^harness/ })).toContainText('lm-evaluation-harness 0.4.9');
  await expect(ifeval.getByTestId('run-differences').first()).toContainText(
    'n-shot: 0-shot vs not stated by this source',
  );
  await expect(section.getByTestId('run-settings-gpqa-diamond')).toContainText('37.37');

  // The run is independent of Qwen, and in the model's own table too.
  await expect(ifeval.getByRole('row', { name: /^Source/ })).toContainText('E2E Evaluator');
  await page.goto('/models/qwen3-8b?category=alignment#cat-alignment');
  await expect(page.getByTestId('model-table-alignment')).toContainText('81.15');

  await page.goto('/zh/models/qwen3-8b');
  await expect(page.getByTestId('run-settings-ifeval')).toContainText('此来源未说明');
});
