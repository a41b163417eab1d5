import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify';
import {
  BENCHMARK_COLUMNS,
  MODEL_COLUMNS,
  RESULT_COLUMNS,
  SOURCE_COLUMNS,
  type Category,
  type Unit,
} from '../db/pack/format';

// A synthetic results pack (PACK-FORMAT.md) for load tests: ~1,000 models, ~200 benchmarks, a dozen
// sources and as many results as asked for, shaped like the real data as it grows: sources publish
// tables of models x benchmarks, newer models appear over time, a few cells are disputed. Every
// name starts with "Synth-" / "synth-" so that it never collides with the bundled Qwen3 pack.
// Deterministic: the same seed and row count give byte-identical files.

export const DEFAULT_ROWS = 1_000_000;
export const DEFAULT_SEED = 1;
const MODEL_COUNT = 1000;
const BENCHMARK_COUNT = 200;
const BUDGETS = [1024, 2048, 4096, 8192, 16384, 32768];

type Kind = 'base' | 'instruct' | 'reasoning' | 'hybrid';

export type SynthModel = {
  index: number;
  name: string;
  alias: string | null;
  kind: Kind;
  org: string;
  family: string;
  architecture: 'dense' | 'moe' | '';
  totalParamsB: string;
  activeParamsB: string;
  layers: string;
  contextLengthTokens: string;
  releaseDate: string;
  openWeights: 'yes' | 'no' | '';
  license: string;
  strength: number;
};

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

