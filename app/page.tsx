import Link from 'next/link';
import { connection } from 'next/server';
import { getCounts, getResults, getSources } from '@/db/queries';
import { HorizontalBars } from './_components/bar-chart';
import { BudgetPanel } from './_components/budget-panel';
import { Legend } from './_components/legend';
import { Matrix } from './_components/matrix';
import { cellBars } from './_components/results-panel';
import { budgetCurves } from './_lib/budget-curves';
import { groupCells } from './_lib/cells';
import { csvHref } from './_lib/filters';
import { unitAxis } from './_lib/format';
import { mixNotices } from './_lib/notices';

const BLOG_TABLES = [
  {
    tableRef: 'blog: flagship comparison (image qwen3-235a22.jpg)',
    title: 'Flagship: Qwen3-235B-A22B and Qwen3-32B against the frontier',
    id: 'flagship',
  },
  {
    tableRef: 'blog: small models comparison (image qwen3-30a3.jpg)',
    title: 'Small models: Qwen3-30B-A3B and Qwen3-4B against larger baselines',
    id: 'small',
  },
];

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
        <BlogComparison key={t.id} {...t} />
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
            <BudgetPanel key={c.rows[0]!.id} rows={c.rows} table11={c.table11} csv={c.csv} compact />
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
    </>
  );
}

function BlogComparison({ tableRef, title, id }: { tableRef: string; title: string; id: string }) {
  const query = { sourceId: 'qwen3-blog', tableRef };
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
        {benchmarks.map((b) => {
          const mine = rows.filter((r) => r.benchmarkId === b.benchmarkId && r.unit === b.unit);
          return (
            <div key={`${b.benchmarkId}|${b.unit}`}>
              <h3>
                <Link href={`/benchmarks/${b.benchmarkId}`}>{b.benchmark}</Link>{' '}
                <span className="muted" style={{ fontWeight: 400, fontSize: '0.85rem' }}>
                  {[b.version, b.metric].filter(Boolean).join(' · ')}
                </span>
              </h3>
              <HorizontalBars
                bars={cellBars(groupCells(mine), { showMode: true })}
                unitLabel={unitAxis(b.unit)}
                domainMax={b.unit === 'percent' ? 100 : undefined}
                width={560}
                testId="bar-chart"
              />
            </div>
          );
        })}
      </div>
      <Legend />
    </section>
  );
}
