import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getModel, getResults, getTestSetFacts, type ScoreRow } from '@/db/queries';
import { chartFor } from '../../_charts/kinds';
import { MAX_BARS, modelCategories } from '../../_charts/kinds/results';
import { ChartFigure } from '../../_components/chart-figure';
import { groupCells, isIndependent } from '../../_lib/cells';
import { formatInterval } from '../../_lib/interval';
import { factsIndex, resultFacts, type FactsIndex } from '../../_lib/result-facts';
import { ReporterSides } from '../../_components/reporter-sides';
import { csvHref, parseFilters, type Filters, type RawSearchParams } from '../../_lib/filters';
import { CiteView } from '../../_components/cite-view';
import { formatBudget } from '../../_lib/format';
import { languageLabel, PER_LANGUAGE_TABLE } from '../../_lib/languages';
import { MODE_LABEL } from '../../_lib/encodings';
import { Matrix, type Axis } from '../../_components/matrix';
import { difference } from '../../_lib/gains';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getModel((await params).id)?.name ?? 'Model not found' };
}

export default async function ModelPage({ params, searchParams }: Props) {
  const { id } = await params;
  const model = getModel(id);
  if (!model) notFound();
  const { filters } = parseFilters(await searchParams);
  const rows = getResults({ models: id });
  const categories = modelCategories(rows);
  // Every category's chart; one category's table at a time (a model has hundreds of scores, and a
  // page that renders them all is several times the cost of one that renders a category's).
  const open = categories.includes(filters.category ?? '') ? filters.category! : categories[0];
  const sources = [...new Map(rows.map((r) => [r.sourceId, r])).values()];
  const facts = factsIndex(getTestSetFacts());
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
        <a href={csvHref({ models: id })} download>
          Download CSV
        </a>{' '}
        of all {rows.length} results · <Link href={`/compare?models=${id}`}>Compare with other models</Link>
      </p>
      {rows.length === 0 && <p className="muted">No results for this model are loaded.</p>}
      <ReporterSides rows={rows} />
      {categories.map((category) => (
        <CategorySection
          key={category}
          modelId={id}
          category={category}
          rows={rows.filter((r) => r.category === category)}
          facts={facts}
          open={category === open}
        />
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
      <CiteView title={model.name} path={`/models/${id}`} sourceIds={sources.map((s) => s.sourceId)} />
    </>
  );
}

const INTERVAL_NOTE_TABLE =
  "In brackets: the 95% interval of a score from its test set's n questions alone (Wilson score interval), computed here, not published; not run-to-run variance.";
const IND_NOTE = "ind.: reported by someone other than the model's maker, who is named.";

type Line = { key: string; first: ScoreRow; byMode: Map<string, ScoreRow[]> };

// The report's tables by language (24-37) and by context length (23) read best as a matrix.
const AXIS_TABLE = /^Table 23$/;
const byVersion: Axis = { key: (r) => r.version, label: (r) => languageLabel(r.version).replace(' context', '') };
const byBenchmarkAndMode: Axis = {
  key: (r) => `${r.benchmarkId}|${r.mode}`,
  label: (r) => (r.mode === 'n/a' ? r.benchmark : `${r.benchmark} (${MODE_LABEL[r.mode]})`),
  href: (r) => `/benchmarks/${r.benchmarkId}`,
};

function CategorySection({
  modelId,
  category,
  rows,
  facts,
  open,
}: {
  modelId: string;
  category: string;
  rows: ScoreRow[];
  facts: FactsIndex;
  /** Show the table of every score (else a link to it). */
  open: boolean;
}) {
  const byAxis = (r: ScoreRow) => PER_LANGUAGE_TABLE.test(r.tableRef) || AXIS_TABLE.test(r.tableRef);
  const axisRows = rows.filter(byAxis);
  const lines = new Map<string, Line>();
  for (const r of rows) {
    if (byAxis(r)) continue;
    const key = `${r.benchmarkId}|${r.version}|${r.metric}|${r.unit}|${r.budget ?? ''}`;
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
  const chart = chartFor('model', modelId, { category: category as Filters['category'] });
  // One number per line with its table (an independent one: its reporter), its interval where one
  // is defined; a dispute marked. Kept lean: a model has hundreds.
  const values = (list: ScoreRow[] | undefined) =>
    list && list.length > 0
      ? groupCells(list).flatMap((c) =>
          c.values.map((v) => {
            const interval = resultFacts(facts, c.row, v.score).interval;
            const ind = isIndependent(v);
            return (
              <div key={v.scoreText} {...(c.disputed ? { className: 'dispute' } : {})}>
                {ind && <span className="ind">ind. </span>}
                {`${v.scoreText}${c.disputed ? ' ≠' : ''} `}
                {/* One element for the muted rest: the interval, then who or which table. */}
                <small>
                  {`${interval ? `(${formatInterval(interval)}) ` : ''}${
                    ind
                      ? [...new Set(v.citations.map((x) => x.sourcePublisher))].join(', ')
                      : v.citations.map((x) => x.tableRef.split(':')[0]).join(', ')
                  }`}
                </small>
              </div>
            );
          }),
        )
      : null;
  const withInterval = rows.some((r) => resultFacts(facts, r, r.score).interval);
  return (
    <section className="panel" aria-labelledby={`cat-${category}`}>
      <h2 id={`cat-${category}`}>{category}</h2>
      {chart && chart.plot.type === 'bars' && chart.plot.bars.length > 0 && chart.plot.bars.length < MAX_BARS && (
        <ChartFigure model={chart} testId="bar-chart" />
      )}
      {chart && chart.plot.type === 'bars' && chart.plot.bars.length >= MAX_BARS && (
        <p className="muted">
          Too many values to chart here, all listed below (see also the <Link href="/multilingual">multilingual</Link>{' '}
          and <Link href="/long-context">long-context</Link> views).
        </p>
      )}
      {open ? (
        <>
          {axisRows.length > 0 && (
            <>
              <h3>{category === 'long-context' ? 'By context length (Table 23)' : 'By language (Tables 24–37)'}</h3>
              <Matrix
                rows={axisRows}
                rowAxis={byBenchmarkAndMode}
                colAxis={byVersion}
                caption={`${category}: benchmark by ${category === 'long-context' ? 'context length' : 'language'}`}
                testId="model-languages"
              />
            </>
          )}
          {ordered.length > 0 && withInterval && <p className="key-note">{INTERVAL_NOTE_TABLE}</p>}
          {ordered.length > 0 && rows.some((r) => r.reporter === 'independent') && (
            <p className="key-note">{IND_NOTE}</p>
          )}
          {ordered.length > 0 && (
            <div className="table-wrap" style={{ maxHeight: '36rem' }}>
              <table className="lines" data-testid={`model-table-${category}`}>
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
                  {ordered.map(({ key, first, byMode }, i) => {
                    // The time window once per benchmark and version (lines come sorted by them).
                    const window = resultFacts(facts, first, first.score).window;
                    const previous = ordered[i - 1]?.first;
                    const newWindow =
                      window &&
                      !(previous && previous.benchmarkId === first.benchmarkId && previous.version === first.version);
                    const t = byMode.get('thinking')?.[0];
                    const n = byMode.get('non-thinking')?.[0];
                    const delta = t && n ? difference(t.scoreText, n.scoreText) : undefined;
                    return (
                      <tr key={key}>
                        <td>
                          <a href={`/benchmarks/${first.benchmarkId}`}>{first.benchmark}</a>
                          {(first.version || first.budget !== null) && (
                            <span className="muted">
                              {[
                                first.version && ` ${first.version}`,
                                first.budget !== null && ` · ${formatBudget(first.budget)} tokens`,
                              ]
                                .filter(Boolean)
                                .join('')}
                            </span>
                          )}
                        </td>
                        <td>{values(byMode.get('thinking'))}</td>
                        <td>{values(byMode.get('non-thinking'))}</td>
                        <td {...(delta ? { className: delta.value >= 0 ? 'delta-pos' : 'delta-neg' } : {})}>
                          {delta?.text}
                        </td>
                        <td>{values([...(byMode.get('base') ?? []), ...(byMode.get('n/a') ?? [])])}</td>
                        <td className="muted">
                          {`${first.metric} (${first.unit})`}
                          {newWindow && <div>{window}</div>}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : (
        <p>
          <Link href={`/models/${modelId}?category=${category}#cat-${category}`} scroll={false}>
            {`Show its ${rows.length} ${rows.length === 1 ? 'score' : 'scores'} with their sources`}
          </Link>
        </p>
      )}
    </section>
  );
}
