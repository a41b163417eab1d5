import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { formatPackError, type PackError } from '../../db/pack/errors';
import { loadPack } from '../../db/pack/loader';
import { apiResult } from '../../app/api/_lib/items';
import { factsIndex } from '../../app/_lib/result-facts';
import { testSetFacts } from '../../db/queries/catalog';
import { resultsPage, resultsSelect } from '../../db/queries/results';
import {
  TABLE_HEADER,
  cleanup,
  cleanupAll,
  count,
  dumpDb,
  expectNothingWritten,
  resultRow,
  resultsCsv,
  seededDb,
  writePack,
} from '../helpers';
import { citationHref, tableLabel } from '../../app/_lib/cells';
import { EN } from '../../app/_i18n/translate';

afterEach(cleanup);
afterAll(cleanupAll);

const tables = (...rows: string[]) => [TABLE_HEADER, ...rows].map((l) => `${l}\n`).join('');
const GOOD = resultRow({ table: 'Table 99' });

async function loadBad(files: Parameters<typeof writePack>[0]) {
  const { db } = await seededDb();
  const before = dumpDb(db);
  const report = await loadPack(db, writePack(files));
  expectNothingWritten(report, before, db);
  return report;
}

function onlyError(report: { errors: PackError[] }): PackError {
  expect(report.errors.map(formatPackError)).toHaveLength(1);
  return report.errors[0]!;
}

describe('tables.csv of the bundled pack', () => {
  it("links Qwen3-235B-A22B's Arena-Hard 95.6 to page 14 of the report, the blog's 93.2 to the blog", async () => {
    const { db } = await seededDb();
    const rows = resultsSelect(db, { benchmark: 'arena-hard' }).all();
    const qwen = rows.find(
      (r) => r.modelId === 'qwen3-235b-a22b' && r.mode === 'thinking' && r.tableRef === 'Table 11',
    );
    expect(qwen).toMatchObject({
      scoreText: '95.6',
      tableUrl: 'https://arxiv.org/pdf/2505.09388v1#page=14',
      tablePage: '14',
    });
    expect(citationHref(qwen!)).toBe('https://arxiv.org/pdf/2505.09388v1#page=14');
    expect(tableLabel(qwen!, EN)).toBe('Table 11, p. 14');
    const blog = rows.find((r) => r.modelId === 'deepseek-r1' && r.sourceId === 'qwen3-blog');
    expect(blog).toMatchObject({ scoreText: '93.2', tableUrl: 'https://qwenlm.github.io/blog/qwen3/', tablePage: '' });
    expect(tableLabel(blog!, EN)).toBe('blog: flagship comparison (image qwen3-235a22.jpg)');
  });

  it('gives every bundled result a table link (35 tables, none unused)', async () => {
    const { db } = await seededDb();
    expect(count(db, 'SELECT count(*) FROM source_tables')).toBe(35);
    expect(
      count(
        db,
        'SELECT count(*) FROM results r LEFT JOIN source_tables t ON t.source_id = r.source_id AND t.table_ref = r.table_ref WHERE t.url IS NULL',
      ),
    ).toBe(0);
    expect(
      count(
        db,
        'SELECT count(*) FROM source_tables t WHERE NOT EXISTS (SELECT 1 FROM results r WHERE r.source_id = t.source_id AND r.table_ref = t.table_ref)',
      ),
    ).toBe(0);
  });

  it('the API gives tableUrl and tablePage (a number), and null for a table without a row', async () => {
    const { db } = await seededDb();
    expect((await loadPack(db, writePack({ 'results.csv': resultsCsv(GOOD) }))).ok).toBe(true);
    const { rows } = resultsPage(db, { benchmark: 'aime-24', models: 'qwen3-32b' }, { page: 1, pageSize: 1000 });
    const data = rows.map((r) => apiResult(r, factsIndex(testSetFacts(db))));
    const table99 = data.find((r) => r.table === 'Table 99')!;
    expect(table99).toMatchObject({ tableUrl: null, tablePage: null, sourceUrl: 'https://arxiv.org/abs/2505.09388' });
    const table14 = data.find((r) => r.table === 'Table 14')!;
    expect(table14).toMatchObject({ tableUrl: 'https://arxiv.org/pdf/2505.09388v1#page=16', tablePage: 16 });
    // The citation of a result whose table has no row links to its source, as before.
    const row = resultsSelect(db, { table: 'Table 99' }).get()!;
    expect(citationHref(row)).toBe('https://arxiv.org/abs/2505.09388');
    expect(tableLabel(row, EN)).toBe('Table 99');
  });
});

