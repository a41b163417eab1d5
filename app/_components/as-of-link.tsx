import type { Translator } from '../_i18n/translate';
import { withAsOf } from '../_lib/as-of-link';

/** A link to the overview as it was at a data version (a /changes entry's). */
export function AsOfOverviewLink({ version, tr }: { version: number; tr: Translator }) {
  if (version < 1) return null;
  return (
    <p>
      <a href={tr.href(withAsOf('/', version))} data-testid="as-of-link">
        {tr.t('asOf.changes')}
      </a>
    </p>
  );
}
