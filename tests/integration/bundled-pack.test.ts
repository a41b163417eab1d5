import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadPack } from '../../db/pack/loader';
import { BUNDLED_PACK, cleanup, cleanupAll, count, dumpDb, seededDb, storedRows, tempDb } from '../helpers';

afterEach(cleanup);
afterAll(cleanupAll);

type ResultRow = {
  source_id: string;
  table_ref: string;
  model_name: string;
  model_id: string;
  benchmark_id: string;
  mode: string;
  thinking_budget_tokens: number | null;
  score: number;
  score_text: string;
  unit: string;
  cell_key: string;
};

describe('the bundled Qwen3 pack', () => {
  it('loads into a fresh database: 3,489 results, 75 model rows, 47 benchmark rows, 2 sources, 35 tables, 46 facts', async () => {
    const { db } = tempDb();
    const report = await loadPack(db, BUNDLED_PACK);

    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.errorCount).toBe(0);
    expect(report.warnings).toEqual([]);
    expect(report.rows).toBe(3489);
    expect(report.sources).toEqual({
      'qwen3-tech-report': { added: 3368, unchanged: 0, replaced: 0, conflicts: 0 },
      'qwen3-blog': { added: 121, unchanged: 0, replaced: 0, conflicts: 0 },
    });
    expect(report.declarations).toEqual({
      sources: { added: 2, unchanged: 0, replaced: 0 },
      models: { added: 75, unchanged: 0, replaced: 0 },
      benchmarks: { added: 47, unchanged: 0, replaced: 0 },
      'benchmark-facts': { added: 46, unchanged: 0, replaced: 0 },
      tables: { added: 35, unchanged: 0, replaced: 0 },
    });

    expect(count(db, 'SELECT count(*) FROM results')).toBe(3489);
    expect(count(db, 'SELECT count(*) FROM source_tables')).toBe(35);
    expect(count(db, 'SELECT count(*) FROM benchmark_facts')).toBe(46);
    expect(count(db, "SELECT count(*) FROM results WHERE source_id = 'qwen3-tech-report'")).toBe(3368);
    expect(count(db, "SELECT count(*) FROM results WHERE source_id = 'qwen3-blog'")).toBe(121);
    expect(count(db, 'SELECT count(*) FROM models')).toBe(68);
    expect(count(db, 'SELECT count(*) FROM model_aliases')).toBe(7);
    expect(count(db, 'SELECT count(*) FROM benchmarks')).toBe(43);
    expect(count(db, 'SELECT count(*) FROM benchmark_aliases')).toBe(4);
    expect(count(db, 'SELECT count(*) FROM sources')).toBe(2);
    expect(count(db, 'SELECT count(*) FROM result_history')).toBe(0);
    expect(count(db, 'SELECT version FROM data_version WHERE id = 1')).toBe(1);
  });

  it('stores the aliases against their canonical rows', async () => {
    const { db } = await seededDb();
    const alias = (name: string) =>
      db.$client.prepare('SELECT alias_of, model_id FROM model_aliases WHERE alias = ?').get(name);
    expect(alias('Deepseek-R1')).toEqual({ alias_of: 'DeepSeek-R1', model_id: 'deepseek-r1' });
    expect(alias('Grok 3 Beta (Think)')).toEqual({ alias_of: 'Grok-3-Beta (Think)', model_id: 'grok-3-beta-think' });
    expect(
      db.$client.prepare('SELECT benchmark_id FROM benchmark_aliases WHERE alias = ?').pluck().get('ArenaHard'),
    ).toBe('arena-hard');
    expect(db.$client.prepare('SELECT id FROM models WHERE name = ?').pluck().get('Qwen3-235B-A22B')).toBe(
      'qwen3-235b-a22b',
    );
    expect(db.$client.prepare('SELECT id FROM benchmarks WHERE name = ?').pluck().get("AIME'24")).toBe('aime-24');
  });

  it("has Qwen3-235B-A22B thinking AIME'24 = 85.7 from Table 11 of the technical report", async () => {
    const { db } = await seededDb();
    const rows = storedRows(
      db,
      `model_id = 'qwen3-235b-a22b' AND benchmark_id = 'aime-24' AND mode = 'thinking'
       AND thinking_budget_tokens IS NULL AND table_ref = 'Table 11'`,
    ) as ResultRow[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      source_id: 'qwen3-tech-report',
      model_name: 'Qwen3-235B-A22B',
      score: 85.7,
      score_text: '85.7',
      unit: 'percent',
    });
  });

  it('keeps the DeepSeek-R1 Arena-Hard dispute as one cell with two values, the only such cell', async () => {
    const { db } = await seededDb();
    const rows = (storedRows(db, "model_id = 'deepseek-r1' AND benchmark_id = 'arena-hard'") as ResultRow[]).sort(
      (a, b) => a.source_id.localeCompare(b.source_id),
    );
    expect(rows.map((r) => [r.source_id, r.table_ref, r.model_name, r.score_text, r.score])).toEqual([
      ['qwen3-blog', 'blog: flagship comparison (image qwen3-235a22.jpg)', 'Deepseek-R1', '93.2', 93.2],
      ['qwen3-tech-report', 'Table 11', 'DeepSeek-R1', '92.3', 92.3],
    ]);
    // "Deepseek-R1" / "ArenaHard" (blog) and "DeepSeek-R1" / "Arena-Hard" (report) resolve to one cell.
    expect(rows[0]!.cell_key).toBe(rows[1]!.cell_key);

    const disputed = db.$client
      .prepare('SELECT cell_key FROM results GROUP BY cell_key HAVING count(DISTINCT score) > 1')
      .pluck()
      .all();
    expect(disputed).toEqual([rows[0]!.cell_key]);
  });

  it('keeps Figure 2 AIME\'24 at 8192 thinking tokens as printed, "72.50"', async () => {
    const { db } = await seededDb();
    const rows = storedRows(
      db,
      "table_ref = 'Figure 2' AND benchmark_id = 'aime-24' AND thinking_budget_tokens = 8192",
    ) as ResultRow[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ model_id: 'qwen3-235b-a22b', mode: 'thinking', score: 72.5, score_text: '72.50' });
    const budgets = db.$client
      .prepare(
        "SELECT thinking_budget_tokens FROM results WHERE table_ref = 'Figure 2' AND benchmark_id = 'aime-24' AND mode = 'thinking' ORDER BY 1",
      )
      .pluck()
      .all();
    expect(budgets).toEqual([1024, 2048, 4096, 8192, 16384, 32768]);
  });

  it('loads the real percent scores below 1 without an error or a warning', async () => {
    const { db } = tempDb();
    const report = await loadPack(db, BUNDLED_PACK);
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([]);
    const table20 = db.$client
      .prepare(
        "SELECT model_name, score_text FROM results WHERE table_ref = 'Table 20' AND benchmark_id = 'aime-24' AND score < 1 ORDER BY model_name",
      )
      .all();
    expect(table20).toEqual([
      { model_name: 'Gemma-3-1B-IT', score_text: '0.9' },
      { model_name: 'Qwen2.5-1.5B-Instruct', score_text: '0.9' },
    ]);
    // Every percent score below 1 in results.csv is stored as printed.
    const records = parse(fs.readFileSync(path.join(BUNDLED_PACK, 'results.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    const below1 = records.filter((r) => r.unit === 'percent' && Number(r.score) < 1);
    expect(below1.length).toBeGreaterThanOrEqual(10);
    const find = db.$client.prepare(
      `SELECT score_text FROM results WHERE source_id = ? AND table_ref = ? AND model_name = ? AND benchmark_name = ?
       AND benchmark_version = ? AND metric = ? AND mode = ?`,
    );
    for (const r of below1) {
      expect(find.pluck().get(r.source_id, r.table, r.model, r.benchmark, r.benchmark_version, r.metric, r.mode)).toBe(
        r.score,
      );
    }
    expect(count(db, "SELECT count(*) FROM results WHERE unit = 'percent' AND score < 1")).toBe(below1.length);
  });

  it('loads a second time as a no-op: everything unchanged and every table identical', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const report = await loadPack(db, BUNDLED_PACK);
    expect(report.ok).toBe(true);
    expect(report.rows).toBe(3489);
    expect(report.sources).toEqual({
      'qwen3-tech-report': { added: 0, unchanged: 3368, replaced: 0, conflicts: 0 },
      'qwen3-blog': { added: 0, unchanged: 121, replaced: 0, conflicts: 0 },
    });
    expect(report.declarations).toEqual({
      sources: { added: 0, unchanged: 2, replaced: 0 },
      models: { added: 0, unchanged: 75, replaced: 0 },
      benchmarks: { added: 0, unchanged: 47, replaced: 0 },
      'benchmark-facts': { added: 0, unchanged: 46, replaced: 0 },
      tables: { added: 0, unchanged: 35, replaced: 0 },
    });
    expect(report.warnings).toEqual([]);
    expect(dumpDb(db)).toEqual(before);
  });

  it('in a dry run reports what would be added and writes nothing', async () => {
    const { db } = tempDb();
    const before = dumpDb(db);
    const progress: number[] = [];
    const report = await loadPack(db, BUNDLED_PACK, {
      dryRun: true,
      progressEvery: 1000,
      onProgress: (n) => progress.push(n),
    });
    expect(report.ok).toBe(true);
    expect(report.dryRun).toBe(true);
    expect(report.rows).toBe(3489);
    expect(report.sources['qwen3-tech-report']).toEqual({ added: 3368, unchanged: 0, replaced: 0, conflicts: 0 });
    expect(report.sources['qwen3-blog']).toEqual({ added: 121, unchanged: 0, replaced: 0, conflicts: 0 });
    expect(report.declarations.models.added).toBe(75);
    expect(progress).toEqual([1000, 2000, 3000, 3489]);
    expect(dumpDb(db)).toEqual(before);
    expect(count(db, 'SELECT count(*) FROM results')).toBe(0);

    // The dry run left nothing behind that would change a real load afterwards.
    const real = await loadPack(db, BUNDLED_PACK);
    expect(real.ok).toBe(true);
    expect(real.sources['qwen3-tech-report']!.added).toBe(3368);
    expect(count(db, 'SELECT count(*) FROM results')).toBe(3489);
  });
});
