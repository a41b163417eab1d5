import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { EXPORT_COLUMNS } from '../../app/_lib/csv';
import { orgColour } from '../../app/_lib/encodings';
import { loadPack } from '../../db/pack/loader';
import { cleanupAll, resultsCsv, resultRow, seededDb, writePack } from '../helpers';

// Chart files (/charts/<kind>/<id>.svg|png|csv) as their route answers them, against a real
// temp copy of the seeded database: what they show, their citations, their validators, and the
// 400s and 404s of bad requests.

type Files = typeof import('../../app/_charts/files');
let answer: Files['answerChartRequest'];
let pngFonts: typeof import('../../app/_charts/png-fonts').pngFonts;
let drawCounts: Files['drawCounts'];
let db: Db;

beforeAll(async () => {
  ({ db } = await seededDb());
  process.env.DATABASE_PATH = db.$client.name;
  ({ answerChartRequest: answer, drawCounts } = await import('../../app/_charts/files'));
  pngFonts = (await import('../../app/_charts/png-fonts')).pngFonts;
});
afterAll(() => {
  delete process.env.DATABASE_PATH;
  cleanupAll();
});

const get = (path: string, ifNoneMatch?: string, method = 'GET', origin?: string) => {
  const url = new URL(path, 'http://x');
  const [kind = '', file = ''] = url.pathname.split('/').slice(-2);
  const params: Record<string, string | string[]> = {};
  for (const [k, v] of url.searchParams) params[k] = k in params ? [params[k] as string, v].flat() : v;
  return answer({ kind, file, params, ifNoneMatch, method, origin });
};
const drawings = () => ({ ...drawCounts });
const text = (a: { body?: string | Buffer }) => String(a.body);
/** The text a reader sees in an SVG (the contents of its <text>, <title> and <desc> elements). */
const words = (svg: string) =>
  [...svg.matchAll(/<(text|title|desc|tspan)[^>]*>([^<]*)(?=<)/g)]
    .map((m) => m[2]!.replaceAll('&#x27;', "'"))
    .join('\n');

describe('a chart as an SVG file', () => {
  it('stands alone: title, summary, plot, key, sources and the dashboard URL, light and dark', async () => {
    const a = await get('/charts/benchmark/arena-hard.svg');
    expect(a.status).toBe(200);
    expect(a.headers['Content-Type']).toBe('image/svg+xml; charset=utf-8');
    const svg = text(a);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title id="chart-title">Arena-Hard</title>');
    expect(svg).toMatch(/<desc id="chart-desc">15 values, best first\. Highest: Gemini2\.5-Pro at 96\.4/);
    expect(svg).toContain('@media (prefers-color-scheme: dark)');
    const seen = words(svg);
    // Qwen3-235B-A22B's 95.6 (Table 11), and both values of the one dispute, marked.
    expect(seen).toContain('95.6');
    expect(seen).toContain('93.2 ≠');
    expect(seen).toContain('92.3 ≠');
    expect(seen).toMatch(/Sources: Qwen3 Technical Report, Table 11;/);
    expect(seen).toContain('Benchboard · localhost:3000/benchmarks/arena-hard');
    expect(seen).toContain('Qwen / Alibaba'); // the key
    // Links lead deeper when the file is opened on its own, in a new browsing context (an
    // embedded file never navigates its frame), to the dashboard's address.
    expect(svg).toContain('<a href="http://localhost:3000/models/qwen3-235b-a22b" target="_blank" rel="noopener">');
    expect(svg).toContain('<a href="http://localhost:3000/benchmarks/arena-hard" target="_blank" rel="noopener">');
    expect(svg).not.toMatch(/<a (?![^>]*target="_blank" rel="noopener")/);
  });

  it('answers a repeat request holding its entity tag with 304 and no body', async () => {
    const first = await get('/charts/benchmark/arena-hard.svg?mode=thinking');
    const etag = first.headers.ETag!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers['Cache-Control']).toBe('public, max-age=60, must-revalidate');
    const again = await get('/charts/benchmark/arena-hard.svg?mode=thinking', etag);
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
    expect(again.headers.ETag).toBe(etag);
    expect((await get('/charts/benchmark/arena-hard.svg?mode=thinking', '"something-else"')).status).toBe(200);
  });

  it('is one file whatever the order of the parameters, or parameters the chart does not read', async () => {
    const a = await get('/charts/benchmark/aime-24.svg?mode=thinking&open=yes');
    const b = await get('/charts/benchmark/aime-24.svg?open=yes&utm_source=x&mode=thinking&sort=model');
    expect(b.headers.ETag).toBe(a.headers.ETag);
    expect(text(b)).toBe(text(a));
    expect((await get('/charts/benchmark/aime-24.svg?mode=non-thinking&open=yes')).headers.ETag).not.toBe(
      a.headers.ETag,
    );
  });
});

