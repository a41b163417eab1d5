import type { Metadata } from 'next';
import Link from 'next/link';
import { getFamilies, getModels } from '@/db/queries';
import { parseFilters, toQuery, type RawSearchParams } from '../_lib/filters';
import { isQwen3, orgColour } from '../_lib/encodings';
import { formatParams } from '../_lib/format';
import { getI18n } from '../_i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('models.title') };
}

const PAGE_SIZE = 100;

export default async function ModelsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const tr = await getI18n();
  const { t, href, num } = tr;
  const { filters } = parseFilters(await searchParams);
  const everyModel = getModels();
  const all = everyModel.filter((m) => !filters.family || m.family === filters.family);
  // Qwen3 first, then the rest as sorted by family and size; a page at a time.
  const sorted = [...all].sort((a, b) => Number(isQwen3(b.family)) - Number(isQwen3(a.family)));
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(pages, Number(filters.page ?? 1));
  const models = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const families = getFamilies();
  return (
    <>
      <h1>{t('models.title')}</h1>
      <p className="lede">{t('models.lede')}</p>
      <ul className="chips" aria-label={t('filters.family.label')}>
        <li>
          <Link href={href('/models')} aria-current={filters.family ? undefined : 'true'}>
            {t('models.all', { count: everyModel.length })}
          </Link>
        </li>
        {families.slice(0, 40).map((f) => (
          <li key={f}>
            <Link
              href={href(`/models${toQuery({ family: f })}`)}
              aria-current={f === filters.family ? 'true' : undefined}
            >
              {f}
            </Link>
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav aria-label={t('models.pagesLabel')} className="muted" style={{ margin: '0.5rem 0' }}>
          {t('models.pages', {
            from: (page - 1) * PAGE_SIZE + 1,
            to: Math.min(sorted.length, page * PAGE_SIZE),
            total: sorted.length,
          })}{' '}
          {page > 1 && (
            <Link href={href(`/models${toQuery({ family: filters.family, page: String(page - 1) })}`)}>
              {t('common.previous')}
            </Link>
          )}{' '}
          {page < pages && (
            <Link href={href(`/models${toQuery({ family: filters.family, page: String(page + 1) })}`)}>
              {t('common.next')}
            </Link>
          )}
        </nav>
      )}
      <div className="table-wrap">
        <table data-testid="models-table">
          <caption className="sr-only">{t('models.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.model')}</th>
              <th scope="col">{t('models.org')}</th>
              <th scope="col">{t('filters.family.label')}</th>
              <th scope="col">{t('models.architecture')}</th>
              <th scope="col" className="num">
                {t('models.params')}
              </th>
              <th scope="col">{t('models.open')}</th>
              <th scope="col" className="num">
                {t('table.results')}
              </th>
            </tr>
          </thead>
          <tbody>
            {models.map((m) => (
              <tr key={m.id} className={isQwen3(m.family) ? 'qwen' : undefined}>
                <td>
                  <a href={href(`/models/${m.id}`)}>{m.name}</a>
                </td>
                <td>
                  <span
                    className="swatch"
                    style={{
                      display: 'inline-block',
                      width: '0.7rem',
                      height: '0.7rem',
                      background: orgColour(m.org, m.family),
                      marginRight: '0.3rem',
                    }}
                  />
                  {m.org}
                </td>
                <td>{m.family}</td>
                <td>
                  {m.architecture ? (
                    (tr.lookup(`models.arch.${m.architecture}`) ?? m.architecture)
                  ) : (
                    <span className="muted">{t('common.notReported')}</span>
                  )}
                </td>
                <td className="num">
                  {formatParams(m.activeParams, tr)} / {formatParams(m.totalParams, tr)}
                </td>
                <td>
                  {m.openWeights ? (
                    (tr.lookup(`models.yesNo.${m.openWeights}`) ?? m.openWeights)
                  ) : (
                    <span className="muted">{t('common.notReported')}</span>
                  )}
                </td>
                <td className="num">{num(m.results)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
