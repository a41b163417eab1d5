'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { THEME_COOKIE, THEME_MAX_AGE, THEMES, type Theme } from '../_lib/theme';

/** Remembers the theme and applies it to the page at once (no reload). */
function applyTheme(theme: Theme) {
  document.cookie = `${THEME_COOKIE}=${theme}; path=/; max-age=${THEME_MAX_AGE}; samesite=lax`;
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/**
 * Light, dark or the system's: links to /theme, which sets the cookie and comes back (so it works
 * without JavaScript); with JavaScript the choice applies at once.
 */
export function ThemeSwitch({
  current,
  label,
  labels,
}: {
  current: Theme;
  label: string;
  labels: Record<Theme, string>;
}) {
  const [chosen, setChosen] = useState(current);
  const path = usePathname() ?? '/';
  const query = useSearchParams()?.toString();
  const back = `${path}${query ? `?${query}` : ''}`;
  return (
    <nav aria-label={label} className="theme-switch">
      {THEMES.map((theme) => (
        <a
          key={theme}
          href={`/theme?set=${theme}&back=${encodeURIComponent(back)}`}
          aria-current={theme === chosen ? 'true' : 'false'}
          rel="nofollow"
          onClick={(event) => {
            event.preventDefault();
            applyTheme(theme);
            setChosen(theme);
          }}
        >
          {labels[theme]}
        </a>
      ))}
    </nav>
  );
}
