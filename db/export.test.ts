import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { asc } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { intervalOf, roundPoint } from '../lib/interval';
import { factsIndex, factsOf } from '../lib/result-facts';
import { testSetFacts } from './queries/catalog';
import {
  BUNDLED_PACK,
  cleanup,
  cleanupAll,
  count,
  csvLine,
  resultRow,
  resultsCsv,
  seededDb,
  tempDb,
  tempDir,
  writePack,
} from '../tests/helpers';
import type { Db } from './client';
import { CANONICAL_COLUMNS } from './csv';
import type { ResultFilters } from '../lib/filters';
import { exportPack, packFileChunks, resultsCsvChunks } from './export';
import { PACK_FILES, RESULT_COLUMNS, RUN_SETTING_COLUMNS } from './pack/format';
import { loadPack } from './pack/loader';
import { resultsSelect } from './queries/results';
import { results } from './schema';

afterEach(cleanup);
afterAll(cleanupAll);

const all = (chunks: Iterable<string>) => [...chunks].join('');
const rowsOf = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

/** Writes a results export of `q` to a file and returns its path. */
function exportToFile(db: Db, q: ResultFilters, name = 'export.csv'): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, all(resultsCsvChunks(db, q)));
  return file;
}

describe('results export', () => {
  it('has the 13 results.csv columns first, in order, then the run settings, the canonical columns, the table link', async () => {
    const { db } = await seededDb();
    const [header] = all(resultsCsvChunks(db, {})).split('\r\n');
    expect(header).toBe(
      [
        ...RESULT_COLUMNS,
        ...RUN_SETTING_COLUMNS,
        ...CANONICAL_COLUMNS,
        'table_url',
        'table_page',
        'interval_low',
        'interval_high',
        'items',
        'reporter',
      ].join(','),
    );
    expect(header!.startsWith(RESULT_COLUMNS.join(','))).toBe(true);
    const plain = all(resultsCsvChunks(db, {}, { canonical: false })).split('\r\n')[0];
    expect(plain).toBe([...RESULT_COLUMNS, ...RUN_SETTING_COLUMNS].join(','));
  });

  it('writes scores as printed ("72.50" stays "72.50") and an unset budget as an empty cell', async () => {
    const { db } = await seededDb();
    const rows = rowsOf(all(resultsCsvChunks(db, { benchmark: 'aime-24', budget: 'set' })));
    const at8k = rows.find((r) => r.thinking_budget_tokens === '8192' && r.model === 'Qwen3-235B-A22B');
    expect(at8k?.score).toBe('72.50');
    const none = rowsOf(all(resultsCsvChunks(db, { budget: 'none' })));
    expect(none.length).toBeGreaterThan(100);
    expect(none.every((r) => r.thinking_budget_tokens === '')).toBe(true);
    const stored = count(db, "SELECT count(*) FROM results WHERE score_text LIKE '%.%0'");
    const exported = rowsOf(all(resultsCsvChunks(db, {}))).filter((r) => /\.\d*0$/.test(r.score!)).length;
    expect(exported).toBe(stored);
  });

  it('gives a filtered view exactly the rows of the same query, in results.id order', async () => {
    const { db } = await seededDb();
    const queries: ResultFilters[] = [
      {},
      { benchmark: 'arena-hard', mode: 'thinking' },
      { models: 'qwen3-32b,deepseek-r1' },
      { source: 'qwen3-blog' },
      { category: 'math', unit: 'percent', budget: 'none' },
      { benchmark: 'no-such-benchmark' },
    ];
    const facts = factsIndex(testSetFacts(db));
    for (const q of queries) {
      const expected = resultsSelect(db, q).orderBy(asc(results.id)).all();
      const rows = rowsOf(all(resultsCsvChunks(db, q, { chunkRows: 100 })));
      expect(rows).toHaveLength(expected.length);
      rows.forEach((row, i) => {
        const e = expected[i]!;
        expect(row).toEqual({
          source_id: e.sourceId,
          table: e.tableRef,
          model: e.modelPrinted,
          model_kind: e.modelKind,
          mode: e.mode,
          thinking_budget_tokens: e.budget === null ? '' : String(e.budget),
          benchmark: e.benchmarkPrinted,
          benchmark_version: e.version,
          metric: e.metric,
          score: e.scoreText,
          unit: e.unit,
          verified_by: e.verifiedBy,
          notes: e.notes,
          harness: e.harness,
          harness_version: e.harnessVersion,
          n_shot: e.nShot,
          samples: e.samples,
          items_used: e.itemsUsed,
          temperature: e.temperature,
          max_output_tokens: e.maxOutputTokens,
          chat_template: e.chatTemplate,
          host: e.host,
          quantization: e.quantization,
          run_date: e.runDate,
          model_id: e.modelId,
          canonical_model: e.model,
          family: e.family,
          benchmark_id: e.benchmarkId,
          canonical_benchmark: e.benchmark,
          category: e.category,
          table_url: e.tableUrl ?? '',
          table_page: e.tablePage ?? '',
          // Computed (app/_lib/interval.ts): empty where no interval is defined.
          ...(() => {
            const i = intervalOf(e, factsOf(facts, e.benchmarkId, e.version));
            return {
              interval_low: i ? roundPoint(i.low).toFixed(1) : '',
              interval_high: i ? roundPoint(i.high).toFixed(1) : '',
              items: i ? String(i.n) : '',
            };
          })(),
          reporter: e.reporter,
        });
      });
    }
  });

  it('loads back into the database it came from as all unchanged', async () => {
    const { db } = await seededDb();
    for (const q of [{}, { benchmark: 'arena-hard', mode: 'thinking' as const }, { source: 'qwen3-blog' }]) {
      const expected = resultsSelect(db, q).all().length;
      const report = await loadPack(db, exportToFile(db, q));
      expect(report.ok, JSON.stringify(report.errors.slice(0, 3))).toBe(true);
      const counts = Object.values(report.sources);
      expect(counts.reduce((s, c) => s + c.unchanged, 0)).toBe(expected);
      expect(counts.every((c) => c.added === 0 && c.replaced === 0 && c.conflicts === 0)).toBe(true);
    }
  });
});

