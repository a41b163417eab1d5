import { parseArgs } from 'node:util';
import { databasePath, migrateDb, openDb } from '../db/client';
import { BUNDLED_PACKS, loadBundledPacks } from '../db/pack/bundled';
import { loadPack } from '../db/pack/loader';
import { formatReport } from '../db/pack/report';

const USAGE = `Usage: npm run seed -- [pack] [--dry-run] [--replace]

  pack        a pack folder (results.csv, and optionally sources.csv, models.csv,
              benchmarks.csv, benchmark-facts.csv, tables.csv) or a single results
              .csv file; without it, the bundled packs are loaded in order
              (${BUNDLED_PACKS.map((p) => `db/seed/${p}`).join(', ')})
  --dry-run   check everything and report what would change, writing nothing
  --replace   replace stored values that the pack contradicts (the old values
              are kept in the history tables and the record of loads); without
              a pack, the bundled packs' values replace your own as well

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
  const onProgress = (rows: number) => process.stderr.write(`  ${rows.toLocaleString('en-US')} result rows read…\n`);
  const db = openDb();
  try {
    migrateDb(db);
    const pack = args.positionals[0];
    if (pack === undefined) {
      const results = await loadBundledPacks(db, {
        only: 'all',
        dryRun: args.values['dry-run'],
        replace: args.values.replace,
        onProgress,
        onDone: ({ name, report }, seconds) =>
          console.log(`${formatReport(report!, { pack: `the bundled pack ${name} (db/seed/${name})`, seconds })}\n`),
      });
      return results.every((r) => r.report?.ok) ? 0 : 1;
    }
    const started = Date.now();
    const report = await loadPack(db, pack, {
      dryRun: args.values['dry-run'],
      replace: args.values.replace,
      onProgress,
    });
    console.log(formatReport(report, { pack, seconds: (Date.now() - started) / 1000 }));
    return report.ok ? 0 : 1;
  } finally {
    db.$client.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
