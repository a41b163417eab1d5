import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../db/client';
import { exportPack } from '../../db/export';
import { BUNDLED_PACKS, loadBundledPacks, packHash } from '../../db/pack/bundled';
import { formatPackError } from '../../db/pack/errors';
import { PACK_FILES } from '../../db/pack/format';
import { loadPack } from '../../db/pack/loader';
import { prepareDatabase } from '../../scripts/prepare-db';
import { cleanup, cleanupAll, count, dumpDb, resultsCsv, tempDir, writePack } from '../helpers';

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});
afterAll(cleanupAll);

const SEED = path.join(process.cwd(), 'db', 'seed');
const EARLIER = path.join(SEED, 'earlier', 'qwen3', 'da56286');
const O3 = 'OpenAI-o3-mini (medium)';

/** prepareDatabase() on a file, its console output collected. */
async function prepare(file: string, seed?: string): Promise<string> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  try {
    await prepareDatabase({ file, seed });
  } finally {
    vi.mocked(console.log).mockRestore();
  }
  return lines.join('\n');
}

function newFile(): string {
  return path.join(tempDir('benchboard-db-'), 'benchboard.db');
}

/** Opens a database file for a look, closed by cleanup(). */
function look(file: string) {
  const db = openDb(file);
  afterEachClose.push(db);
  return db;
}
const afterEachClose: ReturnType<typeof openDb>[] = [];
afterEach(() => {
  for (const db of afterEachClose.splice(0)) if (db.$client.open) db.$client.close();
});

const releaseDate = (db: ReturnType<typeof openDb>, name: string) =>
  db.$client.prepare('SELECT release_date FROM models WHERE name = ?').pluck().get(name);

/**
 * A database as an earlier Benchboard left it: its schema (migrations 0000 and 0001 only) holding
 * the bundled pack as it was at commit da56286 (today's results.csv and benchmarks.csv, which have
 * not changed since, with that commit's models.csv and sources.csv).
 */
