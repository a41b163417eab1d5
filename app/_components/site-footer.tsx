import Link from 'next/link';
import { connection } from 'next/server';
import { getDataStamp } from '@/db/queries';
import { dataAsOf } from '../_lib/format';

/** Every page says which data it shows: the data version and its date, and where its changes are listed. */
export async function SiteFooter() {
  await connection(); // the stamp of the request, never of the build
  return (
    <footer className="site">
      <p>
        Benchboard · {dataAsOf(getDataStamp())} · <Link href="/changes">What changed</Link> ·{' '}
        <a href="/changes.atom">Atom feed</a>
      </p>
    </footer>
  );
}
