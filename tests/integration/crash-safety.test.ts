import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../db/client';
import {
  cleanupAll,
  count,
  dumpDb,
  fileSize,
  generatedPack,
  killChildren,
  seededDb,
  spawnScript,
  waitUntil,
  type Child,
} from '../helpers';

// Issue 5, item 3: a seed killed with SIGKILL in the middle of a large pack leaves the database
// consistent, holding none of the pack, and the same pack then loads in full. The seed runs as
// its own process (`node --import tsx scripts/seed.ts`, as `npm run seed` does), so the kill is a
// real crash: no ROLLBACK, no close, its uncommitted pages left in the -wal file.

const PACK_ROWS = 150_000;
const BUNDLED_RESULTS = 3489;

let pack: string;
let dbFile: string;
let before: ReturnType<typeof dumpDb>;

beforeAll(async () => {
  const seeded = await seededDb();
  dbFile = seeded.file;
  before = dumpDb(seeded.db);
  expect(before.results).toHaveLength(BUNDLED_RESULTS);
  seeded.db.$client.close();
  pack = await generatedPack(PACK_ROWS, 5);
}, 60_000);

afterAll(() => {
  killChildren();
  cleanupAll();
});

function seed(): Child {
  return spawnScript('scripts/seed.ts', [pack], { DATABASE_PATH: dbFile });
}

/** Kills the seed once `ready()` holds, and checks that it was still loading when it died. */
async function killMidLoad(child: Child, what: string, ready: () => boolean) {
  let killed = false;
  let exitedEarly = false;
  void child.exited.then(() => (exitedEarly = !killed));
  const started = performance.now();
  await waitUntil(what, () => ready() || exitedEarly, 60_000, 2);
  const walAtKill = fileSize(`${dbFile}-wal`);
  killed = child.process.kill('SIGKILL');
  const exit = await child.exited;
  // It was killed, not finished: it had not exited, SIGKILL ended it, and it printed no report.
  expect(exitedEarly, `the seed exited on its own before "${what}":\n${child.stdout()}${child.stderr()}`).toBe(false);
  expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
  expect(child.stdout()).not.toMatch(/Loaded|nothing was written/);
  // Its uncommitted pages were in the log when it died: the next open has to discard them.
  expect(walAtKill).toBeGreaterThan(1_000_000);
  expect(fileSize(`${dbFile}-wal`)).toBeGreaterThan(1_000_000);
  console.log(
    `killed ${((performance.now() - started) / 1000).toFixed(1)} s into the load, on ${what}, ` +
      `with ${(walAtKill / 1e6).toFixed(0)} MB of uncommitted pages in the -wal file`,
  );
}

/** The killed load left nothing: the database is intact and exactly as it was before. */
function expectUnchanged() {
  const db = openDb(dbFile);
  try {
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(count(db, 'SELECT count(*) FROM results')).toBe(BUNDLED_RESULTS);
    expect(dumpDb(db)).toEqual(before);
  } finally {
    db.$client.close();
  }
}

describe('a seed killed with SIGKILL in the middle of a large pack', () => {
  it('early, while it writes its first result rows: the database is intact and unchanged', async () => {
    const child = seed();
    // The -wal file grows once the transaction's pages spill from the cache: results are going in.
    await killMidLoad(child, 'the -wal file to pass 8 MB', () => fileSize(`${dbFile}-wal`) > 8_000_000);
    expectUnchanged();
  }, 90_000);

  it('late, after its "100,000 result rows read" progress line: the database is intact and unchanged', async () => {
    const child = seed();
    await killMidLoad(child, 'the "100,000 result rows read" line', () =>
      child.stderr().includes('100,000 result rows read'),
    );
    expectUnchanged();
  }, 90_000);

  it('then loads the same pack again in full, in one commit', async () => {
    const started = performance.now();
    const child = seed();
    const exit = await child.exited;
    console.log(`the full load took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(exit, child.stdout() + child.stderr()).toEqual({ code: 0, signal: null });
    expect(child.stdout()).toContain(`✓ Loaded`);
    const added = [
      ...child.stdout().matchAll(/^ {2}synth-\S+ +added ([\d,]+), unchanged 0, replaced 0, conflicts 0$/gm),
    ];
    expect(added.length).toBeGreaterThan(0);
    expect(added.reduce((sum, m) => sum + Number(m[1]!.replace(/,/g, '')), 0)).toBe(PACK_ROWS);

    const db = openDb(dbFile);
    try {
      expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.$client.pragma('foreign_key_check')).toEqual([]);
      expect(count(db, 'SELECT count(*) FROM results')).toBe(BUNDLED_RESULTS + PACK_ROWS);
      expect(count(db, "SELECT count(*) FROM results WHERE source_id LIKE 'synth-%'")).toBe(PACK_ROWS);
      // The two killed loads never committed, so the data version moved once, by this load.
      const version = (rows: string[]) => JSON.parse(rows[0]!)[1] as number;
      expect(count(db, 'SELECT version FROM data_version WHERE id = 1')).toBe(version(before.data_version!) + 1);
      // The bundled results are untouched.
      expect(count(db, "SELECT count(*) FROM results WHERE source_id NOT LIKE 'synth-%'")).toBe(BUNDLED_RESULTS);
    } finally {
      db.$client.close();
    }
  }, 90_000);
});
