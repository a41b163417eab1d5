import type { FactsIndex } from '../result-facts';
import { factsIndex } from '../result-facts';
import type { FindingRow } from './leaderboard';

// Rows for the findings' tests: a result with its citation, defaults overridden per test.

export function row(over: Partial<FindingRow> & { model: string; score: number }): FindingRow {
  const modelId = over.modelId ?? over.model.toLowerCase().replace(/[^a-z0-9.]+/g, '-');
  const mode = over.mode ?? 'n/a';
  const benchmarkId = over.benchmarkId ?? 'arena-hard';
  return {
    modelId,
    mode,
    budget: null,
    family: /^Qwen3/.test(over.model) ? 'Qwen3' : '',
    benchmarkId,
    benchmark: over.benchmark ?? benchmarkId,
    version: '',
    metric: 'score',
    unit: 'percent',
    releaseDate: '2025-04-29',
    cellKey: `${modelId}|${benchmarkId}|${over.version ?? ''}|${mode}`,
    scoreText: String(over.score),
    sourceId: 'qwen3-tech-report',
    sourceTitle: 'Qwen3 Technical Report',
    sourceKind: 'tech-report',
    sourceUrl: 'https://arxiv.org/abs/2505.09388',
    sourcePublisher: 'Qwen Team (Alibaba)',
    tableRef: 'Table 11',
    tableUrl: null,
    tablePage: null,
    verifiedBy: '',
    notes: '',
    modelPrinted: over.model,
    reporter: 'self',
    ...over,
  };
}

/** Facts giving `benchmarkId` n items (so its percent scores have intervals). */
export function itemsOf(benchmarkId: string, n: number): FactsIndex {
  return factsIndex([{ benchmarkId, version: '', items: n, dataFrom: null, notes: '' }]);
}

export const NO_FACTS: FactsIndex = new Map();
