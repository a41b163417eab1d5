import { EN, type Translator } from '../_i18n/translate';

/** Axis title with its unit. */
export function unitAxis(unit: string, { t } = EN): string {
  if (unit === 'percent') return t('units.axisPercent');
  if (unit === 'elo') return t('units.axisElo');
  return t('units.axisScore');
}

/** A unit's name ("percent", "Elo"), as a subtitle or a table says it. */
export function unitName(unit: string, { lookup } = EN): string {
  return lookup(`units.name.${unit}`) ?? unit;
}

export function formatBudget(tokens: number | null, { num } = EN): string {
  if (tokens === null) return '';
  return tokens % 1024 === 0 ? `${tokens / 1024}K` : num(tokens);
}

/** "22B", or a dash where the size is not published (a table's header says what the column is). */
export function formatParams(billions: number | null): string {
  return billions === null ? '—' : `${billions}B`;
}

/** The data version (bumped by every committed load) and when it was made (ISO time). */
export type DataStamp = { version: number; updatedAt: string };

/** "data as of 2026-12-02, version 7": every page's footer says it. */
export function dataAsOf(s: DataStamp, { t, date }: Translator = EN): string {
  return s.updatedAt
    ? t('common.dataAsOf', { date: date(s.updatedAt.slice(0, 10)), version: String(s.version) })
    : t('common.noData');
}

/** "data-2026-12-02-v7": every download's file name ends with it. */
export function stampSlug(s: DataStamp): string {
  return ['data', s.updatedAt.slice(0, 10), `v${s.version}`].filter(Boolean).join('-');
}
