// The colour theme a reader chose: light, dark, or their system's (the default). The page's HTML
// is the same for every reader (the server keeps it whole, scripts/server/page-cache.ts), so the
// server never reads the choice: the system's theme comes from prefers-color-scheme in CSS, and
// a stored choice (a cookie, kept for a year, read only by the browser) is applied by one small
// inline script in <head> before the first paint. Without JavaScript the system's theme applies
// and the switch is hidden.

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = 'theme';
export const THEME_MAX_AGE = 60 * 60 * 24 * 365;

export function themeOf(value: string | null | undefined): Theme {
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'system';
}

/**
 * Runs in <head> before anything is painted: marks that scripts run (the switch shows) and
 * applies a stored light or dark choice. Fixed text, so its hash never changes.
 */
export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.setAttribute('data-js','');var m=/(?:^|;\\s*)${THEME_COOKIE}=(light|dark)(?:;|$)/.exec(document.cookie);if(m)d.setAttribute('data-theme',m[1])})()`;
