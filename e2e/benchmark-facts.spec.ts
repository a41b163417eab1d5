import { expect, test } from '@playwright/test';

// Issue 9, item 3: a benchmark page says what its test set is, each figure with its source.
test("AIME'24: 30 test items, made 2024-02, each with its link", async ({ page }) => {
  await page.goto('/benchmarks/aime-24');
  const facts = page.getByTestId('benchmark-facts');
  await expect(facts).toBeVisible();
  const items = facts.locator('dt', { hasText: /^Test items$/ }).locator('xpath=following-sibling::dd[1]');
  await expect(items).toContainText('30');
  await expect(items.getByRole('link')).toHaveAttribute('href', /^https:\/\//);
  const made = facts.locator('dt', { hasText: /^Items made$/ }).locator('xpath=following-sibling::dd[1]');
  await expect(made).toContainText('2024-02');
  await expect(made.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
});

test('a benchmark whose facts are not known says so', async ({ page }) => {
  await page.goto('/benchmarks/ruler');
  const facts = page.getByTestId('benchmark-facts');
  await expect(facts.locator('dd').first()).toHaveText('not known');
  await expect(facts.locator('dd').nth(1)).toContainText('not known');
  await expect(facts.locator('dd a')).toHaveCount(0);
});
