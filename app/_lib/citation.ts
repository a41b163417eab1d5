// How to cite a source, and a view: plain text and BibTeX, from what a pack declares about a
// source (title, url, publisher, date, kind). Nothing is looked up elsewhere: what is not
// declared is left out, never guessed. The plain text is in the reader's language (its kind and
// date); BibTeX is the same in both.

import { EN, type Translator } from '../_i18n/translate';

export type CitedSource = {
  id: string;
  title: string;
  url: string;
  publisher: string;
  publishedAt: string;
  kind: string;
};

/** "arXiv:2505.09388v1" in the title, or an arxiv.org address. */
export function arxivId(source: Pick<CitedSource, 'title' | 'url'>): string | null {
  const m =
    /arXiv:\s*(\d{4}\.\d{4,5}(?:v\d+)?)/i.exec(source.title) ??
    /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5}(?:v\d+)?)/i.exec(source.url);
  return m ? m[1]! : null;
}

/** Publisher. Title. Kind, date. arXiv id or URL. */
export function plainCitation(s: CitedSource, tr: Translator): string {
  const arxiv = arxivId(s);
  const title = s.title.replace(/\s*\(arXiv:[^)]*\)\s*$/i, '');
  return `${s.publisher}. ${title}. ${kindLabel(s.kind, tr)}, ${tr.date(s.publishedAt)}. ${arxiv ? `arXiv:${arxiv}. ` : ''}${s.url}`;
}

/** "Technical report", "Blog post"; any other kind is a web page. */
const kindLabel = (kind: string, { t, lookup }: Translator) => lookup(`citeKinds.${kind}`) ?? t('citeKinds.other');

/** A BibTeX value: braces balanced, special characters escaped. */
function bib(text: string): string {
  return text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

/** A BibTeX entry: @techreport for a report, @misc (with howpublished) otherwise; in English, as BibTeX fields are. */
export function bibtex(s: CitedSource): string {
  const arxiv = arxivId(s);
  const [year, month] = s.publishedAt.split('-');
  const fields: [string, string][] = [
    ['title', `{${bib(s.title.replace(/\s*\(arXiv:[^)]*\)\s*$/i, ''))}}`],
    ['author', `{${bib(s.publisher)}}`],
    ...(s.kind === 'tech-report' ? ([['institution', `{${bib(s.publisher)}}`]] as [string, string][]) : []),
    ['year', `{${year ?? ''}}`],
    ...(month ? ([['month', `{${Number(month)}}`]] as [string, string][]) : []),
    ...(arxiv
      ? ([
          ['eprint', `{${arxiv}}`],
          ['archivePrefix', '{arXiv}'],
        ] as [string, string][])
      : []),
    ['url', `{${s.url}}`],
    ...(s.kind === 'tech-report' ? [] : ([['howpublished', `{${kindLabel(s.kind, EN)}}`]] as [string, string][])),
    ['note', `{Published ${s.publishedAt}}`],
  ];
  const key = s.id.replace(/[^A-Za-z0-9:_-]/g, '');
  return `@${s.kind === 'tech-report' ? 'techreport' : 'misc'}{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}
