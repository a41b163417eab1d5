'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * The site's search: a plain GET form to /search (it works without JavaScript), showing the
 * query on the results page (which has no box of its own); with JavaScript, the "/" key puts the
 * cursor in the box, as on most sites with a search. The key's hint shows only where there is a
 * keyboard to press it (a fine pointer that hovers; globals.css).
 */
export function SearchBox({
  action,
  label,
  placeholder,
  keyHint,
}: {
  /** /search in the page's language. */
  action: string;
  label: string;
  placeholder: string;
  keyHint: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const onSearch = usePathname() === action;
  const query = useSearchParams()?.get('q') ?? '';
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key !== '/' || typing || event.metaKey || event.ctrlKey || event.altKey) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <form action={action} method="get" role="search" className="site-search">
      <label htmlFor="site-search" className="sr-only">
        {label}
      </label>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        placeholder={placeholder}
        defaultValue={onSearch ? query : undefined}
        maxLength={100}
        autoComplete="off"
      />
      <kbd className="key-hint" title={keyHint} aria-hidden="true">
        /
      </kbd>
    </form>
  );
}
