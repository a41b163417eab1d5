// The dashboard's two languages and where each lives: English at the site's own addresses (no
// link ever made breaks), Simplified Chinese under /zh. proxy.ts rewrites /zh/… to the same
// route and passes the locale on in a request header; pages read it on the server
// (./server.ts). Isomorphic: the proxy, the server and the few client components share it.

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The request header proxy.ts sets on every page request (a client's own is overwritten). */
export const LOCALE_HEADER = 'x-benchboard-locale';
/** The page's path and query without its locale prefix, for the alternates of <head>. */
export const PATH_HEADER = 'x-benchboard-path';

/** BCP 47 tags: <html lang>, hreflang and Intl's formats. */
export const LANGUAGE_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

/** A language's own name, as its switch shows it. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', zh: '中文' };

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

const PREFIX = '/zh';

/** A site path (with its query or fragment) in a language: /benchmarks → /zh/benchmarks, / → /zh. */
export function localePath(locale: Locale, path: string): string {
  if (locale === 'en' || !path.startsWith('/') || path.startsWith('//')) return path;
  return /^\/([?#]|$)/.test(path) ? `${PREFIX}${path.slice(1)}` : `${PREFIX}${path}`;
}

/** The language of a pathname and the pathname without it: /zh/models → zh, /models. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  if (pathname === PREFIX) return { locale: 'zh', path: '/' };
  if (pathname.startsWith(`${PREFIX}/`)) return { locale: 'zh', path: pathname.slice(PREFIX.length) };
  return { locale: 'en', path: pathname };
}
