import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { Suspense, type ReactNode } from 'react';
import { AsOfBanner } from './_components/as-of-banner';
import { SiteFooter } from './_components/site-footer';
import { SiteHeader } from './_components/site-header';
import { ThemeSwitch } from './_components/theme-switch';
import { LANGUAGE_TAG } from './_i18n/locales';
import { alternates } from './_i18n/alternates';
import { getI18n } from './_i18n/server';
import { getSiteUrl } from './_lib/site-url-server';
import { THEME_SCRIPT } from './_lib/theme';
import { nonceOf } from './_lib/edge';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return {
    metadataBase: new URL(await getSiteUrl()),
    title: { default: 'Benchboard', template: '%s · Benchboard' },
    description: t('site.description'),
    alternates: await alternates(),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const i18n = await getI18n();
  const { locale, t } = i18n;
  // The render's nonce (proxy.ts): the page cache hashes exactly the scripts that carry it.
  const nonce = nonceOf((await headers()).get('content-security-policy'));
  return (
    // The theme script sets data-js and data-theme on <html> before React hydrates it.
    <html lang={LANGUAGE_TAG[locale]} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <SiteHeader
          tr={i18n}
          themeSwitch={
            <Suspense>
              <ThemeSwitch
                label={t('theme.label')}
                labels={{ system: t('theme.system'), light: t('theme.light'), dark: t('theme.dark') }}
              />
            </Suspense>
          }
        />
        <main>
          <AsOfBanner />
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
