import 'server-only';
import { headers } from 'next/headers';
import { siteUrlOf } from './site-url';

/** This request's public address (SITE_URL, else the address it reached): for pages. */
export async function getSiteUrl(): Promise<string> {
  return siteUrlOf(await headers());
}
