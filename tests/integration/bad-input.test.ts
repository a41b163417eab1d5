import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { formatPackError, type PackError } from '../../db/pack/errors';
import { loadPack, type LoadOptions } from '../../db/pack/loader';
import {
  BENCHMARK_HEADER,
  MODEL_HEADER,
  RESULT_HEADER,
  SOURCE_HEADER,
  cleanup,
  cleanupAll,
  csvLine,
  dumpDb,
  expectNothingWritten,
  resultRow,
  resultsCsv,
  seededDb,
  tempDir,
  writePack,
  type PackFiles,
} from '../helpers';

afterEach(cleanup);
afterAll(cleanupAll);

/**
 * Loads a pack into a fresh copy of the seeded database and checks the all-or-nothing rule:
 * the load fails and every table is exactly as before.
 */
async function loadBad(files: PackFiles | string, options: LoadOptions = {}) {
  const { db } = await seededDb();
  const before = dumpDb(db);
  const target = typeof files === 'string' ? files : writePack(files);
  const report = await loadPack(db, target, options);
  expectNothingWritten(report, before, db);
  return report;
}

/** The only error of a load (fails if there are others, listing them). */
function onlyError(report: { errors: PackError[] }): PackError {
  expect(report.errors.map(formatPackError)).toHaveLength(1);
  return report.errors[0]!;
}

const GOOD_2 = resultRow({ table: 'Table 98' });
const GOOD_3 = resultRow({ table: 'Table 97' });

