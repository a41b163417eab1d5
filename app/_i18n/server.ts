import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { isLocale, LOCALE_HEADER, type Locale } from './locales';
import { translator, type Translator } from './translate';

/** The request's language, as proxy.ts passed it on (English unless the URL was under /zh). */
export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await headers()).get(LOCALE_HEADER);
  return isLocale(value) ? value : 'en';
});

/** The request's translator: t(), rich(), num(), date() and href() in its language. */
export async function getI18n(): Promise<Translator> {
  return translator(await getLocale());
}
