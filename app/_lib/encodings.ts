import { EN } from '../_i18n/translate';

// The fixed encodings of DESIGN.md: colour = organisation (one colour-blind-safe palette on
// every chart), fill = mode. A reader learns them once.

const ORG_COLOURS: [match: (org: string, family: string) => boolean, label: string, colour: string][] = [
  [(o) => o.startsWith('Alibaba'), 'Qwen / Alibaba', '#6f42c1'],
  [(o) => o === 'OpenAI', 'OpenAI', '#009e73'],
  [(o) => o === 'DeepSeek', 'DeepSeek', '#0072b2'],
  [(o, f) => o === 'Google' && f.startsWith('Gemma'), 'Google Gemma', '#cc79a7'],
  [(o) => o === 'Google', 'Google', '#e69f00'],
  [(o) => o === 'xAI', 'xAI', '#8c6d1f'],
  [(o) => o === 'Meta', 'Meta', '#56b4e9'],
  [(o) => o === 'Microsoft', 'Microsoft', '#d55e00'],
];
const OTHER = '#8a8a8a';

export function orgColour(org: string, family = ''): string {
  return ORG_COLOURS.find(([match]) => match(org, family))?.[2] ?? OTHER;
}

export function orgLabel(org: string, family = ''): string {
  return ORG_COLOURS.find(([match]) => match(org, family))?.[1] ?? org;
}

export const LEGEND = [
  ...ORG_COLOURS.map(([, label, colour]) => ({ label, colour })),
  { label: 'Other', colour: OTHER },
];

export type ModeFill = 'solid' | 'hatched' | 'outline';

/** Thinking and mode-less baselines solid, non-thinking hatched, base outlined. */
export function modeFill(mode: string): ModeFill {
  if (mode === 'non-thinking') return 'hatched';
  if (mode === 'base') return 'outline';
  return 'solid';
}

/**
 * A Qwen3 model: of the Qwen3 family, or (where a pack leaves the family empty, as the Qwen3-2507
 * model cards do) named Qwen3-….
 */
export function isQwen3(family: string, name = ''): boolean {
  return family === 'Qwen3' || family === 'Qwen3 Base' || (family === '' && /^Qwen3-/.test(name));
}

/** A mode in words: thinking, non-thinking, base, or no mode switch (n/a). */
export function modeLabel(mode: string, { lookup } = EN): string {
  return lookup(`modes.${mode}`) ?? mode;
}