describe('broken files', () => {
  it('a wrong header names the first column that is not as the format says', async () => {
    const header = RESULT_HEADER.replace('source_id,table,model', 'source_id,model,table');
    const report = await loadBad({ 'results.csv': `${header}\n${GOOD_2}\n` });
    expect(onlyError(report)).toMatchObject({ file: 'results.csv', line: 1, column: 'table', columnNumber: 2 });
    expect(report.errors[0]!.message).toContain('should have "table" in column 2 but has "model"');
    expect(report.errors[0]!.message).toContain(RESULT_HEADER);
  });

  it('a header with a missing column says which one and what it found instead', async () => {
    const header = RESULT_HEADER.replace(',notes', '');
    const report = await loadBad({ 'results.csv': `${header}\n` });
    expect(onlyError(report)).toMatchObject({ line: 1, column: 'notes', columnNumber: 13 });
    expect(report.errors[0]!.message).toContain('but has nothing');
  });

  it('a file without a header (data on line 1) is refused at line 1', async () => {
    const report = await loadBad({ 'results.csv': `${GOOD_2}\n${GOOD_3}\n` });
    expect(onlyError(report)).toMatchObject({ file: 'results.csv', line: 1, column: 'source_id', columnNumber: 1 });
    expect(report.errors[0]!.message).toContain('but has "qwen3-tech-report"');
  });

  it('an empty file (0 bytes) says that it is empty and what the header must be', async () => {
    const report = await loadBad({ 'results.csv': '' });
    expect(onlyError(report)).toMatchObject({ file: 'results.csv', line: 1 });
    expect(report.errors[0]!.message).toBe(`the file is empty; it must start with the header row: ${RESULT_HEADER}`);
  });

  it('an empty models.csv next to a good results.csv is an error in models.csv', async () => {
    const report = await loadBad({ 'results.csv': resultsCsv(GOOD_2), 'models.csv': '' });
    expect(onlyError(report)).toMatchObject({ file: 'models.csv', line: 1 });
    expect(report.errors[0]!.message).toContain('the file is empty');
  });

  it('JSON text saved as results.csv is refused on line 1', async () => {
    const json = JSON.stringify([{ source_id: 'qwen3-blog', model: 'Qwen3-32B', score: 85.7 }], null, 2);
    const report = await loadBad({ 'results.csv': json });
    expect(onlyError(report)).toMatchObject({ file: 'results.csv', line: 1 });
  });

  it('a lone file that is not .csv is refused by name', async () => {
    const file = path.join(tempDir(), 'results.json');
    fs.writeFileSync(file, '{"score": 85.7}');
    const report = await loadBad(file);
    expect(onlyError(report)).toMatchObject({ file, line: 0 });
    expect(report.errors[0]!.message).toContain('not a .csv file');
  });

  it('a pack folder without results.csv is refused', async () => {
    const report = await loadBad({ 'models.csv': `${MODEL_HEADER}\n` });
    expect(onlyError(report).file).toMatch(/results\.csv$/);
    expect(report.errors[0]!.message).toContain('must hold a results.csv');
  });

  it('a missing path is refused', async () => {
    const report = await loadBad(path.join(tempDir(), 'nope'));
    expect(onlyError(report).message).toContain('no such file or folder');
  });

  it('a binary file (PNG bytes) is refused as not UTF-8 at line 1, character 1', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);
    const report = await loadBad({ 'results.csv': png });
    expect(onlyError(report)).toMatchObject({ file: 'results.csv', line: 1, characterColumn: 1 });
    expect(report.errors[0]!.message).toContain('byte 0x89 is not UTF-8');
    expect(report.errors[0]!.message).toContain('save it as UTF-8');
  });

  it('a Latin-1 é is refused at its line and character', async () => {
    const bad = resultRow({ table: 'Table 96', notes: 'café' });
    const text = resultsCsv(GOOD_2, GOOD_3, bad);
    const bytes = Buffer.from(text, 'latin1'); // é becomes the single byte 0xE9
    expect(bytes.includes(0xe9)).toBe(true);
    const report = await loadBad({ 'results.csv': bytes });
    expect(onlyError(report)).toMatchObject({
      file: 'results.csv',
      line: 4,
      characterColumn: bad.indexOf('é') + 1,
    });
    expect(report.errors[0]!.message).toContain('byte 0xE9 is not UTF-8');
    expect(report.errors[0]!.message).toContain('Latin-1');
  });

  it('a Latin-1 byte far into a large file, after a UTF-8 character split between read chunks, is placed right', async () => {
    // Rows full of two-byte "é"; the first row is padded so that the 64 KiB read boundary falls
    // inside an "é" (byte 65535 is its first byte, 65536 its second).
    const rowsWith = (pad: number) =>
      Array.from({ length: 600 }, (_, i) =>
        resultRow({ table: `T${i}`, notes: (i === 0 ? 'x'.repeat(pad) : '') + 'é'.repeat(40) }),
      );
    let pad = 0;
    let bytes = Buffer.from(resultsCsv(...rowsWith(pad)));
    while (!(bytes[65535] === 0xc3 && bytes[65536] === 0xa9)) bytes = Buffer.from(resultsCsv(...rowsWith(++pad)));
    const rows = rowsWith(pad);
    expect(bytes.length).toBeGreaterThan(65536 * 1.5);
    // The last row's first "é" saved as Latin-1 (the single byte 0xE9).
    const lastRowStart = bytes.length - Buffer.byteLength(rows.at(-1)!) - 1;
    const at = bytes.indexOf(Buffer.from('é'), lastRowStart);
    const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at + 2)]);
    const report = await loadBad({ 'results.csv': broken });
    expect(onlyError(report)).toMatchObject({
      file: 'results.csv',
      line: rows.length + 1,
      characterColumn: rows.at(-1)!.indexOf('é') + 1,
    });
    expect(report.errors[0]!.message).toContain('byte 0xE9');
  });
});

