import type { Category, Unit } from '../../db/pack/format';
import { int, pick, shuffled, weighted } from './random';
import { isoDate, ORG_WORDS, SPAN_DAYS } from './models';

// The synthetic benchmarks (~200, a few everywhere and most rare) and the dozen sources that
// publish results on them.

const BENCHMARK_COUNT = 200;

export type SynthBenchmark = {
  index: number;
  name: string;
  alias: string | null;
  category: Category;
  unit: Unit;
  higherIsBetter: boolean;
  description: string;
  url: string;
  versions: string[];
  metrics: string[];
  decimals: number;
  difficulty: number;
  weight: number;
};

export type SynthSource = {
  id: string;
  title: string;
  url: string;
  publisher: string;
  publishedAt: string;
  kind: string;
};

const STEMS: Record<Category, string[]> = {
  knowledge: ['Trivia', 'Encyclo', 'Scholar', 'Facts', 'Lore'],
  reasoning: ['Logic', 'Puzzle', 'Deduce', 'Riddle', 'Syllog'],
  math: ['Arith', 'Olymp', 'Proof', 'Calc', 'Geo'],
  code: ['Code', 'Patch', 'Repo', 'Algo', 'Script'],
  alignment: ['Follow', 'Helpful', 'Tone', 'Prefer', 'Safety'],
  agent: ['Tool', 'Browse', 'Plan', 'Shell', 'Task'],
  multilingual: ['Poly', 'Lingua', 'Transl', 'Babel', 'Dialect'],
  'long-context': ['Needle', 'Scroll', 'Tome', 'Haystack', 'Ledger'],
};
const CATEGORY_WEIGHTS: [Category, number][] = [
  ['knowledge', 0.16],
  ['reasoning', 0.14],
  ['math', 0.16],
  ['code', 0.16],
  ['alignment', 0.1],
  ['agent', 0.1],
  ['multilingual', 0.1],
  ['long-context', 0.08],
];
const METRICS: Record<Category, string[]> = {
  knowledge: ['accuracy (5-shot)', 'accuracy (0-shot)', 'EM'],
  reasoning: ['accuracy', 'accuracy (3-shot CoT)'],
  math: ['pass@1', 'avg@64', 'accuracy (4-shot)'],
  code: ['pass@1', 'pass@10'],
  alignment: ['win rate', 'strict prompt accuracy'],
  agent: ['success rate', 'pass^1'],
  multilingual: ['accuracy', 'accuracy (5-shot)'],
  'long-context': ['accuracy (128K)', 'score'],
};
const LANGUAGES = ['es (Spanish)', 'fr (French)', 'de (German)', 'ja (Japanese)', 'ar (Arabic)', 'sw (Swahili)'];

export function synthBenchmarks(r: () => number): SynthBenchmark[] {
  const counters = new Map<string, number>();
  const out: SynthBenchmark[] = [];
  for (let i = 0; i < BENCHMARK_COUNT; i++) {
    const category = weighted(r, CATEGORY_WEIGHTS);
    const stem = pick(r, STEMS[category]);
    const n = (counters.get(stem) ?? 0) + 1;
    counters.set(stem, n);
    const name = `Synth-${stem}-${n}`;
    const u = r();
    const unit: Unit =
      (category === 'code' || category === 'alignment') && u < 0.15
        ? 'elo'
        : (category === 'alignment' || category === 'agent' || category === 'long-context') && u < 0.35
          ? 'score'
          : 'percent';
    let versions = [''];
    if (category === 'multilingual' && r() < 0.6) {
      versions = shuffled(r, LANGUAGES).slice(0, int(r, 2, 5));
    } else if (r() < 0.2) {
      const year = int(r, 2023, 2025);
      versions = ['v1', `v2 (${year}.01-${year}.06)`, `v3 (${year + 1}.01-${year + 1}.04)`].slice(0, int(r, 2, 3));
    }
    const metrics = unit === 'elo' ? ['rating'] : shuffled(r, METRICS[category]).slice(0, int(r, 1, 2));
    out.push({
      index: i,
      name,
      alias: r() < 0.06 ? name.toLowerCase() : null,
      category,
      unit,
      higherIsBetter: unit !== 'score' || r() < 0.7,
      description: `Synthetic ${category} benchmark "${stem}" #${n}, generated for load tests`,
      url: `https://example.org/synth/benchmarks/${name.toLowerCase()}`,
      versions,
      metrics,
      decimals: r() < 0.5 ? 1 : 2,
      difficulty: 0.05 + 0.6 * r(),
      weight: 1 / (i + 4), // a few benchmarks appear everywhere, most rarely
    });
  }
  return out;
}

const SOURCE_KINDS = [
  'tech-report',
  'blog',
  'model-card',
  'paper',
  'leaderboard',
  'tech-report',
  'paper',
  'model-card',
  'blog',
  'tech-report',
  'leaderboard',
  'other',
];

export function synthSources(r: () => number): SynthSource[] {
  return SOURCE_KINDS.map((kind, i) => {
    const id = `synth-${kind}-${i + 1}`;
    const org = pick(r, ORG_WORDS);
    return {
      id,
      title:
        kind === 'leaderboard' ? `Synth Arena leaderboard ${i + 1}` : `Synthetic ${kind} ${i + 1}: ${org}, results`,
      url: `https://example.org/synth/sources/${id}`,
      publisher: `${org} Synth AI`,
      publishedAt: isoDate(
        kind === 'leaderboard' ? SPAN_DAYS : Math.floor(((i + 1) / SOURCE_KINDS.length) * SPAN_DAYS),
      ),
      kind,
    };
  });
}
