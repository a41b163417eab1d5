import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupAll, tempDir } from '../helpers';

// The command-line tools as a user runs them: what each says to --help, to a mistake in its
// command line and to work it cannot do, and the exit code of each (scripts/lib/command.ts:
// 0 done, 1 failed, 2 a mistake in the command line). Nothing here loads or serves data.

afterAll(cleanupAll);

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(path.join(process.cwd(), 'node_modules', '.bin', 'tsx'), [script, ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_PATH: path.join(tempDir(), 'none.db'), ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const COMMANDS = [
  ['scripts/seed.ts', 'Usage: npm run seed -- [pack | result file or folder] [options]'],
  ['scripts/export.ts', 'Usage: npm run export -- <dir>'],
  ['scripts/migrate.ts', 'Usage: npm run db:migrate'],
  ['scripts/start.ts', 'Usage: npm start'],
  ['scripts/prepare-db.ts', 'Usage: npx tsx scripts/prepare-db.ts'],
  ['scripts/bench/index.ts', 'Usage: npm run bench -- [--only part[,part]] [--rows N] [--keep]'],
  ['scripts/synth/generate-pack.ts', 'Usage: npx tsx scripts/synth/generate-pack.ts <dir> [--rows N] [--seed S]'],
] as const;

describe.each(COMMANDS)('%s', (script, usage) => {
  it('prints its usage for --help and exits 0, doing nothing else', () => {
    const { code, stdout, stderr } = run(script, ['--help']);
    expect(code, stderr).toBe(0);
    expect(stdout.startsWith(usage)).toBe(true);
    expect(stderr).toBe('');
  }, 60_000);

  it('refuses an unknown option with exit 2, naming it above the usage', () => {
    const { code, stdout, stderr } = run(script, ['--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--frobnicate'");
    expect(stderr).toContain(usage);
    expect(stdout).toBe('');
  }, 60_000);
});

describe('arguments each command checks', () => {
  it('seed takes one pack at most', () => {
    const { code, stderr } = run('scripts/seed.ts', ['a', 'b']);
    expect(code).toBe(2);
    expect(stderr).toContain('Too many arguments (at most 1, got 2).');
  }, 60_000);

  it('export needs its folder, and fails with 1 when there is no database', () => {
    const missing = run('scripts/export.ts', []);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Missing an argument.');
    const dir = path.join(tempDir(), 'pack');
    const file = path.join(tempDir(), 'absent.db');
    const noDatabase = run('scripts/export.ts', [dir], { DATABASE_PATH: file });
    expect(noDatabase.code).toBe(1);
    expect(noDatabase.stderr).toContain(`There is no database at ${file}; run npm run seed first`);
    expect(fs.existsSync(file)).toBe(false);
  }, 60_000);

  it('migrate, start and prepare-db take no arguments', () => {
    for (const script of ['scripts/migrate.ts', 'scripts/start.ts', 'scripts/prepare-db.ts']) {
      const { code, stderr } = run(script, ['extra']);
      expect(code, script).toBe(2);
      expect(stderr).toContain('Unexpected argument "extra".');
    }
  }, 60_000);

  it('bench refuses an unknown part and too few rows before running anything', () => {
    const part = run('scripts/bench/index.ts', ['--only', 'ingest,warp']);
    expect(part.code).toBe(2);
    expect(part.stderr).toContain('Unknown part "warp"');
    const rows = run('scripts/bench/index.ts', ['--rows', '5']);
    expect(rows.code).toBe(2);
    expect(rows.stderr).toContain('--rows must be a whole number of at least 10 (got "5")');
  }, 60_000);

  it('the generator checks --rows and --seed, and writes a pack', () => {
    const dir = path.join(tempDir(), 'synth');
    expect(run('scripts/synth/generate-pack.ts', [dir, '--rows', '0']).code).toBe(2);
    const seed = run('scripts/synth/generate-pack.ts', [dir, '--seed=-1']);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain('--seed must be a whole number from 0 to 4294967295 (got "-1")');
    const made = run('scripts/synth/generate-pack.ts', [dir, '--rows', '50']);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain(`Wrote ${dir}: 50 results`);
    expect(fs.readdirSync(dir).sort()).toEqual(['benchmarks.csv', 'models.csv', 'results.csv', 'sources.csv']);
  }, 60_000);
});
