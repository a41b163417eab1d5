import fs from 'node:fs';
import path from 'node:path';
import { databasePath, openDb } from '../db/client';
import { exportPack } from '../db/export';
import { PACK_FILES } from '../db/pack/format';
import { parseFilters } from '../app/_lib/filters';
import { EEE_SCHEMA_VERSION, writeEeeRecords } from '../db/pack/formats/every-eval-ever-export';
import { EXIT, run, UsageError } from './lib/command';

// `npm run export`: the whole database as a pack folder.
const usage = `Usage: npm run export -- <dir> [--format pack|every-eval-ever] [--view QUERY]

  <dir>   the pack folder to write (created if missing); these files in it are
          overwritten: ${PACK_FILES.join(', ')}
  --format every-eval-ever
          write Every Eval Ever records (schema ${EEE_SCHEMA_VERSION}) instead: one JSON file per
          source and model, <dir>/<source>/<model>.json; loaded back with npm run seed -- <dir>,
          they give the same results
  --view QUERY
          only the results of a view, as its address's query gives them
          ("benchmark=aime-24&mode=thinking"); for --format every-eval-ever

Writes the whole database as a results pack, read in one transaction. Loaded into an
empty database (npm run seed -- <dir>) and exported again, it gives the same bytes.
The database is ${databasePath()} (set DATABASE_PATH to change it).
Exits 0 when written, 1 when there is no database, 2 for a mistake in the command line.`;

const options = { format: { type: 'string', default: 'pack' }, view: { type: 'string' } } as const;

run({ usage, options, positionals: { min: 1, max: 1 } }, async ({ values, positionals: [dir] }) => {
  if (values.format !== 'pack' && values.format !== 'every-eval-ever')
    throw new UsageError(`--format must be pack or every-eval-ever (got "${values.format}")`);
  if (values.view !== undefined && values.format === 'pack')
    throw new UsageError('--view needs --format every-eval-ever: a pack is the whole database');
  const view = parseFilters(Object.fromEntries(new URLSearchParams(values.view ?? '')));
  if (view.problems.length > 0) throw new UsageError(`--view: ${view.problems.join('; ')}`);
  const file = databasePath();
  if (!fs.existsSync(file)) {
    console.error(`There is no database at ${file}; run npm run seed first, or set DATABASE_PATH.`);
    return EXIT.failed;
  }
  const db = openDb(file, { readonly: true });
  const started = Date.now();
  try {
    if (values.format === 'every-eval-ever') {
      const written = writeEeeRecords(db, view.filters, dir!);
      console.log(
        `Exported ${written.results.toLocaleString('en-US')} results of ${file} as ${written.records.toLocaleString('en-US')} Every Eval Ever records to ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
      return EXIT.ok;
    }
    const summary = await exportPack(db, dir!);
    const relative = path.relative(process.cwd(), path.resolve(dir!));
    const where = relative.startsWith('..') ? path.resolve(dir!) : relative || '.';
    const lines = Object.entries(summary.files).map(
      ([name, f]) =>
        `  ${name.padEnd(15)} ${f.rows.toLocaleString('en-US').padStart(10)} rows ${(f.bytes / 1e6).toFixed(1).padStart(8)} MB`,
    );
    console.log(
      `Exported ${file} to ${where} in ${((Date.now() - started) / 1000).toFixed(1)} s:\n${lines.join('\n')}`,
    );
  } finally {
    db.$client.close();
  }
  return EXIT.ok;
});
