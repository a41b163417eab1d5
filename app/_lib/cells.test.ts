import { describe, expect, it } from 'vitest';
import { translator } from '../_i18n/translate';
import { citationHref, citeTitle, groupCells, isIndependent, shortCite, sourceNotes, type CellInput } from './cells';
import { EN } from '../_i18n/translate';

const row = (over: Partial<CellInput>): CellInput => ({
  cellKey: 'qwen3-32b|aime-24',
  score: 81.4,
  scoreText: '81.4',
  sourceId: 'qwen3-tech-report',
  sourceTitle: 'Qwen3 Technical Report',
  sourceKind: 'tech-report',
  sourceUrl: 'https://arxiv.org/abs/2505.09388',
  sourcePublisher: 'Qwen Team, Alibaba',
  tableRef: 'Table 14',
  tableUrl: null,
  tablePage: null,
  verifiedBy: '',
  notes: '',
  modelPrinted: 'Qwen3-32B',
  reporter: 'self',
  ...over,
});

describe('groupCells', () => {
  it('shows one score that several tables print once, with every citation', () => {
    const [cell, ...rest] = groupCells([row({}), row({ sourceId: 'qwen3-blog', tableRef: 'Table 2' })]);
    expect(rest).toEqual([]);
    expect(cell!.disputed).toBe(false);
    expect(cell!.values).toHaveLength(1);
    expect(cell!.values[0]!.citations.map((c) => c.sourceId)).toEqual(['qwen3-tech-report', 'qwen3-blog']);
  });

  it('keeps every different score of one cell, best first, and calls it disputed', () => {
    const low = row({ score: 92.3, scoreText: '92.3', tableRef: 'Table 11' });
    const high = row({ score: 93.2, scoreText: '93.2', sourceId: 'qwen3-blog' });
    const [cell] = groupCells([low, high]);
    expect(cell!.disputed).toBe(true);
    expect(cell!.values.map((v) => v.scoreText)).toEqual(['93.2', '92.3']);
    // The cell's row is the first seen, whatever the order of its values.
    expect(cell!.row).toBe(low);
  });

  it('keeps cells apart by their key, in the order first seen', () => {
    const cells = groupCells([row({ cellKey: 'b' }), row({ cellKey: 'a' }), row({ cellKey: 'b', score: 1 })]);
    expect(cells.map((c) => [c.key, c.values.length])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });

  it('numbers are one score by value: 72.5 and 72.50 are one, printed as the first table prints it', () => {
    const [cell] = groupCells([row({ score: 72.5, scoreText: '72.50' }), row({ score: 72.5, scoreText: '72.5' })]);
    expect(cell!.values).toHaveLength(1);
    expect(cell!.values[0]!.scoreText).toBe('72.50');
  });
});

describe('citations', () => {
  it('link to the page that prints the table when known, else to the source', () => {
    expect(citationHref(row({}))).toBe('https://arxiv.org/abs/2505.09388');
    expect(citationHref(row({ tableUrl: 'https://arxiv.org/pdf/2505.09388v1#page=16' }))).toBe(
      'https://arxiv.org/pdf/2505.09388v1#page=16',
    );
  });

  it('a value is independent when anyone but the maker reported it, alone or beside the maker', () => {
    const [cell] = groupCells([row({}), row({ sourceId: 'artificial-analysis', reporter: 'independent' })]);
    expect(isIndependent(cell!.values[0]!)).toBe(true);
    const [own] = groupCells([row({})]);
    expect(isIndependent(own!.values[0]!)).toBe(false);
  });
});

describe('shortCite and citeTitle', () => {
  it('say a citation short for a table row and in full for its title, in either language', () => {
    const t11 = row({ tableRef: 'Table 11', tablePage: '14' });
    expect(shortCite(t11, EN)).toBe('T11 p14');
    expect(shortCite(t11, translator('zh'))).toBe('表11 第14页');
    expect(shortCite(row({ tableRef: 'Figure 2', tablePage: null }), EN)).toBe('F2');
    expect(shortCite(row({ tableRef: 'blog: flagship comparison', sourceKind: 'blog' }), EN)).toBe('blog');
    expect(shortCite(row({ tableRef: 'model card: Performance table', sourceKind: 'model-card' }), EN)).toBe('card');
    // Two cards print one number: each names its model, short.
    const card = row({
      tableRef: 'model card: Performance table',
      sourceKind: 'model-card',
      sourceTitle: 'Qwen3-235B-A22B-Thinking-2507 model card',
    });
    expect(shortCite(card, EN)).toBe('card 235B-Thinking-2507');
    expect(shortCite(card, translator('zh'))).toBe('模型卡 235B-Thinking-2507');
    expect(
      shortCite(
        row({ tableRef: 'LiveBench release 2025-04-25', sourceKind: 'leaderboard', sourcePublisher: 'LiveBench' }),
        EN,
      ),
    ).toBe('LiveBench');
    expect(
      citeTitle(
        row({ tableRef: 'Table 11', tablePage: '14', modelPrinted: 'Qwen3-32B (thinking)', verifiedBy: 'a;b' }),
        'Qwen3-32B',
        EN,
      ),
    ).toBe(
      'Qwen3 Technical Report, Table 11, p. 14 — printed as “Qwen3-32B (thinking)”; 2 independent transcriptions agree',
    );
  });
});

describe('sourceNotes', () => {
  it("writes a note a whole table shares once, and each citation's title points to its number", () => {
    const shared = {
      tableRef: 'LiveBench release 2025-04-25',
      modelPrinted: 'qwen3-32b-thinking',
      notes: 'row present since 2025-04-30',
    };
    const rows = [
      row({ ...shared, cellKey: 'a', verifiedBy: 'x' }),
      row({ ...shared, cellKey: 'b' }),
      row({ tableRef: 'Table 11', tablePage: '14', notes: '' }), // nothing to note: no number
      row({ tableRef: 'Table 12', notes: 'mode inferred from the value' }),
    ];
    const notes = sourceNotes(rows, 'Qwen3-32B', EN);
    expect(notes.list).toEqual([
      'printed as “qwen3-32b-thinking”; row present since 2025-04-30',
      'mode inferred from the value',
    ]);
    expect(rows.map((r) => citeTitle(r, 'Qwen3-32B', EN, notes))).toEqual([
      'Qwen3 Technical Report, LiveBench release 2025-04-25 — 1 independent transcription agrees; note 1',
      'Qwen3 Technical Report, LiveBench release 2025-04-25 — note 1',
      'Qwen3 Technical Report, Table 11, p. 14',
      'Qwen3 Technical Report, Table 12 — note 2',
    ]);
    // In Chinese the note keeps the source's words; the pointer is Chinese.
    const zh = translator('zh');
    expect(citeTitle(rows[1]!, 'Qwen3-32B', zh, sourceNotes(rows, 'Qwen3-32B', zh))).toBe(
      'Qwen3 Technical Report, LiveBench release 2025-04-25 — 注 1',
    );
  });
});
