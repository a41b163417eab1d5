// The look of a chart file: colours for light and dark, one font, text measured ahead of
// drawing. Data colours (the organisations) are the same in both themes; only ink, lines and
// background change. Everything is inside the file, so an SVG or PNG taken away looks the same.

export type Theme = 'light' | 'dark';

export const INK: Record<Theme, { bg: string; fg: string; muted: string; line: string; grid: string }> = {
  light: { bg: '#ffffff', fg: '#1b1b1f', muted: '#55555f', line: '#c9c9d2', grid: '#e3e3ea' },
  dark: { bg: '#15151a', fg: '#ececf1', muted: '#a8a8b6', line: '#4a4a56', grid: '#2b2b35' },
};

/** Inter (bundled, used for the PNG), then what a viewer of the SVG most likely has. */
export const FONT_FAMILY = "Inter, 'Helvetica Neue', Helvetica, Arial, sans-serif";

/**
 * A Chinese chart: Noto Sans SC first (bundled, @expo-google-fonts/noto-sans-sc, used for the PNG;
 * its Latin letters draw the names), then the Chinese fonts a viewer of the SVG most likely has.
 * Not Inter first: a rasteriser that falls back per character would draw a line in two fonts.
 */
export const FONT_FAMILY_ZH =
  "'Noto Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif";

const rules = (t: Theme) => {
  const c = INK[t];
  return (
    `.bg{fill:${c.bg}}.fg{fill:${c.fg}}.muted{fill:${c.muted}}.swatch-fg{stroke:${c.fg}}` +
    `.recharts-cartesian-axis-line,.recharts-cartesian-axis-tick-line{stroke:${c.line}}` +
    `.recharts-cartesian-axis-tick-value{fill:${c.muted}}.recharts-cartesian-grid line{stroke:${c.grid}}` +
    `.halo{stroke:${c.bg}}.frontier path{stroke:${c.muted}}.tied{fill:${c.grid}}` +
    // A label on a halo of the background stays legible across a line or a grid line.
    `.label-halo{stroke:${c.bg};stroke-width:3px;stroke-linejoin:round;paint-order:stroke}` +
    `.context-line path,path.context-line{stroke:${c.line}}`
  );
};

/**
 * The file's stylesheet. `auto` follows the viewer's colour scheme (an <img> follows its page's);
 * a fixed theme is for the PNG, which a rasteriser draws once.
 */
export function chartStyle(theme: Theme | 'auto'): string {
  if (theme !== 'auto') return rules(theme);
  return `${rules('light')}@media (prefers-color-scheme: dark){${rules('dark')}}`;
}

const NARROW_CHARS = new Set("ilI.,:;'|!·()[] ");
const WIDE_CHARS = new Set('mwMW@%');

/** A character's advance in em (Inter's average is ~0.58; CJK is square). */
function advance(ch: string): number {
  if (NARROW_CHARS.has(ch)) return 0.3;
  if (WIDE_CHARS.has(ch)) return 0.85;
  return ch > '\u2e80' ? 1 : 0.58;
}

/** Width of a text in pixels, estimated (bold is ~6% wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * size * (bold ? 1.06 : 1);
}

/** The text cut to `width` pixels, with an ellipsis when cut. */
export function fitText(text: string, width: number, size: number, bold = false): string {
  const scale = size * (bold ? 1.06 : 1);
  const room = width / scale - advance('…');
  let em = 0;
  let cut = 0;
  const chars = [...text];
  for (const ch of chars) {
    em += advance(ch);
    if (em > room + advance('…')) return `${chars.slice(0, cut).join('').trimEnd()}…`;
    if (em <= room) cut++;
  }
  return text;
}

/**
 * A bar's label cut to `width` pixels keeping what follows its last " · " whole: that is the
 * part that tells bars of one model apart (its mode, its table), so the model's name is cut
 * instead ("Qwen3-32B (after Stage 4: Gen… · thinking", not "… · thi…").
 */
export function fitLabel(text: string, width: number, size: number, bold = false): string {
  const whole = fitText(text, width, size, bold);
  const at = text.lastIndexOf(' · ');
  if (whole === text || at <= 0) return whole;
  const tail = text.slice(at);
  const room = width - textWidth(tail, size, bold);
  return room > textWidth('Qwen3…', size, bold) ? `${fitText(text.slice(0, at), room, size, bold)}${tail}` : whole;
}

const CJK = '\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef';
/** A Chinese character or punctuation mark (a line may break before it), a word, or a space. */
const PIECES = new RegExp(`[${CJK}]|[^\\s${CJK}]+|\\s+`, 'g');
/** Marks that never begin a line (they stay with the character before them). */
const CLOSING = /^[，。；：、！？）》」』,.;:!?)]$/;

/**
 * Text wrapped into lines of at most `width` pixels: at spaces, and between Chinese characters
 * (which have none); a word longer than a line after its hyphens, else cut. Past `maxLines`, the last line kept ends
 * with an ellipsis, so a cut note never reads as if it were whole.
 */
export function wrapText(text: string, width: number, size: number, maxLines = Infinity): string[] {
  const lines = wrapAll(text, width, size);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  if (last >= 0) kept[last] = fitText(`${kept[last]} ${lines[maxLines]}`, width, size);
  return kept;
}

function wrapAll(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  let last = ''; // the piece (with its closing marks) that ends `line`, when it was added whole
  let space = false;
  // A word wider than a line breaks after its hyphens ("Qwen2.5-72B-" / "Instruct"), not cut.
  const pieces = (text.match(PIECES) ?? []).flatMap((p) =>
    p.includes('-') && textWidth(p, size) > width ? (p.match(/[^-]+-*|-+/g) ?? [p]) : [p],
  );
  for (const piece of pieces) {
    if (/^\s/.test(piece)) {
      space = true;
      continue;
    }
    const joined = line && space ? `${line} ${piece}` : `${line}${piece}`;
    space = false;
    if (textWidth(joined, size) <= width || !line) {
      line = fitText(joined, width, size);
      // Closing marks stay with the piece before them: "分）" moves down whole.
      const tail = CLOSING.test(piece) && last ? `${last}${piece}` : piece;
      last = line.endsWith(tail) ? tail : '';
    } else if (CLOSING.test(piece) && last && line.length > last.length) {
      // A closing mark may not begin a line: the piece before it moves down with it.
      lines.push(line.slice(0, -last.length).trimEnd());
      const moved = `${last}${piece}`;
      line = fitText(moved, width, size);
      last = line === moved ? moved : '';
    } else if (CLOSING.test(piece)) {
      line = joined; // nothing to move down with it: it hangs past the edge, never cut
      last = '';
    } else {
      lines.push(line);
      line = fitText(piece, width, size);
      last = line === piece ? piece : '';
    }
  }
  if (line) lines.push(line);
  return lines;
}
