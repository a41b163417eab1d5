import { describe, expect, it } from 'vitest';
import { fitLabel, fitText, textWidth, wrapText } from './theme';

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

  it('breaks a name longer than a line after a hyphen rather than cutting it (a line label on a phone)', () => {
    expect(wrapText('Qwen2.5-72B-Instruct', 108, 11.7, 2)).toEqual(['Qwen2.5-72B-', 'Instruct']);
    expect(wrapText('Qwen3-235B-A22B (no think)', 108, 11.7, 2)).toEqual(['Qwen3-235B-A22B', '(no think)']);
    expect(wrapText('Qwen2.5-72B-Instruct', 200, 11.7, 2)).toEqual(['Qwen2.5-72B-Instruct']);
  });

  it('wraps Chinese between characters, whole at every width, no line starting with a closing mark', () => {
    const text = '并列显示同一权重的思考与非思考结果（以填充区分），汇集自 13 个表格，其设置可能不同。每行注明其表格。';
    for (let width = 100; width <= 400; width++) {
      const lines = wrapText(text, width, 12);
      expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
      for (const line of lines) {
        expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
        expect(line).not.toMatch(/^[，。；）]/);
      }
    }
  });

  it('past its last line, a cut text ends with an ellipsis, in English and Chinese', () => {
    const en = 'Collected from 13 tables (Table 11; blog: flagship comparison; Table 12; Table 13; Table 22)';
    const zh = '汇集自 13 个表格（Table 11；博客：旗舰对比；Table 12；Table 13；Table 22），其设置可能不同';
    for (const text of [en, zh]) {
      const all = wrapText(text, 150, 12);
      expect(all.length).toBeGreaterThan(2);
      const cut = wrapText(text, 150, 12, 2);
      expect(cut).toHaveLength(2);
      expect(cut[0]).toBe(all[0]);
      expect(cut[1]!.endsWith('…')).toBe(true);
      expect(textWidth(cut[1]!, 12)).toBeLessThanOrEqual(150);
    }
    expect(wrapText(en, 2000, 12, 2)).toEqual([en]);
  });
});

describe('a bar label cut on a phone', () => {
  it('keeps what tells the bars apart (after the last " · ") and cuts the name', () => {
    const label = 'Qwen3-32B (after Stage 4: General RL) · thinking';
    const cut = fitLabel(label, 220, 12, true);
    expect(cut.endsWith('… · thinking')).toBe(true);
    expect(textWidth(cut, 12, true)).toBeLessThanOrEqual(220);
    expect(fitLabel('Qwen3-32B · thinking', 220, 12, true)).toBe('Qwen3-32B · thinking');
    expect(fitLabel('A label with no separator that is far too long to fit', 120, 12)).toBe(
      fitText('A label with no separator that is far too long to fit', 120, 12),
    );
  });
});
