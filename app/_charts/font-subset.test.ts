import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import zh from '../_i18n/messages/zh.json';
import { chineseCodePoints, subsetFont } from './font-subset';

const FULL = path.resolve('node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchboard-font-test-'));
const SUBSET = path.join(dir, 'subset.ttf');
let points: Set<number>;
let fullSize: number;

beforeAll(() => {
  points = chineseCodePoints(JSON.stringify(zh));
  const full = fs.readFileSync(FULL);
  fullSize = full.length;
  fs.writeFileSync(SUBSET, subsetFont(full, points));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The pixels of a text drawn in one font file (nothing else: no system fonts). */
const draw = (text: string, file: string) =>
  new Resvg(
    '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="40"><rect width="320" height="40" fill="#fff"/>' +
      `<text x="4" y="30" font-size="26">${text}</text></svg>`,
    { font: { fontFiles: [file], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } },
  ).render().pixels;
const ink = (pixels: Buffer) => pixels.filter((v, i) => i % 4 === 0 && v < 128).length;

describe('what a Chinese chart may contain', () => {
  it('is GB 2312 (its 6,763 hanzi), ASCII, the punctuation, and every character of the Chinese messages', () => {
    expect([...points].filter((c) => c >= 0x4e00 && c <= 0x9fff).length).toBeGreaterThanOrEqual(6763);
    const missing = (text: string) => [...text].filter((ch) => !points.has(ch.codePointAt(0)!));
    expect(missing('Qwen3-235B · 思考预算（token，log2 刻度）≠ 95.6% → 2025年4月29日')).toEqual([]);
    expect(missing(JSON.stringify(zh))).toEqual([]);
    expect(points).not.toContain('龘'.codePointAt(0)); // outside GB 2312
  });
});

describe('Noto Sans SC cut to it', () => {
  it('is under a third of the font', () => {
    expect(fs.statSync(SUBSET).size).toBeLessThan(fullSize / 3);
  });

  it('draws the kept characters exactly as the whole font does', () => {
    const text = '思考模式带来的提升（百分点）：数据截至';
    expect(ink(draw(text, SUBSET))).toBeGreaterThan(500);
    expect(draw(text, SUBSET).equals(draw(text, FULL))).toBe(true);
  });

  it('draws nothing for a character it left out, which the whole font draws', () => {
    expect(ink(draw('龘', FULL))).toBeGreaterThan(50);
    expect(ink(draw('龘', SUBSET))).toBe(0);
  });
});
