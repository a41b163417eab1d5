import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { formatPackError } from '../../db/pack/errors';
import { loadPack } from '../../db/pack/loader';
import {
  BENCHMARK_HEADER,
  MODEL_HEADER,
  SOURCE_HEADER,
  cleanup,
  cleanupAll,
  count,
  csvLine,
  dumpDb,
  expectNothingWritten,
  resultRow,
  resultsCsv,
  seededDb,
  storedRows,
  writePack,
} from '../helpers';

afterEach(cleanup);
afterAll(cleanupAll);

// Table 11's row for Qwen3-235B-A22B, thinking mode, AIME'24, exactly as in the bundled pack.
const TABLE_11_AIME = {
  source_id: 'qwen3-tech-report',
  table: 'Table 11',
  model: 'Qwen3-235B-A22B',
  model_kind: 'hybrid',
  mode: 'thinking',
  benchmark: "AIME'24",
  metric: 'accuracy (average of 64 samples per question; 30 questions, Part I+II)',
  score: '85.7',
  unit: 'percent',
  verified_by: 'liudu-md;msc-thesis',
};
const AIME_WHERE =
  "table_ref = 'Table 11' AND model_id = 'qwen3-235b-a22b' AND benchmark_id = 'aime-24' AND mode = 'thinking'";

describe('loading against stored data', () => {
  it('a row equal to a stored one is unchanged, and "85.70" equals a stored "85.7"', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const report = await loadPack(db, writePack({ 'results.csv': resultsCsv(resultRow(TABLE_11_AIME)) }));
    expect(report.ok).toBe(true);
    expect(report.sources).toEqual({ 'qwen3-tech-report': { added: 0, unchanged: 1, replaced: 0, conflicts: 0 } });
    expect(dumpDb(db)).toEqual(before);

    const same = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(resultRow({ ...TABLE_11_AIME, score: '85.70' })) }),
    );
    expect(same.sources['qwen3-tech-report']!.unchanged).toBe(1);
    expect(storedRows(db, AIME_WHERE)[0]).toMatchObject({ score_text: '85.7' });
  });

  it('a changed score without --replace is a conflict naming the stored and the new value', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const report = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(resultRow({ ...TABLE_11_AIME, score: '86.1' })) }),
    );
    expectNothingWritten(report, before, db);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file: 'results.csv', line: 2, column: 'score', columnNumber: 10 });
    expect(report.errors[0]!.message).toContain('stored score "85.7", this row "86.1"');
    expect(report.errors[0]!.message).toContain('qwen3-tech-report, Table 11');
    expect(report.errors[0]!.message).toContain('--replace');
    expect(report.sources['qwen3-tech-report']).toEqual({ added: 0, unchanged: 0, replaced: 0, conflicts: 1 });
  });

  it('a changed note is a conflict too (every column counts)', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const report = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(resultRow({ ...TABLE_11_AIME, notes: 'rechecked' })) }),
    );
    expectNothingWritten(report, before, db);
    expect(report.errors[0]).toMatchObject({ line: 2, column: 'notes', columnNumber: 13 });
    expect(report.errors[0]!.message).toContain('stored notes "", this row "rechecked"');
  });

  it('--replace updates the value and keeps the old row in result_history', async () => {
    const { db } = await seededDb();
    const [old] = storedRows(db, AIME_WHERE) as { id: number; score: number; score_text: string }[];
    const versionBefore = count(db, 'SELECT version FROM data_version');
    const report = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(resultRow({ ...TABLE_11_AIME, score: '86.10', notes: 'rechecked' })) }),
      { replace: true },
    );
    expect(report.ok).toBe(true);
    expect(report.sources['qwen3-tech-report']).toEqual({ added: 0, unchanged: 0, replaced: 1, conflicts: 0 });

    const now = storedRows(db, AIME_WHERE);
    expect(now).toHaveLength(1);
    expect(now[0]).toMatchObject({ id: old!.id, score: 86.1, score_text: '86.10', notes: 'rechecked' });

    const history = db.$client.prepare('SELECT * FROM result_history').all() as Record<string, unknown>[];
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      result_id: old!.id,
      source_id: 'qwen3-tech-report',
      table_ref: 'Table 11',
      score: 85.7,
      score_text: '85.7',
      notes: '',
    });
    expect(history[0]!.replaced_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z$/);
    expect(count(db, 'SELECT count(*) FROM results')).toBe(3489);
    expect(count(db, 'SELECT version FROM data_version')).toBe(versionBefore + 1);
  });

  it('--replace with a dry run reports the replacement and writes nothing', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const report = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(resultRow({ ...TABLE_11_AIME, score: '86.1' })) }),
      { replace: true, dryRun: true },
    );
    expect(report.ok).toBe(true);
    expect(report.sources['qwen3-tech-report']!.replaced).toBe(1);
    expect(dumpDb(db)).toEqual(before);
  });

  it('a dry run of new results reports them as added and writes nothing', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const report = await loadPack(
      db,
      writePack({
        'results.csv': resultsCsv(
          resultRow({ table: 'Table 98' }),
          resultRow({ table: 'Table 97' }),
          resultRow(TABLE_11_AIME),
          resultRow({ source_id: 'qwen3-blog', table: 'blog: new' }),
        ),
      }),
      { dryRun: true },
    );
    expect(report.ok).toBe(true);
    expect(report.dryRun).toBe(true);
    expect(report.sources).toEqual({
      'qwen3-tech-report': { added: 2, unchanged: 1, replaced: 0, conflicts: 0 },
      'qwen3-blog': { added: 1, unchanged: 0, replaced: 0, conflicts: 0 },
    });
    expect(dumpDb(db)).toEqual(before);
  });

  it('new results are added, resolved through aliases, and bump the data version', async () => {
    const { db } = await seededDb();
    const versionBefore = count(db, 'SELECT version FROM data_version');
    const report = await loadPack(
      db,
      writePack({
        'results.csv': resultsCsv(
          resultRow({ table: 'Table 98', model: 'Deepseek-R1', benchmark: 'ArenaHard', unit: 'score', score: '-3' }),
        ),
      }),
    );
    expect(report.ok).toBe(true);
    const [row] = storedRows(db, "table_ref = 'Table 98'");
    expect(row).toMatchObject({
      model_name: 'Deepseek-R1',
      model_id: 'deepseek-r1',
      benchmark_name: 'ArenaHard',
      benchmark_id: 'arena-hard',
      score: -3,
      score_text: '-3',
      thinking_budget_tokens: null,
    });
    expect(count(db, 'SELECT version FROM data_version')).toBe(versionBefore + 1);
  });
});

