import type { getBenchmarks, getModels, getSources, ScoreRow } from '@/db/queries';
import { intervalOf, roundPoint } from '@/app/_lib/interval';
import { factsOf, type FactsIndex } from '@/app/_lib/result-facts';

// The items of the JSON API's answers, made from the rows the pages read too (db/queries): the
// API's field names, numbers as numbers, unknown as null. bodies.ts describes them for the
// OpenAPI document and checks at build time that the two agree.

/** One result as the API gives it. */
export type ApiResult = {
  id: number;
  sourceId: string;
  sourceTitle: string;
  sourceUrl: string;
  table: string;
  /** Where the table opens (tables.csv: a PDF at its page), or null: then see sourceUrl. */
  tableUrl: string | null;
  /** The printed page of the table, or null when not given. */
  tablePage: number | null;
  modelId: string;
  model: string;
  modelAsPrinted: string;
  modelKind: string;
  family: string;
  mode: string;
  thinkingBudgetTokens: number | null;
  benchmarkId: string;
  benchmark: string;
  benchmarkAsPrinted: string;
  category: string;
  benchmarkVersion: string;
  metric: string;
  score: number;
  /** The score as printed in the source ("72.50"). */
  scoreText: string;
  unit: string;
  verifiedBy: string[];
  notes: string;
  /** 'self' when the model's maker published the number, else 'independent'. */
  reporter: ScoreRow['reporter'];
  /** Who published the source (its publisher). */
  reportedBy: string;
  /**
   * Computed here, not published: the 95% Wilson interval of the score over the test set's n
   * items, in the score's unit rounded to one decimal; null where none is defined (Elo, scores on
   * their own scale, judged win rates, averages over several sets, unknown n).
   */
  interval: { low: number; high: number; n: number } | null;
};

const list = (v: string) =>
  v
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
const num = (v: string) => (v === '' ? null : Number(v));
const yesNo = (v: string) => (v === 'yes' ? true : v === 'no' ? false : null);

export function apiResult(r: ScoreRow, facts: FactsIndex): ApiResult {
  const interval = intervalOf(r, factsOf(facts, r.benchmarkId, r.version));
  return {
    id: r.id,
    sourceId: r.sourceId,
    sourceTitle: r.sourceTitle,
    sourceUrl: r.sourceUrl,
    table: r.tableRef,
    tableUrl: r.tableUrl || null,
    tablePage: r.tablePage ? Number(r.tablePage) : null,
    modelId: r.modelId,
    model: r.model,
    modelAsPrinted: r.modelPrinted,
    modelKind: r.modelKind,
    family: r.family,
    mode: r.mode,
    thinkingBudgetTokens: r.budget,
    benchmarkId: r.benchmarkId,
    benchmark: r.benchmark,
    benchmarkAsPrinted: r.benchmarkPrinted,
    category: r.category,
    benchmarkVersion: r.version,
    metric: r.metric,
    score: r.score,
    scoreText: r.scoreText,
    unit: r.unit,
    verifiedBy: list(r.verifiedBy),
    notes: r.notes,
    reporter: r.reporter,
    reportedBy: r.sourcePublisher,
    interval: interval && { low: roundPoint(interval.low), high: roundPoint(interval.high), n: interval.n },
  };
}

/** A model with its facts, aliases and result count. */
export function apiModel(m: ReturnType<typeof getModels>[number]) {
  return {
    id: m.id,
    name: m.name,
    aliases: m.aliases,
    family: m.family,
    org: m.org,
    architecture: m.architecture || null,
    totalParamsB: num(m.totalParamsB),
    activeParamsB: num(m.activeParamsB),
    layers: num(m.layers),
    contextLengthTokens: num(m.contextLengthTokens),
    releaseDate: m.releaseDate || null,
    openWeights: yesNo(m.openWeights),
    license: m.license,
    source: m.source,
    results: m.results,
  };
}

/** A benchmark with its facts, aliases and result count. */
export function apiBenchmark(b: ReturnType<typeof getBenchmarks>[number]) {
  return {
    id: b.id,
    name: b.name,
    aliases: b.aliases,
    category: b.category,
    unit: b.unit,
    higherIsBetter: yesNo(b.higherIsBetter),
    description: b.description,
    url: b.url,
    results: b.results,
  };
}

/** A source with its result count. */
export function apiSource(s: ReturnType<typeof getSources>[number]) {
  return {
    id: s.id,
    title: s.title,
    url: s.url,
    publisher: s.publisher,
    publishedAt: s.publishedAt,
    kind: s.kind,
    results: s.results,
  };
}

/** The API lists models and benchmarks by id (the pages by family or category). */
export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
