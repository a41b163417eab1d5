import { and, count, desc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { benchmarks, loadChanges, loadCounts, loads, models, sources } from '../schema';

// The record of loads (loads, load_counts, load_changes) as the "what changed" page and its Atom
// feed read it: every committed load, newest first, with its counts per file and per source, each
// replaced value old -> new, and the models and benchmarks it added.

export type LoadCount = {
  file: string;
  /** results.csv: the source; '' for the other files. */
  sourceId: string;
  sourceTitle: string | null;
  added: number;
  unchanged: number;
  replaced: number;
};

export type LoadChange = {
  file: string;
  item: string;
  column: string;
  oldValue: string | null;
  newValue: string | null;
  /** 'replaced' (the new value was stored) or 'kept' (a bundled pack's value; the user's stayed). */
  action: string;
};

export type LoadEntry = {
  id: number;
  loadedAt: string;
  pack: string;
  bundledPack: string | null;
  replace: boolean;
  dataVersion: number;
  rows: number;
  counts: LoadCount[];
  /** The first `maxChanges` replaced or kept values, in the order the load met them. */
  changes: LoadChange[];
  changeCount: number;
  addedModels: { id: string; name: string }[];
  addedBenchmarks: { id: string; name: string }[];
};

/** How many loads there are (for paging). */
export function loadTotal(db: Db): number {
  return db.select({ n: count() }).from(loads).get()?.n ?? 0;
}

/** Loads newest first, `limit` of them from `offset`, each with its counts, changes and additions. */
export function loadRecord(db: Db, { limit = 50, offset = 0, maxChanges = 200 } = {}): LoadEntry[] {
  const rows = db.select().from(loads).orderBy(desc(loads.id)).limit(limit).offset(offset).all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const counts = db
    .select({
      loadId: loadCounts.loadId,
      file: loadCounts.file,
      sourceId: loadCounts.sourceId,
      sourceTitle: sources.title,
      added: loadCounts.added,
      unchanged: loadCounts.unchanged,
      replaced: loadCounts.replaced,
    })
    .from(loadCounts)
    .leftJoin(sources, eq(sources.id, loadCounts.sourceId))
    .where(inArray(loadCounts.loadId, ids))
    .orderBy(loadCounts.loadId, sql`${loadCounts.file} <> 'results.csv'`, loadCounts.file, loadCounts.sourceId)
    .all();
  const changeCounts = new Map(
    db
      .select({ loadId: loadChanges.loadId, n: count() })
      .from(loadChanges)
      .where(sql`${inArray(loadChanges.loadId, ids)} AND ${loadChanges.action} <> 'added'`)
      .groupBy(loadChanges.loadId)
      .all()
      .map((r) => [r.loadId, r.n]),
  );
  // The first changes of each load, numbered within the load so that one large load cannot
  // crowd out the others (or the page).
  const numbered = db
    .select({
      id: loadChanges.id,
      loadId: loadChanges.loadId,
      file: loadChanges.file,
      item: loadChanges.item,
      column: loadChanges.column,
      oldValue: loadChanges.oldValue,
      newValue: loadChanges.newValue,
      action: loadChanges.action,
      n: sql<number>`row_number() OVER (PARTITION BY ${loadChanges.loadId} ORDER BY ${loadChanges.id})`.as('n'),
    })
    .from(loadChanges)
    .where(and(inArray(loadChanges.loadId, ids), ne(loadChanges.action, 'added')))
    .as('numbered');
  const changes = db
    .select({
      loadId: numbered.loadId,
      file: numbered.file,
      item: numbered.item,
      column: numbered.column,
      oldValue: numbered.oldValue,
      newValue: numbered.newValue,
      action: numbered.action,
    })
    .from(numbered)
    .where(lte(numbered.n, maxChanges))
    .orderBy(numbered.loadId, numbered.id)
    .all();
  // The models and benchmarks a load added, with their names (a load's 'added' changes name their id).
  const added = (table: typeof models | typeof benchmarks, file: 'models.csv' | 'benchmarks.csv') =>
    db
      .select({ loadId: loadChanges.loadId, id: table.id, name: table.name })
      .from(loadChanges)
      .innerJoin(table, eq(table.id, loadChanges.newValue))
      .where(
        sql`${inArray(loadChanges.loadId, ids)} AND ${loadChanges.action} = 'added' AND ${loadChanges.file} = ${file}`,
      )
      .orderBy(loadChanges.id)
      .all();
  const addedModels = added(models, 'models.csv');
  const addedBenchmarks = added(benchmarks, 'benchmarks.csv');
  const of = <T extends { loadId: number }>(list: T[], id: number) =>
    list.filter((x) => x.loadId === id).map(({ loadId: _, ...rest }) => rest);
  return rows.map((l) => ({
    id: l.id,
    loadedAt: l.loadedAt,
    pack: l.pack,
    bundledPack: l.bundledPack,
    replace: l.replace,
    dataVersion: l.dataVersion,
    rows: l.rows,
    counts: of(counts, l.id),
    changes: of(changes, l.id),
    changeCount: changeCounts.get(l.id) ?? 0,
    addedModels: of(addedModels, l.id),
    addedBenchmarks: of(addedBenchmarks, l.id),
  }));
}
