import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

// Noto Sans SC cut to what a Chinese chart draws, by HarfBuzz's subsetter (subset-font): the
// outlines, metrics and layout rules of the kept characters are those of the whole font, so
// they draw the same pixels; a chart file of 235 kB a weight instead of 10.6 MB. Why: resvg
// reads a font's data for every run of text it shapes, so with the whole font a Chinese PNG took
// 30x as long as an English one (80 labels: 4.3 s against 0.15 s); with this subset the same.
//
// Run once per server process in a thread of its own (../png-fonts.ts), which then ends: the
// subsetter's WebAssembly memory (tens of MB for a 10 MB font) goes with it. The files are
// written into the app's own folder, never the shared temp folder, and never read back as
// trusted: each process makes them anew.

/** A font file's subset to these characters, as a TrueType font. */
export async function subsetChinese(fontFile, text) {
  return subsetFont(fs.readFileSync(fontFile), text, { targetFormat: 'sfnt' });
}

/** Writes each font's subset into `dir` (made private to this user) and returns their paths. */
export async function writeSubsets(fonts, text, dir) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files = [];
  for (const font of fonts) {
    const bytes = await subsetChinese(font, text);
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const file = path.join(dir, `${path.basename(font, '.ttf')}-${hash}.ttf`);
    // Written whole under a name of this process, then renamed: a reader never sees half a font.
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, bytes, { mode: 0o600 });
    fs.renameSync(partial, file);
    files.push(file);
  }
  return files;
}

/** The thread's task (piscina): the subsets of `fonts` to `text`, written into `dir`. */
export default function chartFonts({ fonts, text, dir }) {
  return writeSubsets(fonts, text, dir);
}
