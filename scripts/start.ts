import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { prepareDatabase } from './prepare-db';

// `npm start`: database ready (created, migrated, seeded when empty), a production build that
// is not older than the code, then `next start` on PORT (default 3000).

const root = process.cwd();
const BUILD_ID = path.join(root, '.next', 'BUILD_ID');
const INPUTS = ['app', 'db', 'next.config.js', 'package-lock.json', 'tsconfig.json'];

function newestChange(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'migrations' || entry === 'seed') continue;
    newest = Math.max(newest, newestChange(path.join(target, entry)));
  }
  return newest;
}

function buildNeeded(): boolean {
  const built = fs.statSync(BUILD_ID, { throwIfNoEntry: false });
  if (!built) return true;
  return INPUTS.some((input) => newestChange(path.join(root, input)) > built.mtimeMs);
}

async function main() {
  await prepareDatabase();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  if (buildNeeded()) {
    console.log('Building the dashboard (next build) …');
    const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit', env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const port = process.env.PORT || '3000';
  console.log(`Benchboard: http://localhost:${port}`);
  const server = spawn(process.execPath, [next, 'start', '-p', port], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
