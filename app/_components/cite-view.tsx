import { getDataStamp, getSources } from '@/db/queries';
import { siteUrl } from '../_charts/layout';
import { bibtex, plainCitation } from '../_lib/citation';

/**
 * "Cite this view": its address, the data version and date it shows, and the citation of every
 * source whose numbers it shows, as plain text and as BibTeX.
 */
export function CiteView({ title, path, sourceIds }: { title: string; path: string; sourceIds: Iterable<string> }) {
  const wanted = new Set(sourceIds);
  const sources = getSources().filter((s) => wanted.has(s.id));
  const stamp = getDataStamp();
  const date = stamp.updatedAt.slice(0, 10);
  const url = `${siteUrl()}${path}`;
  const view = `Benchboard. ${title}. ${url} (data version ${stamp.version} of ${date}).`;
  const viewBib = [
    `@misc{benchboard-v${stamp.version}-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview'},`,
    `  title = {Benchboard: ${title.replace(/[{}\\]/g, '')}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note = {Data version ${stamp.version} of ${date}}`,
    '}',
  ].join('\n');
  return (
    <details className="panel cite-view" data-testid="cite-view">
      <summary>Cite this view</summary>
      <p>{view}</p>
      <pre>{viewBib}</pre>
      {sources.length > 0 && <h3>{`The sources of its numbers (${sources.length})`}</h3>}
      {sources.map((s) => (
        <div key={s.id}>
          <p>{plainCitation(s)}</p>
          <pre>{bibtex(s)}</pre>
        </div>
      ))}
    </details>
  );
}