export type SynthDeclarations = {
  seed: number;
  models: SynthModel[];
  benchmarks: SynthBenchmark[];
  sources: SynthSource[];
};

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform [0, 1) number from integers: the same cell always gets the same score. */
function hashUnit(seed: number, a: number, b: number, c: number, d: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const v of [a, b, c, d]) {
    h = Math.imul(h ^ v, 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return (h >>> 0) / 4294967296;
}

const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
function shuffled<T>(r: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const SPAN_DAYS = 1276; // to 2026-06-30
const isoDate = (days: number) => new Date(START + days * DAY).toISOString().slice(0, 10);

const ORG_WORDS = [
  'Aurora',
  'Borealis',
  'Cobalt',
  'Dune',
  'Ember',
  'Fjord',
  'Granite',
  'Harbor',
  'Iris',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Meridian',
  'Nimbus',
  'Onyx',
  'Pinnacle',
  'Quartz',
  'Sable',
  'Tundra',
  'Vesper',
];
// total params (B), layers
const DENSE: [number, number][] = [
  [0.6, 28],
  [1.7, 28],
  [4, 36],
  [8, 36],
  [14, 40],
  [32, 64],
  [70, 80],
  [110, 96],
  [405, 126],
];
// total, active (B), layers
const MOE: [number, number, number][] = [
  [30, 3, 48],
  [80, 3, 48],
  [106, 12, 46],
  [235, 22, 94],
  [480, 35, 62],
  [671, 37, 61],
  [1000, 32, 61],
];
const TIERS = ['Flash', 'Pro', 'Ultra', 'Mini'];
const LICENSES = ['Apache-2.0', 'MIT', 'Synth Community License'];

function synthModels(r: () => number): SynthModel[] {
  const orgs = ORG_WORDS.map((word, i) => ({
    word,
    name: i % 3 === 0 ? `${word} Synth Labs, Inc.` : `${word} Synth AI`,
    open: i % 4 !== 3, // every fourth org publishes API-only models
    lines: [
      { suffix: '', gen: 0, focus: 'general' as const },
      { suffix: 'Coder', gen: 0, focus: 'coder' as const },
      { suffix: '-R', gen: 0, focus: 'reasoning' as const },
    ].slice(0, 1 + (i % 3)),
  }));
  const models: SynthModel[] = [];
  const taken = new Set<string>();
  while (models.length < MODEL_COUNT) {
    const org = pick(r, orgs);
    const line = pick(r, org.lines);
    line.gen++;
    const family = `Synth-${org.word}${line.suffix}${line.gen}`;
    const days = clamp(Math.floor((models.length / MODEL_COUNT) * SPAN_DAYS) + int(r, 0, 20), 0, SPAN_DAYS);
    const t = days / SPAN_DAYS;
    const releaseDate = isoDate(days);
    const contextLengthTokens = String(
      pick(r, t < 0.3 ? [8192, 32768] : t < 0.7 ? [32768, 131072] : [131072, 262144, 1048576]),
    );
    const license = org.open ? pick(r, LICENSES) : '';
    const hybridEra = t > 0.55;

    type Config = { label: string; total: number | null; active: number | null; layers: number | null };
    const configs: Config[] = [];
    if (org.open) {
      const usable = r() < 0.35 ? 'moe' : 'dense';
      const count = int(r, 1, 4);
      const seen = new Set<number>();
      for (let k = 0; k < count; k++) {
        if (usable === 'moe') {
          const i = int(r, 0, MOE.length - 1);
          if (seen.has(i)) continue;
          seen.add(i);
          const [total, active, layers] = MOE[i]!;
          configs.push({ label: `${total}B-A${active}B`, total, active, layers });
        } else {
          const i = int(r, 0, DENSE.length - 1);
          if (seen.has(i)) continue;
          seen.add(i);
          const [total, layers] = DENSE[i]!;
          configs.push({ label: `${total}B`, total, active: total, layers });
        }
      }
    } else {
      for (const tier of TIERS.slice(0, int(r, 1, 3))) {
        const known = r() < 0.3; // most API-only models publish no sizes: unknown, never zero
        const [total, active, layers] = pick(r, MOE);
        configs.push({
          label: tier,
          total: known ? total : null,
          active: known ? active : null,
          layers: known ? layers : null,
        });
      }
    }

    for (const config of configs) {
      const variants: [string, Kind][] = [];
      if (line.focus === 'reasoning') variants.push(['', 'reasoning']);
      else {
        if (org.open && r() < 0.6) variants.push(['-Base', 'base']);
        variants.push(hybridEra && line.focus === 'general' && r() < 0.6 ? ['', 'hybrid'] : ['-Instruct', 'instruct']);
      }
      for (const [suffix, kind] of variants) {
        if (models.length >= MODEL_COUNT) break;
        const name = `${family}-${config.label}${suffix}`;
        if (taken.has(name.toLowerCase())) continue;
        taken.add(name.toLowerCase());
        const size = Math.log10(config.total ?? 300) / 3; // 0.6B -> -0.07, 1000B -> 1
        const kindBonus = { base: -0.1, instruct: 0, hybrid: 0.05, reasoning: 0.08 }[kind];
        models.push({
          index: models.length,
          name,
          alias: r() < 0.08 ? name.toLowerCase() : null,
          kind,
          org: org.name,
          family,
          architecture: config.total === null ? '' : config.active !== config.total ? 'moe' : 'dense',
          totalParamsB: config.total === null ? '' : String(config.total),
          activeParamsB: config.active === null ? '' : String(config.active),
          layers: config.layers === null ? '' : String(config.layers),
          contextLengthTokens,
          releaseDate,
          openWeights: org.open ? 'yes' : r() < 0.8 ? 'no' : '',
          license,
          strength: 0.1 + 0.35 * t + 0.3 * size + kindBonus + 0.1 * r(),
        });
      }
    }
  }
  return models;
}

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

function weighted<T>(r: () => number, items: readonly [T, number][]): T {
  let x = r() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1]![0];
}

function synthBenchmarks(r: () => number): SynthBenchmark[] {
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

function synthSources(r: () => number): SynthSource[] {
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

/** The declarations of a synthetic pack; they depend on the seed only, not on the row count. */
export function synthDeclarations(seed = DEFAULT_SEED): SynthDeclarations {
  const r = prng(seed);
  return { seed, models: synthModels(r), benchmarks: synthBenchmarks(r), sources: synthSources(r) };
}

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
export function* synthResults(decl: SynthDeclarations, rows = DEFAULT_ROWS): Generator<string[], void, void> {
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

export function declarationRows(decl: SynthDeclarations) {
  const cite = `synthetic (scripts/generate-pack.ts, seed ${decl.seed})`;
  const models: string[][] = [];
  for (const m of decl.models) {
    models.push([
      m.name,
      '',
      m.org,
      m.architecture,
      m.totalParamsB,
      m.activeParamsB,
      m.layers,
      m.contextLengthTokens,
      m.releaseDate,
      m.openWeights,
      m.license,
      cite,
      m.family,
    ]);
    if (m.alias) models.push([m.alias, m.name, '', '', '', '', '', '', '', '', '', '', '']);
  }
  const benchmarks: string[][] = [];
  for (const b of decl.benchmarks) {
    benchmarks.push([b.name, '', b.category, b.unit, b.higherIsBetter ? 'yes' : 'no', b.description, b.url]);
    if (b.alias) benchmarks.push([b.alias, b.name, '', '', '', '', '']);
  }
  const sources = decl.sources.map((s) => [s.id, s.title, s.url, s.publisher, s.publishedAt, s.kind]);
  return { models, benchmarks, sources };
}

async function writeCsv(file: string, header: readonly string[], rows: Iterable<string[]>): Promise<void> {
  await pipeline(
    Readable.from(
      (function* () {
        yield [...header];
        yield* rows;
      })(),
    ),
    stringify(),
    fs.createWriteStream(file),
  );
}

export type GenerateOptions = {
  rows?: number;
  seed?: number;
  /** Called every `progressEvery` result rows written. */
  onProgress?: (rows: number) => void;
  progressEvery?: number;
};

export type GenerateSummary = {
  dir: string;
  rows: number;
  models: number;
  modelAliases: number;
  benchmarks: number;
  benchmarkAliases: number;
  sources: number;
  bytes: number;
  seconds: number;
};

/** Writes a pack folder (sources.csv, models.csv, benchmarks.csv, results.csv), streaming the results. */
export async function generatePack(dir: string, options: GenerateOptions = {}): Promise<GenerateSummary> {
  const started = performance.now();
  const rows = options.rows ?? DEFAULT_ROWS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`rows must be a whole number above 0 (got ${rows})`);
  fs.mkdirSync(dir, { recursive: true });
  const decl = synthDeclarations(seed);
  const declared = declarationRows(decl);
  await writeCsv(path.join(dir, 'sources.csv'), SOURCE_COLUMNS, declared.sources);
  await writeCsv(path.join(dir, 'models.csv'), [...MODEL_COLUMNS, 'family'], declared.models);
  await writeCsv(path.join(dir, 'benchmarks.csv'), BENCHMARK_COLUMNS, declared.benchmarks);

  const every = options.progressEvery ?? 100_000;
  let written = 0;
  const counted = function* () {
    for (const row of synthResults(decl, rows)) {
      yield row;
      if (++written % every === 0) options.onProgress?.(written);
    }
  };
  await writeCsv(path.join(dir, 'results.csv'), RESULT_COLUMNS, counted());

  const bytes = ['sources.csv', 'models.csv', 'benchmarks.csv', 'results.csv'].reduce(
    (sum, f) => sum + fs.statSync(path.join(dir, f)).size,
    0,
  );
  return {
    dir,
    rows: written,
    models: decl.models.length,
    modelAliases: decl.models.filter((m) => m.alias).length,
    benchmarks: decl.benchmarks.length,
    benchmarkAliases: decl.benchmarks.filter((b) => b.alias).length,
    sources: decl.sources.length,
    bytes,
    seconds: (performance.now() - started) / 1000,
  };
}

const USAGE = `Usage: npx tsx scripts/generate-pack.ts <dir> [--rows N] [--seed S]

  <dir>       the pack folder to write (created if missing; its four CSV files are overwritten)
  --rows N    number of result rows (default ${DEFAULT_ROWS.toLocaleString('en-US')})
  --seed S    seed of the generator (default ${DEFAULT_SEED}); the same seed and rows give identical files`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        rows: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const dir = args.positionals[0];
  if (!dir || args.positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const rows = args.values.rows === undefined ? DEFAULT_ROWS : Number(args.values.rows.replace(/_/g, ''));
  const seed = args.values.seed === undefined ? DEFAULT_SEED : Number(args.values.seed);
  if (!Number.isInteger(rows) || rows < 1) {
    console.error(`--rows must be a whole number above 0 (got "${args.values.rows}")\n\n${USAGE}`);
    return 2;
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    console.error(`--seed must be a whole number from 0 to 4294967295 (got "${args.values.seed}")\n\n${USAGE}`);
    return 2;
  }
  const summary = await generatePack(dir, {
    rows,
    seed,
    onProgress: (n) => process.stderr.write(`  ${n.toLocaleString('en-US')} result rows written…\n`),
  });
  const n = (v: number) => v.toLocaleString('en-US');
  console.log(
    `Wrote ${dir}: ${n(summary.rows)} results, ${n(summary.models)} models (+${summary.modelAliases} aliases), ` +
      `${n(summary.benchmarks)} benchmarks (+${summary.benchmarkAliases} aliases), ${summary.sources} sources; ` +
      `${(summary.bytes / 1e6).toFixed(1)} MB in ${summary.seconds.toFixed(1)} s.`,
  );
  return 0;
}

// Run as a command only when this file is the entry point (it is also imported by the bench).
if (/generate-pack\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