describe('field counts and quoting', () => {
  it('a row with too few fields is named with its line and both counts', async () => {
    const short = GOOD_3.slice(0, GOOD_3.lastIndexOf(','));
    const report = await loadBad({ 'results.csv': resultsCsv(GOOD_2, short) });
    expect(onlyError(report)).toMatchObject({ file: 'results.csv', line: 3 });
    expect(report.errors[0]!.message).toBe(
      'this row has 12 fields but the header has 13; a field or a comma is missing',
    );
  });

  it('a row with too many fields suggests quoting a field that holds a comma', async () => {
    const long = resultRow({ table: 'Table 96' }).replace('test metric', 'accuracy, 5-shot');
    const report = await loadBad({ 'results.csv': resultsCsv(GOOD_2, GOOD_3, long) });
    expect(onlyError(report)).toMatchObject({ file: 'results.csv', line: 4 });
    expect(report.errors[0]!.message).toContain('this row has 14 fields but the header has 13');
    expect(report.errors[0]!.message).toContain('double quotes');
  });

  it('an unterminated quote is reported at the line where its record starts', async () => {
    const open = resultRow({ table: 'Table 96' }).replace('test metric', '"accuracy');
    const report = await loadBad({ 'results.csv': resultsCsv(GOOD_2, GOOD_3, open, resultRow({ table: 'Table 95' })) });
    expect(onlyError(report)).toMatchObject({ file: 'results.csv', line: 4 });
    expect(report.errors[0]!.message).toContain('never closed');
  });

  it('an unterminated quote that a later quote seems to close is still reported where it opened', async () => {
    const open = resultRow({ table: 'Table 96' }).replace('test metric', '"accuracy');
    const laterQuoted = resultRow({ table: 'Table 95', notes: 'says "hi", twice' });
    const report = await loadBad({
      'results.csv': resultsCsv(GOOD_2, GOOD_3, open, GOOD_2.replace('Table 98', 'Table 94'), laterQuoted),
    });
    expect(report.errors[0]).toMatchObject({ file: 'results.csv', line: 4 });
  });

  it('a stray quote inside an unquoted field is named with its line', async () => {
    const stray = resultRow({ table: 'Table 96' }).replace('test metric', 'acc"uracy');
    const report = await loadBad({ 'results.csv': resultsCsv(GOOD_2, GOOD_3, stray) });
    expect(onlyError(report)).toMatchObject({ file: 'results.csv', line: 4 });
    expect(report.errors[0]!.message).toContain('a " appears inside a field that is not quoted');
  });

  it('a broken quote early in a large file ends the load promptly with the right line', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => resultRow({ table: `T${i}` }));
    rows[3] = rows[3]!.replace('test metric', 'acc"uracy');
    const report = await loadBad({ 'results.csv': resultsCsv(...rows) });
    expect(report.errors.at(-1)).toMatchObject({ file: 'results.csv', line: 5 });
  }, 20_000);

  it('a wrong header on a large file ends the load promptly', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => resultRow({ table: `T${i}` }));
    const text = resultsCsv(...rows).replace('source_id,', 'source,');
    const report = await loadBad({ 'results.csv': text });
    expect(onlyError(report)).toMatchObject({ line: 1, column: 'source_id' });
  }, 20_000);
});

