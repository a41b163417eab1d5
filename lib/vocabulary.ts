// The words a pack's closed columns may hold (PACK-FORMAT.md), shared by the pack format
// (db/pack/format.ts), the database schema (db/schema.ts types these columns by them) and the
// URL's filters (lib/filters.ts). Below both the data layer and the app: imports nothing.

export const MODES = ['thinking', 'non-thinking', 'base', 'n/a'] as const;
export const MODEL_KINDS = ['base', 'instruct', 'reasoning', 'hybrid'] as const;
export const UNITS = ['percent', 'elo', 'score'] as const;
export const YES_NO = ['yes', 'no'] as const;
export const ARCHITECTURES = ['dense', 'moe'] as const;
export const CATEGORIES = [
  'knowledge',
  'reasoning',
  'math',
  'code',
  'alignment',
  'agent',
  'multilingual',
  'long-context',
] as const;
export const SOURCE_KINDS = ['blog', 'tech-report', 'model-card', 'leaderboard', 'paper', 'other'] as const;
export type Mode = (typeof MODES)[number];
export type ModelKind = (typeof MODEL_KINDS)[number];
export type Unit = (typeof UNITS)[number];
export type YesNo = (typeof YES_NO)[number];
export type Category = (typeof CATEGORIES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The same words with '' first: a column where the pack may leave the value empty. */
export const orEmpty = <T extends readonly string[]>(values: T) => ['', ...values] as const;
