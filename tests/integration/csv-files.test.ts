import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadPack } from '../../db/pack/loader';
import {
  BENCHMARK_HEADER,
  MODEL_HEADER,
  RESULT_HEADER,
  cleanup,
  cleanupAll,
  count,
  dumpDb,
  expectNothingWritten,
  resultRow,
  resultsCsv,
  seededDb,
  storedRows,
  tempDir,
  writePack,
} from '../helpers';

afterEach(cleanup);
afterAll(cleanupAll);

describe('CSV text as editors and spreadsheets save it', () => {
  it('loads a file with a BOM and CRLF line ends', async () => {
    const { db } = await seededDb();
    const text =
      '\uFEFF' + resultsCsv(resultRow({ table: 'Table 98' }), resultRow({ table: 'Table 97' })).replace(/\n/g, '\r\n');
    const report = await loadPack(db, writePack({ 'results.csv': text }));
    expect(report.errors).toEqual([]);
    expect(report.rows).toBe(2);
    const rows = storedRows(db, "table_ref IN ('Table 98', 'Table 97')") as Record<string, string>[];
    expect(rows.map((r) => [r.source_id, r.notes, r.score_text])).toEqual([
      ['qwen3-tech-report', '', '50.0'],
      ['qwen3-tech-report', '', '50.0'],
    ]);
  });

  it('loads a BOM + CRLF models.csv whose first column is read as "model", not "\\uFEFFmodel"', async () => {
    const { db } = await seededDb();
    const models = `\uFEFF${MODEL_HEADER}\r\nBom-1B,,Org,dense,1,1,,,,,,\r\n`;
    const report = await loadPack(
      db,
      writePack({ 'models.csv': models, 'results.csv': resultsCsv(resultRow({ model: 'Bom-1B' })) }),
    );
    expect(report.errors).toEqual([]);
    expect(report.declarations.models.added).toBe(1);
  });

  it('reports an error after a quoted field with line breaks at the line an editor shows', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const multiLine = resultRow({ table: 'Table 98', notes: 'first line\nsecond line\nthird line' });
    const bad = resultRow({ table: 'Table 96', mode: 'thinkng' });
    // Lines: 1 header, 2 a row, 3-5 the row with a three-line note, 6 a row, 7 the bad row.
    const text = resultsCsv(resultRow({ table: 'Table 99' }), multiLine, resultRow({ table: 'Table 97' }), bad);
    expect(text.split('\n')[6]).toBe(bad);
    const report = await loadPack(db, writePack({ 'results.csv': text }));
    expectNothingWritten(report, before, db);
    expect(report.errors).toEqual([
      expect.objectContaining({ file: 'results.csv', line: 7, column: 'mode', columnNumber: 5 }),
    ]);
  });

  it('names the right line in a CRLF file', async () => {
    const { db } = await seededDb();
    const rows = [
      resultRow({ table: 'Table 98' }),
      resultRow({ table: 'Table 97' }),
      resultRow({ table: 'Table 96', unit: 'x' }),
    ];
    const report = await loadPack(db, writePack({ 'results.csv': resultsCsv(...rows).replace(/\n/g, '\r\n') }));
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([[4, 'unit']]);
  });

  it('counts CRLF line breaks inside quotes once each', async () => {
    const { db } = await seededDb();
    const multiLine = resultRow({ table: 'Table 98', notes: 'a\r\nb\r\nc' });
    const text = resultsCsv(multiLine, resultRow({ table: 'Table 96', score: 'x' })).replace(/(?<!\r)\n/g, '\r\n');
    const report = await loadPack(db, writePack({ 'results.csv': text }));
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([[5, 'score']]);
  });

  it('stores a note with line breaks exactly as written', async () => {
    const { db } = await seededDb();
    const report = await loadPack(
      db,
      writePack({ 'results.csv': resultsCsv(resultRow({ table: 'Table 98', notes: 'one, "two"\nthree' })) }),
    );
    expect(report.ok).toBe(true);
    expect(storedRows(db, "table_ref = 'Table 98'")[0]).toMatchObject({ notes: 'one, "two"\nthree' });
  });

  it('places errors in benchmarks.csv after its multi-line cells at the line an editor shows', async () => {
    const { db } = await seededDb();
    const text = `${BENCHMARK_HEADER}\nBench-A,,math,percent,yes,"described\nover two lines",https://example.org\nBench-B,,math,percent,maybe,x,https://example.org\n`;
    const report = await loadPack(db, writePack({ 'benchmarks.csv': text, 'results.csv': resultsCsv() }));
    expect(report.errors).toEqual([
      expect.objectContaining({ file: 'benchmarks.csv', line: 4, column: 'higher_is_better', columnNumber: 5 }),
    ]);
  });

  it('skips blank lines, and counts them', async () => {
    const { db } = await seededDb();
    const text = `${RESULT_HEADER}\n\n${resultRow({ table: 'Table 98' })}\n\n\n${resultRow({ table: 'Table 97', unit: 'u' })}\n\n`;
    const report = await loadPack(db, writePack({ 'results.csv': text }));
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([[6, 'unit']]);
  });

  it("ignores extra columns after the format's columns", async () => {
    const { db } = await seededDb();
    const text = `${RESULT_HEADER},my_comment\n${resultRow({ table: 'Table 98' })},anything\n`;
    const report = await loadPack(db, writePack({ 'results.csv': text }));
    expect(report.errors).toEqual([]);
    expect(count(db, "SELECT count(*) FROM results WHERE table_ref = 'Table 98'")).toBe(1);
  });

  it('removes the spreadsheet-safety quote from text cells, but never from numbers', async () => {
    const { db } = await seededDb();
    const text = resultsCsv(resultRow({ table: 'Table 98', notes: "'=not a formula", verified_by: "'@someone" }));
    const report = await loadPack(db, writePack({ 'results.csv': text }));
    expect(report.errors).toEqual([]);
    expect(storedRows(db, "table_ref = 'Table 98'")[0]).toMatchObject({
      notes: '=not a formula',
      verified_by: '@someone',
    });

    const quotedNumber = resultsCsv(resultRow({ table: 'Table 97', unit: 'score', score: "'-3" }));
    const bad = await loadPack(db, writePack({ 'results.csv': quotedNumber }));
    expect(bad.errors).toEqual([expect.objectContaining({ line: 2, column: 'score' })]);
  });
});

