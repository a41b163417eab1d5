import fs from 'node:fs';
import path from 'node:path';
import { buildIfNeeded } from './build';
import { serve } from './server';
import { prepareDatabase } from '../prepare-db';

// The server Playwright tests run against: a fresh database seeded from the bundled pack.
async function main() {
  const file = path.resolve(process.env.DATABASE_PATH || 'data/e2e/benchboard.db');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  await prepareDatabase();
  buildIfNeeded();
  await serve(process.env.E2E_PORT || '3300');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
