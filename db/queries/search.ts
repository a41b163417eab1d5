import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { searchWords, type SearchHit, type SearchKind } from '../search';

// Finding a model, a benchmark or a source by what a reader types, in the FTS5 index that every
// load rebuilds (db/pack/search-index.ts, migration 0004). search_index is a virtual table that drizzle's
// schema cannot declare, so the query is drizzle's sql template over it.

/**
 * The best matches of one kind: exact names first, then FTS5's bm25 (name and squashed names
 * weigh most). An FTS5 expression is built from letters and digits only.
 */
export function searchIndex(db: Db, query: string, kind: SearchKind, limit: number): SearchHit[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const squashed = words.join('');
  const match = `(${words.map((w) => `"${w}"*`).join(' AND ')}) OR squashed:"${squashed}"*`;
  return db.all<SearchHit>(
    sql`SELECT kind, id, name FROM search_index
        WHERE search_index MATCH ${match} AND kind = ${kind}
        ORDER BY (' ' || squashed || ' ') LIKE '% ' || ${squashed} || ' %' DESC, bm25(search_index, 0, 0, 10, 8, 1), name
        LIMIT ${limit}`,
  );
}

export type SearchResult = {
  kind: SearchKind;
  id: string;
  name: string;
  /** One line: a model's size and organisation, a benchmark's category and results, a source's publisher. */
  summary: string;
  href: string;
};

const SEARCH_LIMIT = 10;

type Catalog = {
  models: { id: string; org: string; totalParams: number | null; activeParams: number | null; results: number }[];
  benchmarks: { id: string; category: string; results: number; models: number }[];
  sources: { id: string; kind: string; publisher: string; publishedAt: string; url: string }[];
};

/** Models, benchmarks and sources matching what a reader typed, best first, by kind, each with a one-line summary. */
export function searchCatalog(db: Db, query: string, catalog: Catalog): Record<SearchKind, SearchResult[]> {
  const models = new Map(catalog.models.map((m) => [m.id, m]));
  const benchmarks = new Map(catalog.benchmarks.map((b) => [b.id, b]));
  const sourceList = new Map(catalog.sources.map((s) => [s.id, s]));
  const size = (b: number | null) => (b === null ? '' : `${b}B`);
  const summary = (hit: SearchHit): string => {
    if (hit.kind === 'model') {
      const m = models.get(hit.id);
      if (!m) return '';
      const params =
        m.totalParams === null
          ? 'size not published'
          : [size(m.totalParams) + ' total', m.activeParams !== m.totalParams ? `${size(m.activeParams)} active` : '']
              .filter(Boolean)
              .join(', ');
      return [params, m.org, `${m.results.toLocaleString('en-US')} results`].filter(Boolean).join(' · ');
    }
    if (hit.kind === 'benchmark') {
      const b = benchmarks.get(hit.id);
      return b
        ? `${b.category} · ${b.results.toLocaleString('en-US')} results from ${b.models.toLocaleString('en-US')} models`
        : '';
    }
    const s = sourceList.get(hit.id);
    return s ? `${s.kind} · ${s.publisher}, ${s.publishedAt}` : '';
  };
  const href = (hit: SearchHit) =>
    hit.kind === 'model'
      ? `/models/${hit.id}`
      : hit.kind === 'benchmark'
        ? `/benchmarks/${hit.id}`
        : (sourceList.get(hit.id)?.url ?? '/');
  const of = (kind: SearchKind) =>
    searchIndex(db, query, kind, SEARCH_LIMIT).map((hit) => ({ ...hit, summary: summary(hit), href: href(hit) }));
  return { model: of('model'), benchmark: of('benchmark'), source: of('source') };
}
