import type { Metadata } from 'next';
import Link from 'next/link';
import { getModels, getResults } from '@/db/queries';
import { chartFor } from '../_charts/kinds';
import { ChartFigure } from '../_components/chart-figure';
import { Matrix, byBenchmark } from '../_components/matrix';
import { csvHref, modelList, parseFilters, toQuery, type Filters, type RawSearchParams } from '../_lib/filters';
import { CiteView } from '../_components/cite-view';

export const metadata: Metadata = { title: 'Compare models' };

const MIN = 2;
const MAX = 6;

export default async function ComparePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { filters, problems } = parseFilters(await searchParams);
  const all = getModels();
  const known = new Map(all.map((m) => [m.id, m]));
  const asked = modelList(filters);
  const unknown = asked.filter((id) => !known.has(id));
  const chosen = [...new Set(asked.filter((id) => known.has(id)))].slice(0, MAX);
  const provenance = { reporter: filters.reporter, window: filters.window };
  const link = (ids: string[], extra: Partial<Filters> = {}) =>
    `/compare${toQuery({ models: ids.join(',') || undefined, ...provenance, ...extra })}`;
  const query = { models: chosen.join(','), budget: 'none' as const, ...provenance };
  const rows = chosen.length >= MIN ? getResults(query) : [];
  // Shared benchmarks: every chosen model has a result on the same benchmark, version and metric.
  const byColumn = new Map<string, Set<string>>();
  for (const r of rows) {
    const key = byBenchmark.key(r);
    byColumn.set(key, (byColumn.get(key) ?? new Set()).add(r.modelId));
  }
  const shared = rows.filter((r) => byColumn.get(byBenchmark.key(r))!.size === chosen.length);
  const columns = [...new Map(shared.map((r) => [byBenchmark.key(r), r])).values()];
  const focus = columns.find((c) => c.benchmarkId === filters.benchmark) ?? columns[0];
  const chart = focus
    ? chartFor('benchmark', focus.benchmarkId, {
        models: chosen.join(','),
        budget: 'none',
        ...provenance,
        version: focus.version,
        metric: focus.metric,
        unit: focus.unit as Filters['unit'],
      })
    : null;
  return (
    <>
      <h1>Compare models</h1>
      <p className="lede">
        Pick {MIN} to {MAX} models to see them side by side on the benchmarks they share (same benchmark, version and
        metric).
      </p>
      {problems.length > 0 && <p className="notice">Ignored invalid parameters: {problems.join('; ')}</p>}
      {unknown.length > 0 && <p className="notice">Unknown model ids ignored: {unknown.join(', ')}</p>}
      {asked.length > MAX && <p className="notice">Only the first {MAX} models are compared.</p>}
      <section className="panel" aria-label="Chosen models">
        <h2>Models ({chosen.length})</h2>
        <ul className="chips" aria-label="Chosen models">
          {chosen.map((id) => (
            <li key={id}>
              <Link href={link(chosen.filter((c) => c !== id))} aria-label={`Remove ${known.get(id)!.name}`}>
                {known.get(id)!.name} ×
              </Link>
            </li>
          ))}
        </ul>
        {chosen.length < MAX && (
          <details open={chosen.length < MIN}>
            <summary>Add a model</summary>
            <ul className="chips" aria-label="Models to add" style={{ marginTop: '0.5rem' }}>
              {all
                .filter((m) => !chosen.includes(m.id) && m.results > 0)
                .map((m) => (
                  <li key={m.id}>
                    <a href={link([...chosen, m.id])}>{m.name}</a>
                  </li>
                ))}
            </ul>
          </details>
        )}
      </section>
      <nav aria-label="Reported by">
        <ul className="chips">
          {(
            [
              [undefined, 'Reported by anyone'],
              ['self', "Self-reported (by the model's maker)"],
              ['independent', 'Independent'],
            ] as const
          ).map(([value, label]) => (
            <li key={label}>
              <Link
                href={link(chosen, { reporter: value, benchmark: filters.benchmark })}
                aria-current={filters.reporter === value ? 'true' : undefined}
                scroll={false}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {chosen.length < MIN ? (
        <p className="muted">Choose at least {MIN} models.</p>
      ) : columns.length === 0 ? (
        <p className="notice">
          These models share no benchmark (with the same version and metric) in the loaded sources.
        </p>
      ) : (
        <>
          <section className="panel" aria-label="Shared benchmarks" data-testid="compare-panel">
            <div className="panel-head">
              <div>
                <h2>{columns.length} shared benchmarks</h2>
                <p>Each column is one benchmark, version and metric; a model appears once per mode.</p>
              </div>
              <a className="download" href={csvHref(query)} download>
                Download CSV
              </a>
            </div>
            <Matrix
              rows={shared}
              caption="Scores of the chosen models on their shared benchmarks"
              testId="compare-matrix"
              markIndependent
            />
          </section>
          {focus && (
            <section className="panel" aria-label={`${focus.benchmark} chart`}>
              <ul className="chips" aria-label="Benchmark to chart">
                {columns.map((c) => (
                  <li key={byBenchmark.key(c)}>
                    <Link
                      href={link(chosen, { benchmark: c.benchmarkId })}
                      aria-current={c === focus ? 'true' : undefined}
                      scroll={false}
                    >
                      {byBenchmark.label(c)}
                    </Link>
                  </li>
                ))}
              </ul>
              <h3 style={{ marginTop: '0.6rem' }}>
                {byBenchmark.label(focus)} <span className="muted">· {focus.metric}</span>
              </h3>
              {chart && <ChartFigure model={chart} testId="bar-chart" />}
            </section>
          )}
        </>
      )}
      {chosen.length >= MIN && (
        <CiteView title="Compare models" path={link(chosen)} sourceIds={shared.map((r) => r.sourceId)} />
      )}
    </>
  );
}
