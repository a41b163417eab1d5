import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { enterAsOf, getRecordedVersions, readingAsOf } from '@/db/queries';
import { PATH_HEADER } from '../_i18n/locales';
import { filterSchema, setLinksAsOf } from './filters';

// The data version a page render shows: asOf in its address (proxy.ts passes the path and query
// on), checked against the record of loads. Read once per render, with the request's language
// (app/_i18n/server.ts awaits it), so that every read after it is of that version
// (db/queries/reading.ts); an unknown version is said and today's data shown.

export type RequestAsOf = {
  /** The page's path and query, without the language prefix. */
  path: string;
  /** The version shown, when the address asked for one that can be shown. */
  version?: number;
  /** The value asked for, when it cannot be shown, and the versions that can. */
  refused?: { value: string; versions: number[] };
};

// The links a render writes (a view's CSV) carry its version.
setLinksAsOf(readingAsOf);

export const getRequestAsOf = cache(async (): Promise<RequestAsOf> => {
  const path = (await headers()).get(PATH_HEADER) ?? '/';
  const raw = new URLSearchParams(path.includes('?') ? path.slice(path.indexOf('?') + 1) : '').get('asOf');
  if (!raw) return { path };
  const versions = getRecordedVersions().map((v) => v.version);
  const version = Number(raw);
  if (!filterSchema.shape.asOf.safeParse(raw).success || !versions.includes(version))
    return { path, refused: { value: raw.slice(0, 20), versions } };
  enterAsOf(version);
  return { path, version };
});
