import { describe, expect, it } from 'vitest';
import { searchWords, squash } from './search';

describe('search words', () => {
  it('squash keeps letters and digits only, lower case', () => {
    expect(squash('Arena-Hard')).toBe('arenahard');
    expect(squash("AIME'25")).toBe('aime25');
    expect(squash('Qwen3-235B-A22B')).toBe('qwen3235ba22b');
    expect(squash('Gemini2.5-Pro')).toBe('gemini25pro');
    expect(squash('Ünïcode Café')).toBe('unicodecafe');
  });

  it('a query becomes its words, so nothing in it is FTS5 syntax', () => {
    expect(searchWords('Qwen3 32B')).toEqual(['qwen3', '32b']);
    expect(searchWords('"deepseek" OR r1* NEAR(x)')).toEqual(['deepseek', 'or', 'r1', 'near', 'x']);
    expect(searchWords('  --  ')).toEqual([]);
  });
});
