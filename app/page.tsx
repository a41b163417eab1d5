import Link from 'next/link';
import { connection } from 'next/server';
import { getCounts, getResults, getSources } from '@/db/queries';
import { chartFor } from './_charts/kinds';
import { BLOG_SOURCE, BLOG_TABLES } from './_charts/kinds/results';
import { budgetCurves } from './_charts/kinds/thinking';
import { BudgetPanel } from './_components/budget-panel';
import { ChartFigure } from './_components/chart-figure';
import { Matrix } from './_components/matrix';
import { csvHref } from './_lib/filters';
import { mixNotices } from './_lib/notices';
import { CiteView } from './_components/cite-view';
import { getI18n } from './_i18n/server';
import type { Translator } from './_i18n/translate';

export default async function OverviewPage() {
  await connection(); // data pages render on request: a seed shows without a rebuild
  const tr = await getI18n();
  const { t, href, num } = tr;
  const counts = getCounts();
  const curves = budgetCurves();
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <p className="lede">{t('overview.lede')}</p>
      <ul className="stats" aria-label={t('overview.loaded')}>
        <li>
          <strong>{num(counts.models)}</strong> <Link href={href('/models')}>{t('overview.models')}</Link>
        </li>
        <li>
          <strong>{num(counts.benchmarks)}</strong> <Link href={href('/benchmarks')}>{t('overview.benchmarks')}</Link>
        </li>
        <li>
          <strong>{num(counts.results)}</strong> <a href="/export.csv">{t('overview.results')}</a>
        </li>
        <li>
          <strong>{num(counts.sources)}</strong> <a href="#sources">{t('overview.sources')}</a>
        </li>
      </ul>
      {BLOG_TABLES.map((table) => (
        <BlogComparison key={table.id} table={table} tr={tr} />
      ))}
      <section aria-labelledby="budget-heading">
        <h2 id="budget-heading">
          <Link href={href('/thinking')}>{t('overview.budgetTitle')}</Link>
        </h2>
        <p className="muted">{t('overview.budgetNote')}</p>
        <div className="grid">
          {curves.map((c) => (
            <BudgetPanel key={c.rows[0]!.id} curve={c} compact />
          ))}
        </div>
      </section>
      <section className="panel" id="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('overview.sourcesTitle')}</h2>
        <ul>
          {getSources().map((s) => (
            <li key={s.id}>
              <a href={s.url}>{s.title}</a>
              {t('overview.source', {
                publisher: s.publisher,
                date: tr.date(s.publishedAt),
                kind: tr.lookup(`sourceKinds.${s.kind}`) ?? s.kind,
              })}
            </li>
          ))}
        </ul>
        <p className="muted">
          {tr.rich('overview.deeper', {
            benchmarks: (text) => <Link href={href('/benchmarks')}>{text}</Link>,
            models: (text) => <Link href={href('/models')}>{text}</Link>,
            multilingual: (text) => <Link href={href('/multilingual')}>{text}</Link>,
            long: (text) => <Link href={href('/long-context')}>{text}</Link>,
            efficiency: (text) => <Link href={href('/efficiency')}>{text}</Link>,
            compare: (text) => <Link href={href('/compare')}>{text}</Link>,
          })}
        </p>
      </section>
      <CiteView
        title={t('overview.title')}
        path="/"
        sourceIds={[BLOG_SOURCE, ...curves.flatMap((c) => c.rows.map((r) => r.sourceId))]}
      />
    </>
  );
}

function BlogComparison({ table, tr }: { table: (typeof BLOG_TABLES)[number]; tr: Translator }) {
  const { t, href } = tr;
  const { tableRef, id } = table;
  const title = t(`overview.blog.${id}`);
  const query = { source: BLOG_SOURCE, table: tableRef };
  const rows = getResults(query);
  if (rows.length === 0) return null;
  const benchmarks = [...new Map(rows.map((r) => [`${r.benchmarkId}|${r.unit}`, r])).values()];
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid={`blog-${id}`}>
      <div className="panel-head">
        <div>
          <h2 id={`${id}-heading`}>{title}</h2>
          <p>{t('overview.blogNote', { table: tableRef.replace('blog: ', '') })}</p>
        </div>
        <a className="download" href={csvHref(query)} download>
          {t('common.downloadCsv')}
        </a>
      </div>
      {mixNotices(rows, tr)
        .filter((n) => n.kind === 'modes')
        .map((n) => (
          <p className="notice" key={n.text}>
            {n.text}
          </p>
        ))}
      <Matrix rows={rows} caption={title} testId={`matrix-${id}`} />
      <div className="grid" style={{ marginTop: '0.8rem' }}>
        {benchmarks.map((b, i) => {
          const chart = chartFor(`blog-${id}`, b.benchmarkId, {}, tr.locale);
          return (
            <div key={`${b.benchmarkId}|${b.unit}`}>
              <h3>
                <Link href={href(`/benchmarks/${b.benchmarkId}`)}>{b.benchmark}</Link>{' '}
                <span className="muted" style={{ fontWeight: 400, fontSize: '0.85rem' }}>
                  {[b.version, b.metric].filter(Boolean).join(' · ')}
                </span>
              </h3>
              {chart && <ChartFigure model={chart} eager={id === 'flagship' && i < 2} testId="bar-chart" />}
            </div>
          );
        })}
      </div>
    </section>
  );
}
