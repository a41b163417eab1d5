import { connection } from 'next/server';
import { getDataStamp } from '@/db/queries';
import { getI18n } from '../_i18n/server';
import { dataAsOf } from '../_lib/format';

/** Every page says which data it shows: the data version and its date, and where its changes are listed. */
export async function SiteFooter() {
  await connection(); // the stamp of the request, never of the build
  const i18n = await getI18n();
  const { t, href } = i18n;
  return (
    <footer className="site">
      <p>
        Benchboard · {dataAsOf(getDataStamp(), i18n)} · <a href={href('/changes')}>{t('nav.changes')}</a> ·{' '}
        <a href="/changes.atom">{t('footer.atom')}</a>
      </p>
    </footer>
  );
}
