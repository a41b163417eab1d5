import 'server-only';
import { resultFilters, type ResultFilters } from '../../lib/filters';
import { searchWords, type SearchKind } from '../search';
import {
  benchmarkFactsOf,
  catalogCounts,
  dataStamp,
  findBenchmark,
  findModel,
  listBenchmarks,
  listFamilies,
  listModels,
  listSources,
  testSetFacts,
  type BenchmarkFacts,
  type BenchmarkFilters,
  type ModelFilters,
  type TestSetFacts,
} from './catalog';
import { loadRecord, loadTotal, type LoadEntry } from './loads';
import { cached } from './memo';
import { readDb as db } from './reading';
import { datedBenchmarks } from './records';
import { bestResults, resultRows, resultsPage, resultVariants, type Paging, type ScoreRow } from './results';
export { RESULTS_LIMIT, ResultLimitError } from './results';
import { searchCatalog as search, type SearchResult } from './search';

// The one door from pages, charts and routes to the data (import 'server-only': never in a
// client bundle). Every function returns plain rows, read in one snapshot and memoised per data
// version (./memo.ts). The queries themselves are in ./results.ts (a view's results: one filter,
// one order, one count), ./catalog.ts, ./loads.ts and ./search.ts; the CSV exports stream
// theirs through db/export.ts on a connection of their own. Each reads from db() (./reading.ts):
// today's data, or the data as of the version the request asked for (asOf), by the same query.

export { cached, inOneRead } from './memo';
export { asOfProblem, enterAsOf, getRecordedVersions, readAsOf, readingAsOf } from './reading';
export type { BenchmarkFacts, LoadEntry, ResultFilters, ScoreRow, SearchResult, TestSetFacts };

/** The memo key of a view's filters: the set ones, in one order. */
const keyOf = (f: ResultFilters) => JSON.stringify(resultFilters(f));

/** The data version (bumped by every committed load) and when it was made. Never memoised. */
export function getDataStamp(): { version: number; updatedAt: string } {
  return dataStamp(db());
}

/**
 * A view's results with their model, benchmark and source, best score first: all of them, or
 * the best `top`. A view of more than RESULTS_LIMIT results throws ResultLimitError (never a
 * silent cut).
 */
export function getResults(f: ResultFilters, top?: number): ScoreRow[] {
  return cached(`results:${keyOf(f)}:${top ?? 'all'}`, () => resultRows(db(), f, top));
}

/** A view's best results (every row holding its best score) and how many models it holds (./results.ts). */
export function getBestResults(f: ResultFilters, lowerIsBetter: boolean): { rows: ScoreRow[]; models: number } {
  return cached(`best:${keyOf(f)}:${lowerIsBetter}`, () => bestResults(db(), f, lowerIsBetter));
}

/** One page of results in the one order (`sort`, `dir`; load order unsorted), with the total. */
export function getResultsPage(f: ResultFilters, p: Paging): { rows: ScoreRow[]; total: number } {
  const { page, pageSize, sort, dir } = p;
  return cached(`page:${keyOf(f)}:${JSON.stringify([page, pageSize, sort, dir])}`, () =>
    resultsPage(db(), f, { page, pageSize, sort, dir }),
  );
}

/** The versions, metrics and units of the results a view selects, largest first. */
export function getVariants(f: ResultFilters) {
  return cached(`variants-of:${keyOf(f)}`, () => resultVariants(db(), f));
}

/** The versions / subsets, metrics and units a benchmark's results come in, largest first. */
export function getBenchmarkVariants(id: string) {
  return getVariants({ benchmark: id });
}

export function getCounts() {
  return cached('counts', () => catalogCounts(db()));
}

/** Sources with their result counts, oldest first. */
export function getSources() {
  return cached('sources', () => listSources(db()));
}

/** Benchmarks (of a category, a unit) with their aliases and counts, by category and name. */
export function getBenchmarks(f: BenchmarkFilters = {}) {
  return cached(`benchmarks:${JSON.stringify([f.category, f.unit])}`, () => listBenchmarks(db(), f));
}

export function getBenchmark(id: string) {
  return cached(`benchmark:${id}`, () => findBenchmark(db(), id));
}

/** Models (of a family, open or not, at most so many active parameters) with their aliases and counts. */
export function getModels(f: ModelFilters = {}) {
  return cached(`models:${JSON.stringify([f.family, f.open, f.maxActive])}`, () => listModels(db(), f));
}

export function getModel(id: string) {
  return cached(`model:${id}`, () => findModel(db(), id));
}

export function getFamilies(): string[] {
  return cached('families', () => listFamilies(db()));
}

/** The facts of a benchmark's test set (benchmark-facts.csv), the entry for every version first. */
export function getBenchmarkFacts(benchmarkId: string): BenchmarkFacts[] {
  return cached(`benchmark-facts:${benchmarkId}`, () => benchmarkFactsOf(db(), benchmarkId));
}

/** The facts of every test set, for intervals and time windows (app/_lib/result-facts.ts factsIndex). */
export function getTestSetFacts(): TestSetFacts[] {
  return cached('test-set-facts', () => testSetFacts(db()));
}

/** The record of loads, newest first: `pageSize` loads of page `page` (from 1), and how many there are. */
export function getLoadRecord(page = 1, pageSize = 50): { loads: LoadEntry[]; total: number } {
  return cached(`loads:${page}:${pageSize}`, () => ({
    loads: loadRecord(db(), { limit: pageSize, offset: (page - 1) * pageSize }),
    total: loadTotal(db()),
  }));
}

/** Models, benchmarks and sources matching what a reader typed, best first, by kind. */
export function searchCatalog(query: string): Record<SearchKind, SearchResult[]> {
  return cached(`search:${searchWords(query).join(' ')}`, () =>
    search(db(), query, { models: getModels(), benchmarks: getBenchmarks(), sources: getSources() }),
  );
}

/** Benchmarks with results of models released on at least two dates: those with a record over time. */
export function getDatedBenchmarks(): string[] {
  return cached('dated-benchmarks', () => datedBenchmarks(db()));
}