describe('a chart as a PNG file', () => {
  it('is the drawing at twice its size', async () => {
    const a = await get('/charts/budget/aime-24.png');
    expect(a.status).toBe(200);
    expect(a.headers['Content-Type']).toBe('image/png');
    const png = a.body as Buffer;
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = png.readUInt32BE(16);
    expect(width).toBe(2 * 540); // the budget chart's default width, at 2x
    expect((await get('/charts/budget/aime-24.png?width=400')).body!.length).toBeGreaterThan(1000);
    expect(((await get('/charts/budget/aime-24.png?width=400')).body as Buffer).readUInt32BE(16)).toBe(800);
  });
});

describe('sampling intervals on a bar chart', () => {
  it("draws AIME'24's intervals as whiskers in the bar's colour, says once what they are, and shades the ties", async () => {
    const svg = text(await get('/charts/benchmark/aime-24.svg'));
    const seen = words(svg);
    expect(seen).toContain(
      'Whiskers: 95% interval from the n = 30 questions alone; not run-to-run variance. Computed here (Wilson).',
    );
    expect(seen).toMatch(/Shaded: not separable from the best \(\d+\.\d\): their intervals overlap\./);
    // Each whisker: a halo, then the line in the bar's colour (Qwen's purple for Qwen3 bars).
    const whiskers = [...svg.matchAll(/<path d="M([\d.]+),[\d.]+H([\d.]+)[^"]*" stroke="(#[0-9a-f]{6})"/g)];
    expect(whiskers.length).toBeGreaterThan(10);
    expect(whiskers.map((w) => w[3])).toContain(orgColour('Alibaba Cloud'));
    for (const [, from, to] of whiskers) expect(Number(to)).toBeGreaterThan(Number(from));
    expect(svg).toContain('class="tied"');
    expect(seen).toMatch(/data as of \d{4}-\d{2}-\d{2}, version 1/);
  });

  it('draws none, and says nothing of intervals, for an Elo rating', async () => {
    const svg = text(await get('/charts/benchmark/codeforces.svg?unit=elo'));
    expect(words(svg)).toContain('CodeForces rating (Elo)');
    expect(words(svg)).not.toContain('interval');
    expect(svg).not.toContain('class="halo"');
    expect(svg).not.toContain('class="tied"');
  });
});

describe('a chart as a CSV file', () => {
  it('holds exactly the rows drawn, as a results file that loads back unchanged', async () => {
    const a = await get('/charts/budget/aime-24.csv');
    expect(a.headers['Content-Type']).toBe('text/csv; charset=utf-8');
    // The file name says the data version and its date (the seeded database's one load).
    const date = (db.$client.prepare('SELECT updated_at FROM data_version').pluck().get() as string).slice(0, 10);
    expect(a.headers['Content-Disposition']).toBe(
      `attachment; filename="benchboard-budget-aime-24-data-${date}-v1.csv"`,
    );
    const csv = text(a);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
    // Figure 2's six budget points and the non-thinking reference, decimals as printed.
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r.thinking_budget_tokens === '8192')?.score).toBe('72.50');
    expect(rows.find((r) => r.mode === 'non-thinking')?.score).toBe('40.1');
    // The computed columns: AIME'24's 30 items give the 72.50 its interval; Qwen reported its own.
    const at8k = rows.find((r) => r.thinking_budget_tokens === '8192')!;
    expect([at8k.interval_low, at8k.interval_high, at8k.items, at8k.reporter]).toEqual(['54.7', '85.2', '30', 'self']);
    const report = await loadPack(db, writePack({ 'results.csv': csv }));
    expect(report.ok).toBe(true);
    expect(report.errors).toEqual([]);
    for (const counts of Object.values(report.sources)) expect(counts).toMatchObject({ added: 0, replaced: 0 });
  });
});

