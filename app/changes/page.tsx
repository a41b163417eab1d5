import type { Metadata } from 'next';
import { getDataStamp, getLoadRecord, type LoadEntry } from '@/db/queries';
import { changeText, countLabel, countText, loadKind, loadTime, resultsText } from '../_lib/changes';
import { parseFilters, type RawSearchParams } from '../_lib/filters';
import { dataAsOf } from '../_lib/format';
import { alternates } from '../_i18n/alternates';
import { getI18n } from '../_i18n/server';
import { AsOfOverviewLink } from '../_components/as-of-link';
import type { Translator } from '../_i18n/translate';
import { Finding } from '../_components/finding';
import { changesFinding } from '../_lib/findings/catalog';
import { StaticHtml } from '../_components/static-html';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getI18n()).t('nav.changes'),
    // A page's alternates replace the layout's: the languages are named again beside the feed.
    alternates: { ...(await alternates()), types: { 'application/atom+xml': '/changes.atom' } },
  };
}

const PAGE_SIZE = 20;

export default async function ChangesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const tr = await getI18n();
  const { t, href } = tr;
  const { filters } = parseFilters(await searchParams);
  const page = filters.page ?? 1;
  const { loads, total } = getLoadRecord(page, PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <h1>{t('nav.changes')}</h1>
      {page === 1 && <Finding sentences={changesFinding(loads[0], tr)} tr={tr} />}
      <p className="lede">
        {tr.rich(
          'changes.lede',
          { atom: (text) => <a href="/changes.atom">{text}</a> },
          { now: dataAsOf(getDataStamp(), tr) },
        )}
      </p>
      {loads.length === 0 && <p className="muted">{t('changes.none')}</p>}
      {loads.map((l) => (
        <Load key={l.id} load={l} tr={tr} />
      ))}
      {pages > 1 && (
        <nav aria-label={t('changes.pagesLabel')} className="muted">
          {t('changes.pages', { from: (page - 1) * PAGE_SIZE + 1, to: Math.min(total, page * PAGE_SIZE), total })}{' '}
          {page > 1 && (
            <a href={href(`/changes?page=${page - 1}`)} rel="prev">
              {t('changes.newer')}
            </a>
          )}{' '}
          {page < pages && (
            <a href={href(`/changes?page=${page + 1}`)} rel="next">
              {t('changes.older')}
            </a>
          )}
        </nav>
      )}
    </>
  );
}

function Load({ load: l, tr }: { load: LoadEntry; tr: Translator }) {
  const { t, href } = tr;
  const added = [
    [t('changes.modelsAdded'), l.addedModels, 'models'],
    [t('changes.benchmarksAdded'), l.addedBenchmarks, 'benchmarks'],
  ] as const;
  return (
    <section className="panel" id={`load-${l.id}`} aria-labelledby={`load-${l.id}-title`} data-testid="load">
      <h2 id={`load-${l.id}-title`}>
        {t('changes.version', { version: String(l.dataVersion), time: loadTime(l.loadedAt, tr) })}
      </h2>
      <p className="muted">
        <code>{l.pack}</code>
        {t('changes.summary', { kind: loadKind(l, tr), results: resultsText(l, tr) })}
      </p>
      <AsOfOverviewLink version={l.dataVersion} tr={tr} />
      <StaticHtml className="table-wrap">
        <table>
          <caption className="sr-only">{t('changes.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('changes.sourceOrFile')}</th>
              <th scope="col">{t('changes.rows')}</th>
            </tr>
          </thead>
          <tbody>
            {l.counts.map((c) => (
              <tr key={`${c.file}|${c.sourceId}`}>
                <td>{countLabel(c)}</td>
                <td>{countText(c, tr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </StaticHtml>
      {added.map(
        ([label, list, path]) =>
          list.length > 0 && (
            <p key={label}>
              {t('changes.listLabel', { label })}
              {list.map((x, i) => (
                <span key={x.id}>
                  {i > 0 && ', '}
                  <a href={href(`/${path}/${x.id}`)}>{x.name}</a>
                </span>
              ))}
            </p>
          ),
      )}
      {l.changes.length > 0 && (
        <>
          <h3 style={{ marginTop: '0.8rem' }}>{t('changes.valuesChanged')}</h3>
          <ul className="changes">
            {l.changes.map((c, i) => (
              <li key={i}>{changeText(c, tr)}</li>
            ))}
          </ul>
          {l.changeCount > l.changes.length && (
            <p className="muted">
              {tr.rich(
                'changes.more',
                { code: (text) => <code>{text}</code> },
                { count: l.changeCount - l.changes.length },
              )}
            </p>
          )}
        </>
      )}
    </section>
  );
}
