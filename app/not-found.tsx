import { connection } from 'next/server';
import { getI18n } from './_i18n/server';

// Rendered on request (not prerendered), so that its scripts carry the CSP nonce of proxy.ts.
export default async function NotFound() {
  await connection();
  const { t, href } = await getI18n();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>
        {t('notFound.text')} <a href={href('/')}>{t('notFound.back')}</a>
      </p>
    </>
  );
}