describe('every kind of chart', () => {
  it.each([
    ['/charts/benchmark/codeforces.svg', 'CodeForces rating (Elo)'],
    ['/charts/blog-flagship/arena-hard.svg', 'Arena-Hard'],
    ['/charts/blog-small/aime-24.svg', "AIME'24"],
    ['/charts/model/qwen3-32b.svg?category=math', 'Qwen3-32B: math'],
    ['/charts/budget/gpqa-diamond.svg', 'score against thinking budget'],
    ['/charts/gain/aime-24.svg', '+45.6'],
    ['/charts/long-context/ruler.svg', 'RULER accuracy by context length'],
    ['/charts/efficiency/aime-24.svg', 'score against active parameters'],
  ])('%s draws', async (path, expected) => {
    const a = await get(path);
    expect(a.status, text(a)).toBe(200);
    expect(words(text(a))).toContain(expected);
  });
});

describe('a chart file in Chinese (lang=zh)', () => {
  it.each([
    ['/charts/benchmark/codeforces.svg', 'CodeForces 评分 (Elo)', 'CodeForces rating'],
    ['/charts/blog-flagship/arena-hard.svg', '来源：Qwen3, blog: flagship comparison', 'Source:'],
    ['/charts/model/qwen3-32b.svg?category=math', 'Qwen3-32B: 数学', 'Qwen3-32B: math'],
    ['/charts/budget/gpqa-diamond.svg', '得分与思考预算', 'score against thinking budget'],
    ['/charts/gain/aime-24.svg', '思考模式带来的提升', 'gain from thinking'],
    ['/charts/long-context/ruler.svg', 'RULER 准确率与上下文长度', 'accuracy by context length'],
    ['/charts/efficiency/aime-24.svg', '得分与激活参数', 'score against active parameters'],
  ])('%s has its words in Chinese, the published names as printed', async (path, chinese, english) => {
    const en = await get(path);
    const zh = await get(`${path}${path.includes('?') ? '&' : '?'}lang=zh`);
    expect(zh.status, text(zh)).toBe(200);
    const seen = words(text(zh));
    expect(seen).toContain(chinese);
    expect(seen).not.toContain(english);
    expect(words(text(en))).toContain(english);
    expect(seen).toMatch(/数据截至 \d{4}年\d{1,2}月\d{1,2}日/); // the data stamp, as Chinese writes a date
    expect(text(zh)).toContain('xml:lang="zh-Hans"');
    expect(zh.headers.ETag).not.toBe(en.headers.ETag);
  });

  it("a CSV is the same file in either language: its columns are the pack's", async () => {
    const en = await get('/charts/benchmark/arena-hard.csv');
    const zh = await get('/charts/benchmark/arena-hard.csv?lang=zh');
    expect(zh.status).toBe(200);
    expect(text(zh)).toBe(text(en));
    expect(text(zh).split('\r\n')[0]).toContain('source_id,table,model');
  });

  it("a PNG draws Chinese with the bundled Noto Sans SC (the machine's fonts are never read)", async () => {
    // Two different characters drawn alone: a font with CJK glyphs draws them differently; a
    // font without them draws the same empty box (tofu) for both.
    const fonts = { en: await pngFonts('en'), zh: await pngFonts('zh') };
    // Its subset of the font is the app's own file, never one in the shared temp folder.
    const chinese = fonts.zh!.fontFiles![0]!;
    expect(chinese.startsWith(path.join(process.cwd(), '.next') + path.sep)).toBe(true);
    expect(chinese.startsWith(os.tmpdir())).toBe(false);
    expect(fs.statSync(chinese).size).toBeLessThan(1024 * 1024);
    const drawn = (ch: string, lang: 'en' | 'zh') =>
      new Resvg(
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#fff"/>' +
          `<text x="4" y="32" font-size="30">${ch}</text></svg>`,
        { font: fonts[lang] },
      ).render().pixels;
    const ink = (pixels: Buffer) => pixels.filter((v, i) => i % 4 === 0 && v < 128).length;
    expect(ink(drawn('思', 'zh'))).toBeGreaterThan(50);
    expect(drawn('思', 'zh').equals(drawn('算', 'zh'))).toBe(false);
    expect(drawn('思', 'en').equals(drawn('算', 'en'))).toBe(true); // Inter alone: two equal boxes
    // A character the Chinese subset lacks (a rare name in the data) is drawn from the whole font.
    const rareFonts = await pngFonts('zh', '龘');
    const rare = new Resvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#fff"/>' +
        '<text x="4" y="32" font-size="30">龘</text></svg>',
      { font: rareFonts },
    ).render().pixels;
    expect(ink(rare)).toBeGreaterThan(50);
    expect(rare.equals(drawn('龘', 'en'))).toBe(false);
    const png = await get('/charts/budget/aime-24.png?lang=zh');
    expect(png.status).toBe(200);
    expect(png.headers['Content-Type']).toBe('image/png');
    expect((png.body as Buffer).readUInt32BE(16)).toBe(2 * 540);
    expect(png.headers.ETag).not.toBe((await get('/charts/budget/aime-24.png')).headers.ETag);
  });
});

