import fs from 'node:fs';
import { parseFiltersStrict, searchParamsOf } from '../../app/_lib/request-params';
import { migrateDb, openDb } from '../../db/client';
import { exportStream } from '../../app/export/_lib/http-stream';
import { openExportDb, resultsCsvChunks } from '../../db/export';
import { loadPack } from '../../db/pack/loader';

// The child processes of the export bench, one measurement each, in a fresh node so that peak
// RSS is the measurement's own. Prints one JSON line at the end.
//
//   node --import tsx scripts/bench/export-worker.ts load <pack> <db>
//       loads a pack into a fresh database with loadPack
//   node --import tsx scripts/bench/export-worker.ts export <db> [query]
//       streams /export.csv?<query> exactly as the route does (filters parsed by the same code,
//       exportStream over resultsCsvChunks, read as a web ReadableStream) into /dev/null

export type LoadFigures = { ok: boolean; added: number; errors: string[]; seconds: number };
export type ExportFigures = { rows: number; bytes: number; seconds: number; maxRssKb: number };

async function load(pack: string, file: string): Promise<LoadFigures> {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const db = openDb(file);
  migrateDb(db);
  const started = performance.now();
  const report = await loadPack(db, pack, {
    onProgress: (n) => process.stderr.write(`${n.toLocaleString('en-US')} rows loaded\n`),
  });
  const seconds = (performance.now() - started) / 1000;
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  return {
    ok: report.ok,
    added: Object.values(report.sources).reduce((s, c) => s + c.added, 0),
    errors: report.errors.slice(0, 5).map((e) => `${e.file}:${e.line} ${e.column ?? ''} ${e.message}`),
    seconds,
  };
}

async function exportCsv(file: string, query: string): Promise<ExportFigures> {
  const parsed = parseFiltersStrict(searchParamsOf(`http://bench/export.csv?${query}`));
  if (!parsed.ok) throw new Error(`bad query: ${JSON.stringify(parsed.problem)}`);
  const q = parsed.value;
  let rows = 0;
  const counting = function* (it: Iterable<unknown[]>) {
    for (const row of it) {
      rows++;
      yield row;
    }
  };
  const out = fs.openSync('/dev/null', 'w');
  const started = performance.now();
  const stream = exportStream(
    () => openExportDb(file),
    (db) => resultsCsvChunks(db, q, { wrapRows: counting }),
  );
  let bytes = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    fs.writeSync(out, chunk);
  }
  const seconds = (performance.now() - started) / 1000;
  fs.closeSync(out);
  return { rows, bytes, seconds, maxRssKb: process.resourceUsage().maxRSS };
}

async function main() {
  const [mode, a, b] = process.argv.slice(2);
  if (mode === 'load' && a && b) return load(a, b);
  if (mode === 'export' && a) return exportCsv(a, b ?? '');
  throw new Error('usage: export-worker.ts load <pack> <db> | export <db> [query]');
}

main().then(
  (figures) => {
    console.log(JSON.stringify(figures));
    process.exit(0);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
