import { groupCells, type CellInput } from '../cells';
import { pairModes, type GainInput } from '../gains';
import type { Sentence } from './sentence';

// A model page's finding: how much is known of it and from whom, what thinking buys it (where it
// has both modes), and where sources disagree on its numbers.

type Row = CellInput & GainInput & { benchmark: string; reporter: 'self' | 'independent' };

export function modelFinding(rows: readonly Row[], model: string): Sentence[] {
  if (rows.length === 0) return [];
  const benchmarks = new Set(rows.map((r) => r.benchmarkId)).size;
  const sources = new Set(rows.map((r) => r.sourceId)).size;
  const independent = rows.filter((r) => r.reporter === 'independent').length;
  const out: Sentence[] = [
    {
      key: independent > 0 ? 'findings.model.countsInd' : 'findings.model.counts',
      values: { model, count: rows.length, benchmarks, sources, independent },
    },
  ];
  const pairs = pairModes(rows).filter((p) => p.deltaValue !== undefined && p.thinking!.unit === 'percent');
  if (pairs.length > 0) {
    const up = pairs.filter((p) => p.deltaValue! > 0).length;
    const most = [...pairs].sort((a, b) => b.deltaValue! - a.deltaValue!)[0]!;
    const tied = pairs.filter((p) => p.deltaValue === most.deltaValue).length;
    out.push({
      key: tied > 1 ? 'findings.model.thinkingTied' : 'findings.model.thinking',
      values: {
        up,
        count: pairs.length,
        benchmark: [most.thinking!.benchmark, most.thinking!.version].filter(Boolean).join(' '),
        gain: most.delta!,
        tied,
      },
    });
  }
  const disputed = groupCells(rows).filter((c) => c.disputed).length;
  if (disputed > 0) out.push({ key: 'findings.model.disputes', values: { count: disputed } });
  return out;
}
