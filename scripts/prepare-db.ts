import { databasePath, migrateDb, openDb } from '../db/client';
import { loadBundledPacks } from '../db/pack/bundled';
import { formatReport } from '../db/pack/report';
import { hasResults } from '../db/queries/catalog';
import { EXIT, run } from './lib/command';

/**
 * Creates and migrates the database when needed, and loads each bundled pack (db/seed/<name>)
 * that it has not loaded yet, or not at this version: an empty database gets them all; one made
 * by an earlier Benchboard gets what is new and the bundled corrections. A user's own values
 * (their --replace, their packs) are never undone by a restart (db/pack/journal.ts).
 */
export async function prepareDatabase(options: { file?: string; seed?: string } = {}): Promise<void> {
  const file = options.file ?? databasePath();
  const db = openDb(file);
  try {
    migrateDb(db);
    const hadResults = hasResults(db);
    const results = await loadBundledPacks(db, {
      only: 'new',
      seed: options.seed,
      onStart: (name) => console.log(`Loading the bundled pack ${name} into ${file} …`),
      onDone: ({ name, report }, seconds) => console.log(formatReport(report!, { pack: `db/seed/${name}`, seconds })),
    });
    const failed = results.find((r) => r.report && !r.report.ok);
    if (failed && !hadResults) throw new Error(`the bundled pack ${failed.name} did not load`);
    // Into a database with data, a bundled pack can fail on what a user loaded (a name declared
    // otherwise): nothing of it was written, and the dashboard still serves what the database has.
    if (failed)
      console.error(
        `The bundled pack ${failed.name} could not be loaded into ${file} (see above; nothing of it was written). The dashboard starts with the data the database has; after fixing, run npm run seed.`,
      );
  } finally {
    db.$client.close();
  }
}

const usage = `Usage: npx tsx scripts/prepare-db.ts

Creates and migrates the database when needed and loads the bundled packs it has not loaded
(npm start and npm run dev do this first). The database is ${databasePath()} (DATABASE_PATH).`;

if (require.main === module)
  run({ usage }, async () => {
    try {
      await prepareDatabase();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      return EXIT.failed;
    }
  });
