import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { addCompileHints } from './compile-hints';

// The production build, made when there is none or the code changed since the last one: for
// `npm start`, the e2e tests, the integration tests that start a server, and the benches.

const root = process.cwd();
const BUILD_ID = path.join(root, '.next', 'BUILD_ID');
const INPUTS = ['app', 'db', 'pages', 'next.config.js', 'proxy.ts', 'package-lock.json', 'tsconfig.json'];
const NEXT = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function newestChange(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'migrations' || entry === 'seed' || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestChange(path.join(target, entry)));
  }
  return newest;
}

/** Runs `next build` when there is no build or the code changed since the last one. */
export function buildIfNeeded(): void {
  const built = fs.statSync(BUILD_ID, { throwIfNoEntry: false });
  if (built && !INPUTS.some((input) => newestChange(path.join(root, input)) > built.mtimeMs)) return;
  console.log('Building the dashboard (next build) …');
  const build = spawnSync(process.execPath, [NEXT, 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  addCompileHints(root);
}
