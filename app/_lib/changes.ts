import type { LoadChange, LoadCount, LoadEntry } from '@/db/queries/loads';
import { plural } from './format';

// The record of loads in words, for the "what changed" page and its Atom feed alike.

/** "2026-12-02 05:18 UTC" */
export function loadTime(iso: string): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : 'time not recorded';
}

/** What a file's count line is about: results.csv rows are counted per source. */
export function countLabel(c: LoadCount): string {
  if (c.file !== 'results.csv') return c.file;
  return c.sourceTitle ? `${c.sourceTitle} (${c.sourceId})` : c.sourceId;
}

/** "12 added, 3,368 unchanged, 2 replaced" (the parts that are not zero; "nothing" else). */
export function countText(c: Pick<LoadCount, 'added' | 'unchanged' | 'replaced'>): string {
  const parts = [
    c.added && `${c.added.toLocaleString('en-US')} added`,
    c.unchanged && `${c.unchanged.toLocaleString('en-US')} unchanged`,
    c.replaced && `${c.replaced.toLocaleString('en-US')} replaced`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing';
}

/** The load's results in one line: "1,240 results: 1,240 added". */
export function resultsText(l: LoadEntry): string {
  const results = l.counts.filter((c) => c.file === 'results.csv');
  const sum = (k: 'added' | 'unchanged' | 'replaced') => results.reduce((n, c) => n + c[k], 0);
  return `${plural(l.rows, 'result row')} read: ${countText({ added: sum('added'), unchanged: sum('unchanged'), replaced: sum('replaced') })}`;
}

/** "Version 7: db/seed/qwen3-2507" */
export function loadTitle(l: LoadEntry): string {
  return `Version ${l.dataVersion}: ${l.pack}`;
}

/** How the pack was loaded, in words. */
export function loadKind(l: LoadEntry): string {
  if (l.bundledPack) return `the bundled pack ${l.bundledPack}`;
  return l.replace ? 'a pack loaded with --replace' : 'a pack';
}

const shown = (v: string | null) => (v === null ? 'nothing' : v === '' ? '(empty)' : v);

/** `model "OpenAI-o3-mini (medium)", release_date: 2025-01-30 → 2025-01-31` */
export function changeText(c: LoadChange): string {
  const values =
    c.action === 'kept'
      ? `${shown(c.oldValue)} kept (the bundled pack says ${shown(c.newValue)}; the stored value is the user's own)`
      : `${shown(c.oldValue)} → ${shown(c.newValue)}`;
  return `${c.item}, ${c.column}: ${values}`;
}
