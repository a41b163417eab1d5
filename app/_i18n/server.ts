import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { isLocale, LOCALE_HEADER, type Locale } from './locales';
import { translator, type Translator } from './translate';
import { getRequestAsOf } from '../_lib/as-of-request';

/** The request's language, as proxy.ts passed it on (English unless the URL was under /zh). */
export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await headers()).get(LOCALE_HEADER);
  // The data version the page shows (asOf) is read with its language, before any data.
  await getRequestAsOf();
  return isLocale(value) ? value : 'en';
});

/** The request's translator: t(), rich(), num(), date() and href() in its language. */
export async function getI18n(): Promise<Translator> {
  return translator(await getLocale());
}
