import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import {
  BENCHMARK_COLUMNS,
  MODEL_COLUMNS,
  RESULT_COLUMNS,
  RUN_SETTING_COLUMNS,
  SOURCE_COLUMNS,
} from '../../db/pack/format';
import { synthBenchmarks, synthSources, type SynthBenchmark, type SynthSource } from './benchmarks';
import { synthModels, type SynthModel } from './models';
import { prng } from './random';
import { synthResults } from './results';

// A synthetic results pack (PACK-FORMAT.md) for load tests: ~1,000 models, ~200 benchmarks, a dozen
// sources and as many results as asked for, shaped like the real data as it grows (./models.ts,
// ./benchmarks.ts, ./results.ts). Every name starts with "Synth-" / "synth-" so that it never
// collides with the bundled packs. Deterministic: the same seed and row count give byte-identical
// files.

export const DEFAULT_ROWS = 1_000_000;
export const DEFAULT_SEED = 1;

export type SynthDeclarations = {
  seed: number;
  models: SynthModel[];
  benchmarks: SynthBenchmark[];
  sources: SynthSource[];
};

/** The declarations of a synthetic pack; they depend on the seed only, not on the row count. */
export function synthDeclarations(seed = DEFAULT_SEED): SynthDeclarations {
  const r = prng(seed);
  return { seed, models: synthModels(r), benchmarks: synthBenchmarks(r), sources: synthSources(r) };
}

export function declarationRows(decl: SynthDeclarations) {
  const cite = `synthetic (scripts/synth/generate-pack.ts, seed ${decl.seed})`;
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
  /** Add the run-settings columns (PACK-FORMAT "Run settings"), stated on one row in four. */
  runSettings?: boolean;
};

/** The settings of a synthetic run: one row in four states them (n-shot 0-5), the rest none. */
function runSettingsOf(i: number): string[] {
  if (i % 4 !== 0) return RUN_SETTING_COLUMNS.map(() => '');
  const values: Record<string, string> = {
    harness: 'lm-evaluation-harness',
    harness_version: '0.4.9',
    n_shot: String((i / 4) % 6),
    temperature: '0',
    chat_template: 'yes',
    quantization: 'bf16',
    run_date: '2025-07-08',
  };
  return RUN_SETTING_COLUMNS.map((c) => values[c] ?? '');
}

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
      yield options.runSettings ? [...row, ...runSettingsOf(written)] : row;
      if (++written % every === 0) options.onProgress?.(written);
    }
  };
  const header = options.runSettings ? [...RESULT_COLUMNS, ...RUN_SETTING_COLUMNS] : RESULT_COLUMNS;
  await writeCsv(path.join(dir, 'results.csv'), header, counted());

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