describe('values', () => {
  it.each([
    ['abc', 'is not a plain number'],
    ['NaN', 'is not a plain number'],
    ['Infinity', 'is not a plain number'],
    ['1e3', 'is not a plain number'],
    ['85%', 'has a % sign'],
    ['', 'the score is empty'],
  ])('score "%s" is an error in column 10 (score) that says it %s', async (score, words) => {
    const report = await loadBad({ 'results.csv': resultsCsv(GOOD_2, resultRow({ table: 'Table 96', score })) });
    expect(onlyError(report)).toMatchObject({ file: 'results.csv', line: 3, column: 'score', columnNumber: 10 });
    expect(report.errors[0]!.message).toContain(words);
  });

  it.each([
    ['percent', '100.5', '0 to 100'],
    ['percent', '-1', '0 to 100'],
    ['elo', '4001', '0 to 4000'],
  ])('unit %s with score %s is outside its range (%s)', async (unit, score, range) => {
    const report = await loadBad({ 'results.csv': resultsCsv(resultRow({ unit, score })) });
    expect(onlyError(report)).toMatchObject({ line: 2, column: 'score', columnNumber: 10 });
    expect(report.errors[0]!.message).toBe(
      `${score} is outside the range of unit ${unit} (${range}); check the number or the unit`,
    );
  });

  it.each([
    ['mode', 'Thinking', 5, '"Thinking" is not a mode'],
    ['unit', 'pct', 11, '"pct" is not a unit'],
    ['model_kind', 'chat', 4, '"chat" is not a model kind'],
  ] as const)('an unknown %s "%s" is named in column %i', async (column, value, columnNumber, words) => {
    const report = await loadBad({ 'results.csv': resultsCsv(resultRow({ [column]: value })) });
    expect(onlyError(report)).toMatchObject({ file: 'results.csv', line: 2, column, columnNumber });
    expect(report.errors[0]!.message).toContain(words);
  });

  it.each(['0', '-5', '1.5', 'abc'])('thinking budget "%s" is an error in column 6', async (budget) => {
    const report = await loadBad({ 'results.csv': resultsCsv(resultRow({ thinking_budget_tokens: budget })) });
    expect(onlyError(report)).toMatchObject({ line: 2, column: 'thinking_budget_tokens', columnNumber: 6 });
    expect(report.errors[0]!.message).toContain('whole number of tokens above 0');
  });

  it('an unknown category in benchmarks.csv is named with its line and column', async () => {
    const report = await loadBad({
      'results.csv': resultsCsv(resultRow({ benchmark: 'NewBench' })),
      'benchmarks.csv': `${BENCHMARK_HEADER}\nOtherBench,,math,percent,yes,,\nNewBench,,maths,percent,yes,a new one,\n`,
    });
    // The benchmark is not declared, so the result that uses it is an error as well.
    expect(report.errors[0]).toMatchObject({ file: 'benchmarks.csv', line: 3, column: 'category', columnNumber: 3 });
    expect(report.errors[0]!.message).toContain('"maths" is not a category');
    expect(report.errors.slice(1).map((e) => [e.file, e.line, e.column])).toEqual([['results.csv', 2, 'benchmark']]);
  });

  it('a bad date in sources.csv is named with its line and column', async () => {
    const report = await loadBad({
      'results.csv': resultsCsv(GOOD_2),
      'sources.csv': `${SOURCE_HEADER}\nnew-src,New source,https://example.org,Someone,2025-02-30,blog\n`,
    });
    expect(onlyError(report)).toMatchObject({ file: 'sources.csv', line: 2, column: 'published_at', columnNumber: 5 });
    expect(report.errors[0]!.message).toBe('"2025-02-30" is not a date; write it as YYYY-MM-DD, like 2025-04-29');
  });

  it('a bad date in models.csv is named with its line and column', async () => {
    const report = await loadBad({
      'results.csv': resultsCsv(GOOD_2),
      'models.csv': `${MODEL_HEADER}\nNew-7B,,Org,dense,7,7,28,32768,2025/04/29,yes,MIT,card\n`,
    });
    expect(onlyError(report)).toMatchObject({ file: 'models.csv', line: 2, column: 'release_date', columnNumber: 9 });
    expect(report.errors[0]!.message).toContain('"2025/04/29" is not a date');
  });

  it('reports every bad field of one row', async () => {
    const report = await loadBad({
      'results.csv': resultsCsv(resultRow({ mode: 'x', unit: 'y', score: 'z', thinking_budget_tokens: '0' })),
    });
    expect(report.errors.map((e) => [e.line, e.columnNumber]).sort()).toEqual([
      [2, 10],
      [2, 11],
      [2, 5],
      [2, 6],
    ]);
  });
});

