'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { LANGUAGE_NAME, LANGUAGE_TAG, LOCALES, localePath, splitLocale, type Locale } from '../_i18n/locales';

/**
 * 中文 / English: the same view in the other language, its filters kept (the path and query of
 * the address as it is now, also after a filter form or a link changed it without a reload).
 * A plain link, so the whole page (and its <html lang>) comes in the new language.
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const path = splitLocale(usePathname() ?? '/').path;
  const query = useSearchParams()?.toString();
  const here = `${path}${query ? `?${query}` : ''}`;
  return (
    <nav aria-label={label} className="language-switch">
      {LOCALES.map((l) => (
        <a
          key={l}
          href={localePath(l, here)}
          hrefLang={LANGUAGE_TAG[l]}
          lang={LANGUAGE_TAG[l]}
          aria-current={l === locale ? 'true' : undefined}
        >
          {LANGUAGE_NAME[l]}
        </a>
      ))}
    </nav>
  );
}
