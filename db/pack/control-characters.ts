// Characters a pack's text may not hold (issue 23, item 7). A value goes into pages (HTML), chart
// files (SVG, which is XML) and the Atom feed: XML 1.0 forbids the C0 control characters other
// than tab, line feed and carriage return, and HTML calls C0 and C1 controls and noncharacters
// parse errors. A U+0007 in a model name made its chart an invalid SVG and its PNG a 500. They are
// invisible in most editors, so the error says which one and where in the value.
//
// Tab and line breaks are text in a free-text column (notes, description: a note may have
// paragraphs). Everywhere else — names, ids, titles, versions, metrics, URLs, numbers — a value
// is one line, and a tab or a line break there is a paste or quoting mistake that would make a
// name no one can type or find.

/** Columns of free text, where tab, line feed and carriage return are allowed. */
export const FREE_TEXT_COLUMNS: ReadonlySet<string> = new Set(['notes', 'description']);

// Control characters (Cc: C0, DEL and C1) and noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and
// the last two of every plane); tab, line feed and carriage return are Cc too.
const ANY = /[\p{Cc}\p{Noncharacter_Code_Point}]/u;
const NEVER = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}]/u;
const LINE = /[\t\n\r]/;

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'backspace',
  0x09: 'tab',
  0x0a: 'line feed',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'DEL',
};

/** U+0007 (BEL): a code point as Unicode writes it, with its name when it has a common one. */
function codePoint(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[code] ? `${hex} (${NAMES[code]})` : hex;
}

/** The value as a reader can see it: every character refused here written as [U+0007]. */
function visible(value: string): string {
  const shown = [...value].map((c) => (ANY.test(c) ? `[${codePoint(c).split(' ')[0]}]` : c)).join('');
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}

/**
 * What is wrong with a field's value, if it holds a character no page or chart can show, or a
 * tab or line break outside a free-text column; undefined when it is fine.
 */
export function controlCharacterProblem(column: string, value: string): string | undefined {
  const pattern = FREE_TEXT_COLUMNS.has(column) ? NEVER : ANY;
  const match = pattern.exec(value);
  if (!match) return undefined;
  const char = match[0];
  const at = [...value.slice(0, match.index)].length + 1;
  if (LINE.test(char)) {
    return `"${visible(value)}" has a ${NAMES[char.codePointAt(0)!]} at character ${at}; a ${column} is one line: remove it (tabs and line breaks are allowed only in notes and description)`;
  }
  const kind = /\p{Cc}/u.test(char) ? 'the invisible control character' : 'the noncharacter';
  return `"${visible(value)}" has ${kind} ${codePoint(char)} at character ${at}, which no page or chart can show; delete it (most editors do not show it: retype the value if you cannot find it)`;
}
