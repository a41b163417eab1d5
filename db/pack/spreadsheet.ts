// OWASP's advice for CSV that goes into spreadsheets (PACK-FORMAT "Exports that go into
// spreadsheets"): a text cell starting with one of these gets a leading quote on export, and
// loading removes exactly that one quote again.
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED = /^'[=+\-@\t\r]/;

export function escapeTextCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unescapeTextCell(value: string): string {
  // The first character tested before the pattern: this runs for every text cell of a pack.
  return value.charCodeAt(0) === 0x27 /* ' */ && ESCAPED.test(value) ? value.slice(1) : value;
}
