import type { Metadata } from 'next';
import { getBenchmarks, getModels, getSources, searchCatalog, type SearchResult } from '@/db/queries';
import { categoryName } from '../_charts/kinds/results';
import { getI18n } from '../_i18n/server';
import type { Translator } from '../_i18n/translate';
import { searchQuery } from '../_lib/search-query';
import type { RawSearchParams } from '../_lib/filters';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('search.title') };
}

const GROUPS = [
  ['model', 'models'],
  ['benchmark', 'benchmarks'],
  ['source', 'sources'],
] as const;

/**
 * A result's one line in the page's language: a model's size and organisation, a benchmark's
 * category and results, a source's kind, publisher and date (the API's `summary` says the same in
 * English).
 */
function summaryOf(r: SearchResult, tr: Translator): string {
  const { t, num } = tr;
  if (r.kind === 'model') {
    const m = getModels().find((x) => x.id === r.id);
    if (!m) return '';
    const params =
      m.totalParams === null
        ? t('search.sizeUnknown')
        : [
            t('search.total', { b: String(m.totalParams) }),
            m.activeParams !== m.totalParams ? t('search.active', { b: String(m.activeParams ?? '') }) : '',
          ]
            .filter(Boolean)
            .join(t('changes.partSeparator'));
    return [params, m.org, t('search.results', { count: m.results })].filter(Boolean).join(' · ');
  }
  if (r.kind === 'benchmark') {
    const b = getBenchmarks().find((x) => x.id === r.id);
    return b
      ? `${categoryName(b.category, tr)} · ${t('search.benchmarkResults', { results: num(b.results), count: b.models })}`
      : '';
  }
  const s = getSources().find((x) => x.id === r.id);
  return s
    ? `${tr.lookup(`sourceKinds.${s.kind}`) ?? s.kind} · ${t('search.source', { publisher: s.publisher, date: tr.date(s.publishedAt) })}`
    : '';
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const tr = await getI18n();
  const { t, href } = tr;
  const params = await searchParams;
  const parsed = searchQuery(params);
  const q = parsed.ok ? parsed.value : '';
  const asked = params.q !== undefined && params.q !== '';
  const found = q ? searchCatalog(q) : null;
  const total = found ? GROUPS.reduce((n, [kind]) => n + found[kind].length, 0) : 0;
  return (
    <>
      <h1>{t('search.title')}</h1>
      {found && total > 0 && <p className="finding">{t('search.found', { count: total, q })}</p>}
      {!found && <p className="lede">{t('search.hint')}</p>}
      {!parsed.ok && asked && <p className="notice">{t('search.invalid', { problem: parsed.problem.message })}</p>}
      {found && total === 0 && <p className="muted">{t('search.nothing', { q })}</p>}
      {found &&
        GROUPS.map(([kind, group]) =>
          found[kind].length === 0 ? null : (
            <section key={kind} className="panel" aria-labelledby={`found-${kind}`}>
              <h2 id={`found-${kind}`}>{t(`search.${group}`, { count: found[kind].length })}</h2>
              <ul className="search-results" data-testid={`found-${kind}`}>
                {found[kind].map((r: SearchResult) => {
                  const summary = summaryOf(r, tr);
                  return (
                    <li key={r.id}>
                      <a href={r.kind === 'source' ? r.href : href(r.href)}>{r.name}</a>
                      {summary && <span className="muted">{` — ${summary}`}</span>}
                    </li>
                  );
                })}
              </ul>
            </section>
          ),
        )}
    </>
  );
}
