import fs from 'node:fs';
import path from 'node:path';
import { databasePath, openDb } from '../db/client';
import { exportPack } from '../db/export';
import { PACK_FILES } from '../db/pack/format';
import { EXIT, run } from './lib/command';

// `npm run export`: the whole database as a pack folder.
const usage = `Usage: npm run export -- <dir>

  <dir>   the pack folder to write (created if missing); these files in it are
          overwritten: ${PACK_FILES.join(', ')}

Writes the whole database as a results pack, read in one transaction. Loaded into an
empty database (npm run seed -- <dir>) and exported again, it gives the same bytes.
The database is ${databasePath()} (set DATABASE_PATH to change it).
Exits 0 when written, 1 when there is no database, 2 for a mistake in the command line.`;

run({ usage, positionals: { min: 1, max: 1 } }, async ({ positionals: [dir] }) => {
  const file = databasePath();
  if (!fs.existsSync(file)) {
    console.error(`There is no database at ${file}; run npm run seed first, or set DATABASE_PATH.`);
    return EXIT.failed;
  }
  const db = openDb(file, { readonly: true });
  const started = Date.now();
  try {
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
