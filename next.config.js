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

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3'],
  // `npm test` type-checks (tsc --noEmit); skipping it here halves the first `npm start`.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};

module.exports = nextConfig;
