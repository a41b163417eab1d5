// The colour theme a reader chose: light, dark, or their system's (the default). Kept in a
// cookie for a year, read by the server so that the page is drawn in it from the first paint.

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = 'theme';
export const THEME_MAX_AGE = 60 * 60 * 24 * 365;

export function themeOf(value: string | undefined): Theme {
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'system';
}

/** A path on this site to come back to after choosing (never another site's address). */
export function safeReturn(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}
