import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getModel, getResults, type ScoreRow } from '@/db/queries';
import { HorizontalBars } from '../../_components/bar-chart';
import { Legend } from '../../_components/legend';
import { cellBars } from '../../_components/results-panel';
import { groupCells } from '../../_lib/cells';
import { csvHref } from '../../_lib/filters';
import { formatBudget, unitAxis } from '../../_lib/format';
import { difference } from '../../_lib/gains';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getModel((await params).id)?.name ?? 'Model not found' };
}

const MAX_BARS = 30;

export default async function ModelPage({ params }: Props) {
  const { id } = await params;
  const model = getModel(id);
  if (!model) notFound();
  const rows = getResults({ modelIds: [id] });
  const categories = [...new Set(rows.map((r) => r.category))].sort();
  const sources = [...new Map(rows.map((r) => [r.sourceId, r])).values()];
  const fact = (value: string, unit = '') =>
    value === '' ? <span className="muted">not reported</span> : `${value}${unit}`;
  return (
    <>
      <p className="muted">
        <Link href="/models">Models</Link> · {model.family || model.org}
      </p>
      <h1>{model.name}</h1>
      <dl className="facts">
        <dt>Organisation</dt>
        <dd>{fact(model.org)}</dd>
        <dt>Architecture</dt>
        <dd>{fact(model.architecture === 'moe' ? 'mixture of experts (MoE)' : model.architecture)}</dd>
        <dt>Parameters</dt>
        <dd>
          {fact(model.totalParamsB, 'B total')} · {fact(model.activeParamsB, 'B active')}
        </dd>
        <dt>Layers</dt>
        <dd>{fact(model.layers)}</dd>
        <dt>Context length</dt>
        <dd>
          {model.contextLengthTokens ? `${Number(model.contextLengthTokens).toLocaleString('en-US')} tokens` : fact('')}
        </dd>
        <dt>Released</dt>
        <dd>{fact(model.releaseDate)}</dd>
        <dt>Open weights</dt>
        <dd>{fact(model.openWeights)}</dd>
        <dt>License</dt>
        <dd>{fact(model.license)}</dd>
        {model.aliases.length > 0 && (
          <>
            <dt>Also printed as</dt>
            <dd>{model.aliases.join(', ')}</dd>
          </>
        )}
        <dt>Facts from</dt>
        <dd className="cite">
          {model.source ? (
            <details>
              <summary>{model.source.split(/[;(]/)[0]}</summary>
              {model.source}
            </details>
          ) : (
            fact('')
          )}
        </dd>
      </dl>
      <p>
        <a href={csvHref({ modelIds: [id] })} download>
          Download CSV
        </a>{' '}
        of all {rows.length} results · <Link href={`/compare?models=${id}`}>Compare with other models</Link>
      </p>
      {rows.length === 0 && <p className="muted">No results for this model are loaded.</p>}
      {categories.map((category) => (
        <CategorySection key={category} category={category} rows={rows.filter((r) => r.category === category)} />
      ))}
      {sources.length > 0 && (
        <section className="panel" aria-label="Sources">
          <h2>Sources</h2>
          <ul>
            {sources.map((s) => (
              <li key={s.sourceId}>
                <a href={s.sourceUrl}>{s.sourceTitle}</a> ({s.sourceKind}, reported by {s.sourcePublisher})
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

type Line = { key: string; first: ScoreRow; byMode: Map<string, ScoreRow[]> };

function CategorySection({ category, rows }: { category: string; rows: ScoreRow[] }) {
  const lines = new Map<string, Line>();
  for (const r of rows) {
    const key = JSON.stringify([r.benchmarkId, r.version, r.metric, r.unit, r.budget]);
    const line = lines.get(key) ?? { key, first: r, byMode: new Map() };
    line.byMode.set(r.mode, [...(line.byMode.get(r.mode) ?? []), r]);
    lines.set(key, line);
  }
  const ordered = [...lines.values()].sort(
    (a, b) =>
      a.first.benchmark.localeCompare(b.first.benchmark) ||
      a.first.version.localeCompare(b.first.version) ||
      (a.first.budget ?? 0) - (b.first.budget ?? 0),
  );
  const units = [...new Set(rows.map((r) => r.unit))];
  const chartRows = rows.filter((r) => r.unit === units[0] && r.budget === null);
  const bars = cellBars(groupCells(chartRows), { showMode: true, showBenchmark: true });
  const values = (list: ScoreRow[] | undefined) =>
    list && [...new Set(list.map((r) => r.scoreText))].length > 0
      ? groupCells(list).flatMap((c) =>
          c.values.map((v) => (
            <div
              key={v.scoreText}
              className={c.disputed ? 'dispute' : undefined}
              title={v.citations.map((x) => `${x.sourceTitle}, ${x.tableRef}`).join('; ')}
            >
              {v.scoreText}
              {c.disputed ? ' ≠' : ''}{' '}
              <span className="muted cite">{v.citations.map((x) => x.tableRef.split(':')[0]).join(', ')}</span>
            </div>
          )),
        )
      : null;
  return (
    <section className="panel" aria-labelledby={`cat-${category}`}>
      <h2 id={`cat-${category}`}>{category}</h2>
      {bars.length > 0 && bars.length <= MAX_BARS && (
        <>
          <HorizontalBars
            bars={bars}
            unitLabel={unitAxis(units[0]!)}
            domainMax={units[0] === 'percent' ? 100 : undefined}
            testId="bar-chart"
          />
          <Legend />
        </>
      )}
      {bars.length > MAX_BARS && (
        <p className="muted">
          {bars.length} values: too many to chart here, all listed below (see also the{' '}
          <Link href="/multilingual">multilingual</Link> and <Link href="/long-context">long-context</Link> views).
        </p>
      )}
      <div className="table-wrap" style={{ maxHeight: '36rem' }}>
        <table data-testid={`model-table-${category}`}>
          <caption className="sr-only">{category}: thinking and non-thinking side by side</caption>
          <thead>
            <tr>
              <th scope="col">Benchmark</th>
              <th scope="col" className="num">
                Thinking
              </th>
              <th scope="col" className="num">
                Non-thinking
              </th>
              <th scope="col" className="num">
                Δ
              </th>
              <th scope="col" className="num">
                Base / no switch
              </th>
              <th scope="col">Metric</th>
            </tr>
          </thead>
          <tbody>
            {ordered.map(({ key, first, byMode }) => {
              const t = byMode.get('thinking')?.[0];
              const n = byMode.get('non-thinking')?.[0];
              const delta = t && n ? difference(t.scoreText, n.scoreText) : undefined;
              return (
                <tr key={key}>
                  <td>
                    <Link href={`/benchmarks/${first.benchmarkId}`}>{first.benchmark}</Link>
                    {first.version && <span className="muted"> {first.version}</span>}
                    {first.budget !== null && <span className="muted"> · {formatBudget(first.budget)} tokens</span>}
                  </td>
                  <td className="num">{values(byMode.get('thinking'))}</td>
                  <td className="num">{values(byMode.get('non-thinking'))}</td>
                  <td className={`num ${delta ? (delta.value >= 0 ? 'delta-pos' : 'delta-neg') : ''}`}>
                    {delta?.text}
                  </td>
                  <td className="num">{values([...(byMode.get('base') ?? []), ...(byMode.get('n/a') ?? [])])}</td>
                  <td className="muted">
                    {first.metric} ({first.unit})
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
