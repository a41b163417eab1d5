import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../../db/client';
import { cleanupAll, count, resultRow, resultsCsv, tempDir, writePack } from '../helpers';

afterAll(cleanupAll);

function seed(args: string[], databasePath: string) {
  return spawnSync(path.join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['scripts/seed.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run seed (scripts/seed.ts)', () => {
  it('refuses a bad pack with a non-zero exit and the formatted errors, writing no results', () => {
    const dbFile = path.join(tempDir(), 'seed.db');
    const pack = writePack({
      'results.csv': resultsCsv(resultRow({ table: 'Table 98' }), resultRow({ table: 'Table 97', score: '85%' })),
    });
    const run = seed([pack], dbFile);
    expect(run.error).toBeUndefined();
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/✗ .*benchboard-pack-.*: \d+ errors; nothing was written\./);
    // Against an empty database the source and model are unknown as well; each error is in the
    // format "file, line N, column M (name): message".
    expect(run.stdout).toContain(
      'results.csv, line 2, column 1 (source_id): "qwen3-tech-report" is not a known source; declare it in the pack\'s sources.csv or fix the spelling',
    );
    expect(run.stdout).toContain(
      'results.csv, line 3, column 10 (score): "85%" has a % sign; write the number alone, like 85.7, with unit percent',
    );
    const db = openDb(dbFile);
    expect(count(db, 'SELECT count(*) FROM results')).toBe(0);
    db.$client.close();
  }, 60_000);

  it('loads the bundled packs in order, then reports a second run as all unchanged', () => {
    const dbFile = path.join(tempDir(), 'seed.db');
    const first = seed([], dbFile);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('✓ Loaded the bundled pack qwen3 (db/seed/qwen3): 3,489 result rows');
    expect(first.stdout).toContain('qwen3-tech-report  added 3,368, unchanged 0, replaced 0, conflicts 0');
    expect(first.stdout).toContain('✓ Loaded the bundled pack qwen3-2507 (db/seed/qwen3-2507): 1,240 result rows');
    expect(first.stdout.indexOf('pack qwen3 ')).toBeLessThan(first.stdout.indexOf('pack qwen3-2507 '));
    const second = seed([], dbFile);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('qwen3-tech-report  added 0, unchanged 3,368, replaced 0, conflicts 0');
    expect(second.stdout).toContain('qwen3-blog         added 0, unchanged 121, replaced 0, conflicts 0');
    expect(second.stdout).toMatch(/hf-qwen3-235b-a22b-thinking-2507 +added 0, unchanged 149, replaced 0, conflicts 0/);
    const db = openDb(dbFile);
    expect(count(db, 'SELECT count(*) FROM results')).toBe(3489 + 1240);
    expect(count(db, 'SELECT count(*) FROM loads')).toBe(2); // the second run changed nothing
    db.$client.close();
  }, 60_000);
});

describe('npm run db:migrate', () => {
  it('runs: the script package.json names exists and creates every table', () => {
    const dbFile = path.join(tempDir(), 'migrated.db');
    const run = spawnSync('npm', ['run', '--silent', 'db:migrate'], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_PATH: dbFile },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Migrated ${dbFile}.`);
    const db = openDb(dbFile);
    for (const table of ['results', 'models', 'benchmarks', 'sources', 'data_version'])
      expect(count(db, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?`, table), table).toBe(1);
    db.$client.close();
  }, 60_000);
});
