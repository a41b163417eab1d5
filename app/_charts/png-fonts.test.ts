import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import zh from '../_i18n/messages/zh.json';
import { chineseText, NOTO_SANS_SC } from './png-fonts';
import { subsetChinese, writeSubsets } from './workers/chart-fonts.mjs';

const FULL = NOTO_SANS_SC[0]!;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchboard-font-test-'));
const SUBSET = path.join(dir, 'subset.ttf');
let text: string;

beforeAll(async () => {
  text = chineseText();
  fs.writeFileSync(SUBSET, await subsetChinese(FULL, text));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The pixels of a text drawn in one font file (nothing else: no system fonts). */
const draw = (line: string, file: string) =>
  new Resvg(
    '<svg xmlns="http://www.w3.org/2000/svg" width="420" height="40"><rect width="420" height="40" fill="#fff"/>' +
      `<text x="4" y="30" font-size="26">${line}</text></svg>`,
    { font: { fontFiles: [file], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } },
  ).render().pixels;
const ink = (pixels: Buffer) => pixels.filter((v, i) => i % 4 === 0 && v < 128).length;

describe('what a Chinese chart may contain', () => {
  it('is every character of the Chinese messages, Latin, punctuation and the marks of a chart', () => {
    const missing = (s: string) => [...s].filter((ch) => !text.includes(ch));
    expect(missing('Qwen3-235B · 思考预算（token，log2 刻度）≠ 95.6% → 2025年4月29日 ≤ 32B')).toEqual([]);
    expect(missing(JSON.stringify(zh))).toEqual([]);
    expect(text).not.toContain('龘'); // in no message
  });
});

describe('Noto Sans SC cut to it (HarfBuzz, subset-font)', () => {
  it('is a small part of the font', () => {
    expect(fs.statSync(SUBSET).size).toBeLessThan(fs.statSync(FULL).size / 20);
  });

  it('draws the kept characters exactly as the whole font does', () => {
    const line = '思考模式带来的提升（百分点）：数据截至 Qwen3-235B 95.6';
    expect(ink(draw(line, SUBSET))).toBeGreaterThan(500);
    expect(draw(line, SUBSET).equals(draw(line, FULL))).toBe(true);
  });

  it('draws nothing for a character it left out, which the whole font draws', () => {
    expect(ink(draw('龘', FULL))).toBeGreaterThan(50);
    expect(ink(draw('龘', SUBSET))).toBe(0);
  });

  it('is written into the folder it is given, readable by this user only, never the shared temp folder', async () => {
    const appFolder = path.join(dir, 'app', '.next', 'cache', 'chart-fonts');
    const files = await writeSubsets([FULL], 'Qwen 思考', appFolder);
    expect(files).toHaveLength(1);
    expect(path.dirname(files[0]!)).toBe(appFolder);
    expect(fs.statSync(appFolder).mode & 0o077).toBe(0);
    expect(fs.statSync(files[0]!).mode & 0o077).toBe(0);
    expect(fs.readdirSync(appFolder)).toEqual([path.basename(files[0]!)]); // no partial file left
  });
});
