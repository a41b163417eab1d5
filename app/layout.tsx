import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from './_components/site-footer';
import { SiteNav } from './_components/site-nav';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Benchboard', template: '%s · Benchboard' },
  description: 'Published LLM benchmark results, starting with the Qwen3 release, with a source for every number.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site">
          <SiteNav />
        </header>
        <main>{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}