describe('names', () => {
  it('an unknown model that differs only in case suggests the known spelling', async () => {
    const report = await loadBad({ 'results.csv': resultsCsv(GOOD_2, resultRow({ table: 'T', model: 'qwen3-32b' })) });
    expect(onlyError(report)).toMatchObject({ file: 'results.csv', line: 3, column: 'model', columnNumber: 3 });
    expect(report.errors[0]!.message).toBe(
      '"qwen3-32b" is not a known model or alias (did you mean "Qwen3-32B"?); declare it in the pack\'s models.csv or fix the spelling',
    );
  });

  it('an unknown model with no near miss gets no suggestion', async () => {
    const report = await loadBad({ 'results.csv': resultsCsv(resultRow({ model: 'Llama-5-1T' })) });
    expect(onlyError(report).message).toBe(
      '"Llama-5-1T" is not a known model or alias; declare it in the pack\'s models.csv or fix the spelling',
    );
  });

  it('an unknown benchmark that differs only in case suggests the known spelling', async () => {
    const report = await loadBad({ 'results.csv': resultsCsv(resultRow({ benchmark: 'livecodebench' })) });
    expect(onlyError(report)).toMatchObject({ line: 2, column: 'benchmark', columnNumber: 7 });
    expect(report.errors[0]!.message).toContain('"livecodebench" is not a known benchmark or alias');
    expect(report.errors[0]!.message).toContain('(did you mean "LiveCodeBench"?)');
  });

  it('an unknown source that differs only in case suggests the known id', async () => {
    const report = await loadBad({ 'results.csv': resultsCsv(resultRow({ source_id: 'Qwen3-Blog' })) });
    expect(onlyError(report)).toMatchObject({ line: 2, column: 'source_id', columnNumber: 1 });
    expect(report.errors[0]!.message).toContain('"Qwen3-Blog" is not a known source (did you mean "qwen3-blog"?)');
  });

  it('an alias to nothing names the missing target', async () => {
    const report = await loadBad({
      'results.csv': resultsCsv(GOOD_2),
      'models.csv': `${MODEL_HEADER}\nQwen-Three-32B,Qwen3-32b,,,,,,,,,,\n`,
    });
    expect(onlyError(report)).toMatchObject({ file: 'models.csv', line: 2, column: 'alias_of', columnNumber: 2 });
    expect(report.errors[0]!.message).toBe(
      'alias_of "Qwen3-32b" is not a known model, nor one declared in models.csv; declare it or fix the spelling',
    );
  });

  it('an alias cycle (A -> B -> A) is an error on both rows', async () => {
    const report = await loadBad({
      'results.csv': resultsCsv(GOOD_2),
      'benchmarks.csv': `${BENCHMARK_HEADER}\nBench-A,Bench-B,,,,,\nBench-B,Bench-A,,,,,\n`,
    });
    expect(report.errors.map((e) => [e.file, e.line, e.column])).toEqual([
      ['benchmarks.csv', 2, 'alias_of'],
      ['benchmarks.csv', 3, 'alias_of'],
    ]);
    expect(report.errors[0]!.message).toContain('Bench-A -> Bench-B -> Bench-A');
    expect(report.errors[0]!.message).toContain('never reach a benchmark');
  });

  it('a result that repeats an identity within the pack names both lines', async () => {
    const repeat = GOOD_2.replace('50.0', '51.0');
    const report = await loadBad({ 'results.csv': resultsCsv(GOOD_2, GOOD_3, repeat) });
    expect(onlyError(report)).toMatchObject({ file: 'results.csv', line: 4 });
    expect(report.errors[0]!.message).toContain('repeats the one on line 2');
  });

  it('a repeat through an alias ("Deepseek-R1" and "DeepSeek-R1") is the same identity', async () => {
    const a = resultRow({ model: 'DeepSeek-R1', mode: 'n/a', model_kind: 'reasoning' });
    const b = resultRow({ model: 'Deepseek-R1', mode: 'n/a', model_kind: 'reasoning' });
    const report = await loadBad({ 'results.csv': resultsCsv(a, b) });
    expect(onlyError(report)).toMatchObject({ line: 3 });
    expect(report.errors[0]!.message).toContain('repeats the one on line 2');
  });

  it('a model declared twice in models.csv names both lines', async () => {
    const row = 'New-7B,,Org,dense,7,7,28,32768,2025-04-29,yes,MIT,card';
    const report = await loadBad({
      'results.csv': resultsCsv(GOOD_2),
      'models.csv': `${MODEL_HEADER}\n${row}\nOther-1B,,Org,dense,1,1,,,,,,\n${row}\n`,
    });
    expect(onlyError(report)).toMatchObject({ file: 'models.csv', line: 4, column: 'model' });
    expect(report.errors[0]!.message).toContain('declared twice, on lines 2 and 4');
  });

  it('a source declared twice in sources.csv names both lines', async () => {
    const row = 'new-src,New source,https://example.org,Someone,2025-04-29,blog';
    const report = await loadBad({
      'results.csv': resultsCsv(GOOD_2),
      'sources.csv': `${SOURCE_HEADER}\n${row}\n${row}\n`,
    });
    expect(onlyError(report)).toMatchObject({ file: 'sources.csv', line: 3, column: 'source_id' });
    expect(report.errors[0]!.message).toContain('declared twice, on lines 2 and 3');
  });
});

