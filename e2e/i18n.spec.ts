import { expect, test, type Page } from '@playwright/test';
import { chartWords } from './chart-file';
import { englishIn, pageWords } from './messages';

// 中文 / English: every page in Chinese under /zh (its <html lang>, its alternates, its words),
// the switch between the two that keeps the view and its filters, with and without JavaScript,
// and chart files drawn in the page's language.

/**
 * Every page, and a heading a reader of its Chinese form sees (on a benchmark's page, whose
 * headings are the benchmark's published name, the first term of its facts).
 */
const PAGES: [path: string, heading: string][] = [
  ['/', 'Qwen3 表现如何，思考模式又带来了什么？'],
  ['/benchmarks', '基准测试'],
  ['/benchmarks/aime-24?mode=thinking', '测试题数'],
  ['/benchmarks/codeforces', '测试题数 (CodeElo ratings (up to 8 attempts per problem))'],
  ['/models', '模型'],
  ['/models/qwen3-235b-a22b', '自报与独立结果'],
  ['/thinking', '得分与思考预算'],
  ['/compare', '对比模型'],
  ['/compare?models=qwen3-235b-a22b,deepseek-r1,openai-o1', '模型（3）'],
  ['/multilingual', '多语言'],
  ['/long-context', '长上下文'],
  ['/efficiency', '效率'],
  ['/changes', '更新记录'],
  ['/claims?a=qwen3-235b-a22b&b=openai-o1&benchmark=aime-24', "Qwen3-235B-A22B 在 AIME'24 上胜过 OpenAI-o1 吗？"],
  ['/benchmarks/aime-24?asOf=1', '测试题数'],
  ['/search?q=qwen3+32b', '模型（5）'],
  ['/search?q=zzzz', '搜索'],
  ['/api', 'CSV 导出'],
  ['/no-such-page', '页面不存在'],
];

const zh = (path: string) => (path === '/' ? '/zh' : `/zh${path}`);

/** The text of the OpenAPI document, which the API reference shows as it is (in English). */
async function openApiText(page: Page): Promise<string> {
  return JSON.stringify(await (await page.request.get('/api/openapi.json')).json());
}

for (const [path, heading] of PAGES) {
  test(`${zh(path)} is in Chinese, with its English page as its alternate`, async ({ page }) => {
    const status = path === '/no-such-page' ? 404 : 200;
    // The English page shows the English messages this test looks for (so the check below can fail).
    expect((await page.goto(path))?.status()).toBe(status);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(englishIn(await pageWords(page)).length).toBeGreaterThan(0);

    expect((await page.goto(zh(path)))?.status()).toBe(status);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    const seen = path.startsWith('/benchmarks/')
      ? page.getByRole('term').getByText(heading, { exact: true })
      : page.getByRole('heading', { name: heading, exact: true });
    await expect(seen.first()).toBeVisible();
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link', { name: '基准测试', exact: true })).toHaveAttribute('href', '/zh/benchmarks');
    if (status === 200) {
      for (const [lang, view] of [
        ['en', path],
        ['zh-Hans', zh(path)],
        ['x-default', path],
      ]) {
        const href = await page.locator(`head link[rel="alternate"][hreflang="${lang}"]`).getAttribute('href');
        expect(sameView(href!, view!), `${lang}: ${href}`).toBe(true);
      }
    }
    // No English interface string is left (the API reference shows its OpenAPI document as written).
    const allowed = path === '/api' ? await openApiText(page) : '';
    expect(englishIn(await pageWords(page)).filter((f) => !allowed.includes(f))).toEqual([]);
    // The switch leads to the same view in English.
    const back = await page
      .getByRole('navigation', { name: '语言' })
      .getByRole('link', { name: 'English', exact: true })
      .getAttribute('href');
    expect(sameView(back!, path), `${back} is ${path}`).toBe(true);
  });
}

/** Two addresses of the same view: one path, the same filters (however their query is spelt; origin aside). */
function sameView(a: string, b: string): boolean {
  const [x, y] = [new URL(a, 'http://x'), new URL(b, 'http://x')];
  x.searchParams.sort();
  y.searchParams.sort();
  return x.pathname === y.pathname && x.searchParams.toString() === y.searchParams.toString();
}

