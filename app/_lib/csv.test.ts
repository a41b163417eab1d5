import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { RESULT_COLUMNS, RESULT_FILE_COLUMNS } from '@/db/pack/format';
import type { ScoreRow } from '@/db/queries/results';
import {
  CANONICAL_COLUMNS,
  COMPUTED_COLUMNS,
  csvChunks,
  csvRecord,
  csvText,
  EXPORT_COLUMNS,
  numberCell,
  resultMapper,
  resultsCsvText,
  textCell,
} from './csv';
import { factsIndex } from './result-facts';

describe('CSV writer', () => {
  it('quotes commas, quotes, line feeds and carriage returns as RFC 4180 says, records ending in CRLF', () => {
    expect(csvRecord(['a', 'b,c', 'say "hi"', 'two\nlines', 'cr\rhere', 'crlf\r\nhere', '', ' padded '])).toBe(
      'a,"b,c","say ""hi""","two\nlines","cr\rhere","crlf\r\nhere",, padded \r\n',
    );
    expect(csvText([['x'], ['y', 'z']])).toBe('x\r\ny,z\r\n');
  });

  it('writes exactly what csv-stringify writes, fast path or not', () => {
    const rows = [
      ['plain', 'cells', 'only'],
      ['', '', ''],
      ['a,b', 'c'],
      ['"', '""', 'x"y'],
      ['\n', '\r', '\r\n', 'end'],
      ["'=SUM(A1)", 'ünïcödé ✓', '東京'],
    ];
    const expected = stringify(rows, { record_delimiter: 'windows', quote_record_delimiter: true });
    expect(csvText(rows)).toBe(expected);
    // And csv-parse reads every cell back unchanged.
    expect(parse(expected, { relax_column_count: true })).toEqual(rows);
  });

  it('gives the header first, then rows in chunks of the asked size', () => {
    const rows = Array.from({ length: 25 }, (_, i) => [String(i)]);
    const chunks = [...csvChunks(['n'], rows, (r) => [String(r[0])], 10)];
    expect(chunks).toHaveLength(4); // header, 10, 10, 5
    expect(chunks[0]).toBe('n\r\n');
    expect(chunks[3]).toBe('20\r\n21\r\n22\r\n23\r\n24\r\n');
  });
});

describe('export columns', () => {
  it('has the export columns it says', () => {
    expect(EXPORT_COLUMNS.slice(0, 13)).toEqual([...RESULT_COLUMNS]);
  });

  it('are the results.csv columns, then canonical names, the table link and the computed columns', () => {
    expect(EXPORT_COLUMNS).toEqual([
      ...RESULT_FILE_COLUMNS,
      ...CANONICAL_COLUMNS,
      'table_url',
      'table_page',
      ...COMPUTED_COLUMNS,
    ]);
  });
});

describe('cells', () => {
  it('make text spreadsheet-safe and leave numbers as stored; unknown is empty', () => {
    expect(textCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(textCell('-5 points')).toBe("'-5 points");
    expect(textCell(null)).toBe('');
    expect(numberCell(-5)).toBe('-5');
    expect(numberCell('72.50')).toBe('72.50');
    expect(numberCell(null)).toBe('');
  });
});

/** A result as the results query gives it. */
const result = (over: Partial<ScoreRow> = {}): ScoreRow => ({
  id: 1,
  sourceId: 'qwen3-tech-report',
  sourceTitle: 'Qwen3 Technical Report',
  sourceKind: 'tech-report',
  sourceUrl: 'https://arxiv.org/abs/2505.09388',
  sourcePublisher: 'Qwen Team',
  tableRef: 'Table 14',
  modelId: 'qwen3-32b',
  model: 'Qwen3-32B',
  modelPrinted: 'Qwen3 32B',
  org: 'Alibaba',
  family: 'Qwen3',
  architecture: 'dense',
  activeParams: 32,
  totalParams: 32,
  openWeights: 'yes',
  releaseDate: '2025-04-29',
  modelKind: 'hybrid',
  mode: 'thinking',
  budget: null,
  benchmarkId: 'aime-24',
  benchmark: "AIME'24",
  benchmarkPrinted: 'AIME 2024',
  category: 'math',
  version: '',
  metric: 'pass@1',
  score: 81.4,
  scoreText: '81.40',
  unit: 'percent',
  verifiedBy: '',
  notes: 'a, "quoted" note',
  harness: '',
  harnessVersion: '',
  nShot: '',
  samples: '',
  itemsUsed: '',
  temperature: '',
  maxOutputTokens: '',
  chatTemplate: '',
  host: '',
  quantization: '',
  runDate: '',
  cellKey: 'k',
  tableUrl: null,
  tablePage: null,
  reporter: 'self',
  ...over,
});

describe('a result as the cells of a results export', () => {
  it('writes each column from its field, the score as printed', () => {
    const rows = parse(resultsCsvText([result({ budget: 8192, tablePage: '16' })], factsIndex([])), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows).toEqual([
      expect.objectContaining({
        source_id: 'qwen3-tech-report',
        table: 'Table 14',
        model: 'Qwen3 32B',
        thinking_budget_tokens: '8192',
        benchmark: 'AIME 2024',
        score: '81.40',
        notes: 'a, "quoted" note',
        model_id: 'qwen3-32b',
        canonical_model: 'Qwen3-32B',
        canonical_benchmark: "AIME'24",
        table_url: '',
        table_page: '16',
        reporter: 'self',
      }),
    ]);
  });

  it('computes the interval from the test set facts, empty where none is known', () => {
    const facts = factsIndex([{ benchmarkId: 'aime-24', version: '', items: 30, dataFrom: null, notes: '' }]);
    const [withN] = parse(resultsCsvText([result()], facts), { columns: true }) as Record<string, string>[];
    expect(withN).toMatchObject({ items: '30', interval_low: expect.stringMatching(/^\d+\.\d$/) });
    expect(Number(withN!.interval_low)).toBeLessThan(81.4);
    expect(Number(withN!.interval_high)).toBeGreaterThan(81.4);
    const [without] = parse(resultsCsvText([result()], factsIndex([])), { columns: true }) as Record<string, string>[];
    expect(without).toMatchObject({ interval_low: '', interval_high: '', items: '' });
  });

  it('maps raw rows by position, as the streamed export reads them, and fails on a missing field', () => {
    const keys = Object.keys(result()) as (keyof ScoreRow)[];
    const map = resultMapper(keys, RESULT_COLUMNS, factsIndex([]));
    expect(map(keys.map((k) => result()[k]))).toHaveLength(RESULT_COLUMNS.length);
    expect(() => resultMapper(['id'], RESULT_COLUMNS, factsIndex([]))).toThrow(/no sourceId column for source_id/);
  });

  it('is only the header when there are no rows', () => {
    expect(resultsCsvText([], factsIndex([]))).toBe(`${EXPORT_COLUMNS.join(',')}\r\n`);
  });
});
