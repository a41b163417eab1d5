import { clamp, hashUnit, int, pick, prng, sigmoid, weighted } from './random';
import type { SynthBenchmark } from './benchmarks';
import type { Kind, SynthModel } from './models';
import type { SynthDeclarations } from './pack';

// The result rows of a synthetic pack: sources publish tables of models x benchmarks, newer
// models appear over time, a few cells are disputed.

const BUDGETS = [1024, 2048, 4096, 8192, 16384, 32768];

const NOTES = [
  'as printed; footnote "*" in the source',
  'reproduced by the authors, see the appendix',
  'averaged over 3 runs, temperature 0.6',
  'two lines\nin the source cell',
];

type TableType = 'base' | 'thinking' | 'non-thinking' | 'figure';
const TABLE_KINDS: Record<TableType, Kind[]> = {
  base: ['base'],
  thinking: ['hybrid', 'reasoning'],
  'non-thinking': ['hybrid', 'instruct'],
  figure: ['hybrid', 'reasoning'],
};

/**
 * The result rows (values in RESULT_COLUMNS order), one source table after another. Identities
 * are unique by construction: a table lists distinct models x distinct benchmarks (x distinct
 * budgets in a figure), and every table has its own name within its source.
 */
export function* synthResults(decl: SynthDeclarations, rows: number): Generator<string[], void, void> {
  const r = prng(decl.seed ^ 0x5eed5eed);
  const { models, benchmarks, sources } = decl;
  const leaderboards = sources.filter((s) => s.kind === 'leaderboard');
  const papers = sources.filter((s) => s.kind !== 'leaderboard');
  const counters = new Map<string, number>();
  const benchmarkWeights = benchmarks.map((b) => [b, b.weight] as [SynthBenchmark, number]);
  let emitted = 0;

  while (emitted < rows) {
    // Publishing grows about linearly with time, so results pile up as time squared: when a share
    // q of the rows is written, the data has reached the time sqrt(q) of its span.
    const p = Math.sqrt(emitted / rows);
    const source =
      r() < 0.25 ? pick(r, leaderboards) : papers[Math.min(papers.length - 1, Math.floor(p * papers.length))]!;
    const u = r();
    const type: TableType = u < 0.15 ? 'base' : u < 0.55 ? 'thinking' : u < 0.85 ? 'non-thinking' : 'figure';
    const kinds = TABLE_KINDS[type];

    // Mostly the models of the moment, plus a few older baselines.
    const now = Math.floor(p * models.length);
    const lo = Math.max(0, now - 150);
    const hi = Math.min(models.length, now + 40);
    let pool = models.slice(lo, hi).filter((m) => kinds.includes(m.kind));
    if (pool.length < 2) pool = models.slice(0, hi).filter((m) => kinds.includes(m.kind));
    if (pool.length === 0) continue;
    const wantModels = type === 'figure' ? int(r, 1, 4) : int(r, 4, 16);
    const chosen = new Set<SynthModel>();
    for (let tries = 0; chosen.size < Math.min(wantModels, pool.length) && tries < wantModels * 4; tries++)
      chosen.add(pick(r, pool));
    if (type !== 'figure' && lo > 0) {
      const baselineKinds: Kind[] = type === 'base' ? ['base'] : ['instruct', ...kinds];
      for (let k = int(r, 0, 3); k > 0; k--) {
        const m = models[int(r, 0, lo - 1)]!;
        if (baselineKinds.includes(m.kind)) chosen.add(m);
      }
    }

    const wantBenchmarks = type === 'figure' ? int(r, 2, 8) : int(r, 6, 30);
    const benches = new Set<SynthBenchmark>();
    for (let tries = 0; benches.size < wantBenchmarks && tries < wantBenchmarks * 4; tries++)
      benches.add(weighted(r, benchmarkWeights));
    const columns = [...benches].map((b) => ({
      b,
      versionIndex: int(r, 0, b.versions.length - 1),
      metricIndex: int(r, 0, b.metrics.length - 1),
    }));
    const fixedBudget = type === 'thinking' && r() < 0.3 ? pick(r, [8192, 16384, 32768]) : null;

    const n = (counters.get(source.id + type) ?? 0) + 1;
    counters.set(source.id + type, n);
    const table =
      source.kind === 'leaderboard'
        ? `snapshot ${n} (${type})`
        : type === 'figure'
          ? `Figure ${n}`
          : `Table ${n}${type === 'base' ? ' (base)' : type === 'thinking' ? ' (thinking)' : ''}`;

    for (const m of chosen) {
      const modelName = m.alias && r() < 0.3 ? m.alias : m.name;
      const mode =
        type === 'base'
          ? 'base'
          : m.kind === 'instruct'
            ? 'n/a'
            : type === 'non-thinking'
              ? 'non-thinking'
              : m.kind === 'base'
                ? 'base'
                : 'thinking';
      const budgets = type === 'figure' ? BUDGETS : [fixedBudget];
      for (const { b, versionIndex, metricIndex } of columns) {
        if (r() < 0.08) continue; // a "-" in the source table
        const benchmarkName = b.alias && r() < 0.3 ? b.alias : b.name;
        for (const budget of budgets) {
          const modeBonus = mode === 'thinking' ? (['math', 'code', 'reasoning'].includes(b.category) ? 0.5 : 0.15) : 0;
          const budgetBonus = budget === null ? 0 : (Math.log2(budget / 1024) / 5 - 1) * 0.6;
          const cell = hashUnit(
            decl.seed,
            m.index,
            b.index * 64 + versionIndex * 8 + metricIndex,
            mode.length,
            budget ?? 0,
          );
          let z = 5 * (m.strength - b.difficulty) + modeBonus + budgetBonus + (cell - 0.5) * 0.8;
          if (r() < 0.02) z += (r() - 0.5) * 0.4; // a dispute: another source prints another number
          const s = sigmoid(z);
          const score =
            b.unit === 'percent'
              ? clamp(100 * s, 1, 99.9).toFixed(b.decimals)
              : b.unit === 'elo'
                ? String(Math.round(clamp(700 + 2500 * s, 0, 4000)))
                : (10 * (b.higherIsBetter ? s : 1 - s)).toFixed(2);
          const v = r();
          yield [
            source.id,
            table,
            modelName,
            r() < 0.05 ? '' : m.kind,
            mode,
            budget === null ? '' : String(budget),
            benchmarkName,
            b.versions[versionIndex]!,
            b.metrics[metricIndex]!,
            score,
            b.unit,
            v < 0.1 ? 'synth-check-a;synth-check-b' : v < 0.35 ? 'synth-check-a' : '',
            r() < 0.015 ? pick(r, NOTES) : '',
          ];
          if (++emitted >= rows) return;
        }
      }
    }
  }
}