// Text that a spreadsheet would run, and text that needs quoting, in every kind of text cell.
const TRICKY = [
  { table: '=HYPERLINK("http://x","y")', notes: '+1 spread', verified: '-a;b', score: '-3.5', unit: 'score' },
  { table: '@SUM(A1:A9)', notes: '\tstarts with a tab', verified: '', score: '72.50', unit: 'percent' },
  { table: 'Table 1, part 2', notes: '\rstarts with CR', verified: 'x', score: '0', unit: 'percent' },
  { table: 'Table "quoted"', notes: 'two\nlines, with "quotes"', verified: '', score: '-0.25', unit: 'score' },
  { table: "'=written with its quote", notes: "it's -fine- inside", verified: '', score: '12', unit: 'elo' },
];

function trickyPack(): string {
  const rows = TRICKY.map((t, i) =>
    resultRow({
      source_id: 'qwen3-blog',
      table: t.table,
      notes: t.notes,
      verified_by: t.verified,
      score: t.score,
      unit: t.unit,
      metric: i === 0 ? '=cmd|calc' : `metric ${i}`,
      benchmark_version: i === 1 ? '-v2' : '',
    }),
  );
  return writePack({
    'results.csv': resultsCsv(...rows),
    'models.csv':
      'model,alias_of,org,architecture,total_params_b,active_params_b,layers,context_length_tokens,release_date,open_weights,license,source,family\n' +
      csvLine(['Evil-Model', '', '=org()', '', '', '', '', '', '', '', '', '-source', '@family']) +
      '\n' +
      csvLine(['Evil-Alias', 'Evil-Model', '', '', '', '', '', '', '', '', '', '', '']) +
      '\n',
    'benchmarks.csv':
      'benchmark,alias_of,category,unit,higher_is_better,description,url\n' +
      csvLine(['Evil-Bench', '', 'math', 'score', 'yes', '+desc, "quoted"\nnext line', '']) +
      '\n',
  });
}

