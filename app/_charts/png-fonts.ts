import path from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import Piscina from 'piscina';
import zh from '../_i18n/messages/zh.json';
import type { Locale } from '../_i18n/locales';

// The fonts a PNG is drawn in: files from the project's own dependencies, never the machine's.

// The app's own folder (the server runs in it): a worker thread and the fonts are read from
// there at run time, outside the build's file tracing.
const root = () => /* turbopackIgnore: true */ process.cwd();

const fontFiles = (family: string, files: string[]) =>
  files.map((f) => path.join(root(), 'node_modules', '@expo-google-fonts', family, f));

const INTER = fontFiles('inter', ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf']);
/**
 * Noto Sans SC (@expo-google-fonts/noto-sans-sc): the Simplified Chinese subset of Noto Sans CJK,
 * TrueType (resvg reads no WOFF), 30,898 glyphs and about 10.6 MB a weight.
 */
export const NOTO_SANS_SC = fontFiles('noto-sans-sc', [
  '400Regular/NotoSansSC_400Regular.ttf',
  '700Bold/NotoSansSC_700Bold.ttf',
]);

/** Latin, punctuation and the marks a chart writes (≠ ≤ → ×), in both widths. */
const LATIN_AND_PUNCTUATION: [number, number][] = [
  [0x20, 0x24f],
  [0x2000, 0x206f],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x3000, 0x303f],
  [0xff00, 0xffef],
];

/** The words of a date as Intl writes it in Chinese (2025年4月29日), in no message of ours. */
const DATE_WORDS = '年月日';

/**
 * What a Chinese chart can contain: every character of the Chinese messages (its own words),
 * Latin and punctuation (names, numbers and units are as printed). A name in the data written in
 * other characters makes its chart use the whole font.
 */
export function chineseText(messages = JSON.stringify(zh)): string {
  const points = new Set<number>();
  for (const [from, to] of LATIN_AND_PUNCTUATION) for (let c = from; c <= to; c++) points.add(c);
  for (const ch of messages + DATE_WORDS) points.add(ch.codePointAt(0)!);
  return String.fromCodePoint(...[...points].filter((c) => c >= 0x20).sort((a, b) => a - b));
}

/** Where the subset is written: a folder of the app's build, never the shared temp folder. */
const FONT_DIR = () => path.join(root(), '.next', 'cache', 'chart-fonts');

type Subset = { points: Set<number>; files: string[] };
let subset: Promise<Subset | null> | undefined;

/**
 * The Chinese subset, made once per process in a thread of its own (./workers/chart-fonts.mjs,
 * run by piscina, which loads it as it is, outside the bundle), which then ends.
 */
function chineseSubset(): Promise<Subset | null> {
  subset ??= (async () => {
    const text = chineseText();
    const thread = new Piscina<{ fonts: string[]; text: string; dir: string }, string[]>({
      filename: path.join(root(), 'app', '_charts', 'workers', 'chart-fonts.mjs'),
      maxThreads: 1,
      execArgv: [],
    });
    try {
      const files = await thread.run({ fonts: NOTO_SANS_SC, text, dir: FONT_DIR() });
      return { points: new Set([...text].map((ch) => ch.codePointAt(0)!)), files };
    } catch (error) {
      // Still drawn, with the whole font: slower, never wrong.
      console.error(`Chinese chart font subset not made (the whole font is used): ${String(error)}`);
      return null;
    } finally {
      void thread.destroy();
    }
  })();
  return subset;
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
export async function pngFonts(lang: Locale, svg = ''): Promise<ResvgRenderOptions['font']> {
  if (lang !== 'zh') return { fontFiles: INTER, loadSystemFonts: false, defaultFontFamily: 'Inter' };
  const cut = await chineseSubset();
  return {
    fontFiles: [...(cut && covered(svg, cut.points) ? cut.files : NOTO_SANS_SC), ...INTER],
    loadSystemFonts: false,
    defaultFontFamily: 'Noto Sans SC',
  };
}
