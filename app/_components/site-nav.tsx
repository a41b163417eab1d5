'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  ['/', 'Overview'],
  ['/benchmarks', 'Benchmarks'],
  ['/models', 'Models'],
  ['/thinking', 'Thinking budget'],
  ['/compare', 'Compare'],
  ['/multilingual', 'Multilingual'],
  ['/long-context', 'Long context'],
  ['/efficiency', 'Efficiency'],
  ['/changes', 'What changed'],
] as const;

export function SiteNav() {
  // null only outside the App Router (the chart files' Pages Router route renders no navigation).
  const path = usePathname() ?? '';
  return (
    <nav aria-label="Main">
      <Link href="/" className="brand">
        Benchboard
      </Link>
      {LINKS.map(([href, label]) => {
        const current = href === '/' ? path === '/' : path.startsWith(href);
        return (
          <Link key={href} href={href} aria-current={current ? 'page' : undefined}>
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