describe('suspicious fractions', () => {
  it('0.857 in the cell that holds 85.7 is a warning naming its line, not an error', async () => {
    const { db } = await seededDb();
    const fraction = resultRow({ ...TABLE_11_AIME, source_id: 'qwen3-blog', table: 'blog: test', score: '0.857' });
    const report = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(resultRow({ table: 'Table 98' }), fraction) }),
    );
    expect(report.ok).toBe(true);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatchObject({ file: 'results.csv', line: 3, column: 'score', columnNumber: 10 });
    expect(report.warnings[0]!.message).toContain('0.857 looks like a 0-1 fraction of 85.7');
    // Loaded as written.
    expect(storedRows(db, "source_id = 'qwen3-blog' AND table_ref = 'blog: test'")[0]).toMatchObject({
      score_text: '0.857',
      score: 0.857,
    });
  });

  it('warns whichever of the two rows comes first in the same pack', async () => {
    const { db } = await seededDb();
    const cell = { ...TABLE_11_AIME, model: 'Qwen3-32B', metric: 'new metric' };
    const report = await loadPack(
      db,
      writePack({
        'results.csv': resultsCsv(
          resultRow({ ...cell, table: 'Table A', score: '0.731' }),
          resultRow({ ...cell, table: 'Table B', score: '73.1' }),
        ),
      }),
    );
    expect(report.ok).toBe(true);
    expect(report.warnings.map(formatPackError)).toEqual([
      expect.stringMatching(/^results\.csv, line 2, column 10 \(score\): 0\.731 looks like a 0-1 fraction of 73\.1/),
    ]);
  });

  it('a percent score below 1 with no larger value in its cell is neither an error nor a warning', async () => {
    const { db } = await seededDb();
    const report = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(resultRow({ table: 'Table 98', score: '0.9' })) }),
    );
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([]);
  });
});

