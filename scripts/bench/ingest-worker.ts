import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { migrateDb, openDb, type Db } from '../../db/client';
import { BENCHMARK_KIND, MODEL_KIND, storedNames } from '../../db/pack/declarations';
import { cellKey, RESULT_COLUMNS, RUN_SETTING_COLUMNS } from '../../db/pack/format';
import { loadPack } from '../../db/pack/loader';
import { catalogCounts } from '../../db/queries/catalog';

// The child processes of the ingest bench, one measurement each, in a fresh node so that peak
// RSS is the measurement's own. Prints one JSON line at the end.
//
//   node --import tsx scripts/bench/ingest-worker.ts load <pack> <db>   the pack loader (loadPack)
//   node --import tsx scripts/bench/ingest-worker.ts raw <pack> <db>    raw better-sqlite3 inserts

export type LoadFigures = {
  ok: boolean;
  rows: number;
  added: number;
  errorCount: number;
  errors: string[];
  seconds: number;
  /** user + system CPU time of the timed section */
  cpuSeconds: number;
  maxRssKb: number;
};

export type RawFigures = {
  rows: number;
  stored: number;
  prepareSeconds: number;
  seconds: number;
  cpuSeconds: number;
  maxRssKb: number;
};

const cpuSeconds = () => {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1e6;
};

function freshDb(file: string): Db {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const db = openDb(file);
  migrateDb(db);
  return db;
}

async function load(pack: string, file: string): Promise<LoadFigures> {
  const db = freshDb(file);
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  const report = await loadPack(db, pack, {
    onProgress: (n) => process.stderr.write(`${n.toLocaleString('en-US')} rows loaded\n`),
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds() - cpuStarted;
  db.$client.close();
  return {
    ok: report.ok,
    rows: report.rows,
    added: Object.values(report.sources).reduce((s, c) => s + c.added, 0),
    errorCount: report.errorCount,
    errors: report.errors.slice(0, 5).map((e) => `${e.file}:${e.line} ${e.column ?? ''} ${e.message}`),
    seconds,
    cpuSeconds: cpu,
    maxRssKb: process.resourceUsage().maxRSS,
  };
}

const STORED = `source_id, table_ref, model_name, model_id, model_kind, mode, thinking_budget_tokens,
  benchmark_name, benchmark_id, benchmark_version, metric, score, score_text, unit, verified_by, notes, cell_key,
  ${RUN_SETTING_COLUMNS.join(', ')}`;

/** Rows parsed ahead of each timed stretch of inserts: memory stays small, the parsing untimed. */
const CHUNK = 100_000;

/**
 * The limit: the same rows, already parsed and resolved (outside the timing), inserted with one
 * prepared INSERT in one transaction into the same schema (same indexes, same pragmas). The CSV
 * is read in chunks of CHUNK rows; only the inserts and the COMMIT are timed.
 */
async function raw(pack: string, file: string): Promise<RawFigures> {
  const db = freshDb(file);
  const sqlite = db.$client;
  const prepStarted = performance.now();

  // The declarations the rows need, through the loader itself (untimed), so ids are the same.
  const declarationsOnly = fs.mkdtempSync(path.join(path.dirname(file), 'decl-'));
  for (const name of ['sources.csv', 'models.csv', 'benchmarks.csv'])
    if (fs.existsSync(path.join(pack, name))) fs.copyFileSync(path.join(pack, name), path.join(declarationsOnly, name));
  fs.writeFileSync(path.join(declarationsOnly, 'results.csv'), `${RESULT_COLUMNS.join(',')}\n`);
  const declared = await loadPack(db, declarationsOnly);
  fs.rmSync(declarationsOnly, { recursive: true, force: true });
  if (!declared.ok) throw new Error(`declarations did not load: ${JSON.stringify(declared.errors.slice(0, 3))}`);
  const modelIds = storedNames(sqlite, MODEL_KIND);
  const benchmarkIds = storedNames(sqlite, BENCHMARK_KIND);

  const col = Object.fromEntries(RESULT_COLUMNS.map((c, i) => [c, i])) as Record<
    (typeof RESULT_COLUMNS)[number],
    number
  >;
  const insert = sqlite.prepare(
    `INSERT INTO results (${STORED}) VALUES (${Array(17 + RUN_SETTING_COLUMNS.length)
      .fill('?')
      .join(',')})`,
  );
  let rows = 0;
  let seconds = 0;
  let cpu = 0;
  const timed = (work: () => void) => {
    const started = performance.now();
    const cpuStarted = cpuSeconds();
    work();
    seconds += (performance.now() - started) / 1000;
    cpu += cpuSeconds() - cpuStarted;
  };
  let values: (string | number | null)[][] = [];
  const flush = () => {
    timed(() => {
      for (const v of values) insert.run(...v);
    });
    rows += values.length;
    values = [];
  };

  timed(() => sqlite.exec('BEGIN IMMEDIATE'));
  const parser = fs.createReadStream(path.join(pack, 'results.csv')).pipe(parse({ bom: true, from_line: 2 }));
  for await (const record of parser as AsyncIterable<string[]>) {
    const f = (c: keyof typeof col) => record[col[c]]!;
    const model = f('model').trim();
    const benchmark = f('benchmark').trim();
    const modelId = modelIds.get(model);
    const benchmarkId = benchmarkIds.get(benchmark);
    if (modelId === undefined || benchmarkId === undefined) throw new Error(`unknown name in ${record.join(',')}`);
    const budget = f('thinking_budget_tokens').trim() === '' ? null : Number(f('thinking_budget_tokens'));
    const mode = f('mode').trim();
    // The run-settings columns follow the 13 when the pack has them (the bench's does).
    const settings = RUN_SETTING_COLUMNS.map((c, j) => [c, (record[RESULT_COLUMNS.length + j] ?? '').trim()] as const);
    values.push([
      f('source_id').trim(),
      f('table').trim(),
      model,
      modelId,
      f('model_kind').trim(),
      mode,
      budget,
      benchmark,
      benchmarkId,
      f('benchmark_version'),
      f('metric'),
      Number(f('score')),
      f('score'),
      f('unit').trim(),
      f('verified_by'),
      f('notes'),
      cellKey({
        modelId,
        benchmarkId,
        benchmarkVersion: f('benchmark_version'),
        metric: f('metric'),
        mode,
        thinkingBudgetTokens: budget,
        settings: Object.fromEntries(settings),
      }),
      ...settings.map(([, v]) => v),
    ]);
    if (values.length === CHUNK) flush();
  }
  flush();
  timed(() => sqlite.exec('COMMIT'));
  const prepareSeconds = (performance.now() - prepStarted) / 1000 - seconds;
  const stored = catalogCounts(db).results;
  sqlite.close();
  return {
    rows,
    stored,
    prepareSeconds,
    seconds,
    cpuSeconds: cpu,
    maxRssKb: process.resourceUsage().maxRSS,
  };
}

async function main(): Promise<void> {
  const [mode, pack, file] = process.argv.slice(2);
  if (!pack || !file || (mode !== 'load' && mode !== 'raw'))
    throw new Error('usage: ingest-worker.ts load|raw <pack folder> <database file>');
  const figures = mode === 'load' ? await load(pack, file) : await raw(pack, file);
  console.log(JSON.stringify(figures));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