describe('spreadsheet safety', () => {
  it('prefixes text cells that start with = + - @ tab or CR with a quote, and leaves numbers alone', async () => {
    const { db } = await seededDb();
    const report = await loadPack(db, trickyPack());
    expect(report.ok, JSON.stringify(report.errors)).toBe(true);
    const rows = rowsOf(all(resultsCsvChunks(db, { table: undefined, source: 'qwen3-blog' }))).filter((r) =>
      TRICKY.some((t) => `'${t.table}` === r.table || t.table === r.table),
    );
    expect(rows).toHaveLength(TRICKY.length);
    const [formula, at, comma, quoted, alreadyQuoted] = rows;
    expect(formula!.table).toBe('\'=HYPERLINK("http://x","y")');
    expect(formula!.notes).toBe("'+1 spread");
    expect(formula!.verified_by).toBe("'-a;b");
    expect(formula!.metric).toBe("'=cmd|calc");
    expect(formula!.score).toBe('-3.5'); // a number stays a number
    expect(at!.table).toBe("'@SUM(A1:A9)");
    expect(at!.notes).toBe("'\tstarts with a tab");
    expect(at!.benchmark_version).toBe("'-v2");
    expect(at!.score).toBe('72.50');
    expect(comma!.table).toBe('Table 1, part 2');
    expect(comma!.notes).toBe("'\rstarts with CR");
    expect(quoted!.notes).toBe('two\nlines, with "quotes"');
    expect(quoted!.score).toBe('-0.25');
    // Loading took the quote off ("=written…" is stored); the export puts it back, once.
    expect(alreadyQuoted!.table).toBe("'=written with its quote");
    expect(count(db, "SELECT count(*) FROM results WHERE table_ref = '=written with its quote'")).toBe(1);
    // No cell of the whole file starts with a character a spreadsheet would run.
    const cells = (parse(all(resultsCsvChunks(db, {}))) as string[][]).slice(1);
    const scoreAt = RESULT_COLUMNS.indexOf('score');
    for (const row of cells)
      row.forEach((cell, i) => {
        if (i !== scoreAt) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      });
  });

  it('restores the text when the export is loaded back', async () => {
    const { db } = await seededDb();
    expect((await loadPack(db, trickyPack())).ok).toBe(true);
    const before = db.$client.prepare('SELECT * FROM results ORDER BY id').all();
    const report = await loadPack(db, exportToFile(db, {}));
    expect(report.ok, JSON.stringify(report.errors.slice(0, 3))).toBe(true);
    const unchanged = Object.values(report.sources).reduce((s, c) => s + c.unchanged, 0);
    expect(unchanged).toBe(before.length);
    expect(db.$client.prepare('SELECT * FROM results ORDER BY id').all()).toEqual(before);
    const { db: empty } = tempDb();
    const dir = tempDir();
    await exportPack(db, dir);
    expect((await loadPack(empty, dir)).ok).toBe(true);
    const notes = empty.$client.prepare('SELECT notes FROM results WHERE table_ref = ?').pluck();
    expect(notes.get('=HYPERLINK("http://x","y")')).toBe('+1 spread');
    expect(notes.get('Table "quoted"')).toBe('two\nlines, with "quotes"');
    const model = empty.$client.prepare("SELECT org, source, family FROM models WHERE name = 'Evil-Model'").get();
    expect(model).toEqual({ org: '=org()', source: '-source', family: '@family' });
  });
});

describe('whole-database pack export', () => {
  function read(dir: string): Record<string, Buffer> {
    return Object.fromEntries(PACK_FILES.map((f) => [f, fs.readFileSync(path.join(dir, f))]));
  }

  it('round-trips byte for byte: bundled pack -> A -> export -> empty B -> export', async () => {
    const { db: a } = tempDb();
    expect((await loadPack(a, BUNDLED_PACK)).ok).toBe(true);
    expect((await loadPack(a, trickyPack())).ok).toBe(true);
    const first = tempDir();
    const summary = await exportPack(a, first);
    expect(summary.files['results.csv'].rows).toBe(count(a, 'SELECT count(*) FROM results'));
    expect(summary.files['models.csv'].rows).toBe(
      count(a, 'SELECT (SELECT count(*) FROM models) + (SELECT count(*) FROM model_aliases)'),
    );

    const { db: b } = tempDb();
    const report = await loadPack(b, first);
    expect(report.ok, JSON.stringify(report.errors.slice(0, 3))).toBe(true);
    const second = tempDir();
    await exportPack(b, second);
    const x = read(first);
    const y = read(second);
    for (const f of PACK_FILES) expect(y[f]!.equals(x[f]!), f).toBe(true);
    expect(fs.readdirSync(second).sort()).toEqual([...PACK_FILES].sort()); // no .partial left

    // And the pack loads back into A as all unchanged.
    const again = await loadPack(a, first);
    expect(again.ok).toBe(true);
    expect(Object.values(again.sources).every((c) => c.added === 0 && c.replaced === 0)).toBe(true);
    expect(Object.values(again.declarations).every((c) => c.added === 0 && c.replaced === 0)).toBe(true);
  });

  it('writes canonical rows before alias rows, with the family column', async () => {
    const { db } = await seededDb();
    const text = all(packFileChunks(db, 'models.csv'));
    const rows = rowsOf(text);
    expect(text.split('\r\n')[0]!.endsWith(',source,family')).toBe(true);
    const firstAlias = rows.findIndex((r) => r.alias_of !== '');
    expect(firstAlias).toBe(count(db, 'SELECT count(*) FROM models'));
    expect(rows.slice(firstAlias).every((r) => r.alias_of !== '')).toBe(true);
    expect(rows.find((r) => r.model === 'Deepseek-R1')?.alias_of).toBe('DeepSeek-R1');
    expect(rows.find((r) => r.model === 'Qwen3-32B')?.family).toBe('Qwen3');
    const benchmarks = rowsOf(all(packFileChunks(db, 'benchmarks.csv')));
    expect(benchmarks.length).toBe(
      count(db, 'SELECT (SELECT count(*) FROM benchmarks) + (SELECT count(*) FROM benchmark_aliases)'),
    );
  });

  it('leaves no file behind when the export fails midway', async () => {
    const { db } = await seededDb();
    const dir = tempDir();
    db.$client.exec('ALTER TABLE results RENAME COLUMN score_text TO score_printed');
    await expect(exportPack(db, dir)).rejects.toThrow(/score_text/);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('results'))).toEqual([]);
  });
});
