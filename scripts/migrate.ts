import { databasePath, migrateDb, openDb } from '../db/client';
import { EXIT, run } from './lib/command';

// `npm run db:migrate`: creates the database if needed and applies the migrations in
// db/migrations (drizzle). `npm start` and `npm run seed` do this themselves; this is for a
// database you manage by hand.
const usage = `Usage: npm run db:migrate

Creates the database if needed and applies the migrations of db/migrations.
The database is ${databasePath()} (set DATABASE_PATH to change it).
Exits 0 when migrated, 1 when migrating failed, 2 for a mistake in the command line.`;

run({ usage }, () => {
  const db = openDb();
  try {
    migrateDb(db);
    console.log(`Migrated ${databasePath()}.`);
    return EXIT.ok;
  } catch (error) {
    console.error(`Migrating ${databasePath()} failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failed;
  } finally {
    db.$client.close();
  }
});
