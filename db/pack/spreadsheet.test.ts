import { describe, expect, it } from 'vitest';
import { escapeTextCell, unescapeTextCell } from './spreadsheet';

describe('spreadsheet escaping (OWASP CSV injection)', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-tuned', "'-tuned"],
    ['@cmd', "'@cmd"],
    ['\tindented', "'\tindented"],
    ['\rstart', "'\rstart"],
  ])('escapes %j as %j and loads it back unchanged', (value, escaped) => {
    expect(escapeTextCell(value)).toBe(escaped);
    expect(unescapeTextCell(escaped)).toBe(value);
  });

  it.each(['Qwen3-235B-A22B', "AIME'24", 'plain text', '', 'a=b', ' =not first', "'quoted", "''"])(
    'leaves %j alone both ways',
    (value) => {
      expect(escapeTextCell(value)).toBe(value);
      expect(unescapeTextCell(value)).toBe(value);
    },
  );

  it('removes exactly one quote when loading', () => {
    expect(unescapeTextCell("''=x")).toBe("''=x"); // the quote is not followed by a formula character
    expect(unescapeTextCell("'=x")).toBe('=x');
  });
});
