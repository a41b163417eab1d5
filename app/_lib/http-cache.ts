import { createHash } from 'node:crypto';

// HTTP validators shared by every cacheable answer (chart files, CSV exports, the JSON API):
// an entity tag, and the If-None-Match check that turns a repeat request into a 304.

/** A strong entity tag: a hash of what determines the body (its bytes, or its inputs). */
export function entityTag(...parts: (string | number | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'number' ? String(part) : part).update('\u0000');
  return `"${hash.digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether an If-None-Match header names `etag` (RFC 9110 §13.1.2: weak comparison, so W/"x"
 * matches "x"; `*` matches any current representation).
 */
export function matchesIfNoneMatch(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((raw) => {
    const tag = raw.trim();
    return tag === '*' || tag.replace(/^W\//, '') === bare;
  });
}

/**
 * Cache-Control of answers that depend only on the URL and the data: any cache (a browser, a
 * reverse proxy, a CDN) may keep them, but asks again (with If-None-Match, answered by a cheap
 * 304) once they are a minute old, so a seed shows within a minute everywhere.
 */
export const REVALIDATE = 'public, max-age=60, must-revalidate';

/** The build's code revision (next.config.js), part of every entity tag. */
export const CODE_REVISION = process.env.BENCHBOARD_REVISION ?? 'development';
