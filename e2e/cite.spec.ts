import { expect, test } from '@playwright/test';

// "Cite this view": the view's address with its data version and date, and the citations of the
// sources whose numbers it shows, as plain text and BibTeX.

test('a benchmark view cites itself, at the address it was reached at, and the sources of its numbers', async ({
  page,
  baseURL,
}) => {
  await page.goto('/benchmarks/arena-hard?mode=thinking');
  const cite = page.getByTestId('cite-view');
  await cite.getByText('Cite this view').click();
  await expect(cite).toContainText(
    new RegExp(
      `Benchboard\\. Arena-Hard\\. ${baseURL!.replace(/[.]/g, '\\.')}/benchmarks/arena-hard\\?mode=thinking&asOf=(\\d+) \\(data version \\1 of \\d{4}-\\d{2}-\\d{2}\\)\\.`,
    ),
  );
  await expect(cite).toContainText(
    'Qwen Team (Alibaba). Qwen3 Technical Report. Technical report, 2025-05-14. arXiv:2505.09388v1. https://arxiv.org/abs/2505.09388',
  );
  await expect(cite).toContainText('@techreport{qwen3-tech-report,');
  await expect(cite).toContainText('eprint = {2505.09388v1}');
  await expect(cite).toContainText('@misc{qwen3-blog,');
});
