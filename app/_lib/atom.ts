import type { LoadEntry } from '@/db/queries/loads';
import { changeText, countLabel, countText, loadKind, loadTime, loadTitle, resultsText } from './changes';
// The feed is in English, one language for every reader (its words are the app's English messages).
import { EN } from '../_i18n/translate';

// The record of loads as an Atom feed (RFC 4287): one entry per committed load, newest first, so
// that a reader subscribed to /changes.atom learns of every new or corrected number.

/** Text for XML: the five characters with a meaning escaped; characters XML 1.0 forbids removed. */
export function xmlText(text: string): string {
  return (
    text
      // The control characters XML 1.0 forbids.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** Text for HTML (the entry's content): as for XML, with &#39; for ' (HTML 4 has no &apos;). */
const htmlText = (text: string) => xmlText(text).replace(/&apos;/g, '&#39;');

/** A load as HTML (escaped again for the feed's `content type="html"`). */
function entryHtml(l: LoadEntry, site: string): string {
  const li = (text: string) => `<li>${htmlText(text)}</li>`;
  const links = (label: string, list: { id: string; name: string }[], path: string) =>
    list.length === 0
      ? ''
      : `<p>${label}: ${list.map((x) => `<a href="${htmlText(`${site}/${path}/${x.id}`)}">${htmlText(x.name)}</a>`).join(', ')}</p>`;
  return [
    `<p>${htmlText(`${loadTime(l.loadedAt, EN)}, ${loadKind(l, EN)}. ${resultsText(l, EN)}.`)}</p>`,
    `<ul>${l.counts.map((c) => li(`${countLabel(c)}: ${countText(c, EN)}`)).join('')}</ul>`,
    links('Models added', l.addedModels, 'models'),
    links('Benchmarks added', l.addedBenchmarks, 'benchmarks'),
    l.changes.length > 0
      ? `<p>Values changed:</p><ul>${l.changes.map((c) => li(changeText(c, EN))).join('')}</ul>`
      : '',
    l.changeCount > l.changes.length ? `<p>${htmlText(`and ${l.changeCount - l.changes.length} more`)}</p>` : '',
  ].join('');
}

/**
 * The feed. `site` is the dashboard's address (no trailing slash); `updated` the time of the
 * latest change (the data version's time), required by Atom even when there are no entries.
 */
export function atomFeed({ site, updated, loads }: { site: string; updated: string; loads: LoadEntry[] }): string {
  const entries = loads.map(
    (l) => `  <entry>
    <id>${xmlText(`${site}/changes#load-${l.id}`)}</id>
    <title>${xmlText(`${loadTitle(l)} (${resultsText(l, EN)})`)}</title>
    <updated>${xmlText(l.loadedAt)}</updated>
    <link rel="alternate" type="text/html" href="${xmlText(`${site}/changes#load-${l.id}`)}"/>
    <content type="html">${xmlText(entryHtml(l, site))}</content>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlText(`${site}/changes`)}</id>
  <title>Benchboard: what changed</title>
  <subtitle>Every committed load of results, newest first</subtitle>
  <updated>${xmlText(updated || new Date(0).toISOString())}</updated>
  <author><name>Benchboard</name></author>
  <link rel="self" type="application/atom+xml" href="${xmlText(`${site}/changes.atom`)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(`${site}/changes`)}"/>
${entries.join('')}</feed>
`;
}
