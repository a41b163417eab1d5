import { expect, test } from '@playwright/test';

// Issue 14: every number's citation opens the page where it was printed.
test("Arena-Hard: Qwen3-235B-A22B's 95.6 opens page 14 of the report, DeepSeek-R1's 93.2 the blog", async ({
  page,
}) => {
  await page.goto('/benchmarks/arena-hard');
  const table = page.getByTestId('score-table');
  const qwen = table
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Qwen3-235B-A22B', exact: true }) })
    .filter({ has: page.getByText(/^thinking( ·|$)/) });
  await expect(qwen).toHaveCount(1);
  await expect(qwen.locator('td.num')).toHaveText('95.6');
  // A short link ("T11 p14") that a screen reader hears in full, opening the report at its page.
  const report = qwen.getByRole('link', { name: 'T11 p14: Qwen3 Technical Report, Table 11, p. 14', exact: true });
  await expect(report).toHaveAttribute('href', 'https://arxiv.org/pdf/2505.09388v1#page=14');
  await expect(report).toHaveText('T11 p14');

  const r1 = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'DeepSeek-R1', exact: true }) });
  // The disputed cell cites each value on its own line: "93.2: <blog link>", "92.3: <Table 11 link>".
  const blogLine = r1.locator('td div').filter({ hasText: /^93\.2:/ });
  const blog = blogLine.getByRole('link');
  await expect(blog).toHaveCount(1);
  await expect(blog).toHaveAttribute('href', 'https://qwenlm.github.io/blog/qwen3/');
  await expect(blog).toHaveText('blog');
  await expect(blog).toHaveAttribute('aria-label', /flagship comparison/);
  const reportLine = r1.locator('td div').filter({ hasText: /^92\.3:/ });
  await expect(reportLine.getByRole('link')).toHaveAttribute('href', 'https://arxiv.org/pdf/2505.09388v1#page=14');
});
