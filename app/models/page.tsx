import type { Metadata } from 'next';
import { StaticHtml } from '../_components/static-html';
import { getFamilies, getModels } from '@/db/queries';
import { parseFilters, toQuery, type RawSearchParams } from '../_lib/filters';
import { isQwen3, orgColour } from '../_lib/encodings';
import { formatParams } from '../_lib/format';
import { getI18n } from '../_i18n/server';
import type { Translator } from '../_i18n/translate';
import { Finding } from '../_components/finding';
import { modelsFinding } from '../_lib/findings/catalog';

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
  const sorted = [...all].sort((a, b) => Number(isQwen3(b.family, b.name)) - Number(isQwen3(a.family, a.name)));
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(pages, filters.page ?? 1);
  const models = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const families = getFamilies();
  return (
    <>
      <h1>{t('models.title')}</h1>
      <Finding sentences={modelsFinding(everyModel)} tr={tr} />
      <p className="lede">{t('models.lede')}</p>
      <ul className="chips" aria-label={t('filters.family.label')}>
        <li>
          <a href={href('/models')} aria-current={filters.family ? undefined : 'true'}>
            {t('models.all', { count: everyModel.length })}
          </a>
        </li>
        {families.slice(0, 40).map((f) => (
          <li key={f}>
            <a href={href(`/models${toQuery({ family: f })}`)} aria-current={f === filters.family ? 'true' : undefined}>
              {f}
            </a>
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
            <a href={href(`/models${toQuery({ family: filters.family, page: page - 1 })}`)}>{t('common.previous')}</a>
          )}{' '}
          {page < pages && (
            <a href={href(`/models${toQuery({ family: filters.family, page: page + 1 })}`)}>{t('common.next')}</a>
          )}
        </nav>
      )}
      <StaticHtml className="table-wrap scroll">
        <table data-testid="models-table" className="models">
          <caption className="sr-only">{t('models.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.model')}</th>
              <th scope="col">{t('models.org')}</th>
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
              <tr key={m.id} className={isQwen3(m.family, m.name) ? 'qwen' : undefined}>
                <th scope="row">
                  <a href={href(`/models/${m.id}`)}>{m.name}</a>
                </th>
                <td>
                  <span className="swatch" style={{ background: orgColour(m.org, m.family) }} />
                  {m.org}
                  {m.family && <small>{m.family}</small>}
                </td>
                <td className="num">
                  {m.activeParams === null && m.totalParams === null ? (
                    <NotReported tr={tr} />
                  ) : (
                    `${formatParams(m.activeParams)} / ${formatParams(m.totalParams)}`
                  )}
                  {m.architecture && <small>{tr.lookup(`models.arch.${m.architecture}`) ?? m.architecture}</small>}
                </td>
                <td>
                  {m.openWeights ? (
                    (tr.lookup(`models.yesNo.${m.openWeights}`) ?? m.openWeights)
                  ) : (
                    <NotReported tr={tr} />
                  )}
                </td>
                <td className="num">{num(m.results)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </StaticHtml>
    </>
  );
}

/** A fact the sources do not give: a dash, said in words to a screen reader. */
function NotReported({ tr }: { tr: Translator }) {
  return (
    <span className="muted">
      —<span className="sr-only">{tr.t('common.notReported')}</span>
    </span>
  );
}