describe('loading tables.csv', () => {
  it('adds a table, then the same row again is unchanged', async () => {
    const { db } = await seededDb();
    const pack = writePack({
      'results.csv': resultsCsv(GOOD),
      'tables.csv': tables('qwen3-tech-report,Table 99,https://example.org/report.pdf#page=99,99'),
    });
    const first = await loadPack(db, pack);
    expect(first.ok, JSON.stringify(first.errors)).toBe(true);
    expect(first.declarations.tables).toEqual({ added: 1, unchanged: 0, replaced: 0 });
    expect(first.warnings).toEqual([]);
    const row = resultsSelect(db, { table: 'Table 99' }).get()!;
    expect(row).toMatchObject({ tableUrl: 'https://example.org/report.pdf#page=99', tablePage: '99' });
    const before = dumpDb(db);
    const again = await loadPack(db, pack);
    expect(again.declarations.tables).toEqual({ added: 0, unchanged: 1, replaced: 0 });
    expect(dumpDb(db)).toEqual(before);
  });

  it('an unknown source is an error naming file, line, column and what to do', async () => {
    const report = await loadBad({
      'results.csv': resultsCsv(GOOD),
      'tables.csv': tables(
        'qwen3-tech-report,Table 99,https://example.org/a,1',
        'Qwen3-Tech-Report,Table 11,https://example.org/b,14',
      ),
    });
    const e = onlyError(report);
    expect(e).toMatchObject({ file: 'tables.csv', line: 3, column: 'source_id', columnNumber: 1 });
    expect(formatPackError(e)).toBe(
      'tables.csv, line 3, column 1 (source_id): "Qwen3-Tech-Report" is not a known source (did you mean "qwen3-tech-report"?); declare it in the pack\'s sources.csv or fix the spelling',
    );
  });

  it('a URL that is not http(s) is an error, and so is an empty one', async () => {
    const report = await loadBad({
      'results.csv': resultsCsv(GOOD),
      'tables.csv': tables(
        'qwen3-tech-report,Table 99,javascript:alert(1),1',
        'qwen3-tech-report,Table 11,,14',
        'qwen3-tech-report,Table 12,arxiv.org/pdf/2505.09388v1#page=14,14',
      ),
    });
    expect(report.errors.map((e) => [e.line, e.column, e.columnNumber])).toEqual([
      [2, 'url', 3],
      [3, 'url', 3],
      [4, 'url', 3],
    ]);
    expect(report.errors[0]!.message).toBe(
      '"javascript:alert(1)" is not a web address; write a full http:// or https:// URL, like https://arxiv.org/pdf/2505.09388v1#page=14',
    );
    expect(report.errors[1]!.message).toBe('url is empty; every row needs the http(s) address that opens the table');
  });

  it('a page that is not a positive whole number is an error; empty is fine', async () => {
    const report = await loadBad({
      'results.csv': resultsCsv(GOOD),
      'tables.csv': tables(
        'qwen3-tech-report,Table 99,https://example.org/a,0',
        'qwen3-tech-report,Table 11,https://example.org/b,p. 14',
        'qwen3-tech-report,Table 12,https://example.org/c,14.5',
        'qwen3-tech-report,Table 98,https://example.org/d,',
      ),
    });
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'page'],
      [3, 'page'],
      [4, 'page'],
    ]);
    expect(formatPackError(report.errors[1]!)).toBe(
      'tables.csv, line 3, column 4 (page): "p. 14" is not a page number; write the printed page as a whole number above 0, like 14, or leave it empty',
    );
  });

  it('a (source, table) listed twice names both lines', async () => {
    const report = await loadBad({
      'results.csv': resultsCsv(GOOD),
      'tables.csv': tables(
        'qwen3-tech-report,Table 99,https://example.org/a,1',
        'qwen3-tech-report,Table 99,https://example.org/a,1',
      ),
    });
    expect(onlyError(report)).toMatchObject({ file: 'tables.csv', line: 3, column: 'table', columnNumber: 2 });
    expect(report.errors[0]!.message).toContain('listed twice, on lines 2 and 3');
  });

  it('a different url for a stored table is a conflict; --replace changes it', async () => {
    const row = 'qwen3-tech-report,Table 11,https://example.org/elsewhere.pdf#page=3,3';
    const report = await loadBad({ 'results.csv': resultsCsv(GOOD), 'tables.csv': tables(row) });
    expect(formatPackError(onlyError(report))).toBe(
      'tables.csv, line 2, column 3 (url): "Table 11" of source "qwen3-tech-report" is already stored with url "https://arxiv.org/pdf/2505.09388v1#page=14", and this row says "https://example.org/elsewhere.pdf#page=3"; make the row match, or load with --replace',
    );
    const { db } = await seededDb();
    const replaced = await loadPack(db, writePack({ 'results.csv': resultsCsv(GOOD), 'tables.csv': tables(row) }), {
      replace: true,
    });
    expect(replaced.ok).toBe(true);
    expect(replaced.declarations.tables).toEqual({ added: 0, unchanged: 0, replaced: 1 });
    expect(db.$client.prepare("SELECT url, page FROM source_tables WHERE table_ref = 'Table 11'").get()).toEqual({
      url: 'https://example.org/elsewhere.pdf#page=3',
      page: '3',
    });
  });

  it('a table that no result is printed in is a warning naming the line, and is loaded', async () => {
    const { db } = await seededDb();
    const report = await loadPack(
      db,
      writePack({
        'results.csv': resultsCsv(GOOD),
        'tables.csv': tables('qwen3-tech-report,table 11,https://example.org/a,14'),
      }),
    );
    expect(report.ok).toBe(true);
    expect(report.warnings.map(formatPackError)).toEqual([
      'tables.csv, line 2, column 2 (table): no result of source "qwen3-tech-report" is printed in "table 11" (did you mean "Table 11"?); spell the table exactly as the table column of results.csv does, or no number links to it',
    ]);
    expect(count(db, "SELECT count(*) FROM source_tables WHERE table_ref = 'table 11'")).toBe(1);
  });
});
