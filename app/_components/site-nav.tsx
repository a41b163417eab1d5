'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { localePath, splitLocale, type Locale } from '../_i18n/locales';

/** The sections: path, and the key of its label (messages `nav.*`). */
export const NAV = [
  ['/', 'overview'],
  ['/benchmarks', 'benchmarks'],
  ['/models', 'models'],
  ['/thinking', 'thinking'],
  ['/compare', 'compare'],
  ['/multilingual', 'multilingual'],
  ['/long-context', 'longContext'],
  ['/efficiency', 'efficiency'],
  ['/changes', 'changes'],
] as const;

/** The site's sections, in the page's language (labels come from the server: no messages ship). */
export function SiteNav({
  locale,
  label,
  labels,
}: {
  locale: Locale;
  /** The navigation's accessible name. */
  label: string;
  labels: Record<(typeof NAV)[number][1], string>;
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
