import { databasePath, migrateDb, openDb } from '../db/client';
import { BUNDLED_PACKS, loadBundledPacks } from '../db/pack/bundled';
import { loadPack } from '../db/pack/loader';
import { formatReport } from '../db/pack/report';
import { EXIT, run } from './lib/command';

// `npm run seed`: loads a pack, or the bundled packs, into the database.
const usage = `Usage: npm run seed -- [pack] [--dry-run] [--replace]

  pack        a pack folder (results.csv, and optionally sources.csv, models.csv,
              benchmarks.csv, benchmark-facts.csv, tables.csv) or a single results
              .csv file; without it, the bundled packs are loaded in order
              (${BUNDLED_PACKS.map((p) => `db/seed/${p}`).join(', ')})
  --dry-run   check everything and report what would change, writing nothing
  --replace   replace stored values that the pack contradicts (the old values
              are kept in the history tables and the record of loads); without
              a pack, the bundled packs' values replace your own as well

The database is ${databasePath()} (set DATABASE_PATH to change it).
Exits 0 when everything loaded, 1 when a pack was refused (nothing of it is written), 2 for a
mistake in the command line.`;

run(
  {
    usage,
    options: { 'dry-run': { type: 'boolean', default: false }, replace: { type: 'boolean', default: false } },
    positionals: { max: 1 },
  },
  async ({ values, positionals: [pack] }) => {
    const options = {
      dryRun: values['dry-run'],
      replace: values.replace,
      onProgress: (rows: number) => process.stderr.write(`  ${rows.toLocaleString('en-US')} result rows read…\n`),
    };
    const db = openDb();
    try {
      migrateDb(db);
      if (pack === undefined) {
        const results = await loadBundledPacks(db, {
          ...options,
          only: 'all',
          onDone: ({ name, report }, seconds) =>
            console.log(`${formatReport(report!, { pack: `the bundled pack ${name} (db/seed/${name})`, seconds })}\n`),
        });
        return results.every((r) => r.report?.ok) ? EXIT.ok : EXIT.failed;
      }
      const started = Date.now();
      const report = await loadPack(db, pack, options);
      console.log(formatReport(report, { pack, seconds: (Date.now() - started) / 1000 }));
      return report.ok ? EXIT.ok : EXIT.failed;
    } finally {
      db.$client.close();
    }
  },
);
