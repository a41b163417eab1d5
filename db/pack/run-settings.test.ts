import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { migrateDb } from '../client';
import {
  BUNDLED_PACK,
  cleanup,
  cleanupAll,
  count,
  csvLine,
  dumpDb,
  RESULT_HEADER,
  resultRow,
  seededDb,
  storedRows,
  tempDb,
  tempDir,
  writePack,
} from '../../tests/helpers';
import { exportPack } from '../export';
import { cellKey, RESULT_COLUMNS, resultRowSchema, RUN_SETTING_COLUMNS } from './format';
import { loadPack } from './loader';

// PACK-FORMAT "Run settings": optional results.csv columns by name, part of a result's identity,
// stored, exported and loaded back byte for byte; packs without them load and export as before.

afterEach(cleanup);
afterAll(cleanupAll);

/** A results.csv with the 13 columns, then `settings` columns in the order given. */
function withSettings(settings: readonly string[], ...rows: { fields?: Record<string, string>; s: string[] }[]) {
  const header = [RESULT_HEADER, ...settings].join(',');
  return [header, ...rows.map((r) => `${resultRow(r.fields)},${csvLine(r.s)}`)].map((l) => `${l}\n`).join('');
}

describe('run settings in results.csv', () => {
  it('are stored as written, in any order, each column optional', async () => {
    const { db } = await seededDb();
    const pack = writePack({
      'results.csv': withSettings(['run_date', 'n_shot', 'harness'], {
        s: ['2026-07-08', '5', 'lm-evaluation-harness'],
      }),
    });
    const report = await loadPack(db, pack);
    expect(report.ok, JSON.stringify(report.errors)).toBe(true);
    const [row] = storedRows(db, "table_ref = 'Table 99'");
    expect(row).toMatchObject({
      run_date: '2026-07-08',
      n_shot: '5',
      harness: 'lm-evaluation-harness',
      temperature: '',
    });
  });

  it('refuse values that break their rules, naming the column', () => {
    const base = Object.fromEntries(RESULT_COLUMNS.map((c) => [c, ''])) as Record<string, string>;
    Object.assign(base, {
      source_id: 's',
      table: 't',
      model: 'm',
      mode: 'n/a',
      benchmark: 'b',
      score: '1',
      unit: 'score',
    });
    const bad: [string, string, RegExp][] = [
      ['n_shot', '-1', /not a valid n_shot/],
      ['n_shot', '05', /not a valid n_shot/],
      ['samples', '0', /above 0/],
      ['items_used', '2.5', /whole number/],
      ['temperature', '-0.1', /not a temperature/],
      ['max_output_tokens', '32k', /not a valid max_output_tokens/],
      ['chat_template', 'true', /chat_template answer/],
      ['run_date', '2026-13-01', /not a date/],
    ];
    for (const [column, value, message] of bad) {
      const parsed = resultRowSchema.safeParse({ ...base, [column]: value });
      expect(parsed.success, `${column}=${value}`).toBe(false);
      expect(parsed.error!.issues[0]!.path[0]).toBe(column);
      expect(parsed.error!.issues[0]!.message).toMatch(message);
    }
    expect(resultRowSchema.safeParse({ ...base, n_shot: '0', temperature: '0.6', chat_template: 'yes' }).success).toBe(
      true,
    );
  });

  it('make two measurements of one cell when a stated setting differs: no conflict, no dispute', async () => {
    const { db } = await seededDb();
    const pack = writePack({
      'results.csv': withSettings(
        ['n_shot'],
        { fields: { score: '61.2' }, s: ['5'] },
        { fields: { score: '55.0' }, s: ['0'] },
        { fields: { score: '58.0' }, s: [''] },
      ),
    });
    const report = await loadPack(db, pack);
    expect(report.ok, JSON.stringify(report.errors)).toBe(true);
    expect(report.sources['qwen3-tech-report']!.added).toBe(3);
    const keys = storedRows(db, "table_ref = 'Table 99'").map((r) => r.cell_key);
    expect(new Set(keys).size).toBe(3);
    // Without settings the key is the one a result always had: older databases need no rewrite.
    expect(keys).toContain(
      cellKey({
        modelId: 'qwen3-32b',
        benchmarkId: 'aime-24',
        benchmarkVersion: '',
        metric: 'test metric',
        mode: 'thinking',
        thinkingBudgetTokens: null,
      }),
    );
  });

  it('a repeat with the same settings is named as a repeat; a number written otherwise is the same setting', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const pack = writePack({
      'results.csv': withSettings(['temperature'], { s: ['0.6'] }, { fields: { score: '51' }, s: ['0.60'] }),
    });
    const report = await loadPack(db, pack);
    expect(report.ok).toBe(false);
    expect(report.errors[0]!.message).toMatch(/repeats the one on line 2 .*run settings/);
    expect(dumpDb(db)).toEqual(before);
  });

  it('export only the settings some result states, and load back byte for byte', async () => {
    const { db } = await seededDb();
    const plain = tempDir();
    await exportPack(db, plain);
    expect(fs.readFileSync(path.join(plain, 'results.csv'), 'utf8').split('\r\n')[0]).toBe(RESULT_HEADER);

    const pack = writePack({
      'results.csv': withSettings(
        ['quantization', 'temperature', 'n_shot'],
        { s: ['bf16', '0.6', '0'] },
        { fields: { table: 'Table 98' }, s: ['', '', '5'] },
      ),
    });
    expect((await loadPack(db, pack)).ok).toBe(true);
    const first = tempDir();
    await exportPack(db, first);
    const header = fs.readFileSync(path.join(first, 'results.csv'), 'utf8').split('\r\n')[0];
    // In the format's order, whatever order the pack wrote them in.
    expect(header).toBe([RESULT_HEADER, 'n_shot', 'temperature', 'quantization'].join(','));

    const { db: empty } = tempDb();
    const again = await loadPack(empty, first);
    expect(again.ok, JSON.stringify(again.errors.slice(0, 3))).toBe(true);
    const second = tempDir();
    await exportPack(empty, second);
    for (const file of fs.readdirSync(first))
      expect(fs.readFileSync(path.join(second, file)), file).toEqual(fs.readFileSync(path.join(first, file)));
    expect(count(empty, "SELECT count(*) FROM results WHERE n_shot = '5'")).toBe(1);
  });

  it('every setting column exists in the database with "not stated" as its default', () => {
    const { db } = tempDb();
    const columns = db.$client.prepare('PRAGMA table_info(results)').all() as { name: string; dflt_value: string }[];
    for (const c of RUN_SETTING_COLUMNS) expect(columns.find((x) => x.name === c)?.dflt_value).toBe("''");
  });
});

describe('a database made before the run settings', () => {
  it('migrates with every result not stating any, its cells as they were, and the bundled pack loads as unchanged', async () => {
    const { db } = await seededDb();
    const cells = () => db.$client.prepare('SELECT id, cell_key FROM results ORDER BY id').raw().all();
    const before = cells();
    // Back to before 0006_run_settings: its columns gone, and those of the migration after it
    // (0007_as_of's loaded_in), whose records go too, so both run again.
    for (const table of ['results', 'result_history'])
      for (const column of [...RUN_SETTING_COLUMNS, 'loaded_in'])
        db.$client.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    db.$client.exec(
      'DELETE FROM __drizzle_migrations WHERE created_at >= (SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1 OFFSET 1)',
    );
    migrateDb(db);
    expect(cells()).toEqual(before);
    expect(count(db, "SELECT count(*) FROM results WHERE n_shot <> '' OR harness <> '' OR run_date <> ''")).toBe(0);
    const again = await loadPack(db, BUNDLED_PACK);
    expect(again.ok).toBe(true);
    expect(Object.values(again.sources).every((c) => c.added === 0 && c.replaced === 0)).toBe(true);
  });
});
