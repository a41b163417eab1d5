import { prepareDatabase } from './prepare-db';
import { EXIT, run } from './lib/command';
import { buildIfNeeded } from './server/build';
import { serve } from './server/server';

// `npm start`: the database ready (created, migrated, seeded when empty), a production build
// no older than the code, then the dashboard on PORT (default 3000).
const usage = `Usage: npm start

Prepares the database (creates and migrates it, loads the bundled packs it lacks), builds the
dashboard when the code is newer than the build, and serves it until stopped (Ctrl-C).

  PORT            the port to serve on (default 3000)
  HOST            the interface to listen on (default: every one)
  DATABASE_PATH   the database (default data/benchboard.db)

Exits 1 when the database cannot be prepared or the port cannot be used, 2 for a mistake in
the command line.`;

run({ usage }, async () => {
  try {
    await prepareDatabase();
    buildIfNeeded();
    await serve(process.env.PORT || '3000');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return EXIT.failed;
  }
});