describe('bad requests', () => {
  it.each([
    ['/charts/benchmark/arena-hard.svg?mode=sideways', 'mode'],
    ['/charts/benchmark/arena-hard.svg?width=12', 'width'],
    ['/charts/benchmark/arena-hard.svg?width=wide', 'width'],
    ['/charts/benchmark/arena-hard.png?theme=pink', 'theme'],
    ['/charts/benchmark/arena-hard.svg?maxActive=lots', 'maxActive'],
    ['/charts/benchmark/arena-hard.png?lang=fr', 'lang'],
  ])('%s is a 400 naming %s', async (path, parameter) => {
    const a = await get(path);
    expect(a.status).toBe(400);
    expect(text(a)).toContain(`Bad parameter "${parameter}"`);
    expect(a.headers.ETag).toBeUndefined();
  });

  it.each([
    '/charts/nonsense/arena-hard.svg',
    '/charts/benchmark/arena-hard.gif',
    '/charts/benchmark/no-such-benchmark.svg',
    '/charts/budget/arena-hard.svg',
    '/charts/benchmark/.svg',
  ])('%s is a 404 that says what exists', async (path) => {
    const a = await get(path);
    expect(a.status).toBe(404);
    expect(text(a)).toMatch(/No such chart file|Nothing to chart/);
  });
});

describe("a benchmark's chart: its best 15 bars, the whole list one parameter away", () => {
  it('draws the best 15 by default, top=N that many, top=all every one; the CSV holds the rows drawn', async () => {
    const bars = (svg: string) => [...svg.matchAll(/class="bar-value fg"/g)].length;
    const best = await get('/charts/benchmark/arena-hard.svg');
    expect(bars(text(best))).toBe(15);
    expect(words(text(best))).toContain('The best 15 of 49 values; top=all');
    const all = await get('/charts/benchmark/arena-hard.svg?top=all');
    expect(bars(text(all))).toBe(49);
    expect(words(text(all))).not.toContain('The best');
    expect(bars(text(await get('/charts/benchmark/arena-hard.svg?top=20')))).toBe(20);
    // The default asked for by name is the same file.
    expect((await get('/charts/benchmark/arena-hard.svg?top=15')).headers.ETag).toBe(best.headers.ETag);
    const rows = async (path: string) => (parse(text(await get(path)), { columns: true }) as unknown[]).length;
    expect(await rows('/charts/benchmark/arena-hard.csv?top=all')).toBeGreaterThan(
      await rows('/charts/benchmark/arena-hard.csv'),
    );
    expect((await get('/charts/benchmark/arena-hard.svg?top=lots')).status).toBe(400);
    expect(text(await get('/charts/benchmark/arena-hard.svg?top=0'))).toContain('Bad parameter "top"');
  });
});

