import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { Suspense, type ReactNode } from 'react';
import { SearchBox } from './_components/search-box';
import { SiteFooter } from './_components/site-footer';
import { SiteNav } from './_components/site-nav';
import { ThemeSwitch } from './_components/theme-switch';
import { THEME_COOKIE, themeOf } from './_lib/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Benchboard', template: '%s · Benchboard' },
  description: 'Published LLM benchmark results, starting with the Qwen3 release, with a source for every number.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = themeOf((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme === 'system' ? undefined : theme}>
      <body>
        <header className="site">
          <SiteNav />
          <div className="site-tools">
            <SearchBox />
            <Suspense>
              <ThemeSwitch current={theme} />
            </Suspense>
          </div>
        </header>
        <main>{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}
