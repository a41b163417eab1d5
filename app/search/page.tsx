import type { Metadata } from 'next';
import { searchCatalog, type SearchResult } from '@/db/queries';
import { searchQuery } from '../_lib/search-query';
import type { RawSearchParams } from '../_lib/filters';

export const metadata: Metadata = { title: 'Search' };

const GROUPS = [
  ['model', 'Models'],
  ['benchmark', 'Benchmarks'],
  ['source', 'Sources'],
] as const;

export default async function SearchPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = await searchParams;
  const parsed = searchQuery(params);
  const q = parsed.ok ? parsed.value : '';
  const asked = params.q !== undefined && params.q !== '';
  const found = q ? searchCatalog(q) : null;
  const total = found ? GROUPS.reduce((n, [kind]) => n + found[kind].length, 0) : 0;
  return (
    <>
      <h1>Search</h1>
      <form action="/search" method="get" role="search" className="filters">
        <div className="field">
          <label htmlFor="search-q">Models, benchmarks and sources</label>
          <input id="search-q" name="q" type="search" defaultValue={q} maxLength={100} autoComplete="off" />
        </div>
        <button type="submit">Search</button>
      </form>
      {!parsed.ok && asked && <p className="notice">{parsed.problem.message}</p>}
      {found && total === 0 && <p className="muted">Nothing matches “{q}”. Try fewer or shorter words.</p>}
      {found &&
        GROUPS.map(([kind, title]) =>
          found[kind].length === 0 ? null : (
            <section key={kind} className="panel" aria-labelledby={`found-${kind}`}>
              <h2 id={`found-${kind}`}>{`${title} (${found[kind].length})`}</h2>
              <ul className="search-results" data-testid={`found-${kind}`}>
                {found[kind].map((r: SearchResult) => (
                  <li key={r.id}>
                    <a href={r.href}>{r.name}</a>
                    {r.summary && <span className="muted">{` — ${r.summary}`}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ),
        )}
    </>
  );
}
