'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { localePath, splitLocale, type Locale } from '../_i18n/locales';
import { NAV, type NavKey } from '../_lib/nav';

/** The site's sections, in the page's language (labels come from the server: no messages ship). */
export function SiteNav({
  locale,
  label,
  labels,
}: {
  locale: Locale;
  /** The navigation's accessible name. */
  label: string;
  labels: Record<NavKey, string>;
}) {
  // null only outside the App Router (the chart files' Pages Router route renders no navigation).
  const path = splitLocale(usePathname() ?? '').path;
  return (
    <nav aria-label={label}>
      <Link href={localePath(locale, '/')} className="brand">
        Benchboard
      </Link>
      {NAV.map(([href, key]) => {
        const current = href === '/' ? path === '/' : path.startsWith(href);
        return (
          <Link key={href} href={localePath(locale, href)} aria-current={current ? 'page' : undefined}>
            {labels[key]}
          </Link>
        );
      })}
    </nav>
  );
}
