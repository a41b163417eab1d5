import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { benchmarkFactsOf } from '../../db/queries/catalog';
import { formatPackError, type PackError } from '../../db/pack/errors';
import { BENCHMARK_FACT_COLUMNS } from '../../db/pack/format';
import { loadPack } from '../../db/pack/loader';
import {
  cleanup,
  cleanupAll,
  count,
  csvLine,
  dumpDb,
  expectNothingWritten,
  resultsCsv,
  seededDb,
  writePack,
} from '../helpers';

afterEach(cleanup);
afterAll(cleanupAll);

const HEADER = BENCHMARK_FACT_COLUMNS.join(',');
const facts = (...rows: string[][]) => [HEADER, ...rows.map(csvLine)].map((l) => `${l}\n`).join('');
const SRC = 'https://example.org/paper';

async function loadBad(...rows: string[][]) {
  const { db } = await seededDb();
  const before = dumpDb(db);
  const report = await loadPack(db, writePack({ 'results.csv': resultsCsv(), 'benchmark-facts.csv': facts(...rows) }));
  expectNothingWritten(report, before, db);
  return report;
}
const where = (e: PackError) => [e.line, e.column, e.columnNumber];

describe('benchmark-facts.csv of the bundled pack', () => {
  it("says AIME'24 has 30 items, made 2024-02, each figure with its link", async () => {
    const { db } = await seededDb();
    expect(count(db, 'SELECT count(*) FROM benchmark_facts')).toBe(46);
    const [aime] = benchmarkFactsOf(db, 'aime-24');
    expect(aime).toMatchObject({ version: '', items: 30, dataFrom: '2024-02', dataTo: '2024-02' });
    expect(aime!.itemsSources).toHaveLength(1);
    expect(aime!.itemsSources[0]).toMatch(/^https:\/\//);
    expect(aime!.windowSources[0]).toMatch(/^https:\/\//);
  });

  it('keeps empty as not known, and splits several links on " ; "', async () => {
    const { db } = await seededDb();
    const [redux] = benchmarkFactsOf(db, 'mmlu-redux');
    expect(redux).toMatchObject({ items: null, itemsSources: [], dataFrom: '2020-09', dataTo: '2024-08' });
    expect(redux!.windowSources).toEqual([
      'https://arxiv.org/abs/2009.03300',
      'https://huggingface.co/datasets/edinburgh-dawg/mmlu-redux-2.0/commits/ecde1359227ae7c3291f6ca3e16417b4ee8040d0',
    ]);
    const ruler = benchmarkFactsOf(db, 'ruler');
    expect(ruler).toEqual([
      {
        version: '',
        items: null,
        itemsSources: [],
        dataFrom: null,
        dataTo: null,
        windowSources: [],
        notes: expect.any(String),
      },
    ]);
    // One entry per version, the one for every version first.
    expect(benchmarkFactsOf(db, 'include').map((f) => f.version)).toEqual(['', '44 languages (10% sample)']);
  });
});

describe('loading benchmark-facts.csv', () => {
  it('adds facts by a benchmark alias, then the same row again is unchanged', async () => {
    const { db } = await seededDb();
    const pack = writePack({
      'results.csv': resultsCsv(),
      'benchmark-facts.csv': facts(['ArenaHard', 'v9', '100', SRC, '2024', '2025-03', `${SRC} ; ${SRC}/2`, 'a note']),
    });
    const first = await loadPack(db, pack);
    expect(first.ok, JSON.stringify(first.errors)).toBe(true);
    expect(first.declarations['benchmark-facts']).toEqual({ added: 1, unchanged: 0, replaced: 0 });
    expect(benchmarkFactsOf(db, 'arena-hard').find((f) => f.version === 'v9')).toEqual({
      version: 'v9',
      items: 100,
      itemsSources: [SRC],
      dataFrom: '2024',
      dataTo: '2025-03',
      windowSources: [SRC, `${SRC}/2`],
      notes: 'a note',
    });
    const before = dumpDb(db);
    const again = await loadPack(db, pack);
    expect(again.declarations['benchmark-facts']).toEqual({ added: 0, unchanged: 1, replaced: 0 });
    expect(dumpDb(db)).toEqual(before);
  });

  it('an unknown benchmark is an error with file, line, column and what to do', async () => {
    const report = await loadBad(['aime 24', '', '30', SRC, '', '', '', '']);
    expect(report.errors.map(formatPackError)).toEqual([
      'benchmark-facts.csv, line 2, column 1 (benchmark): "aime 24" is not a known benchmark or alias (did you mean "AIME\'24"?); declare it in the pack\'s benchmarks.csv or fix the spelling',
    ]);
  });

  it('items must be a positive whole number and need a source; links must be http(s)', async () => {
    const report = await loadBad(
      ['Arena-Hard', 'a', '0', SRC, '', '', '', ''],
      ['Arena-Hard', 'b', '30.5', SRC, '', '', '', ''],
      ['Arena-Hard', 'c', '1,000', SRC, '', '', '', ''],
      ['Arena-Hard', 'd', '30', '', '', '', '', ''],
      ['Arena-Hard', 'e', '30', 'arxiv.org/abs/1', '', '', '', ''],
      ['Arena-Hard', 'f', '30', `${SRC} ; javascript:alert(1)`, '', '', '', ''],
    );
    expect(report.errors.map(where)).toEqual([
      [2, 'items', 3],
      [3, 'items', 3],
      [4, 'items', 3],
      [5, 'items_source', 4],
      [6, 'items_source', 4],
      [7, 'items_source', 4],
    ]);
    expect(formatPackError(report.errors[0]!)).toBe(
      'benchmark-facts.csv, line 2, column 3 (items): "0" is not a number of items; write a whole number above 0, like 30, or leave it empty when unknown',
    );
    expect(report.errors[3]!.message).toBe(
      'items is 30 but items_source is empty; give the link that states the number of items',
    );
    expect(report.errors[5]!.message).toBe(
      '"javascript:alert(1)" is not a web address; write full http:// or https:// URLs, several separated by " ; "',
    );
  });

  it('months are YYYY or YYYY-MM, data_from is not after data_to, and a date needs window_source', async () => {
    const report = await loadBad(
      ['Arena-Hard', 'a', '', '', '2024-13', '', SRC, ''],
      ['Arena-Hard', 'b', '', '', '2024-02-01', '', SRC, ''],
      ['Arena-Hard', 'c', '', '', '2024-05', '2024-04', SRC, ''],
      ['Arena-Hard', 'd', '', '', '2024-05', '2024', SRC, ''],
      ['Arena-Hard', 'e', '', '', '', '2024-04', '', ''],
    );
    expect(report.errors.map(where)).toEqual([
      [2, 'data_from', 5],
      [3, 'data_from', 5],
      [4, 'data_to', 6],
      [6, 'window_source', 7],
    ]);
    expect(formatPackError(report.errors[0]!)).toBe(
      'benchmark-facts.csv, line 2, column 5 (data_from): "2024-13" is not a month; write data_from as YYYY-MM, like 2024-02, or YYYY when only the year is known, or leave it empty',
    );
    expect(report.errors[2]!.message).toBe(
      'data_to 2024-04 is before data_from 2024-05; data_from is the first month, data_to the last',
    );
  });

  it('the same benchmark and version twice names both lines, an alias included', async () => {
    const report = await loadBad(
      ['Arena-Hard', 'v9', '', '', '', '', '', ''],
      ['ArenaHard', 'v9', '', '', '', '', '', ''],
    );
    expect(report.errors.map(formatPackError)).toEqual([
      'benchmark-facts.csv, line 3, column 2 (benchmark_version): the facts of ArenaHard v9 are given twice, on lines 2 and 3; keep one row',
    ]);
  });

  it('other facts for a stored benchmark are a conflict; --replace keeps the old row in the history', async () => {
    const row = ["AIME'24", '', '31', SRC, '2024-02', '2024-02', SRC, ''];
    const report = await loadBad(row);
    expect(report.errors.map(formatPackError)).toEqual([
      'benchmark-facts.csv, line 2, column 3 (items): the facts of AIME\'24 are already stored with items "30", and this row says "31" (and 3 more differing columns); make the row match, or load with --replace',
    ]);
    const { db } = await seededDb();
    const replaced = await loadPack(db, writePack({ 'results.csv': resultsCsv(), 'benchmark-facts.csv': facts(row) }), {
      replace: true,
    });
    expect(replaced.declarations['benchmark-facts']).toEqual({ added: 0, unchanged: 0, replaced: 1 });
    expect(benchmarkFactsOf(db, 'aime-24')[0]!.items).toBe(31);
    expect(
      db.$client.prepare("SELECT items, item_count FROM benchmark_fact_history WHERE benchmark_id = 'aime-24'").all(),
    ).toEqual([{ items: '30', item_count: 30 }]);
    expect(
      db.$client
        .prepare(
          `SELECT item, "column", old_value, new_value FROM load_changes WHERE load_id = ? AND "column" = 'items'`,
        )
        .all(replaced.loadId),
    ).toEqual([{ item: "facts of AIME'24", column: 'items', old_value: '30', new_value: '31' }]);
  });
});