describe('a lone results file', () => {
  it('loads a .csv file of any name as a results-only pack, naming it in errors', async () => {
    const { db } = await seededDb();
    const dir = tempDir();
    const good = path.join(dir, 'my export (2025).csv');
    fs.writeFileSync(good, resultsCsv(resultRow({ table: 'Table 98' })));
    const report = await loadPack(db, good);
    expect(report.errors).toEqual([]);
    expect(report.sources['qwen3-tech-report']!.added).toBe(1);

    const bad = path.join(dir, 'Scores.CSV');
    fs.writeFileSync(bad, resultsCsv(resultRow({ table: 'Table 97', model: 'Nobody-1B' })));
    const before = dumpDb(db);
    const failed = await loadPack(db, bad);
    expectNothingWritten(failed, before, db);
    expect(failed.errors).toEqual([expect.objectContaining({ file: 'Scores.CSV', line: 2, column: 'model' })]);
  });

  it('loads an export of the bundled results as a lone file: all unchanged', async () => {
    const { db } = await seededDb();
    const file = path.join(tempDir(), 'export.csv');
    fs.copyFileSync(path.join(process.cwd(), 'db', 'seed', 'qwen3', 'results.csv'), file);
    const before = dumpDb(db);
    const report = await loadPack(db, file);
    expect(report.ok).toBe(true);
    expect(report.sources['qwen3-tech-report']!.unchanged).toBe(3368);
    expect(dumpDb(db)).toEqual(before);
  });
});

describe('a large file', () => {
  it('finds an error on the last line of 200,000 rows, names that line, and writes nothing', async () => {
    const { db } = await seededDb();
    const dir = tempDir();
    const file = path.join(dir, 'results.csv');
    const rows = 200_000;
    const out = fs.openSync(file, 'w');
    fs.writeSync(out, `${RESULT_HEADER}\n`);
    let batch: string[] = [];
    for (let i = 1; i <= rows; i++) {
      const score = i === rows ? '1e3' : String((i % 1000) / 10);
      batch.push(resultRow({ table: 'Generated', benchmark_version: `run ${i}`, score }));
      if (batch.length === 10_000) {
        fs.writeSync(out, batch.join('\n') + '\n');
        batch = [];
      }
    }
    fs.writeSync(out, batch.join('\n') + '\n');
    fs.closeSync(out);

    const before = dumpDb(db);
    const progress: number[] = [];
    const report = await loadPack(db, dir, { onProgress: (n) => progress.push(n), progressEvery: 50_000 });
    expect(report.ok).toBe(false);
    expect(report.errorCount).toBe(1);
    expect(report.errors[0]).toMatchObject({ file: 'results.csv', line: rows + 1, column: 'score', columnNumber: 10 });
    expect(report.errors[0]!.message).toContain('"1e3" is not a plain number');
    expect(report.rows).toBe(rows - 1);
    expect(progress).toEqual([50_000, 100_000, 150_000, 199_999]);
    expect(dumpDb(db)).toEqual(before);
  }, 240_000); // 200,000 rows: a minute or more on a busy 2-core machine
});