test('numbers and dates are written as Chinese writes them, digits Western', async ({ page }) => {
  await page.goto('/models/qwen3-235b-a22b');
  await expect(page.getByRole('definition').getByText('2025-04-29', { exact: true })).toBeVisible();
  await page.goto('/zh/models/qwen3-235b-a22b');
  await expect(page.getByRole('definition').getByText('2025年4月29日', { exact: true })).toBeVisible();
  await expect(page.getByRole('definition').getByText('131,072 token', { exact: true })).toBeVisible();
  await page.goto('/zh');
  await expect(page.getByRole('list', { name: '已加载的数据' })).toContainText('4,729');
  await expect(page.getByRole('contentinfo')).toContainText(/数据截至 \d{4}年\d{1,2}月\d{1,2}日，第 \d+ 版/);
});

test('the switch goes to the same view in Chinese, filters kept, and back', async ({ page }) => {
  const view = '/benchmarks/aime-24?mode=thinking&source=qwen3-tech-report';
  await page.goto(view);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(`/zh${view}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByLabel('模式', { exact: true })).toHaveValue('thinking');
  await expect(page.getByLabel('来源', { exact: true })).toHaveValue('qwen3-tech-report');

  // A filter changed in Chinese stays in Chinese, and the switch takes the new filter along.
  await page.getByTestId('filters').locator('summary').click();
  await page.getByLabel('模式', { exact: true }).selectOption('non-thinking');
  await expect(page).toHaveURL(/^[^?]*\/zh\/benchmarks\/aime-24\?.*mode=non-thinking/);
  await expect(page.getByTestId('score-table')).toContainText('非思考');
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/^[^?]*\/benchmarks\/aime-24\?.*mode=non-thinking/);
  expect(new URL(page.url()).pathname).toBe('/benchmarks/aime-24');
  expect(new URL(page.url()).searchParams.get('source')).toBe('qwen3-tech-report');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Mode', { exact: true })).toHaveValue('non-thinking');
});

test('without JavaScript: the switch and the filters are links and forms that stay in the language', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/efficiency?benchmark=aime-24&mode=thinking');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL('/zh/efficiency?benchmark=aime-24&mode=thinking');
  await page.getByTestId('filters').locator('summary').click();
  await page.getByLabel('模式', { exact: true }).selectOption('non-thinking');
  await page.getByRole('button', { name: '应用' }).click();
  await expect(page).toHaveURL(/^[^?]*\/zh\/efficiency\?.*mode=non-thinking/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/^[^?]*\/efficiency\?.*mode=non-thinking/);
  await expect(page.getByLabel('Mode', { exact: true })).toHaveValue('non-thinking');
  await context.close();
});

test('charts and chart files are drawn in the page’s language', async ({ page }) => {
  await page.goto('/thinking');
  const english = page.getByTestId('budget-chart').first();
  expect(await chartWords(english)).toContain('score against thinking budget');

  await page.goto('/zh/thinking');
  const figure = page.getByTestId('budget-chart').first();
  await expect(figure.locator('img')).toHaveAttribute('src', /\.svg\?lang=zh/);
  const words = await chartWords(figure);
  expect(words).toContain("AIME'24：得分与思考预算"); // the benchmark's name as published, the rest in Chinese
  expect(words).toContain('思考预算（token，log2 刻度）');
  expect(words).not.toContain('thinking budget');

  // The files under the chart: the PNG in Chinese too, the CSV one file for both languages.
  const files = figure.locator('figcaption');
  await expect(files).toContainText('图表文件');
  const png = await files.getByRole('link', { name: 'PNG' }).getAttribute('href');
  expect(png).toMatch(/\.png\?(.*&)?lang=zh/);
  const answer = await page.request.get(png!);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toBe('image/png');
  const csv = await files.getByRole('link', { name: 'CSV' }).getAttribute('href');
  expect(csv).not.toContain('lang=');
  expect((await page.request.get(`${png!.replace(/lang=zh/, 'lang=xx')}`)).status()).toBe(400);
});
