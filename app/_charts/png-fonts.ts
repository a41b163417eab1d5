import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import zh from '../_i18n/messages/zh.json';
import type { Locale } from '../_i18n/locales';
import { chineseCodePoints, subsetFont } from './font-subset';

// The fonts a PNG is drawn in: files from the project's own dependencies, never the machine's.

const fontFiles = (family: string, files: string[]) =>
  files.map((f) => path.join(process.cwd(), 'node_modules', '@expo-google-fonts', family, f));

const INTER = fontFiles('inter', ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf']);
/**
 * Noto Sans SC (@expo-google-fonts/noto-sans-sc): the Simplified Chinese subset of Noto Sans CJK,
 * TrueType (resvg reads no WOFF), 30,898 glyphs and about 10.6 MB a weight.
 */
const NOTO_SANS_SC = fontFiles('noto-sans-sc', [
  '400Regular/NotoSansSC_400Regular.ttf',
  '700Bold/NotoSansSC_700Bold.ttf',
]);

type Chinese = { points: Set<number>; subsets: { file: string; bytes: Buffer }[] };
let chinese: Chinese | undefined;

/**
 * Noto Sans SC cut to what a Chinese chart uses (./font-subset.ts: GB 2312 and every character
 * of the Chinese messages; 2.5 MB a weight), made once per process and written to the temp
 * folder, since resvg takes fonts as files. Named by its bytes, so instances share one file.
 */
function chineseFonts(): { points: Set<number>; files: string[] } {
  if (!chinese) {
    const points = chineseCodePoints(JSON.stringify(zh));
    chinese = {
      points,
      subsets: NOTO_SANS_SC.map((font) => {
        const bytes = subsetFont(fs.readFileSync(/* turbopackIgnore: true */ font), points);
        const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
        // The temp folder is not part of the app: the build's file tracing must not follow it.
        const name = `benchboard-${path.basename(font, '.ttf')}-${hash}.ttf`;
        return { file: path.join(/* turbopackIgnore: true */ os.tmpdir(), name), bytes };
      }),
    };
  }
  // Written at first use, and again if a temp folder was emptied while the server runs.
  for (const { file, bytes } of chinese.subsets) if (!fs.existsSync(file)) writeOnce(file, bytes);
  return { points: chinese.points, files: chinese.subsets.map((s) => s.file) };
}

function writeOnce(file: string, bytes: Buffer) {
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, file);
}

/** Whether every character of the SVG is one the Chinese subset draws. */
function covered(svg: string, points: Set<number>): boolean {
  for (const ch of svg) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x20 && !points.has(c)) return false;
  }
  return true;
}

/**
 * The fonts for a language's PNG of this SVG. Chinese: the subset of Noto Sans SC, or the whole
 * font where the SVG has a character the subset lacks (a rare name in the data: slower, still
 * drawn); Inter after it for what a font-family names it for.
 */
export function pngFonts(lang: Locale, svg = ''): ResvgRenderOptions['font'] {
  if (lang !== 'zh') return { fontFiles: INTER, loadSystemFonts: false, defaultFontFamily: 'Inter' };
  const { points, files } = chineseFonts();
  return {
    fontFiles: [...(covered(svg, points) ? files : NOTO_SANS_SC), ...INTER],
    loadSystemFonts: false,
    defaultFontFamily: 'Noto Sans SC',
  };
}
