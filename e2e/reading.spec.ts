import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';

// Issue 18: the answer, then the picture, then the evidence — on a phone too, every number and
// its link still there.

test('a benchmark page says its finding first: who leads and with what, and the gap', async ({ page }) => {
  await page.goto('/benchmarks/arena-hard');
  const finding = page.getByTestId('finding');
  await expect(finding).toContainText(
    /^Gemini2\.5-Pro leads Arena-Hard with 96\.4; Qwen3-235B-A22B \(non-thinking\) is 0\.3 behind \(96\.1\)\./,
  );
  await expect(finding.getByRole('link', { name: 'Gemini2.5-Pro' })).toHaveAttribute('href', '/models/gemini2.5-pro');
  // Where the test set's size says so, the finding says the top cannot be told apart.
  await page.goto('/benchmarks/aime-24');
  await expect(page.getByTestId('finding')).toContainText(
    /With 30 questions, the next \d+ cannot be told apart from the leader/,
  );
  // And in Chinese.
  await page.goto('/zh/benchmarks/arena-hard');
  await expect(page.getByTestId('finding')).toContainText('Gemini2.5-Pro 以 96.4 领先 Arena-Hard');
});

test('the overview says which model leads how many of the flagship benchmarks, and what is newest', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('finding')).toContainText(
    "Gemini2.5-Pro leads 6 of the 9 benchmarks in the Qwen3 blog's flagship comparison; Qwen3-235B-A22B leads 3",
  );
  // The lede's dates come from the sources: the first and the last published.
  await expect(page.locator('.lede').first()).toContainText('2025-04 to 2026-01');
  const newest = page.getByTestId('newest');
  await expect(newest.getByRole('listitem')).toHaveCount(6);
  await expect(newest.getByRole('listitem').first()).toContainText('Qwen3-4B');
});

test('the first chart is within the first screen of a desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const url of ['/', '/benchmarks/arena-hard', '/thinking', '/efficiency', '/long-context']) {
    await page.goto(url);
    const chart = page.locator('main').locator('figure.chart, figure.dot-plot').first();
    const box = (await chart.boundingBox())!;
    expect(box.y, url).toBeLessThan(800);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the header is one row with a menu, and no keyboard hint', async ({ page }) => {
    await page.goto('/benchmarks');
    const header = page.locator('header.site');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(72);
    await expect(page.locator('.key-hint')).toBeHidden();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: 'Thinking budget' }).click();
    await expect(page).toHaveURL(/\/thinking$/);
  });

  test("a model page's citations stay in their column, in either language", async ({ page }) => {
    for (const url of ['/models/qwen3-235b-a22b', '/zh/models/qwen3-235b-a22b']) {
      await page.goto(url);
      // Every table laid out at once (content-visibility would leave the ones below the fold out).
      await page
        .locator('main .table-wrap')
        .evaluateAll((all) =>
          all.forEach((e) => (e as HTMLElement).style.setProperty('content-visibility', 'visible')),
        );
      const over = await page
        .locator('table.model-lines td.num')
        .evaluateAll((cells) =>
          cells.flatMap((td) =>
            [...td.querySelectorAll('a')]
              .filter((a) => a.getBoundingClientRect().right > td.getBoundingClientRect().right + 1)
              .map((a) => a.textContent),
          ),
        );
      // "模型卡 235B-Thinking-2507" ran over the next column's "模型卡 235B-Instruct-2507".
      expect(over, url).toEqual([]);
    }
  });

  test('a number of every table is in view without scrolling sideways, and nothing covers it', async ({ page }) => {
    test.setTimeout(120_000);
    for (const url of [
      '/',
      '/zh',
      '/benchmarks/arena-hard',
      '/models',
      '/models/qwen3-235b-a22b',
      '/thinking',
      '/compare?models=qwen3-235b-a22b,deepseek-r1,openai-o1',
      '/multilingual',
      '/long-context',
      '/efficiency',
    ]) {
      await page.goto(url);
      const tables = await page.locator('main table').all();
      expect(tables.length, url).toBeGreaterThan(0);
      for (const table of tables) {
        const cell = table.locator('tbody td.num').filter({ hasText: /\d/ }).first();
        if (!(await table.isVisible()) || (await cell.count()) === 0) continue;
        await cell.scrollIntoViewIfNeeded();
        const seen = await cell.evaluate(async (el) => {
          // A table below the fold is laid out when it comes near the screen (content-visibility),
          // in the frame after the scroll: look once it has been drawn.
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          const box = el.getBoundingClientRect();
          const x = Math.min(box.left + 8, box.right - 1);
          const y = box.top + Math.min(8, box.height / 2);
          const top = document.elementFromPoint(x, y);
          return { left: box.left, right: box.right, mine: !!top && (el === top || el.contains(top)) };
        });
        const name = `${url} ${await table.getAttribute('data-testid')}`;
        expect(seen.left, name).toBeGreaterThanOrEqual(0);
        expect(seen.left + 24, name).toBeLessThanOrEqual(390);
        expect(seen.mine, `${name}: the number is under something`).toBe(true);
      }
    }
  });
});

