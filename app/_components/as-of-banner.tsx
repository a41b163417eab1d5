import { getDataStamp } from '@/db/queries';
import { getI18n } from '../_i18n/server';
import { withoutAsOf } from '../_lib/as-of-link';
import { getRequestAsOf } from '../_lib/as-of-request';

/**
 * A page as of an earlier data version says so first, with a link to today's view of the same
 * address; an asOf that cannot be shown is said too (the page then shows today's data).
 */
export async function AsOfBanner() {
  const tr = await getI18n();
  const at = await getRequestAsOf();
  if (at.refused)
    return (
      <p className="notice as-of" role="note" data-testid="as-of-banner">
        {tr.rich(
          'asOf.ignored',
          { changes: (text) => <a href={tr.href('/changes')}>{text}</a> },
          { value: at.refused.value, versions: at.refused.versions.join(', ') || '—' },
        )}
      </p>
    );
  if (at.version === undefined) return null;
  const { updatedAt } = getDataStamp();
  return (
    <p className="notice as-of" role="note" data-testid="as-of-banner">
      {tr.rich(
        'asOf.banner',
        { today: (text) => <a href={tr.href(withoutAsOf(at.path))}>{text}</a> },
        { version: String(at.version), date: tr.date(updatedAt.slice(0, 10)) },
      )}
    </p>
  );
}
