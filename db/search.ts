// Finding a model, a benchmark or a source by what a reader types: SQLite's FTS5 over the
// search_index table (migration 0004), rebuilt by every load that changes data
// (db/pack/search-index.ts) and queried by db/queries/search.ts, both with the words made here.
// Matching forgives case, punctuation and spacing: every name is also indexed "squashed" (letters
// and digits only), so "arenahard" finds Arena-Hard and "qwen3 32b" finds Qwen3-32B; typed words
// match word starts, so "aime 25" finds AIME'25. Ranking is FTS5's bm25 (shorter names first:
// DeepSeek-R1 before its distills), after exact name matches.

export type SearchKind = 'model' | 'benchmark' | 'source';
export type SearchHit = { kind: SearchKind; id: string; name: string };

/** Letters and digits only, lower case: "AIME'25" -> "aime25". */
export function squash(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of a query, letters and digits only (so nothing in them is FTS5 syntax). */
export function searchWords(query: string): string[] {
  return query
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
}