test("the model page holds every one of its model's scores, in every category, with no click", async ({ page }) => {
  await page.goto('/models/qwen3-235b-a22b');
  // Long tables are laid out only as the reader scrolls near them (content-visibility: auto), and
  // innerText leaves out what is not laid out; laid out all at once here, a closed disclosure
  // still hides its text, so a score behind a click would still be missed.
  await page
    .locator('main *')
    .evaluateAll((all) => all.forEach((e) => (e as HTMLElement).style.setProperty('content-visibility', 'visible')));
  const csv = await page.request.get('/export.csv?models=qwen3-235b-a22b');
  const rows = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[];
  expect(rows.length).toBeGreaterThan(300);
  const shown = new Map<string, Set<string>>();
  for (const c of new Set(rows.map((r) => r.category ?? ''))) {
    const section = page.locator(`section[aria-labelledby="cat-${c}"]`);
    if ((await section.count()) === 0) continue;
    shown.set(c, new Set((await section.innerText()).match(/\d[\d.]*/g) ?? []));
  }
  for (const r of rows) {
    const c = r.category ?? '';
    expect(
      shown.get(c)?.has(r.score ?? ''),
      `${r.benchmark} ${r.benchmark_version} ${r.mode} ${r.score} (${r.table})`,
    ).toBe(true);
  }
});

test("a model page writes a note its source's table shares once, and each citation's title points to it", async ({
  page,
}) => {
  await page.goto('/models/qwen3-235b-a22b');
  let pointers = 0;
  for (const section of await page.locator('main section[aria-labelledby^="cat-"]').all()) {
    const notes = await section.locator('details.source-notes li').allTextContents();
    expect(new Set(notes).size, 'each note once').toBe(notes.length);
    for (const title of await section.locator('a.cite').evaluateAll((as) => as.map((a) => a.getAttribute('title')))) {
      const n = /; note (\d+)$|— note (\d+)$/.exec(title ?? '');
      if (!n) continue;
      pointers++;
      expect(Number(n[1] ?? n[2]), `${title} points to a note of its section`).toBeLessThanOrEqual(notes.length);
    }
  }
  expect(pointers).toBeGreaterThan(50);
  // LiveBench's note on its 2025-04-25 release, once, and open to read.
  const knowledge = page.locator('section[aria-labelledby="cat-knowledge"] details.source-notes');
  await knowledge.locator('summary').click();
  await expect(knowledge.getByText('public/table_2025_04_25.csv', { exact: false }).first()).toBeVisible();
});

test('every citation in a table links to the page of its source that prints it', async ({ page }) => {
  test.setTimeout(90_000); // eight pages, each read whole: 18 s alone, over 30 s on a busy machine
  for (const url of [
    '/',
    '/benchmarks/arena-hard',
    '/models/qwen3-235b-a22b',
    '/thinking',
    '/efficiency',
    '/compare?models=qwen3-235b-a22b,deepseek-r1,openai-o1',
    '/long-context',
    '/multilingual',
  ]) {
    await page.goto(url);
    const cites = await page.locator('main a.cite').evaluateAll((links) =>
      links.map((a) => ({
        href: a.getAttribute('href') ?? '',
        name: a.getAttribute('aria-label') ?? a.getAttribute('title') ?? a.textContent ?? '',
      })),
    );
    expect(cites.length, url).toBeGreaterThan(0);
    for (const c of cites) {
      expect(c.href, `${url}: ${c.name}`).toMatch(/^https?:\/\//);
      // The report's tables and figures open at their printed page (tables.csv gives it).
      const page_ = /, p\. (\d+)/.exec(c.name)?.[1];
      if (page_) expect(c.href, `${url}: ${c.name}`).toMatch(new RegExp(`#page=${page_}$`));
      if (/Technical Report, (Table|Figure) \d+/.test(c.name)) expect(c.name, url).toMatch(/, p\. \d+/);
    }
  }
});

test('compare reads ids through aliases and loose spellings, and says what it does not know', async ({ page }) => {
  await page.goto('/compare?models=qwen3-235b-a22b,gemini-2.5-pro,DeepSeek_R1');
  for (const name of ['Qwen3-235B-A22B', 'Gemini2.5-Pro', 'DeepSeek-R1'])
    await expect(page.getByRole('link', { name: `Remove ${name}` })).toBeVisible();
  // Every shared benchmark at once: a row of the dot plot each, Elo on a panel of its own.
  const dots = page.getByTestId('compare-dots');
  await expect(dots.locator('.dot-panel')).toHaveCount(3);
  expect(await dots.locator('.dot-row:not(.dot-head)').count()).toBeGreaterThan(5);
  await page.goto('/compare?models=qwen3-235b-a22b,gemni-2.5-pro');
  await expect(page.getByText('Unknown model ids ignored: gemni-2.5-pro')).toBeVisible();
  await page.getByRole('note').getByRole('link', { name: 'Gemini2.5-Pro', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Remove Gemini2.5-Pro' })).toBeVisible();
});
