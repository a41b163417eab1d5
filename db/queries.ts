import 'server-only';
import { asc, count, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { getDb } from './client';
import { searchIndex, searchWords, type SearchHit, type SearchKind } from './search';
import { resultConditions, resultsSelect, type ResultQuery, type ScoreRow } from './result-query';
import { benchmarkFactsOf, testSetFacts, type BenchmarkFacts } from './facts';
import { loadRecord, loadTotal, type LoadEntry } from './changes';
import { benchmarkAliases, benchmarks, dataVersion, modelAliases, models, results, sources } from './schema';

export type { BenchmarkFacts, LoadEntry, ResultQuery, ScoreRow };

// The only door from pages and routes to the data. Every function returns plain rows. Results
// are memoised per data version: a seed that commits bumps the version, so new results show
// on the next request without a rebuild or a restart.

/** What the memo may hold, in bytes (estimated as UTF-16 JSON); least recently used goes first. */
const MEMO_BYTES = 64 * 1024 * 1024;
const memo = new LRUCache<string, { version: number; value: NonNullable<unknown> }>({
  maxSize: MEMO_BYTES,
  sizeCalculation: (entry) => Math.max(1, (JSON.stringify(entry.value)?.length ?? 0) * 2),
});

type Reader = { version: () => number; inSnapshot: <T>(read: () => T) => T };
const readers = new WeakMap<object, Reader>();

/**
 * The version read and the snapshot it labels, prepared once per connection. A page asks the
 * memo ten times or so; building the drizzle query and the transaction each time cost ~2 ms of a
 * ~35 ms page render (CPU profile of /benchmarks/arena-hard), this a few microseconds.
 */
function reader(): Reader {
  const sqlite = getDb().$client;
  let r = readers.get(sqlite);
  if (!r) {
    const statement = sqlite.prepare('SELECT version FROM data_version WHERE id = 1').pluck();
    const transaction = sqlite.transaction((read: () => unknown) => read());
    r = {
      version: () => (statement.get() as number | undefined) ?? 0,
      inSnapshot: <T>(read: () => T) => transaction(read) as T,
    };
    readers.set(sqlite, r);
  }
  return r;
}

/** The data version (bumped by every committed load) and when it was made. */
export function getDataStamp(): { version: number; updatedAt: string } {
  return (
    getDb().select({ version: dataVersion.version, updatedAt: dataVersion.updatedAt }).from(dataVersion).get() ?? {
      version: 0,
      updatedAt: '',
    }
  );
}

/**
 * One read transaction: the version and the rows it labels come from the same snapshot. The
 * value is kept for that version; `key` must name every input of `compute`.
 */
export function cached<T>(key: string, compute: () => T): T {
  const { version, inSnapshot } = reader();
  return inSnapshot(() => {
    const now = version();
    const hit = memo.get(key);
    if (hit && hit.version === now) return hit.value as T;
    const value = compute();
    if (value !== undefined && value !== null) memo.set(key, { version: now, value });
    return value;
  });
}

/** Results with their model, benchmark and source, best score first. */
export function getResults(q: ResultQuery, limit = 5000): ScoreRow[] {
  return cached(`results:${JSON.stringify(q)}:${limit}`, () =>
    resultsSelect(getDb(), q).orderBy(desc(results.score), asc(models.name), asc(results.id)).limit(limit).all(),
  ) as ScoreRow[];
}

export type ResultsOrder = 'score' | 'model' | 'source';

const ORDERS: Record<ResultsOrder, SQL[]> = {
  score: [desc(results.score), asc(models.name), asc(results.id)],
  // Case-insensitive, as a reader sorts names (DeepSeek beside Deepseek, LLaMA beside Llama).
  model: [sql`${models.name} COLLATE NOCASE`, desc(results.score), asc(results.id)],
  source: [asc(results.sourceId), asc(results.tableRef), desc(results.score), asc(results.id)],
};

/** One page of results in the view's order (best first by default), with the total. */
export function getResultsPage(
  q: ResultQuery,
  page: number,
  pageSize: number,
  order: ResultsOrder = 'score',
): { rows: ScoreRow[]; total: number } {
  return cached(`page:${JSON.stringify(q)}:${page}:${pageSize}:${order}`, () => {
    const total = getDb()
      .select({ n: count() })
      .from(results)
      .innerJoin(models, eq(models.id, results.modelId))
      .innerJoin(benchmarks, eq(benchmarks.id, results.benchmarkId))
      .innerJoin(sources, eq(sources.id, results.sourceId))
      .where(resultConditions(q))
      .get()!.n;
    const rows = resultsSelect(getDb(), q)
      .orderBy(...ORDERS[order])
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .all() as ScoreRow[];
    return { rows, total };
  });
}

export function getCounts() {
  return cached('counts', () => {
    const db = getDb();
    return {
      models: db.select({ n: count() }).from(models).get()!.n,
      benchmarks: db.select({ n: count() }).from(benchmarks).get()!.n,
      results: db.select({ n: count() }).from(results).get()!.n,
      sources: db.select({ n: count() }).from(sources).get()!.n,
    };
  });
}

export function getSources() {
  return cached('sources', () => getDb().select().from(sources).orderBy(asc(sources.publishedAt)).all());
}

// Per-benchmark and per-model counts come from index-only scans (results_benchmark,
// results_model): joining every result to its benchmark took 11 s at 1M results, these 0.9 s.
function countsBy(column: 'benchmark_id' | 'model_id'): Map<string, { results: number; other: number }> {
  const db = getDb().$client;
  const out = new Map<string, { results: number; other: number }>();
  for (const [id, n] of db.prepare(`SELECT ${column}, count(*) FROM results GROUP BY ${column}`).raw().all() as [
    string,
    number,
  ][])
    out.set(id, { results: n, other: 0 });
  for (const [id, n] of db
    .prepare(`SELECT ${column}, count(*) FROM (SELECT DISTINCT model_id, benchmark_id FROM results) GROUP BY ${column}`)
    .raw()
    .all() as [string, number][])
    out.get(id)!.other = n;
  return out;
}

export function getBenchmarks() {
  return cached('benchmarks', () => {
    const counts = countsBy('benchmark_id');
    return getDb()
      .select({
        id: benchmarks.id,
        name: benchmarks.name,
        category: benchmarks.category,
        unit: benchmarks.unit,
        description: benchmarks.description,
      })
      .from(benchmarks)
      .orderBy(asc(benchmarks.category), asc(benchmarks.name))
      .all()
      .map((b) => ({ ...b, results: counts.get(b.id)?.results ?? 0, models: counts.get(b.id)?.other ?? 0 }));
  });
}

export function getBenchmark(id: string) {
  return cached(`benchmark:${id}`, () => {
    const db = getDb();
    const benchmark = db.select().from(benchmarks).where(eq(benchmarks.id, id)).get();
    if (!benchmark) return null;
    const aliases = db
      .select({ alias: benchmarkAliases.alias })
      .from(benchmarkAliases)
      .where(eq(benchmarkAliases.benchmarkId, id))
      .all()
      .map((a) => a.alias);
    return { ...benchmark, aliases };
  });
}

/** The versions / subsets, metrics and units a benchmark's results come in, largest first. */
export function getBenchmarkVariants(id: string) {
  return getVariants({ benchmarkId: id });
}

/** The versions, metrics and units of the results a query selects, largest first. */
export function getVariants(q: ResultQuery) {
  return cached(`variants-of:${JSON.stringify(q)}`, () =>
    getDb()
      .select({
        version: results.benchmarkVersion,
        metric: results.metric,
        unit: results.unit,
        results: count(),
        models: sql<number>`count(distinct ${results.modelId})`,
      })
      .from(results)
      .innerJoin(models, eq(models.id, results.modelId))
      .innerJoin(benchmarks, eq(benchmarks.id, results.benchmarkId))
      .innerJoin(sources, eq(sources.id, results.sourceId))
      .where(resultConditions(q))
      .groupBy(results.benchmarkVersion, results.metric, results.unit)
      .orderBy(desc(count()), asc(results.benchmarkVersion))
      .all(),
  );
}

export function getModels() {
  return cached('models', () => {
    const counts = countsBy('model_id');
    return getDb()
      .select({
        id: models.id,
        name: models.name,
        org: models.org,
        family: models.family,
        architecture: models.architecture,
        activeParams: models.activeParams,
        totalParams: models.totalParams,
        openWeights: models.openWeights,
        releaseDate: models.releaseDate,
      })
      .from(models)
      .orderBy(asc(models.family), desc(models.totalParams), asc(models.name))
      .all()
      .map((m) => ({ ...m, results: counts.get(m.id)?.results ?? 0 }));
  });
}

export function getModel(id: string) {
  return cached(`model:${id}`, () => {
    const db = getDb();
    const model = db.select().from(models).where(eq(models.id, id)).get();
    if (!model) return null;
    const aliases = db
      .select({ alias: modelAliases.alias })
      .from(modelAliases)
      .where(eq(modelAliases.modelId, id))
      .all()
      .map((a) => a.alias);
    return { ...model, aliases };
  });
}

export function getFamilies(): string[] {
  return cached('families', () =>
    getDb()
      .selectDistinct({ family: models.family })
      .from(models)
      .where(ne(models.family, ''))
      .orderBy(asc(models.family))
      .all()
      .map((r) => r.family),
  );
}

/** The facts of a benchmark's test set (benchmark-facts.csv), the entry for every version first. */
export function getBenchmarkFacts(benchmarkId: string): BenchmarkFacts[] {
  return cached(`benchmark-facts:${benchmarkId}`, () => benchmarkFactsOf(getDb(), benchmarkId));
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

/** Models, benchmarks and sources matching what a reader typed, best first, by kind. */
export function searchCatalog(query: string): Record<SearchKind, SearchResult[]> {
  return cached(`search:${searchWords(query).join(' ')}`, () => {
    const sqlite = getDb().$client;
    const models = new Map(getModels().map((m) => [m.id, m]));
    const benchmarks = new Map(getBenchmarks().map((b) => [b.id, b]));
    const sourceList = new Map(getSources().map((s) => [s.id, s]));
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
      searchIndex(sqlite, query, kind, SEARCH_LIMIT).map((hit) => ({ ...hit, summary: summary(hit), href: href(hit) }));
    return { model: of('model'), benchmark: of('benchmark'), source: of('source') };
  });
}

/** The facts of every test set, for intervals and time windows (app/_lib/result-facts.ts factsIndex). */
export function getTestSetFacts() {
  return cached('test-set-facts', () => testSetFacts(getDb()));
}

/** The record of loads, newest first: `pageSize` loads of page `page` (from 1), and how many there are. */
export function getLoadRecord(page = 1, pageSize = 50): { loads: LoadEntry[]; total: number } {
  return cached(`loads:${page}:${pageSize}`, () => ({
    loads: loadRecord(getDb(), { limit: pageSize, offset: (page - 1) * pageSize }),
    total: loadTotal(getDb()),
  }));
}
