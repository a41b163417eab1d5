import path from 'node:path';
import { databasePath, migrateDb, openDb } from '../db/client';
import { loadPack } from '../db/pack/loader';
import { formatReport } from '../db/pack/report';

/**
 * Creates and migrates the database when needed, and loads the bundled pack into a database
 * that has no results yet. A database that has data is left as it is (a user's --replace
 * must not be undone by a restart).
 */
export async function prepareDatabase(): Promise<void> {
  const db = openDb();
  try {
    migrateDb(db);
    const count = db.$client.prepare('SELECT count(*) FROM results').pluck().get() as number;
    if (count > 0) return;
    console.log(`Loading the bundled Qwen3 results into ${databasePath()} …`);
    const pack = path.join(process.cwd(), 'db', 'seed', 'qwen3');
    const started = Date.now();
    const report = await loadPack(db, pack);
    console.log(formatReport(report, { pack: 'db/seed/qwen3', seconds: (Date.now() - started) / 1000 }));
    if (!report.ok) throw new Error('the bundled pack did not load');
  } finally {
    db.$client.close();
  }
}

if (require.main === module) {
  prepareDatabase().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
