import 'server-only';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { LANGUAGE_TAG, localePath, PATH_HEADER } from './locales';

/**
 * The page in each language, for <link rel="alternate" hreflang> (and x-default: English, the
 * site's own addresses): the view's path and filters as the request named them.
 */
export async function alternates(): Promise<NonNullable<Metadata['alternates']>> {
  const path = (await headers()).get(PATH_HEADER) ?? '/';
  return {
    languages: {
      [LANGUAGE_TAG.en]: path,
      [LANGUAGE_TAG.zh]: localePath('zh', path),
      'x-default': path,
    },
  };
}
