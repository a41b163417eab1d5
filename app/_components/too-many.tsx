import type { ReactNode } from 'react';
import { RESULTS_LIMIT, ResultLimitError } from '@/db/queries';
import { getI18n } from '../_i18n/server';

// A view that selects more results than one view reads whole (RESULTS_LIMIT, db/queries/results.ts)
// is said on its page, with the ways to read it all, instead of failing with a server error
// (issue 19 item 7: no silent cap, and no 500 from an address a reader typed). Pages wrap their
// default export: the reads in the page's own body are where a too-large view is met first; the
// components below it read the same view or a narrower one, and are not drawn when it is refused.

/** The page, or what it says instead when its view selects more than RESULTS_LIMIT results. */
export function sayingTooMany<P>(Page: (props: P) => Promise<ReactNode>) {
  return async function PageOrTooMany(props: P): Promise<ReactNode> {
    try {
      return await Page(props);
    } catch (error) {
      if (!(error instanceof ResultLimitError)) throw error;
      return <TooMany total={error.total} />;
    }
  };
}

async function TooMany({ total }: { total: number }) {
  const tr = await getI18n();
  const { t } = tr;
  return (
    <>
      <h1>{t('tooMany.title')}</h1>
      <p className="notice" data-testid="too-many">
        {tr.rich(
          'tooMany.text',
          {
            api: (text) => <a href={tr.href('/api')}>{text}</a>,
            // The whole export is one streamed file in every language (not a page: no /zh prefix).
            csv: (text) => <a href="/export.csv">{text}</a>,
          },
          { total, limit: RESULTS_LIMIT },
        )}
      </p>
    </>
  );
}
