import { run, wholeNumber } from '../lib/command';
import { DEFAULT_ROWS, DEFAULT_SEED, generatePack } from './pack';

// `npx tsx scripts/synth/generate-pack.ts <dir>`: a synthetic pack for load tests (./pack.ts).
const usage = `Usage: npx tsx scripts/synth/generate-pack.ts <dir> [--rows N] [--seed S]

  <dir>       the pack folder to write (created if missing; its four CSV files are overwritten)
  --rows N    number of result rows (default ${DEFAULT_ROWS.toLocaleString('en-US')})
  --seed S    seed of the generator (default ${DEFAULT_SEED}); the same seed and rows give identical files

Exits 0 when written, 2 for a mistake in the command line.`;

run(
  { usage, options: { rows: { type: 'string' }, seed: { type: 'string' } }, positionals: { min: 1, max: 1 } },
  async ({ values, positionals: [dir] }) => {
    const rows = values.rows === undefined ? DEFAULT_ROWS : wholeNumber('rows', values.rows, 1);
    const seed = values.seed === undefined ? DEFAULT_SEED : wholeNumber('seed', values.seed, 0, 0xffffffff);
    const summary = await generatePack(dir!, {
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
  },
);
