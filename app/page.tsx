import { connection } from 'next/server';
import { getCounts, getResults, getSources, getTestSetFacts, type ScoreRow } from '@/db/queries';
import { BLOG_SOURCE, BLOG_TABLES } from './_charts/kinds/results';
import { budgetCurves, qwenGains } from './_charts/kinds/thinking';
import { BudgetPanel } from './_components/budget-panel';
import { ComparisonDots } from './_components/comparison-dots';
import { Finding } from './_components/finding';
import { Matrix } from './_components/matrix';
import { NewestModels } from './_components/newest-models';
import { CiteView } from './_components/cite-view';
import { csvHref } from './_lib/filters';
import { columnsOf, leadCounts } from './_lib/findings/columns';
import { leadsFinding } from './_lib/findings/overview';
import { modelGainFinding } from './_lib/findings/thinking';
import { factsIndex, type FactsIndex } from './_lib/result-facts';
import { getI18n } from './_i18n/server';
import type { Translator } from './_i18n/translate';
import { sayingTooMany } from './_components/too-many';

/** The flagship comparison's Qwen3 model: thinking's gain is said for it. */
const FLAGSHIP_MODEL = 'qwen3-235b-a22b';

async function OverviewPage() {
  await connection(); // data pages render on request: a seed shows without a rebuild
  const tr = await getI18n();
  const { t, href, num } = tr;
  const counts = getCounts();
  const curves = budgetCurves();
  const sources = getSources();
  const facts = factsIndex(getTestSetFacts());
  const tables = BLOG_TABLES.map((table) => ({
    ...table,
    rows: getResults({ source: BLOG_SOURCE, table: table.tableRef }),
  }));
  const flagship = tables[0]!;
  const dates = sources.map((s) => s.publishedAt.slice(0, 7)).sort();
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <Finding
        sentences={[
          ...leadsFinding(flagship.rows, facts, { table: t('overview.tableName.flagship'), tr }),
          ...modelGainFinding(qwenGains(), FLAGSHIP_MODEL),
        ]}
        tr={tr}
      />
      {dates.length > 0 && (
        <p className="lede">
          {t('overview.lede', { from: tr.date(dates[0]!), to: tr.date(dates[dates.length - 1]!) })}
        </p>
      )}
      <BlogComparison table={flagship} facts={facts} tr={tr} first />
      <NewestModels />
      {tables.slice(1).map((table) => (
        <BlogComparison key={table.id} table={table} facts={facts} tr={tr} />
      ))}
      <section aria-labelledby="budget-heading">
        <h2 id="budget-heading">
          <a href={href('/thinking')}>{t('overview.budgetTitle')}</a>
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
          {sources.map((s) => (
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
          {t('overview.loadedLine')}{' '}
          <span className="stats" role="list" aria-label={t('overview.loaded')}>
            <span role="listitem">
              {num(counts.models)} <a href={href('/models')}>{t('overview.models')}</a>
            </span>
            {' · '}
            <span role="listitem">
              {num(counts.benchmarks)} <a href={href('/benchmarks')}>{t('overview.benchmarks')}</a>
            </span>
            {' · '}
            <span role="listitem">
              {num(counts.results)} <a href="/export.csv">{t('overview.results')}</a>
            </span>
            {' · '}
            <span role="listitem">
              {num(counts.sources)} {t('overview.sources')}
            </span>
          </span>
        </p>
        <p className="muted">
          {tr.rich('overview.deeper', {
            benchmarks: (text) => <a href={href('/benchmarks')}>{text}</a>,
            models: (text) => <a href={href('/models')}>{text}</a>,
            multilingual: (text) => <a href={href('/multilingual')}>{text}</a>,
            long: (text) => <a href={href('/long-context')}>{text}</a>,
            efficiency: (text) => <a href={href('/efficiency')}>{text}</a>,
            compare: (text) => <a href={href('/compare')}>{text}</a>,
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

/**
 * One of the blog's comparison images: every benchmark at once as a dot plot (who leads, where
 * Qwen3 stands), then the table as published, its rows in the order of how many columns each
 * model leads, each column's best in bold.
 */
function BlogComparison({
  table,
  facts,
  tr,
  first = false,
}: {
  table: (typeof BLOG_TABLES)[number] & { rows: ScoreRow[] };
  facts: FactsIndex;
  tr: Translator;
  first?: boolean;
}) {
  const { t } = tr;
  const { tableRef, id, rows } = table;
  if (rows.length === 0) return null;
  const title = t(`overview.blog.${id}`);
  const columns = columnsOf(rows, facts);
  const leads = new Map(leadCounts(columns).map((l) => [l.row.modelId, l.columns.length]));
  // Then by the mean place over the columns a model is in.
  const places = new Map<string, number[]>();
  for (const c of columns)
    c.board.forEach((e, i) => places.set(e.cell.row.modelId, [...(places.get(e.cell.row.modelId) ?? []), i]));
  const meanPlace = (id: string) => {
    const p = places.get(id) ?? [];
    return p.reduce((a, b) => a + b, 0) / Math.max(1, p.length);
  };
  const order = (a: ScoreRow, b: ScoreRow) =>
    (leads.get(b.modelId) ?? 0) - (leads.get(a.modelId) ?? 0) || meanPlace(a.modelId) - meanPlace(b.modelId);
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid={`blog-${id}`}>
      <div className="panel-head">
        <div>
          <h2 id={`${id}-heading`}>{title}</h2>
          <p>{t('overview.blogNote', { table: tableRef.replace('blog: ', '').replace(/\s*\(image [^)]*\)/, '') })}</p>
        </div>
        <a className="download" href={csvHref({ source: BLOG_SOURCE, table: tableRef })} download>
          {t('common.downloadCsv')}
        </a>
      </div>
      {!first && (
        <Finding sentences={leadsFinding(rows, facts, { table: t(`overview.tableName.${id}`), tr })} tr={tr} minor />
      )}
      <ComparisonDots rows={rows} facts={facts} testId={`dots-${id}`} />
      <Matrix rows={rows} caption={title} testId={`matrix-${id}`} mergeModes markLeaders footnotes rowOrder={order} />
    </section>
  );
}

export default sayingTooMany(OverviewPage);
