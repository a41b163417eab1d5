import { expect, test } from '@playwright/test';
import { chartSvg } from './chart-file';

test('a model page shows its facts and thinking next to non-thinking with the difference', async ({ page }) => {
  await page.goto('/models/qwen3-235b-a22b');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qwen3-235B-A22B');
  await expect(page.locator('dl.facts')).toContainText('235B total');
  await expect(page.locator('dl.facts')).toContainText('22B active');
  await expect(page.locator('dl.facts')).toContainText('mixture of experts');
  const math = page.getByTestId('model-table-math');
  const aime = math
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: "AIME'24", exact: true }) })
    .filter({ has: page.getByRole('link', { name: /Table 11/ }) });
  await expect(aime).toContainText('85.7');
  await expect(aime).toContainText('40.1');
  await expect(aime).toContainText('+45.6');
});

test('a model printed under many names lists three and the rest on demand', async ({ page }) => {
  await page.goto('/models/qwen3-235b-a22b');
  const aliases = page
    .locator('dl.facts dd')
    .filter({ has: page.locator('details') })
    .first();
  const summary = aliases.locator('summary');
  await expect(summary).toHaveText(/^[^,]+, [^,]+, [^,]+ and 10 more$/);
  const rest = aliases.locator('details');
  await expect(rest).not.toHaveAttribute('open');
  await summary.click();
  await expect(rest).toHaveAttribute('open');
  // The last of the 13 names is there once opened: none is lost.
  await expect(rest).toContainText(
    'Qwen3-235B-A22B whole with llama.cpp, Q5_K_M (unsloth), recommended /no_think settings',
  );
});

test('multilingual: model by language, switching benchmark and mode through the URL', async ({ page }) => {
  await page.goto('/multilingual');
  const matrix = page.getByTestId('language-matrix');
  await expect(matrix.getByRole('columnheader', { name: /es \(Spanish\)/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Benchmark' }).getByRole('link', { name: 'PolyMath' }).click();
  await expect(page).toHaveURL(/benchmark=polymath/);
  await expect(page.getByTestId('multilingual-panel').getByRole('heading', { level: 2 })).toContainText('PolyMath');
  await page
    .getByRole('navigation', { name: 'Mode' })
    .getByRole('link', { name: /Non-thinking/ })
    .click();
  await expect(page).toHaveURL(/mode=non-thinking/);
  await expect(matrix.getByRole('row', { name: /Qwen3-235B-A22B \(non-thinking\)/ })).toBeVisible();
});

test('long context: RULER by context length, every line drawn, a few highlighted and the reader picks others', async ({
  page,
}) => {
  await page.goto('/long-context');
  const matrix = page.getByTestId('context-matrix');
  const headers = await matrix.getByRole('columnheader').allTextContents();
  expect(headers.slice(1, 7)).toEqual(['4K', '8K', '16K', '32K', '64K', '128K']);
  const lines = (svg: string) => ({
    all: svg.match(/class="recharts-layer recharts-line( context-line)?"/g)?.length ?? 0,
    highlighted: [...svg.matchAll(/<title>([^<]+)<\/title>/g)].map((m) => m[1]),
  });
  // Every model and mode of Table 23 is a line; by default Qwen3-235B-A22B's two modes, the best
  // Qwen2.5 and the lines the finding names are in colour, the rest grey.
  const before = lines(await chartSvg(page.getByTestId('series-chart')));
  expect(before.all).toBeGreaterThan(10);
  expect(before.highlighted).toEqual(expect.arrayContaining(['Qwen3-235B-A22B (think)', 'Qwen3-235B-A22B (no think)']));
  expect(before.highlighted.length).toBeLessThanOrEqual(4);
  // The model the finding says falls the most is one of them, not a grey line to hunt for.
  const worst = /and (.+?) falls the most/.exec(await page.getByTestId('finding').innerText())?.[1];
  expect(worst).toBe('Qwen2.5-7B-Instruct');
  expect(before.highlighted).toContain(worst);
  // A chip adds a model's lines to the highlighted ones; the address keeps the choice.
  const picker = page.getByTestId('highlight-picker');
  await picker.getByRole('link', { name: 'Qwen3-4B', exact: true }).click();
  await expect(page).toHaveURL(/models=qwen3-235b-a22b(,[a-z0-9.-]+)+,qwen3-4b$/);
  const after = lines(await chartSvg(page.getByTestId('series-chart')));
  expect(after.all).toBe(before.all);
  expect(after.highlighted).toEqual(expect.arrayContaining([...before.highlighted, 'Qwen3-4B (think)']));
  await expect(picker.getByRole('link', { name: 'Qwen3-4B (highlighted)' })).toBeVisible();
});

test('efficiency: score against active parameters with dense and MoE marked', async ({ page }) => {
  await page.goto('/efficiency');
  const svg = await chartSvg(page.getByTestId('efficiency-chart'));
  expect(svg).toContain('class="halo dense"');
  expect(svg).toContain('class="halo moe"');
  await page.getByLabel('Benchmark', { exact: true }).selectOption('livecodebench');
  await expect(page).toHaveURL(/benchmark=livecodebench/);
  await expect(page.getByTestId('efficiency-panel').getByRole('heading', { level: 2 })).toContainText('LiveCodeBench');
});

test('numbers are in the server HTML, and the chart does not shift the page when it arrives', async ({ browser }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto('/benchmarks/arena-hard');
  await expect(page.getByTestId('score-table')).toContainText('95.6');
  const box = await page.getByTestId('bar-chart').boundingBox();
  const tableTop = (await page.getByTestId('score-table').boundingBox())!.y;
  await noJs.close();

  const js = await browser.newContext();
  const live = await js.newPage();
  await live.goto('/benchmarks/arena-hard', { waitUntil: 'networkidle' });
  const after = await live.getByTestId('bar-chart').boundingBox();
  expect(after!.height).toBe(box!.height);
  expect((await live.getByTestId('score-table').boundingBox())!.y).toBe(tableTop);
  await js.close();
});

test('at phone width nothing scrolls the page sideways, in English or Chinese', async ({ browser }) => {
  test.setTimeout(240_000); // eighteen pages, each until its chart files have arrived
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const views = [
    '/',
    '/benchmarks/arena-hard',
    '/benchmarks/codeforces',
    '/models/qwen3-235b-a22b',
    '/thinking',
    '/multilingual',
    '/long-context',
    '/efficiency',
    '/compare?models=qwen3-32b,openai-o1',
  ];
  for (const url of [...views, ...views.map((v) => (v === '/' ? '/zh' : `/zh${v}`))]) {
    await page.goto(url, { waitUntil: 'networkidle' });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, url).toBeLessThanOrEqual(390);
  }
  await context.close();
});
