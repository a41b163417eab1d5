const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

// Security headers every response carries (pages, API, exports, static files, 404s). The
// Content-Security-Policy is set per request in proxy.ts: a page's policy holds a fresh nonce.
const SECURITY_HEADERS = [
  // Take the declared Content-Type at its word: a CSV or JSON answer is never run as a script.
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Full URLs (with their filters) stay on this site; other sites see only the origin, and
  // nothing at all over plain HTTP from HTTPS.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // No framing, for browsers without CSP's frame-ancestors (which proxy.ts sets to 'none').
  { key: 'X-Frame-Options', value: 'DENY' },
  // A dashboard of tables and charts uses none of these.
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
  },
];

/**
 * A hash of the code that shapes what the server answers. It is the build's id, so two builds of
 * the same code (on two machines, for two instances behind one proxy) have the same id, and it
 * goes into every entity tag, so a deploy that changes an answer never gets a stale 304.
 */
function sourceRevision() {
  const hash = createHash('sha256');
  const add = (target) => {
    const stat = fs.statSync(target, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target).sort()) {
        if (entry === 'seed' || entry === 'node_modules' || entry.endsWith('.test.ts')) continue;
        add(path.join(target, entry));
      }
    } else {
      hash.update(path.relative(__dirname, target)).update('\0').update(fs.readFileSync(target)).update('\0');
    }
  };
  for (const input of ['app', 'db', 'pages', 'proxy.ts', 'next.config.js', 'package-lock.json']) {
    add(path.join(__dirname, input));
  }
  return hash.digest('hex').slice(0, 20);
}

const revision = sourceRevision();

/** A day: the icon's URL has no hash, so a new icon shows within a day of its deploy. */
const ICON_CACHE_CONTROL = 'public, max-age=86400';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  bundlePagesRouterDependencies: true,
  serverExternalPackages: ['better-sqlite3', '@resvg/resvg-js', 'piscina'],
  // `npm test` type-checks (tsc --noEmit); skipping it here halves the first `npm start`.
  typescript: { ignoreBuildErrors: true },
  generateBuildId: () => revision,
  // No page uses next/image: this turns its optimiser endpoint (/_next/image) into a 404 instead
  // of a resizer of any image on the site that writes what it makes under .next/cache/images.
  images: { unoptimized: true },
  env: { BENCHBOARD_REVISION: revision },
  // Chart files live at /charts/<kind>/<id>.<ext>; the route that draws them is in pages/api
  // (see its header for why).
  async rewrites() {
    return [{ source: '/charts/:kind/:file', destination: '/api/charts/:kind/:file' }];
  },
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // The tab icon (app/icon.svg) changes only with a deploy. Next serves it with
      // `max-age=0, must-revalidate` but no validator, so every page view fetched it again.
      { source: '/icon.svg', headers: [{ key: 'Cache-Control', value: ICON_CACHE_CONTROL }] },
    ];
  },
};

module.exports = nextConfig;
