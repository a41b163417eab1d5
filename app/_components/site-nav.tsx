import { headers } from 'next/headers';
import { PATH_HEADER } from '../_i18n/locales';
import type { Translator } from '../_i18n/translate';
import { NAV } from '../_lib/nav';

/**
 * The site's sections, drawn on the server (no client component: nothing to hydrate). Its links
 * are plain anchors, so a section is always a full page load and the current one, read from the
 * request's path, is never stale.
 */
export async function SiteNav({ tr }: { tr: Translator }) {
  const path = ((await headers()).get(PATH_HEADER) ?? '/').split(/[?#]/)[0]!;
  return (
    <nav aria-label={tr.t('nav.label')} className="sections">
      {NAV.map(([href, key]) => {
        const current = href === '/' ? path === '/' : path.startsWith(href);
        return (
          <a key={href} href={tr.href(href)} aria-current={current ? 'page' : undefined}>
            {tr.t(`nav.${key}`)}
          </a>
        );
      })}
    </nav>
  );
}