describe('characters no page or chart can show (issue 23, item 7)', () => {
  const newModel = (name: string) =>
    csvLine([name, '', 'Org', 'dense', '7', '7', '28', '32768', '2025-04-29', 'yes', 'MIT', 'card']);

  it("a control character (U+0007) in a new model's name is refused where it is, and named", async () => {
    // Before: it loaded, and every chart of the model was an SVG no XML parser reads.
    const report = await loadBad({
      'results.csv': resultsCsv(resultRow({ model: 'New-7B\u0007' })),
      'models.csv': `${MODEL_HEADER}\n${newModel('New-7B\u0007')}\n`,
    });
    expect(report.errors[0]).toMatchObject({ file: 'models.csv', line: 2, column: 'model', columnNumber: 1 });
    expect(formatPackError(report.errors[0]!)).toBe(
      'models.csv, line 2, column 1 (model): "New-7B[U+0007]" has the invisible control character U+0007 (BEL) at character 7, which no page or chart can show; delete it (most editors do not show it: retype the value if you cannot find it)',
    );
    expect(report.errors.slice(1).map((e) => [e.file, e.line, e.column])).toEqual([['results.csv', 2, 'model']]);
  });

  it.each([
    ['a C1 control (U+0085) in a benchmark description', 'benchmarks.csv', 'description', 6, 'U+0085'],
    ['a noncharacter (U+FFFE) in a source title', 'sources.csv', 'title', 2, 'the noncharacter U+FFFE'],
  ] as const)('%s is refused with its column', async (_, file, column, columnNumber, words) => {
    const files = {
      'results.csv': resultsCsv(GOOD_2),
      'benchmarks.csv': `${BENCHMARK_HEADER}\nNewBench,,math,percent,yes,${file === 'benchmarks.csv' ? 'new\u0085bench' : 'new'},\n`,
      'sources.csv': `${SOURCE_HEADER}\nnew-src,${file === 'sources.csv' ? 'A \ufffe title' : 'A title'},https://example.org,Someone,2025-02-01,blog\n`,
    };
    const report = await loadBad(files);
    expect(onlyError(report)).toMatchObject({ file, line: 2, column, columnNumber });
    expect(report.errors[0]!.message).toContain(words);
  });

  it('a line break or a tab in a name is refused: a name is one line', async () => {
    const report = await loadBad({
      'results.csv': resultsCsv(GOOD_2, resultRow({ table: 'Table\t96' })),
      'models.csv': `${MODEL_HEADER}\n${newModel('New\n7B')}\n`,
    });
    expect(report.errors.map(formatPackError)).toEqual([
      'models.csv, line 2, column 1 (model): "New[U+000A]7B" has a line feed at character 4; a model is one line: remove it (tabs and line breaks are allowed only in notes and description)',
      'results.csv, line 3, column 2 (table): "Table[U+0009]96" has a tab at character 6; a table is one line: remove it (tabs and line breaks are allowed only in notes and description)',
    ]);
  });

  it('notes and descriptions keep their tabs and line breaks', async () => {
    const { db } = await seededDb();
    const notes = 'two runs:\n\tfirst\r\n\tsecond';
    const report = await loadPack(
      db,
      writePack({
        'results.csv': resultsCsv(resultRow({ benchmark: 'NewBench', notes })),
        'benchmarks.csv': `${BENCHMARK_HEADER}\nNewBench,,math,percent,yes,"one line\nand another",\n`,
      }),
    );
    expect(report.errors.map(formatPackError)).toEqual([]);
    const stored = db.$client.prepare("SELECT notes FROM results WHERE table_ref = 'Table 99' AND notes != ''").all();
    expect(stored).toEqual([{ notes }]);
    expect(db.$client.prepare("SELECT description FROM benchmarks WHERE name = 'NewBench'").get()).toEqual({
      description: 'one line\nand another',
    });
  });
});

describe('many errors', () => {
  it('reports every bad row, not only the first', async () => {
    const rows = [
      GOOD_2,
      resultRow({ table: 'A', score: 'x' }),
      GOOD_3,
      resultRow({ table: 'B', mode: 'y' }),
      resultRow({ table: 'C', model: 'Nobody' }),
      resultRow({ table: 'D', unit: 'percent', score: '101' }),
    ];
    const report = await loadBad({ 'results.csv': resultsCsv(...rows) });
    expect(report.errorCount).toBe(4);
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'score'],
      [5, 'mode'],
      [6, 'model'],
      [7, 'score'],
    ]);
  });

  it('keeps the first maxErrors errors and counts them all', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => resultRow({ table: `T${i}`, score: 'bad' }));
    const report = await loadBad({ 'results.csv': resultsCsv(...rows) });
    expect(report.errorCount).toBe(250);
    expect(report.errors).toHaveLength(100); // the default limit
    expect(report.errors[99]!.line).toBe(101);

    const capped = await loadBad({ 'results.csv': resultsCsv(...rows) }, { maxErrors: 5 });
    expect(capped.errorCount).toBe(250);
    expect(capped.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
  });
});
