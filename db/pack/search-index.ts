import type Database from 'better-sqlite3';
import { squash, type SearchKind } from '../search';

// The search index (db/search.ts) is written with the catalog it indexes: rebuilt inside the
// transaction of every load that changes data, from the catalog as that load leaves it.

type Doc = { kind: SearchKind; id: string; name: string; names: string[]; other: string[] };

function documents(sqlite: Database.Database): Doc[] {
  const docs = new Map<string, Doc>();
  const add = (kind: SearchKind, id: string, name: string, other: string[]) =>
    docs.set(`${kind}:${id}`, { kind, id, name, names: [name], other });
  for (const m of sqlite.prepare('SELECT id, name, org, family FROM models').all() as {
    id: string;
    name: string;
    org: string;
    family: string;
  }[])
    add('model', m.id, m.name, [m.org, m.family]);
  for (const b of sqlite.prepare('SELECT id, name, category, description FROM benchmarks').all() as {
    id: string;
    name: string;
    category: string;
    description: string;
  }[])
    add('benchmark', b.id, b.name, [b.category, b.description]);
  for (const s of sqlite.prepare('SELECT id, title, publisher FROM sources').all() as {
    id: string;
    title: string;
    publisher: string;
  }[])
    add('source', s.id, s.title, [s.publisher, s.id]);
  for (const [table, kind, key] of [
    ['model_aliases', 'model', 'model_id'],
    ['benchmark_aliases', 'benchmark', 'benchmark_id'],
  ] as const)
    for (const a of sqlite.prepare(`SELECT alias, ${key} AS id FROM ${table}`).all() as {
      alias: string;
      id: string;
    }[]) {
      const doc = docs.get(`${kind}:${a.id}`);
      if (doc) doc.names.push(a.alias);
    }
  return [...docs.values()];
}

/** Rebuilds the index from the catalog, inside the caller's transaction (a load's). */
export function refreshSearchIndex(sqlite: Database.Database): void {
  sqlite.prepare('DELETE FROM search_index').run();
  const insert = sqlite.prepare('INSERT INTO search_index (kind, id, name, squashed, other) VALUES (?, ?, ?, ?, ?)');
  for (const d of documents(sqlite))
    insert.run(
      d.kind,
      d.id,
      d.name,
      [...new Set(d.names.map(squash))].join(' '),
      [...d.names.slice(1), ...d.other].join(' '),
    );
}

/** Fills the index of a database that has a catalog but no index yet (one made before it existed). */
export function fillSearchIndexIfEmpty(sqlite: Database.Database): void {
  const indexed = sqlite.prepare('SELECT count(*) FROM search_index').pluck().get() as number;
  const catalog = sqlite
    .prepare('SELECT (SELECT count(*) FROM models) + (SELECT count(*) FROM benchmarks)')
    .pluck()
    .get() as number;
  if (indexed === 0 && catalog > 0) sqlite.transaction(() => refreshSearchIndex(sqlite))();
}
