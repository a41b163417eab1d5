'use client';

import { useEffect, useRef } from 'react';

/**
 * The site's search: a plain GET form to /search (it works without JavaScript); with it, the
 * "/" key puts the cursor in the box, as on most sites with a search.
 */
export function SearchBox({
  action,
  label,
  placeholder,
}: {
  /** /search in the page's language. */
  action: string;
  label: string;
  placeholder: string;
}) {
  const input = useRef<HTMLInputElement>(null);
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
        maxLength={100}
        autoComplete="off"
      />
    </form>
  );
}