describe('long context: a few lines highlighted, the rest grey', () => {
  it('highlights Qwen3-235B-A22B in both modes, the best Qwen2.5 and the model the finding names (falls the most) by default; models= picks others', async () => {
    const svg = text(await get('/charts/long-context/ruler.svg'));
    const labelled = (s: string) => [...s.matchAll(/<title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(labelled(svg).sort()).toEqual([
      'Qwen2.5-72B-Instruct',
      'Qwen2.5-7B-Instruct',
      'Qwen3-235B-A22B (no think)',
      'Qwen3-235B-A22B (think)',
    ]);
    expect([...svg.matchAll(/class="recharts-layer recharts-line context-line"/g)].length).toBe(12); // every other line of Table 23, grey
    const picked = text(await get('/charts/long-context/ruler.svg?models=qwen3-32b'));
    expect(labelled(picked).sort()).toEqual(['Qwen3-32B (no think)', 'Qwen3-32B (think)']);
    expect((await get('/charts/long-context/ruler.svg?models=made-up')).status).toBe(400);
  });
});

describe('filter values that name nothing (each would be one more drawing and cache entry)', () => {
  it.each([
    ['/charts/benchmark/arena-hard.svg?version=made-up', 'version', 'names no version'],
    ['/charts/benchmark/aime-24.png?metric=made-up', 'metric', '"pass@1"'],
    ['/charts/benchmark/livecodebench.svg?version=v5 (2024.10-2025.02)&metric=made-up', 'metric', '"pass@1", "score"'],
    ['/charts/efficiency/aime-24.svg?metric=made-up', 'metric', '"pass@1"'],
    ['/charts/gain/aime-24.svg?version=made-up', 'version', 'names no version'],
    ['/charts/budget/aime-24.svg?table=Table 99', 'table', '"Figure 2"'],
    ['/charts/benchmark/arena-hard.svg?source=made-up', 'source', '"qwen3-tech-report"'],
    ['/charts/benchmark/arena-hard.svg?models=qwen3-32b,made-up', 'models', '"made-up" names no model'],
    ['/charts/benchmark/arena-hard.svg?family=made-up', 'family', '"Qwen3"'],
  ])('%s is a 400 naming %s and what it may be, drawing nothing', async (path, parameter, allowed) => {
    const before = drawings();
    const a = await get(path);
    expect(a.status, text(a)).toBe(400);
    expect(text(a)).toContain(`Bad parameter "${parameter}"`);
    expect(text(a)).toContain(allowed);
    expect(drawings()).toEqual(before);
  });

  it('a value that names something still draws', async () => {
    expect((await get('/charts/benchmark/aime-24.svg?metric=pass@1')).status).toBe(200);
    expect((await get('/charts/benchmark/livecodebench.svg?version=v5 (2024.10-2025.02)&metric=score')).status).toBe(
      200,
    );
    expect((await get('/charts/budget/aime-24.svg?table=Figure 2')).status).toBe(200);
  });
});

describe('what needs no drawing draws nothing', () => {
  it('a HEAD answers with the headers of the file, without drawing it', async () => {
    const before = drawings();
    const head = await get('/charts/benchmark/livebench.png?width=777', undefined, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['Content-Type']).toBe('image/png');
    expect(head.body).toBeUndefined();
    expect(drawings()).toEqual(before);
    // The same entity tag as the file, once drawn.
    const getIt = await get('/charts/benchmark/livebench.png?width=777');
    expect(getIt.headers.ETag).toBe(head.headers.ETag);
    expect(drawings().png).toBe(before.png + 1);
    expect((await get('/charts/benchmark/no-such.png', undefined, 'HEAD')).status).toBe(404);
  });

  it('a 304 draws nothing, even for a file this process never drew', async () => {
    const etag = (await get('/charts/benchmark/livebench.svg?width=601', undefined, 'HEAD')).headers.ETag!;
    const before = drawings();
    const again = await get('/charts/benchmark/livebench.svg?width=601', etag);
    expect(again.status).toBe(304);
    expect(drawings()).toEqual(before);
  });

  it('a CSV is one file whatever the width, theme or language asked, and draws no chart', async () => {
    const before = drawings();
    const a = await get('/charts/benchmark/livebench.csv?width=500');
    const b = await get('/charts/benchmark/livebench.csv?width=900&theme=dark&lang=zh');
    expect(b.headers.ETag).toBe(a.headers.ETag);
    expect(text(b)).toBe(text(a));
    expect(drawings()).toEqual({ ...before, csv: before.csv + 1 });
  });
});

describe("the dashboard's address in a chart file", () => {
  it('is the address the request reached, its host and path written, the whole view linked; a file per address', async () => {
    const there = await get(
      '/charts/benchmark/arena-hard.svg?mode=thinking',
      undefined,
      'GET',
      'https://bench.example.org',
    );
    const svg = text(there);
    expect(words(svg)).toContain('Benchboard · bench.example.org/benchmarks/arena-hard');
    expect(svg).toContain('href="https://bench.example.org/benchmarks/arena-hard?mode=thinking"');
    expect(svg).toContain('href="https://bench.example.org/models/');
    expect(svg).not.toContain('localhost');
    const here = await get('/charts/benchmark/arena-hard.svg?mode=thinking', undefined, 'GET', 'http://127.0.0.1:4123');
    expect(words(text(here))).toContain('Benchboard · 127.0.0.1:4123/benchmarks/arena-hard');
    expect(here.headers.ETag).not.toBe(there.headers.ETag);
    // The file's size does not depend on the address: a page sizes its <img> without knowing it.
    const size = (s: string) => /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(s)!.slice(1).join('x');
    expect(size(text(here))).toBe(size(svg));
  });
});

describe('after a load', () => {
  it('a chart shows the new number, with a new entity tag', async () => {
    const before = await get('/charts/benchmark/aime-25.svg?source=my-card');
    expect(before.status).toBe(400); // no such source yet
    expect(text(before)).toContain('Bad parameter "source": "my-card" names no source');
    const old = await get('/charts/model/qwen3-32b.svg?category=math');
    expect(words(text(old))).not.toContain('99.9');
    const pack = writePack({
      'results.csv': resultsCsv(
        resultRow({
          source_id: 'my-card',
          table: 'card',
          model: 'Qwen3-32B',
          mode: 'thinking',
          benchmark: "AIME'25",
          score: '99.9',
        }),
      ),
      'sources.csv':
        'source_id,title,url,publisher,published_at,kind\r\nmy-card,My card,https://example.org/card,Example Lab,2025-06-01,model-card\r\n',
    });
    expect((await loadPack(db, pack)).ok).toBe(true);
    expect(words(text(await get('/charts/benchmark/aime-25.svg?source=my-card')))).toContain('99.9');
    const now = await get('/charts/model/qwen3-32b.svg?category=math');
    expect(words(text(now))).toContain('99.9');
    expect(now.headers.ETag).not.toBe(old.headers.ETag);
    // A client holding the old file gets the new one, not a 304.
    expect((await get('/charts/model/qwen3-32b.svg?category=math', old.headers.ETag)).status).toBe(200);
  });
});

describe('text no XML may hold', () => {
  it('a name stored before loads refused control characters still gives a valid SVG and a PNG', async () => {
    // As an older database may hold it: written past the loader, which refuses it now.
    db.$client.prepare("UPDATE models SET name = 'Qwen3-32B\u0007bell' WHERE id = 'qwen3-32b'").run();
    db.$client.prepare('UPDATE data_version SET version = version + 1').run();
    try {
      const svg = await get('/charts/benchmark/aime-24.svg?top=all');
      expect(svg.status).toBe(200);
      expect(text(svg)).not.toContain('\u0007');
      expect(words(text(svg))).toContain('Qwen3-32B\ufffdbell');
      expect(() => new Resvg(text(svg))).not.toThrow(); // resvg parses the file as XML
      const png = await get('/charts/benchmark/aime-24.png?top=all');
      expect(png.status).toBe(200);
    } finally {
      db.$client.prepare("UPDATE models SET name = 'Qwen3-32B' WHERE id = 'qwen3-32b'").run();
      db.$client.prepare('UPDATE data_version SET version = version + 1').run();
    }
  });
});

describe("a model's chart", () => {
  it('draws one bar for one value printed in two tables, and its CSV holds both rows', async () => {
    // Qwen3-235B-A22B, AIME'25 non-thinking: 24.7 in Table 12 and in Figure 2 (two metric texts).
    const svg = text(await get('/charts/model/qwen3-235b-a22b.svg?category=math'));
    expect(
      words(svg)
        .split('\n')
        .filter((w) => w.trim() === '24.7'),
    ).toHaveLength(1);
    const rows = parse(text(await get('/charts/model/qwen3-235b-a22b.csv?category=math')), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    const printed = rows.filter((r) => r.benchmark === "AIME'25" && r.mode === 'non-thinking' && r.score === '24.7');
    expect(printed.map((r) => r.table).sort()).toEqual(['Figure 2', 'Table 12']);
  });
});
