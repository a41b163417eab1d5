import path from 'node:path';
import { parseArgs } from 'node:util';
import { databasePath, migrateDb, openDb } from '../db/client';
import { loadPack } from '../db/pack/loader';
import { formatReport } from '../db/pack/report';

const BUNDLED_PACK = path.join(process.cwd(), 'db', 'seed', 'qwen3');
const USAGE = `Usage: npm run seed -- [pack] [--dry-run] [--replace]

  pack        a pack folder (results.csv, and optionally sources.csv, models.csv,
              benchmarks.csv) or a single results .csv file; without it, the
              bundled Qwen3 pack is loaded
  --dry-run   check everything and report what would change, writing nothing
  --replace   replace stored values that the pack contradicts (the old values
              are kept in the result_history table)

The database is ${databasePath()} (set DATABASE_PATH to change it).`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
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
  if (args.positionals.length > 1) {
    console.error(`Give one pack at a time (got ${args.positionals.length}).\n\n${USAGE}`);
    return 2;
  }
  const pack = args.positionals[0] ?? BUNDLED_PACK;
  const db = openDb();
  migrateDb(db);
  const started = Date.now();
  const report = await loadPack(db, pack, {
    dryRun: args.values['dry-run'],
    replace: args.values.replace,
    onProgress: (rows) => process.stderr.write(`  ${rows.toLocaleString('en-US')} result rows read…\n`),
  });
  db.$client.close();
  console.log(
    formatReport(report, {
      pack: args.positionals[0] ?? 'the bundled Qwen3 pack (db/seed/qwen3)',
      seconds: (Date.now() - started) / 1000,
    }),
  );
  return report.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
