import { describe, expect, it } from 'vitest';
import { fitText, textWidth, wrapText } from './theme';

describe('text measured ahead of drawing', () => {
  it('a text that fits is kept whole; one that does not is cut with an ellipsis, within the width', () => {
    expect(fitText('Qwen3-32B', 200, 12)).toBe('Qwen3-32B');
    const cut = fitText('Qwen3-32B (after Stage 4: General RL) · non-thinking', 120, 12, true);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12, true)).toBeLessThanOrEqual(120);
    expect(cut.length).toBeGreaterThan(8);
  });

  it('wraps words into lines no wider than asked', () => {
    const lines = wrapText('Sources: Qwen3 Technical Report, Table 11; Qwen3 blog, flagship comparison', 200, 11);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe('Sources: Qwen3 Technical Report, Table 11; Qwen3 blog, flagship comparison');
  });
});
