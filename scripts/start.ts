import { prepareDatabase } from './prepare-db';
import { buildIfNeeded, serve } from './server';

// `npm start`: the database ready (created, migrated, seeded when empty), a production build
// no older than the code, then the dashboard on PORT (default 3000).
async function main() {
  await prepareDatabase();
  buildIfNeeded();
  const port = process.env.PORT || '3000';
  await serve(port);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
