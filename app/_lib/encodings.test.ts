import { describe, expect, it } from 'vitest';
import { isQwen3, LEGEND, modeFill, orgColour, orgLabel } from './encodings';

describe('colour = organisation', () => {
  it('gives every Alibaba org one colour and label, and Gemma its own beside Google', () => {
    expect(orgColour('Alibaba Cloud')).toBe(orgColour('Alibaba'));
    expect(orgLabel('Alibaba Cloud')).toBe('Qwen / Alibaba');
    expect(orgColour('Google', 'Gemma 3')).not.toBe(orgColour('Google', 'Gemini'));
    expect(orgLabel('Google', 'Gemma 3')).toBe('Google Gemma');
    expect(orgLabel('Google', 'Gemini')).toBe('Google');
  });

  it('draws an organisation without a colour of its own in the grey of "Other", under its own name', () => {
    const other = LEGEND.find((l) => l.label === 'Other')!.colour;
    expect(orgColour('Example Lab')).toBe(other);
    expect(orgLabel('Example Lab')).toBe('Example Lab');
  });

  it('the legend has one colour per entry, none used twice', () => {
    expect(new Set(LEGEND.map((l) => l.colour)).size).toBe(LEGEND.length);
    expect(LEGEND.map((l) => l.colour)).toContain(orgColour('OpenAI'));
  });
});

describe('fill = mode', () => {
  it('thinking and mode-less baselines solid, non-thinking hatched, base outlined', () => {
    expect(modeFill('thinking')).toBe('solid');
    expect(modeFill('n/a')).toBe('solid');
    expect(modeFill('non-thinking')).toBe('hatched');
    expect(modeFill('base')).toBe('outline');
  });

  it('marks the Qwen3 families, instruct and base, and no other', () => {
    expect(isQwen3('Qwen3')).toBe(true);
    expect(isQwen3('Qwen3 Base')).toBe(true);
    expect(isQwen3('Qwen2.5')).toBe(false);
  });
});

describe('isQwen3 by name where a pack leaves the family empty', () => {
  it('counts the Qwen3-2507 cards as Qwen3, and never another family named alike', () => {
    expect(isQwen3('', 'Qwen3-235B-A22B-Thinking-2507')).toBe(true);
    expect(isQwen3('Qwen2.5', 'Qwen3-lookalike')).toBe(false);
    expect(isQwen3('', 'QwQ-32B')).toBe(false);
  });
});