describe('declarations against stored data', () => {
  /** A models.csv row for a stored model, from its stored facts, with some changed. */
  function storedModelRow(db: Db, name: string, changes: Record<string, string> = {}): string {
    const stored = db.$client.prepare('SELECT * FROM models WHERE name = ?').get(name) as Record<string, string>;
    const facts: Record<string, string> = { ...stored, model: name, alias_of: '', ...changes };
    return csvLine(MODEL_HEADER.split(',').map((c) => facts[c]!));
  }

  it('an alias declared with different facts than stored is a conflict naming both values', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    // The bundled pack's alias Gemma-3-27b-IT (of Gemma-3-27B-IT), its license changed.
    const stored = db.$client.prepare('SELECT * FROM model_aliases WHERE alias = ?').get('Gemma-3-27b-IT') as Record<
      string,
      string
    >;
    const facts: Record<string, string> = {
      model: 'Gemma-3-27b-IT',
      alias_of: 'Gemma-3-27B-IT',
      ...Object.fromEntries(
        MODEL_HEADER.split(',')
          .slice(2)
          .map((c) => [c, stored[c] ?? '']),
      ),
      license: 'MIT',
    };
    const row = csvLine(MODEL_HEADER.split(',').map((c) => facts[c]!));
    const report = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(resultRow()), 'models.csv': `${MODEL_HEADER}\n${row}\n` }),
    );
    expectNothingWritten(report, before, db);
    expect(report.errors.map((e) => e.message)).toEqual([
      '"Gemma-3-27b-IT" is already stored as an alias with license "Gemma terms of use", and this row says "MIT"; make the row match, or load with --replace',
    ]);
    expect(report.errors[0]).toMatchObject({ file: 'models.csv', line: 2, column: 'license' });
  });

  it('a model declared with different facts than stored is a conflict naming both values', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const row = storedModelRow(db, 'Qwen3-32B', { source: 'a different citation' });
    const report = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(resultRow()), 'models.csv': `${MODEL_HEADER}\n${row}\n` }),
    );
    expectNothingWritten(report, before, db);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file: 'models.csv', line: 2, column: 'source', columnNumber: 12 });
    expect(report.errors[0]!.message).toMatch(/^model "Qwen3-32B" is already stored with source "arXiv/);
    expect(report.errors[0]!.message).toContain('and this row says "a different citation"');
    expect(report.errors[0]!.message).toContain('--replace');
  });

  it('a model declared with the same facts changes nothing', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const row = storedModelRow(db, 'Qwen3-32B');
    const report = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(), 'models.csv': `${MODEL_HEADER}\n${row}\n` }),
    );
    expect(report.errors).toEqual([]);
    expect(report.declarations.models).toEqual({ added: 0, unchanged: 1, replaced: 0 });
    expect(dumpDb(db)).toEqual(before);
  });

  it("--replace changes a model's stored facts, its numeric copy included", async () => {
    const { db } = await seededDb();
    const row = storedModelRow(db, 'Qwen3-32B', { total_params_b: '32.8' });
    const report = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(), 'models.csv': `${MODEL_HEADER}\n${row}\n` }),
      {
        replace: true,
      },
    );
    expect(report.errors).toEqual([]);
    expect(report.declarations.models).toEqual({ added: 0, unchanged: 0, replaced: 1 });
    expect(
      db.$client.prepare("SELECT total_params_b, total_params FROM models WHERE name = 'Qwen3-32B'").get(),
    ).toEqual({
      total_params_b: '32.8',
      total_params: 32.8,
    });
  });

  it('an alias declared again with the same row changes nothing', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const row = 'ArenaHard,Arena-Hard,,,,,';
    const report = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(), 'benchmarks.csv': `${BENCHMARK_HEADER}\n${row}\n` }),
    );
    expect(report.errors).toEqual([]);
    expect(report.declarations.benchmarks).toEqual({ added: 0, unchanged: 1, replaced: 0 });
    expect(dumpDb(db)).toEqual(before);
  });

  it('an alias declared again with different facts is a conflict naming both values', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const row = 'ArenaHard,Arena-Hard,alignment,,,,';
    const report = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(), 'benchmarks.csv': `${BENCHMARK_HEADER}\n${row}\n` }),
    );
    expectNothingWritten(report, before, db);
    expect(report.errors).toEqual([
      expect.objectContaining({ file: 'benchmarks.csv', line: 2, column: 'category', columnNumber: 3 }),
    ]);
    expect(report.errors[0]!.message).toContain('"ArenaHard" is already stored');
    expect(report.errors[0]!.message).toContain('category "", and this row says "alignment"');
  });

  it('an alias pointed at another benchmark is a conflict, and --replace moves it', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const pack = writePack({
      'results.csv': resultsCsv(),
      'benchmarks.csv': `${BENCHMARK_HEADER}\nArenaHard,MMLU,,,,,\n`,
    });
    const report = await loadPack(db, pack);
    expectNothingWritten(report, before, db);
    expect(report.errors).toEqual([
      expect.objectContaining({ file: 'benchmarks.csv', line: 2, column: 'alias_of', columnNumber: 2 }),
    ]);
    expect(report.errors[0]!.message).toContain('alias_of "Arena-Hard", and this row says "MMLU"');

    const replaced = await loadPack(db, pack, { replace: true });
    expect(replaced.errors).toEqual([]);
    expect(replaced.declarations.benchmarks.replaced).toBe(1);
    expect(
      db.$client.prepare("SELECT alias_of, benchmark_id FROM benchmark_aliases WHERE alias = 'ArenaHard'").get(),
    ).toEqual({
      alias_of: 'MMLU',
      benchmark_id: 'mmlu',
    });
  });

  it('a source declared with a different date than stored is a conflict naming both values', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const report = await loadPack(
      db,
      writePack({
        'results.csv': resultsCsv(resultRow()),
        'sources.csv': `${SOURCE_HEADER}\nqwen3-blog,"Qwen3: Think Deeper, Act Faster",https://qwenlm.github.io/blog/qwen3/,Qwen Team (Alibaba),2025-04-30,blog\n`,
      }),
    );
    expectNothingWritten(report, before, db);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({
      file: 'sources.csv',
      line: 2,
      column: 'published_at',
      columnNumber: 5,
    });
    expect(report.errors[0]!.message).toBe(
      'source "qwen3-blog" is already stored with published_at "2025-04-29", and this row says "2025-04-30"; make the row match, or load with --replace',
    );
  });

  it("--replace changes a source's stored facts", async () => {
    const { db } = await seededDb();
    const report = await loadPack(
      db,
      writePack({
        'results.csv': resultsCsv(),
        'sources.csv': `${SOURCE_HEADER}\nqwen3-blog,"Qwen3: Think Deeper, Act Faster",https://qwenlm.github.io/blog/qwen3/,Qwen Team (Alibaba),2025-04-30,blog\n`,
      }),
      { replace: true },
    );
    expect(report.ok).toBe(true);
    expect(report.declarations.sources).toEqual({ added: 0, unchanged: 0, replaced: 1 });
    expect(db.$client.prepare("SELECT published_at FROM sources WHERE id = 'qwen3-blog'").pluck().get()).toBe(
      '2025-04-30',
    );
  });

  it('declares a new source, model, alias and benchmark in one pack and loads results that use them', async () => {
    const { db } = await seededDb();
    const report = await loadPack(
      db,
      writePack({
        'sources.csv': `${SOURCE_HEADER}\nnew-card,New model card,https://example.org,Example Lab,2025-06-01,model-card\n`,
        'models.csv': `${MODEL_HEADER},family\nExample-7B,,Example Lab,dense,7.6,7.6,28,32768,2025-06-01,yes,MIT,model card,Example\nexample-7b-chat,Example-7B,,,,,,,,,,,\n`,
        'benchmarks.csv': `benchmark,alias_of,category,unit,higher_is_better,description,url\nNewBench,,math,percent,yes,a new benchmark,https://example.org\nNB,NewBench,,,,,\n`,
        'results.csv': resultsCsv(
          resultRow({
            source_id: 'new-card',
            table: 'Performance',
            model: 'example-7b-chat',
            benchmark: 'NB',
            score: '61.25',
          }),
        ),
      }),
    );
    expect(report.errors).toEqual([]);
    expect(report.declarations).toEqual({
      sources: { added: 1, unchanged: 0, replaced: 0 },
      models: { added: 2, unchanged: 0, replaced: 0 },
      benchmarks: { added: 2, unchanged: 0, replaced: 0 },
      'benchmark-facts': { added: 0, unchanged: 0, replaced: 0 },
      tables: { added: 0, unchanged: 0, replaced: 0 },
    });
    expect(db.$client.prepare("SELECT * FROM models WHERE name = 'Example-7B'").get()).toMatchObject({
      id: 'example-7b',
      family: 'Example',
      total_params_b: '7.6',
      total_params: 7.6,
      layers: '28',
    });
    expect(storedRows(db, "source_id = 'new-card'")[0]).toMatchObject({
      model_id: 'example-7b',
      benchmark_id: 'newbench',
      score_text: '61.25',
    });
  });
});
