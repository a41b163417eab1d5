import { Fragment } from 'react';
import type { Sentence } from '../_lib/findings/sentence';
import type { Translator } from '../_i18n/translate';

/**
 * The answer under a page's title: the finding's sentences (app/_lib/findings), the names in
 * them linked to their pages (plain anchors: nothing here needs the client).
 */
export function Finding({
  sentences,
  tr,
  minor = false,
}: {
  sentences: Sentence[];
  tr: Translator;
  /** A panel's own finding (smaller; the page's finding is the one under its title). */
  minor?: boolean;
}) {
  if (sentences.length === 0) return null;
  return (
    <p className={minor ? 'finding minor' : 'finding'} {...(minor ? {} : { 'data-testid': 'finding' })}>
      {sentences.map((s, i) => (
        <Fragment key={i}>
          {i > 0 && tr.locale === 'en' ? ' ' : ''}
          {tr.rich(
            s.key,
            Object.fromEntries(
              Object.entries(s.links ?? {}).map(([tag, path]) => [
                tag,
                (text: string) => <a href={tr.href(path)}>{text}</a>,
              ]),
            ),
            s.values,
          )}
        </Fragment>
      ))}
    </p>
  );
}
