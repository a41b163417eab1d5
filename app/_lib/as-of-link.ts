// Links to a view as it was: the same address with asOf=<data version>, before any #fragment.
// The rest of the address is kept as written.

const split = (href: string): [string, string] => {
  const hash = href.indexOf('#');
  return hash < 0 ? [href, ''] : [href.slice(0, hash), href.slice(hash)];
};

/** `href` without asOf: today's view of the same address. */
export function withoutAsOf(href: string): string {
  const [path, fragment] = split(href);
  const q = path.indexOf('?');
  if (q < 0) return href;
  const kept = path
    .slice(q + 1)
    .split('&')
    .filter((p) => p !== '' && p.split('=')[0] !== 'asOf');
  return `${path.slice(0, q)}${kept.length ? `?${kept.join('&')}` : ''}${fragment}`;
}

/** `href` as of a data version (unchanged for today's data, `asOf` undefined). */
export function withAsOf(href: string, asOf: number | undefined): string {
  if (asOf === undefined) return href;
  const [path, fragment] = split(withoutAsOf(href));
  return `${path}${path.includes('?') ? '&' : '?'}asOf=${asOf}${fragment}`;
}
