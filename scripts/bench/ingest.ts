import path from 'node:path';
import { generatePack } from '../synth/pack';
import type { LoadFigures, RawFigures } from './ingest-worker';
import { int, lastJson, mb, rate, ratio, runTsx, type BenchContext, type BenchPart, type BenchRow } from './lib';

// Ingest: how fast the pack loader (db/pack/loader.ts) writes a big pack, against the limit of
// raw better-sqlite3 inserts into the same schema, and whether its memory stays flat as the
// pack grows. Each measurement runs in its own node process against a fresh, migrated database.

const WORKER = path.join(__dirname, 'ingest-worker.ts');
/** The loader must reach this share of raw better-sqlite3's rows/s. */
export const MIN_LOADER_RATIO = 0.3;
/** Peak RSS at the big pack may be at most this multiple of the peak at a tenth of it. */
export const MAX_MEMORY_GROWTH = 1.5;

async function worker<T>(ctx: BenchContext, mode: 'load' | 'raw', pack: string, db: string, label: string) {
  ctx.log(`ingest: ${label}…`);
  const run = await runTsx(WORKER, [mode, pack, db], { prefix: `  [${label}] ` });
  if (run.code !== 0) throw new Error(`${label} failed (exit ${run.code}):\n${run.stderr.slice(-3000)}`);
  return { figures: lastJson<T>(run), run };
}

export async function runIngest(ctx: BenchContext): Promise<BenchRow[]> {
  const big = ctx.rows;
  const small = Math.max(1, Math.round(big / 10));
  const bigPack = path.join(ctx.tmp, `pack-${big}`);
  const smallPack = path.join(ctx.tmp, `pack-${small}`);
  const rows: BenchRow[] = [];
  const row = (r: Omit<BenchRow, 'part'>) => rows.push({ part: 'ingest', ...r });

  ctx.log(`ingest: generating a ${int(big)}-row pack in ${bigPack}…`);
  // With the run-settings columns (one row in four states them), as a user's imported runs have.
  const generated = await generatePack(bigPack, {
    runSettings: true,
    rows: big,
    onProgress: (n) => ctx.log(`  ${int(n)} rows written`),
  });
  await generatePack(smallPack, { rows: small, runSettings: true });
  row({
    measure: `generate-pack ${int(big)} rows (${(generated.bytes / 1e6).toFixed(0)} MB)`,
    value: `${generated.seconds.toFixed(1)} s, ${rate(big, generated.seconds)}`,
    limit: '',
    ratio: '',
    target: '',
    pass: null,
  });

  const loadSmall = await worker<LoadFigures>(
    ctx,
    'load',
    smallPack,
    path.join(ctx.tmp, 'load-small.db'),
    `loader ${int(small)}`,
  );
  const loadBig = await worker<LoadFigures>(
    ctx,
    'load',
    bigPack,
    path.join(ctx.tmp, 'load-big.db'),
    `loader ${int(big)}`,
  );
  const rawBig = await worker<RawFigures>(ctx, 'raw', bigPack, path.join(ctx.tmp, 'raw-big.db'), `raw ${int(big)}`);

  for (const [size, l] of [
    [small, loadSmall.figures],
    [big, loadBig.figures],
  ] as const) {
    const complete = l.ok && l.added === size;
    row({
      measure: `loader accepts the ${int(size)}-row pack`,
      value: complete
        ? `${int(l.added)} added`
        : `${l.ok ? 'ok' : 'refused'}, ${int(l.added)} added, ${int(l.errorCount)} errors`,
      limit: `${int(size)} rows`,
      ratio: '',
      target: 'all added',
      pass: complete,
    });
    if (!complete) for (const e of l.errors) ctx.log(`  loader error: ${e}`);
  }

  const load = loadBig.figures;
  const raw = rawBig.figures;
  const loaderRate = load.rows / load.seconds;
  const rawRate = raw.rows / raw.seconds;
  const took = (f: { seconds: number; cpuSeconds: number }) =>
    `(${f.seconds.toFixed(1)} s, CPU ${f.cpuSeconds.toFixed(1)} s)`;
  row({
    measure: `raw better-sqlite3 insert, ${int(big)} rows`,
    value: `${rate(raw.rows, raw.seconds)} ${took(raw)}`,
    limit: '',
    ratio: '',
    target: '',
    pass: raw.stored === big ? null : false,
  });
  row({
    measure: `loader (loadPack), ${int(big)} rows`,
    value: `${rate(load.rows, load.seconds)} ${took(load)}`,
    limit: `raw ${rate(raw.rows, raw.seconds)}`,
    ratio: ratio(loaderRate / rawRate),
    target: `>= ${MIN_LOADER_RATIO.toFixed(2)}`,
    pass: loaderRate / rawRate >= MIN_LOADER_RATIO,
  });
  // Wall time suffers when other work shares the machine; CPU time much less so.
  row({
    measure: `the same by CPU time (for a busy machine)`,
    value: `${int(load.rows / load.cpuSeconds)} rows/CPU-s`,
    limit: `raw ${int(raw.rows / raw.cpuSeconds)} rows/CPU-s`,
    ratio: ratio(raw.cpuSeconds / load.cpuSeconds),
    target: '',
    pass: null,
  });
  row({
    measure: `loader (loadPack), ${int(small)} rows`,
    value: `${rate(loadSmall.figures.rows, loadSmall.figures.seconds)} ${took(loadSmall.figures)}`,
    limit: '',
    ratio: '',
    target: '',
    pass: null,
  });
  const smallPeak = loadSmall.figures.maxRssKb;
  const bigPeak = load.maxRssKb;
  row({
    measure: `loader peak RSS, ${int(small)} rows`,
    value: mb(smallPeak),
    limit: '',
    ratio: '',
    target: '',
    pass: null,
  });
  row({
    measure: `loader peak RSS, ${int(big)} rows`,
    value: mb(bigPeak),
    limit: `${int(small)} rows: ${mb(smallPeak)}`,
    ratio: ratio(bigPeak / smallPeak),
    target: `<= ${MAX_MEMORY_GROWTH.toFixed(2)}`,
    pass: bigPeak / smallPeak <= MAX_MEMORY_GROWTH,
  });
  ctx.log(
    `ingest: loader ${load.seconds.toFixed(1)} s (whole process ${loadBig.run.seconds.toFixed(1)} s), raw insert ${raw.seconds.toFixed(1)} s (+${raw.prepareSeconds.toFixed(1)} s parsing the CSV first, untimed)`,
  );
  return rows;
}

export const ingest: BenchPart = {
  name: 'ingest',
  description: 'pack loader rows/s against raw better-sqlite3, and its peak memory at N/10 and N rows',
  run: runIngest,
};
