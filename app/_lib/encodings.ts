import { EN } from '../_i18n/translate';

// The fixed encodings of DESIGN.md: colour = organisation (one colour-blind-safe palette on
// every chart), fill = mode. A reader learns them once.
//
// Every colour has at least 3:1 contrast against both chart backgrounds (white and #15151a), and
// no two of them collapse under deuteranopia or protanopia (Machado et al. 2009, severity 1:
// CIELAB distance >= 15 between every pair; found by a search over hue, saturation and
// luminance near each organisation's usual hue). Tested in app/_charts/palette.test.ts.

const ORG_COLOURS: [match: (org: string, family: string) => boolean, label: string, colour: string][] = [
  [(o) => o.startsWith('Alibaba'), 'Qwen / Alibaba', '#8844d7'],
  [(o) => o === 'OpenAI', 'OpenAI', '#1f7154'],
  [(o) => o === 'DeepSeek', 'DeepSeek', '#6890e3'],
  [(o, f) => o === 'Google' && f.startsWith('Gemma'), 'Google Gemma', '#bb0f87'],
  [(o) => o === 'Google', 'Google', '#d17f1c'],
  [(o) => o === 'xAI', 'xAI', '#7d6012'],
  [(o) => o === 'Meta', 'Meta', '#197ea7'],
  [(o) => o === 'Microsoft', 'Microsoft', '#dd7453'],
];
const OTHER = '#939393';

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
