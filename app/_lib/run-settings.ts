import type { ScoreRow } from '@/db/queries/results';
import { EN, type Translator } from '../_i18n/translate';

// The run settings of results (PACK-FORMAT "Run settings") in a reader's words, and what
// differs between two numbers of one benchmark: "5-shot vs 0-shot"; a setting only one side
// states is "not stated by this source" on the other. Pure: rows in, text out.

/** The settings as a result row carries them, in the format's order (harness version goes with the harness). */
export const SETTINGS = [
  'harness',
  'nShot',
  'samples',
  'itemsUsed',
  'temperature',
  'maxOutputTokens',
  'chatTemplate',
  'host',
  'quantization',
  'runDate',
] as const;
export type Setting = (typeof SETTINGS)[number];

export type SettingsRow = Pick<ScoreRow, Setting | 'harnessVersion'>;

/** True when a result states any run setting. */
export const statesSettings = (r: SettingsRow): boolean => SETTINGS.some((s) => r[s] !== '') || r.harnessVersion !== '';

/** A setting's value in words ("5-shot", "temperature 0.6"), or null when the source does not state it. */
export function settingText(r: SettingsRow, s: Setting, { t } = EN): string | null {
  const v = r[s];
  if (s === 'harness') return [r.harness, r.harnessVersion].filter(Boolean).join(' ') || null;
  if (v === '') return null;
  switch (s) {
    case 'nShot':
      return t('runs.values.nShot', { n: v });
    case 'samples':
      return t('runs.values.samples', { n: v });
    case 'itemsUsed':
      return t('runs.values.itemsUsed', { n: v });
    case 'temperature':
      return t('runs.values.temperature', { t: v });
    case 'maxOutputTokens':
      return t('runs.values.maxOutputTokens', { n: v });
    case 'chatTemplate':
      return v === 'yes' ? t('runs.values.chatYes') : t('runs.values.chatNo');
    case 'runDate':
      return t('runs.values.runDate', { date: v });
    default:
      return v;
  }
}

/** Settings that either row states, in the format's order. */
export function statedSettings(rows: readonly SettingsRow[]): Setting[] {
  return SETTINGS.filter((s) => rows.some((r) => settingText(r, s) !== null));
}

/**
 * What differs between two numbers' stated settings, each named: "5-shot vs 0-shot" for the
 * few a reader knows by their value alone, "n-shot: 0-shot vs not stated by this source" where
 * only one states it. The run date is left out: two runs on different days are the same setup.
 */
export function settingDifferences(a: SettingsRow, b: SettingsRow, tr: Translator = EN): string[] {
  const out: string[] = [];
  for (const s of SETTINGS) {
    if (s === 'runDate') continue;
    const [x, y] = [settingText(a, s, tr), settingText(b, s, tr)];
    if (x === y || (x !== null && y !== null && sameValue(a, b, s))) continue;
    const [left, right] = [x ?? tr.t('runs.notStated'), y ?? tr.t('runs.notStated')];
    out.push(
      x !== null && y !== null && s !== 'harness' && s !== 'host' && s !== 'quantization'
        ? tr.t('runs.vs', { a: left, b: right })
        : tr.t('runs.named', { setting: tr.t(`runs.names.${s}`), a: left, b: right }),
    );
  }
  return out;
}

/** Numbers compared by value: a temperature of 0.60 is 0.6. */
function sameValue(a: SettingsRow, b: SettingsRow, s: Setting): boolean {
  if (s === 'harness') return a.harness === b.harness && a.harnessVersion === b.harnessVersion;
  const [x, y] = [a[s], b[s]];
  return /^\d+(\.\d+)?$/.test(x) && /^\d+(\.\d+)?$/.test(y) ? Number(x) === Number(y) : x === y;
}
