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

export default async function OverviewPage() {
  await connection(); // data pages render on request: a seed shows without a rebuild
  const counts = getCounts();
  const curves = budgetCurves();
  return (
    <>
      <h1>How good is Qwen3, and what does thinking buy?</h1>
      <p className="lede">
        Every published number of the Qwen3 release (April–May 2025), each with the table or figure it was printed in.
        Qwen3 is in bold; colour is the organisation, fill the mode.
      </p>
      <ul className="stats" aria-label="Loaded data">
        <li>
          <strong>{counts.models.toLocaleString('en-US')}</strong> <Link href="/models">models</Link>
        </li>
        <li>
          <strong>{counts.benchmarks.toLocaleString('en-US')}</strong> <Link href="/benchmarks">benchmarks</Link>
        </li>
        <li>
          <strong>{counts.results.toLocaleString('en-US')}</strong> <a href="/export.csv">results</a>
        </li>
        <li>
          <strong>{counts.sources.toLocaleString('en-US')}</strong> <a href="#sources">sources</a>
        </li>
      </ul>
      {BLOG_TABLES.map((t) => (
        <BlogComparison key={t.id} table={t} />
      ))}
      <section aria-labelledby="budget-heading">
        <h2 id="budget-heading">
          <Link href="/thinking">Score against thinking budget</Link>
        </h2>
        <p className="muted">
          Qwen3-235B-A22B, Figure 2 of the technical report. The dashed line is non-thinking mode.
        </p>
        <div className="grid">
          {curves.map((c) => (
            <BudgetPanel key={c.rows[0]!.id} curve={c} compact />
          ))}
        </div>
      </section>
      <section className="panel" id="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <ul>
          {getSources().map((s) => (
            <li key={s.id}>
              <a href={s.url}>{s.title}</a> — {s.publisher}, {s.publishedAt} ({s.kind})
            </li>
          ))}
        </ul>
        <p className="muted">
          Go deeper: <Link href="/benchmarks">every benchmark</Link>, <Link href="/models">every model</Link>,{' '}
          <Link href="/multilingual">12 languages</Link>, <Link href="/long-context">long context</Link>,{' '}
          <Link href="/efficiency">score against active parameters</Link>, or{' '}
          <Link href="/compare">compare models</Link>.
        </p>
      </section>
      <CiteView
        title="How good is Qwen3, and what does thinking buy?"
        path="/"
        sourceIds={[BLOG_SOURCE, ...curves.flatMap((c) => c.rows.map((r) => r.sourceId))]}
      />
    </>
  );
}

function BlogComparison({ table }: { table: (typeof BLOG_TABLES)[number] }) {
  const { tableRef, title, id } = table;
  const query = { source: BLOG_SOURCE, table: tableRef };
  const rows = getResults(query);
  if (rows.length === 0) return null;
  const benchmarks = [...new Map(rows.map((r) => [`${r.benchmarkId}|${r.unit}`, r])).values()];
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid={`blog-${id}`}>
      <div className="panel-head">
        <div>
          <h2 id={`${id}-heading`}>{title}</h2>
          <p>
            As published in the Qwen3 blog ({tableRef.replace('blog: ', '')}); baselines' numbers there were reported by
            the Qwen Team.
          </p>
        </div>
        <a className="download" href={csvHref(query)} download>
          Download CSV
        </a>
      </div>
      {mixNotices(rows)
        .filter((n) => n.startsWith('Shows thinking'))
        .map((n) => (
          <p className="notice" key={n}>
            {n}
          </p>
        ))}
      <Matrix rows={rows} caption={title} testId={`matrix-${id}`} />
      <div className="grid" style={{ marginTop: '0.8rem' }}>
        {benchmarks.map((b, i) => {
          const chart = chartFor(`blog-${id}`, b.benchmarkId, {});
          return (
            <div key={`${b.benchmarkId}|${b.unit}`}>
              <h3>
                <Link href={`/benchmarks/${b.benchmarkId}`}>{b.benchmark}</Link>{' '}
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
