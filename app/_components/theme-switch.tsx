'use client';

import { useSyncExternalStore } from 'react';
import { THEME_COOKIE, THEME_MAX_AGE, THEMES, themeOf, type Theme } from '../_lib/theme';

// The stored choice lives in a cookie that only the browser reads (the server draws every reader
// the same page); the inline script of <head> (app/_lib/theme.ts) applies it before the first paint.
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const stored = (): Theme => themeOf(new RegExp(`(?:^|;\\s*)${THEME_COOKIE}=([a-z]+)`).exec(document.cookie)?.[1]);
const onServer = (): Theme => 'system';

/** Remembers the theme and applies it to the page at once. */
function applyTheme(theme: Theme) {
  document.cookie = `${THEME_COOKIE}=${theme}; path=/; max-age=${THEME_MAX_AGE}; samesite=lax`;
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  for (const listener of listeners) listener();
}

/**
 * Light, dark or the system's: the server's HTML shows the system's pressed for everyone, and
 * the stored choice once hydrated. Hidden without JavaScript (globals.css), where it could not work.
 */
export function ThemeSwitch({ label, labels }: { label: string; labels: Record<Theme, string> }) {
  const chosen = useSyncExternalStore(subscribe, stored, onServer);
  return (
    <div role="group" aria-label={label} className="theme-switch">
      {THEMES.map((theme) => (
        <button key={theme} type="button" aria-pressed={theme === chosen} onClick={() => applyTheme(theme)}>
          {labels[theme]}
        </button>
      ))}
    </div>
  );
}
