import type { LoadChange, LoadCount, LoadEntry } from '@/db/queries/loads';
import type { Translator } from '../_i18n/translate';

// The record of loads in words, for the "what changed" page (either language) and its Atom feed
// (English).

/** "2026-12-02 05:18 UTC" */
export function loadTime(iso: string, { t, date }: Translator): string {
  return iso ? t('changes.time', { date: date(iso.slice(0, 10)), time: iso.slice(11, 16) }) : t('changes.noTime');
}

/** What a file's count line is about: results.csv rows are counted per source. */
export function countLabel(c: LoadCount): string {
  if (c.file !== 'results.csv') return c.file;
  return c.sourceTitle ? `${c.sourceTitle} (${c.sourceId})` : c.sourceId;
}

/** "12 added, 3,368 unchanged, 2 replaced" (the parts that are not zero; "nothing" else). */
export function countText(c: Pick<LoadCount, 'added' | 'unchanged' | 'replaced'>, { t }: Translator): string {
  const parts = [
    c.added && t('changes.added', { count: c.added }),
    c.unchanged && t('changes.unchanged', { count: c.unchanged }),
    c.replaced && t('changes.replaced', { count: c.replaced }),
  ].filter(Boolean);
  return parts.length ? parts.join(t('changes.partSeparator')) : t('changes.nothing');
}

/** The load's results in one line: "1,240 results: 1,240 added". */
export function resultsText(l: LoadEntry, tr: Translator): string {
  const results = l.counts.filter((c) => c.file === 'results.csv');
  const sum = (k: 'added' | 'unchanged' | 'replaced') => results.reduce((n, c) => n + c[k], 0);
  return tr.t('changes.rowsRead', {
    count: l.rows,
    counts: countText({ added: sum('added'), unchanged: sum('unchanged'), replaced: sum('replaced') }, tr),
  });
}

/** "Version 7: db/seed/qwen3-2507" */
export function loadTitle(l: LoadEntry): string {
  return `Version ${l.dataVersion}: ${l.pack}`;
}

/** How the pack was loaded, in words. */
export function loadKind(l: LoadEntry, { t }: Translator): string {
  if (l.bundledPack) return t('changes.bundled', { pack: l.bundledPack });
  return l.replace ? t('changes.packReplace') : t('changes.pack');
}

/** `model "OpenAI-o3-mini (medium)", release_date: 2025-01-30 → 2025-01-31` */
export function changeText(c: LoadChange, { t }: Translator): string {
  const shown = (v: string | null) => (v === null ? t('changes.nothing') : v === '' ? t('changes.empty') : v);
  const values =
    c.action === 'kept'
      ? t('changes.kept', { old: shown(c.oldValue), new: shown(c.newValue) })
      : `${shown(c.oldValue)} → ${shown(c.newValue)}`;
  return `${c.item}, ${c.column}: ${values}`;
}
