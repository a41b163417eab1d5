import { databasePath, migrateDb, openDb } from '../db/client';

// `npm run db:migrate`: creates the database if needed and applies the migrations in
// db/migrations (drizzle). `npm start` and `npm run seed` do this themselves; this is for a
// database you manage by hand.
const db = openDb();
try {
  migrateDb(db);
  console.log(`Migrated ${databasePath()}.`);
} catch (error) {
  console.error(`Migrating ${databasePath()} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
