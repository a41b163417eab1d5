import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// A user's pack, loaded by the seed script while the server runs, shows on the next request.
test('results added with the seed script appear without a rebuild or restart', async ({ page }) => {
  await page.goto('/benchmarks');
  await expect(page.getByRole('link', { name: 'E2E Reading Test' })).toHaveCount(0);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchboard-e2e-pack-'));
  fs.writeFileSync(
    path.join(dir, 'sources.csv'),
    'source_id,title,url,publisher,published_at,kind\ne2e-card,E2E model card,https://example.org/card,E2E Lab,2025-06-01,model-card\n',
  );
  fs.writeFileSync(
    path.join(dir, 'benchmarks.csv'),
    'benchmark,alias_of,category,unit,higher_is_better,description,url\nE2E Reading Test,,knowledge,percent,yes,A benchmark made for this test,\n',
  );
  fs.writeFileSync(
    path.join(dir, 'results.csv'),
    'source_id,table,model,model_kind,mode,thinking_budget_tokens,benchmark,benchmark_version,metric,score,unit,verified_by,notes\n' +
      'e2e-card,model card: Performance,Qwen3-32B,hybrid,thinking,,E2E Reading Test,,accuracy,61.25,percent,,\n',
  );
  const output = execFileSync('npx', ['tsx', 'scripts/seed.ts', dir], {
    env: { ...process.env, DATABASE_PATH: 'data/e2e/benchboard.db' },
    encoding: 'utf8',
  });
  expect(output).toContain('e2e-card');

  await page.reload();
  await page.getByRole('link', { name: 'E2E Reading Test' }).click();
  const table = page.getByTestId('score-table');
  await expect(table).toContainText('61.25');
  // Its citation, short in the row ("card E2E"), names the source and table and opens the source.
  await expect(table.getByRole('link', { name: /E2E model card, model card: Performance/ })).toHaveAttribute(
    'href',
    'https://example.org/card',
  );
});
