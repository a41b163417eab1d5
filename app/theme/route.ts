import { safeReturn, THEME_COOKIE, THEME_MAX_AGE, themeOf } from '../_lib/theme';

// GET /theme?set=dark&back=/thinking: remembers the theme (a cookie) and goes back to the page
// the reader was on. The switch's links, for a browser without JavaScript.

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const theme = themeOf(url.searchParams.get('set') ?? undefined);
  return new Response(null, {
    status: 303,
    headers: {
      Location: safeReturn(url.searchParams.get('back')),
      'Set-Cookie': `${THEME_COOKIE}=${theme}; Path=/; Max-Age=${THEME_MAX_AGE}; SameSite=Lax`,
      'Cache-Control': 'no-store',
    },
  });
}