async function earlierBenchboardDatabase(): Promise<string> {
  const migrations = tempDir('benchboard-migrations-');
  fs.mkdirSync(path.join(migrations, 'meta'));
  const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8')) as {
    entries: { tag: string }[];
  };
  journal.entries = journal.entries.slice(0, 2);
  for (const { tag } of journal.entries)
    fs.copyFileSync(path.join('db/migrations', `${tag}.sql`), path.join(migrations, `${tag}.sql`));
  fs.writeFileSync(path.join(migrations, 'meta', '_journal.json'), JSON.stringify(journal));

  // The old pack, loaded by today's loader into a scratch database, then copied column by column
  // into the old schema.
  const scratchFile = newFile();
  const scratch = openDb(scratchFile);
  migrate(scratch, { migrationsFolder: 'db/migrations' });
  const oldPack = writePack({
    'results.csv': fs.readFileSync(path.join(SEED, 'qwen3', 'results.csv')),
    'benchmarks.csv': fs.readFileSync(path.join(SEED, 'qwen3', 'benchmarks.csv')),
    'models.csv': fs.readFileSync(path.join(EARLIER, 'models.csv')),
    'sources.csv': fs.readFileSync(path.join(EARLIER, 'sources.csv')),
  });
  const report = await loadPack(scratch, oldPack);
  expect(report.ok, JSON.stringify(report.errors.slice(0, 3))).toBe(true);
  scratch.$client.close();

  const file = newFile();
  const old = openDb(file);
  migrate(old, { migrationsFolder: migrations });
  old.$client.prepare('ATTACH DATABASE ? AS scratch').run(scratchFile);
  const tables = [
    'sources',
    'benchmarks',
    'benchmark_aliases',
    'models',
    'model_aliases',
    'results',
    'result_history',
    'data_version',
  ];
  for (const table of tables) {
    const columns = (old.$client.prepare(`PRAGMA main.table_info("${table}")`).all() as { name: string }[])
      .map((c) => `"${c.name}"`)
      .join(', ');
    old.$client.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM scratch."${table}"`);
  }
  old.$client.exec('DETACH DATABASE scratch');
  expect(old.$client.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'loads'").pluck().get()).toBe(0);
  old.$client.close();
  return file;
}

describe('the bundled packs in an empty database', () => {
  it('prepareDatabase loads qwen3 then qwen3-2507: 3,489 + 1,240 results; a second prepare adds nothing', async () => {
    const file = newFile();
    const output = await prepare(file);
    expect(output).toContain('Loading the bundled pack qwen3 into');
    expect(output).toContain('✓ Loaded db/seed/qwen3: 3,489 result rows');
    expect(output).toContain('✓ Loaded db/seed/qwen3-2507: 1,240 result rows');
    const db = look(file);
    expect(count(db, 'SELECT count(*) FROM results')).toBe(3489 + 1240);
    expect(count(db, "SELECT count(*) FROM results WHERE source_id IN ('qwen3-blog', 'qwen3-tech-report')")).toBe(3489);
    expect(count(db, 'SELECT count(*) FROM sources')).toBe(2 + 13);
    expect(count(db, 'SELECT count(*) FROM models')).toBe(68 + 15);
    expect(count(db, 'SELECT count(*) FROM model_aliases')).toBe(7 + 37);
    expect(count(db, 'SELECT count(*) FROM benchmark_facts')).toBe(46);
    expect(count(db, 'SELECT count(*) FROM source_tables')).toBe(35);
    expect(db.$client.prepare('SELECT name, content_hash, load_id FROM bundled_packs ORDER BY name').all()).toEqual([
      { name: 'qwen3', content_hash: packHash(path.join(SEED, 'qwen3')), load_id: 1 },
      { name: 'qwen3-2507', content_hash: packHash(path.join(SEED, 'qwen3-2507')), load_id: 2 },
    ]);
    expect(
      db.$client.prepare('SELECT id, pack, bundled_pack, replace, data_version, rows FROM loads ORDER BY id').all(),
    ).toEqual([
      { id: 1, pack: 'db/seed/qwen3', bundled_pack: 'qwen3', replace: 0, data_version: 1, rows: 3489 },
      { id: 2, pack: 'db/seed/qwen3-2507', bundled_pack: 'qwen3-2507', replace: 0, data_version: 2, rows: 1240 },
    ]);
    expect(
      db.$client
        .prepare("SELECT source_id, added FROM load_counts WHERE load_id = 1 AND file = 'results.csv' ORDER BY 1")
        .all(),
    ).toEqual([
      { source_id: 'qwen3-blog', added: 121 },
      { source_id: 'qwen3-tech-report', added: 3368 },
    ]);
    // Nothing replaced; each load recorded the models and benchmarks it added (for /changes).
    expect(count(db, "SELECT count(*) FROM load_changes WHERE action <> 'added'")).toBe(0);
    expect(count(db, "SELECT count(*) FROM load_changes WHERE action = 'added' AND file = 'models.csv'")).toBe(68 + 15);
    expect(count(db, "SELECT count(*) FROM load_changes WHERE action = 'added' AND file = 'benchmarks.csv'")).toBe(
      count(db, 'SELECT count(*) FROM benchmarks'),
    );
    expect(
      db.$client
        .prepare(
          "SELECT load_id, item, new_value FROM load_changes WHERE action = 'added' AND key = 'Qwen3-235B-A22B-Thinking-2507'",
        )
        .all(),
    ).toEqual([
      { load_id: 2, item: 'model "Qwen3-235B-A22B-Thinking-2507"', new_value: 'qwen3-235b-a22b-thinking-2507' },
    ]);

    const before = dumpDb(db);
    db.$client.close();
    expect(await prepare(file)).toBe(''); // nothing to load, nothing said
    expect(dumpDb(look(file))).toEqual(before);
  });

  it("has Qwen3-235B-A22B-Thinking-2507's AIME'25 = 92.3 from its model card, and o3-mini released 2025-01-31", async () => {
    const file = newFile();
    await prepare(file);
    const db = look(file);
    const rows = db.$client
      .prepare(
        `SELECT r.source_id, r.score_text, r.score, r.mode FROM results r JOIN models m ON m.id = r.model_id
         JOIN benchmarks b ON b.id = r.benchmark_id
         WHERE m.name = 'Qwen3-235B-A22B-Thinking-2507' AND b.name = 'AIME''25' AND r.benchmark_version = ''`,
      )
      .all();
    expect(rows).toEqual([
      { source_id: 'hf-qwen3-235b-a22b-thinking-2507', score_text: '92.3', score: 92.3, mode: 'thinking' },
    ]);
    expect(releaseDate(db, O3)).toBe('2025-01-31');
    expect(releaseDate(db, 'Phi-4-mini')).toBe('2025-02-26');
    expect(db.$client.prepare("SELECT org FROM sources WHERE id = 'qwen3-tech-report'").pluck().get()).toBe(
      'Alibaba (Qwen Team)',
    );
    expect(db.$client.prepare("SELECT org FROM sources WHERE id = 'livebench-2025-04-25'").pluck().get()).toBe('');
  });

  it('npm run seed --dry-run over both bundled packs reports what each would add and writes nothing', async () => {
    const file = newFile();
    const db = look(file);
    migrate(db, { migrationsFolder: 'db/migrations' });
    const before = dumpDb(db);
    const results = await loadBundledPacks(db, { only: 'all', dryRun: true });
    expect(results.map((r) => [r.name, r.report!.ok, r.report!.rows])).toEqual([
      ['qwen3', true, 3489],
      ['qwen3-2507', true, 1240],
    ]);
    expect(results[1]!.report!.sources['hf-qwen3-235b-a22b-thinking-2507']!.added).toBe(149);
    expect(dumpDb(db)).toEqual(before);
  });

  it('the bundled packs load in the order they need: qwen3-2507 names models that qwen3 declares', async () => {
    expect(BUNDLED_PACKS).toEqual(['qwen3', 'qwen3-2507']);
    const file = newFile();
    const db = look(file);
    migrate(db, { migrationsFolder: 'db/migrations' });
    const alone = await loadPack(db, path.join(SEED, 'qwen3-2507'));
    expect(alone.ok).toBe(false);
    expect(formatPackError(alone.errors[0]!)).toMatch(/^\w+\.csv, line \d+, column \d+ \(\w+\): .* is not a known/);
  });
});

describe('a prepared database', () => {
  it('exports as a pack that loads into an empty database and exports again byte for byte', async () => {
    const file = newFile();
    await prepare(file);
    const a = look(file);
    const first = tempDir();
    const summary = await exportPack(a, first);
    expect(summary.files['results.csv'].rows).toBe(4729);
    expect(summary.files['benchmark-facts.csv'].rows).toBe(46);
    expect(summary.files['tables.csv'].rows).toBe(35);
    expect(summary.files['sources.csv'].rows).toBe(15);
    const b = look(newFile());
    migrate(b, { migrationsFolder: 'db/migrations' });
    const report = await loadPack(b, first);
    expect(report.ok, JSON.stringify(report.errors.slice(0, 3))).toBe(true);
    const second = tempDir();
    await exportPack(b, second);
    for (const name of PACK_FILES)
      expect(fs.readFileSync(path.join(second, name)).equals(fs.readFileSync(path.join(first, name))), name).toBe(true);
  });

  it("still starts when a bundled pack cannot load over a user's own names, writing nothing of it", async () => {
    const file = newFile();
    const db = look(file);
    migrate(db, { migrationsFolder: 'db/migrations' });
    await loadBundledPacks(db, { only: 'new', packs: ['qwen3'] });
    // The user's pack spelled the 2507 model as another name of the April model.
    const mine = await loadPack(
      db,
      writePack({
        'models.csv':
          'model,alias_of,org,architecture,total_params_b,active_params_b,layers,context_length_tokens,release_date,open_weights,license,source\n' +
          'Qwen3-235B-A22B-Thinking-2507,Qwen3-235B-A22B,,,,,,,,,,\n',
        'results.csv': resultsCsv(),
      }),
    );
    expect(mine.ok).toBe(true);
    const before = dumpDb(db);
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    const output = await prepare(file);
    expect(output).toContain(
      'models.csv, line 2, column 1 (model): "Qwen3-235B-A22B-Thinking-2507" is already stored as another name (alias) of a model',
    );
    expect(errors.join('\n')).toContain('The bundled pack qwen3-2507 could not be loaded');
    expect(dumpDb(db)).toEqual(before);
  });
});

describe('a database made by an earlier Benchboard (the pack at commit da56286)', () => {
  it('holds the old facts before the upgrade (the fixture is what da56286 shipped)', async () => {
    const db = look(await earlierBenchboardDatabase());
    expect(releaseDate(db, O3)).toBe('2025-01-30');
    expect(count(db, 'SELECT count(*) FROM results')).toBe(3489);
    let shipped: string | null = null;
    try {
      shipped = execFileSync('git', ['show', 'da56286:db/seed/qwen3/models.csv'], { encoding: 'utf8' });
    } catch {
      // a shallow clone without that commit: the fixture's content is checked where history exists
    }
    if (shipped !== null) expect(fs.readFileSync(path.join(EARLIER, 'models.csv'), 'utf8')).toBe(shipped);
  });

  it('gets the corrected facts on start, the old values in the history and the record of loads', async () => {
    const file = await earlierBenchboardDatabase();
    const output = await prepare(file);
    expect(output).toContain('✓ Loaded db/seed/qwen3: 3,489 result rows');
    expect(output).not.toContain('warning');
    const db = look(file);
    expect(count(db, 'SELECT count(*) FROM results')).toBe(3489 + 1240);
    expect(releaseDate(db, O3)).toBe('2025-01-31');
    expect(releaseDate(db, 'Phi-4-mini')).toBe('2025-02-26');
    expect(db.$client.prepare("SELECT open_weights, license FROM models WHERE name = 'Qwen3-8B-Base'").get()).toEqual({
      open_weights: 'yes',
      license: 'Apache-2.0',
    });
    // The old values, kept: the model and its alias row.
    expect(
      db.$client
        .prepare('SELECT name, alias_of, release_date, load_id FROM model_history WHERE name LIKE ? ORDER BY name')
        .all('OpenAI-o3-mini%'),
    ).toEqual([
      { name: 'OpenAI-o3-mini (Medium)', alias_of: O3, release_date: '2025-01-30', load_id: 1 },
      { name: O3, alias_of: '', release_date: '2025-01-30', load_id: 1 },
    ]);
    expect(count(db, 'SELECT count(*) FROM model_history')).toBe(8); // 7 models and 1 alias
    expect(db.$client.prepare('SELECT id, org FROM source_history ORDER BY id').all()).toEqual([
      { id: 'qwen3-blog', org: null },
      { id: 'qwen3-tech-report', org: null },
    ]);
    // The record of the load: counts per file and per source, and each replaced value old -> new.
    expect(db.$client.prepare('SELECT id, bundled_pack, rows FROM loads ORDER BY id').all()).toEqual([
      { id: 1, bundled_pack: 'qwen3', rows: 3489 },
      { id: 2, bundled_pack: 'qwen3-2507', rows: 1240 },
    ]);
    expect(
      db.$client
        .prepare('SELECT file, source_id, added, unchanged, replaced FROM load_counts WHERE load_id = 1 ORDER BY 1, 2')
        .all(),
    ).toEqual([
      { file: 'benchmark-facts.csv', source_id: '', added: 46, unchanged: 0, replaced: 0 },
      { file: 'benchmarks.csv', source_id: '', added: 0, unchanged: 47, replaced: 0 },
      { file: 'models.csv', source_id: '', added: 0, unchanged: 67, replaced: 8 },
      { file: 'results.csv', source_id: 'qwen3-blog', added: 0, unchanged: 121, replaced: 0 },
      { file: 'results.csv', source_id: 'qwen3-tech-report', added: 0, unchanged: 3368, replaced: 0 },
      { file: 'sources.csv', source_id: '', added: 0, unchanged: 0, replaced: 2 },
      { file: 'tables.csv', source_id: '', added: 35, unchanged: 0, replaced: 0 },
    ]);
    expect(
      db.$client
        .prepare(
          `SELECT item, "column", old_value, new_value, action FROM load_changes
           WHERE load_id = 1 AND key = ? AND "column" = 'release_date'`,
        )
        .all(O3),
    ).toEqual([
      {
        item: `model "${O3}"`,
        column: 'release_date',
        old_value: '2025-01-30',
        new_value: '2025-01-31',
        action: 'replaced',
      },
    ]);
    expect(
      db.$client
        .prepare(`SELECT key, old_value, new_value FROM load_changes WHERE file = 'sources.csv' ORDER BY key`)
        .all(),
    ).toEqual([
      { key: 'qwen3-blog', old_value: null, new_value: 'Alibaba (Qwen Team)' },
      { key: 'qwen3-tech-report', old_value: null, new_value: 'Alibaba (Qwen Team)' },
    ]);

    const before = dumpDb(db);
    db.$client.close();
    expect(await prepare(file)).toBe('');
    expect(dumpDb(look(file))).toEqual(before);
  });

  it("keeps a user's own --replace of that earlier Benchboard, and says so", async () => {
    const file = await earlierBenchboardDatabase();
    // What --replace did then: models were overwritten in place; results kept their old row.
    const old = openDb(file);
    old.$client.prepare('UPDATE models SET release_date = ? WHERE name = ?').run('2025-01-29', O3);
    const target =
      "source_id = 'qwen3-tech-report' AND table_ref = 'Table 14' AND model_name = 'Qwen3-32B' AND benchmark_name = 'AIME''24' AND mode = 'non-thinking'";
    old.$client.exec(
      `INSERT INTO result_history (result_id, source_id, table_ref, model_name, model_id, model_kind, mode,
         thinking_budget_tokens, benchmark_name, benchmark_id, benchmark_version, metric, score, score_text, unit,
         verified_by, notes, cell_key)
       SELECT id, source_id, table_ref, model_name, model_id, model_kind, mode, thinking_budget_tokens, benchmark_name,
         benchmark_id, benchmark_version, metric, score, score_text, unit, verified_by, notes, cell_key
       FROM results WHERE ${target}`,
    );
    old.$client.exec(`UPDATE results SET score = 31.5, score_text = '31.5' WHERE ${target}`);
    old.$client.close();

    const output = await prepare(file);
    const db = look(file);
    expect(releaseDate(db, O3)).toBe('2025-01-29'); // the user's
    expect(releaseDate(db, 'Phi-4-mini')).toBe('2025-02-26'); // the correction
    expect(db.$client.prepare(`SELECT score_text FROM results WHERE ${target}`).pluck().get()).toBe('31.5');
    expect(output).toContain(
      `models.csv, line 45, column 9 (release_date): model "${O3}": this bundled pack says "2025-01-31", the database holds "2025-01-29", which no earlier version of the bundled pack printed, so it is your own value and the row is kept as it is (1 more column differs). To take the bundled row, run npm run seed -- --replace`,
    );
    expect(output).toContain('results.csv, line 796, column 10 (score)');
    expect(
      db.$client
        .prepare(
          `SELECT file, old_value, new_value FROM load_changes
           WHERE action = 'kept' AND "column" IN ('release_date', 'score') ORDER BY file`,
        )
        .all(),
    ).toEqual([
      { file: 'models.csv', old_value: '2025-01-29', new_value: '2025-01-31' },
      { file: 'results.csv', old_value: '31.5', new_value: '31.0' },
    ]);
    expect(count(db, 'SELECT count(*) FROM results')).toBe(3489 + 1240);

    // npm run seed -- --replace without a pack: the bundled values win, the user's go to history.
    const replaced = await loadBundledPacks(db, { only: 'all', replace: true });
    expect(replaced.every((r) => r.report!.ok)).toBe(true);
    expect(releaseDate(db, O3)).toBe('2025-01-31');
    expect(db.$client.prepare(`SELECT score_text FROM results WHERE ${target}`).pluck().get()).toBe('31.0');
    expect(
      db.$client.prepare('SELECT release_date FROM model_history WHERE name = ? ORDER BY history_id').pluck().all(O3),
    ).toEqual(['2025-01-29']);
  });
});

describe('a newer version of a bundled pack', () => {
  /** A copy of db/seed to play the next Benchboard's bundled packs. */
  function seedCopy(): string {
    const dir = path.join(tempDir('benchboard-seed-'), 'seed');
    fs.cpSync(SEED, dir, { recursive: true });
    return dir;
  }
  type Rec = Record<string, string>;
  const read = (file: string) => parse(fs.readFileSync(file), { columns: true }) as Rec[];
  const write = (file: string, rows: Rec[]) => fs.writeFileSync(file, stringify(rows, { header: true }));

  /** Keeps the files a version is about to change in earlier/qwen3/<version>, then edits them. */
  function nextVersion(seed: string, version: string, edit: { models?: (r: Rec) => void; results?: (r: Rec) => void }) {
    const earlier = path.join(seed, 'earlier', 'qwen3', version);
    fs.mkdirSync(earlier, { recursive: true });
    for (const [name, change] of [
      ['models.csv', edit.models],
      ['results.csv', edit.results],
    ] as const) {
      if (!change) continue;
      const file = path.join(seed, 'qwen3', name);
      fs.copyFileSync(file, path.join(earlier, name));
      const rows = read(file);
      rows.forEach(change);
      write(file, rows);
    }
  }

  const isAime24 = (r: Rec) =>
    r.table === 'Table 14' && r.model === 'Qwen3-32B' && r.benchmark === "AIME'24" && r.mode === 'non-thinking';
  const isAime25 = (r: Rec) =>
    r.table === 'Table 14' && r.model === 'Qwen3-32B' && r.benchmark === "AIME'25" && r.mode === 'non-thinking';
  const score = (db: ReturnType<typeof openDb>, benchmark: string) =>
    db.$client
      .prepare(
        `SELECT score_text FROM results WHERE source_id = 'qwen3-tech-report' AND table_ref = 'Table 14'
         AND model_name = 'Qwen3-32B' AND benchmark_name = ? AND mode = 'non-thinking'`,
      )
      .pluck()
      .get(benchmark);
  const fact = (db: ReturnType<typeof openDb>, name: string, column: string) =>
    db.$client.prepare(`SELECT ${column} FROM models WHERE name = ?`).pluck().get(name);

  it("applies its corrections on start, keeps the user's --replace, and never reverts a user's own value", async () => {
    const seed = seedCopy();
    const file = newFile();
    await prepare(file, seed);

    // The user corrects two facts and a number with --replace.
    const db = look(file);
    const mine = await loadPack(
      db,
      writePack({
        'models.csv': fs
          .readFileSync(path.join(seed, 'qwen3', 'models.csv'), 'utf8')
          .split('\n')
          .filter((l, i) => i === 0 || l.startsWith('Qwen3-32B,'))
          .map((l) => l.replace(',64,131072,', ',64,999999,'))
          .join('\n'),
        'results.csv': stringify(
          read(path.join(seed, 'qwen3', 'results.csv'))
            .filter(isAime24)
            .map((r) => ({ ...r, score: '31.5' })),
          { header: true },
        ),
      }),
      { replace: true, label: 'my-corrections' },
    );
    expect(mine.ok, JSON.stringify(mine.errors)).toBe(true);
    expect(mine.declarations.models.replaced).toBe(1);
    expect(fact(db, 'Qwen3-32B', 'context_length_tokens')).toBe('999999');
    expect(
      db.$client
        .prepare(
          `SELECT l.pack, l.replace, c.file, c."column", c.old_value, c.new_value, c.action FROM load_changes c
           JOIN loads l ON l.id = c.load_id WHERE l.bundled_pack IS NULL ORDER BY c.id`,
        )
        .all(),
    ).toEqual([
      {
        pack: 'my-corrections',
        replace: 1,
        file: 'models.csv',
        column: 'context_length_tokens',
        old_value: '131072',
        new_value: '999999',
        action: 'replaced',
      },
      {
        pack: 'my-corrections',
        replace: 1,
        file: 'results.csv',
        column: 'score',
        old_value: '31.0',
        new_value: '31.5',
        action: 'replaced',
      },
    ]);

    // The next Benchboard corrects Qwen3-14B's layers and the two AIME rows (one the user replaced).
    nextVersion(seed, 'v1', {
      models: (r) => {
        if (r.model === 'Qwen3-14B') r.layers = '41';
        if (r.model === 'Qwen3-32B') r.context_length_tokens = '32768';
      },
      results: (r) => {
        if (isAime24(r)) r.score = '31.2';
        if (isAime25(r)) r.score = '20.3';
      },
    });
    const output = await prepare(file, seed);
    expect(output).toContain('Loading the bundled pack qwen3 into');
    expect(output).not.toContain('qwen3-2507'); // unchanged: not loaded again
    expect(fact(db, 'Qwen3-14B', 'layers')).toBe('41'); // corrected
    expect(score(db, "AIME'25")).toBe('20.3'); // corrected
    expect(fact(db, 'Qwen3-32B', 'context_length_tokens')).toBe('999999'); // the user's, kept
    expect(score(db, "AIME'24")).toBe('31.5'); // the user's, kept
    expect(output).toMatch(/2 warnings:/);
    expect(output).toContain('the database holds "999999", which no earlier version of the bundled pack printed');
    expect(db.$client.prepare("SELECT layers FROM model_history WHERE name = 'Qwen3-14B'").pluck().all()).toEqual([
      '40',
    ]);

    // The user sets Qwen3-14B back to 40 layers (a value an earlier bundled version printed); the
    // version after next changes something else: the user's 40 stays.
    const back = await loadPack(
      db,
      writePack({
        'models.csv': fs
          .readFileSync(path.join(seed, 'qwen3', 'models.csv'), 'utf8')
          .split('\n')
          .filter((l, i) => i === 0 || l.startsWith('Qwen3-14B,'))
          .map((l) => l.replace(',14,14,41,', ',14,14,40,'))
          .join('\n'),
        'results.csv': resultsCsv(),
      }),
      { replace: true },
    );
    expect(back.declarations.models, JSON.stringify([back.errors, back.warnings])).toEqual({
      added: 0,
      unchanged: 0,
      replaced: 1,
    });
    nextVersion(seed, 'v2', {
      models: (r) => {
        if (r.model === 'Qwen3-8B') r.license = 'Apache 2.0';
      },
    });
    await prepare(file, seed);
    expect(fact(db, 'Qwen3-8B', 'license')).toBe('Apache 2.0');
    expect(fact(db, 'Qwen3-14B', 'layers')).toBe('40');
    expect(db.$client.prepare('SELECT content_hash FROM bundled_packs WHERE name = ?').pluck().get('qwen3')).toBe(
      packHash(path.join(seed, 'qwen3')),
    );
  });
});
