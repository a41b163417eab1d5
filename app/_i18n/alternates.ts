import 'server-only';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { LANGUAGE_TAG, localePath, PATH_HEADER } from './locales';
import { getI18n } from './server';

/**
 * The page in each language, for <link rel="alternate" hreflang> (and x-default: English, the
 * site's own addresses): the view's path and filters as the request named them. And the Atom
 * feed of changes, on every page, so a feed reader given any page finds it (one feed, in
 * English, for both languages).
 */
export async function alternates(): Promise<NonNullable<Metadata['alternates']>> {
  const path = (await headers()).get(PATH_HEADER) ?? '/';
  const { t } = await getI18n();
  return {
    languages: {
      [LANGUAGE_TAG.en]: path,
      [LANGUAGE_TAG.zh]: localePath('zh', path),
      'x-default': path,
    },
    types: { 'application/atom+xml': [{ url: '/changes.atom', title: t('site.feed') }] },
  };
}
