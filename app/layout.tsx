import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { Suspense, type ReactNode } from 'react';
import { SiteFooter } from './_components/site-footer';
import { SiteHeader } from './_components/site-header';
import { ThemeSwitch } from './_components/theme-switch';
import { LANGUAGE_TAG } from './_i18n/locales';
import { alternates } from './_i18n/alternates';
import { getI18n } from './_i18n/server';
import { getSiteUrl } from './_lib/site-url-server';
import { THEME_COOKIE, themeOf } from './_lib/theme';
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
  const theme = themeOf((await cookies()).get(THEME_COOKIE)?.value);
  const i18n = await getI18n();
  const { locale, t } = i18n;
  return (
    <html lang={LANGUAGE_TAG[locale]} data-theme={theme === 'system' ? undefined : theme}>
      <body>
        <SiteHeader
          tr={i18n}
          themeSwitch={
            <Suspense>
              <ThemeSwitch
                current={theme}
                label={t('theme.label')}
                labels={{ system: t('theme.system'), light: t('theme.light'), dark: t('theme.dark') }}
              />
            </Suspense>
          }
        />
        <main>{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}
