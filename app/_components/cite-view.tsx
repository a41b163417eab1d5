import { getDataStamp, getSources } from '@/db/queries';
import { getSiteUrl } from '../_lib/site-url-server';
import { bibtex, plainCitation } from '../_lib/citation';
import { getI18n } from '../_i18n/server';
import { withAsOf } from '../_lib/as-of-link';

/**
 * "Cite this view": its address, the data version and date it shows, and the citation of every
 * source whose numbers it shows, as plain text and as BibTeX.
 */
export async function CiteView({
  title,
  path,
  sourceIds,
  summary,
}: {
  title: string;
  /** The disclosure's label ("Cite this claim"); "Cite this view" by default. */
  summary?: string;
  /** The view's path and filters (in English: the page's language is added here). */
  path: string;
  sourceIds: Iterable<string>;
}) {
  const tr = await getI18n();
  const { t } = tr;
  const wanted = new Set(sourceIds);
  const sources = getSources().filter((s) => wanted.has(s.id));
  const stamp = getDataStamp();
  const date = stamp.updatedAt.slice(0, 10);
  // The address as of the version shown: it keeps showing these numbers after later loads.
  const url = `${await getSiteUrl()}${tr.href(withAsOf(path, stamp.version))}`;
  const view = t('cite.view', { title, url, version: String(stamp.version), date: tr.date(date) });
  const viewBib = [
    `@misc{benchboard-v${stamp.version}-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview'},`,
    `  title = {Benchboard: ${title.replace(/[{}\\]/g, '')}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note = {Data version ${stamp.version} of ${date}}`,
    '}',
  ].join('\n');
  return (
    <details className="panel cite-view" data-testid="cite-view">
      <summary>{summary ?? t('cite.summary')}</summary>
      <p>{view}</p>
      <pre>{viewBib}</pre>
      {sources.length > 0 && <h3>{t('cite.sources', { count: sources.length })}</h3>}
      {sources.map((s) => (
        <div key={s.id}>
          <p>{plainCitation(s, tr)}</p>
          <pre>{bibtex(s)}</pre>
        </div>
      ))}
    </details>
  );
}
