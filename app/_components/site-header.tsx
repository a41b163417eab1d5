import { Suspense, type ReactNode } from 'react';
import type { Translator } from '../_i18n/translate';
import { LanguageSwitch } from './language-switch';
import { SearchBox } from './search-box';
import { SiteNav } from './site-nav';

/**
 * The header: one row on a phone (the name, the search box and a Menu button whose popover holds
 * the sections, the theme and the language), the same parts in a row or two on a wider screen.
 * The menu is the browser's own popover: it opens, closes and dismisses without JavaScript.
 */
export function SiteHeader({ tr, themeSwitch }: { tr: Translator; themeSwitch: ReactNode }) {
  const { t } = tr;
  return (
    <header className="site">
      <a href={tr.href('/')} className="brand">
        Benchboard
      </a>
      <Suspense>
        <SearchBox
          action={tr.href('/search')}
          label={t('search.box')}
          placeholder={t('search.placeholder')}
          keyHint={t('search.keyHint')}
        />
      </Suspense>
      <button type="button" className="menu-button" popoverTarget="site-menu">
        {t('nav.menu')}
      </button>
      <div id="site-menu" popover="auto" className="site-menu">
        <SiteNav tr={tr} />
        <div className="site-tools">
          {themeSwitch}
          <Suspense>
            <LanguageSwitch locale={tr.locale} label={t('language.label')} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
