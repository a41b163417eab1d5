import { EN } from '../_i18n/translate';
import { describe, expect, it } from 'vitest';
import { checkClaim, type ClaimRow } from './claim';
import { factsIndex } from './result-facts';

// Claims on a small hand-made benchmark of 30 items: the pair chosen, what makes two numbers one
// measurement, the verdicts, and every report of each number.

let nextId = 1;
function row(fields: Partial<ClaimRow> & Pick<ClaimRow, 'modelId' | 'score'>): ClaimRow {
  const r = {
    id: nextId++,
    model: fields.modelId,
    org: 'Org',
    releaseDate: '2025-04-29',
    openWeights: 'yes',
    mode: 'thinking',
    budget: null,
    benchmarkId: 'bench',
    version: '',
    metric: 'pass@1',
    unit: 'percent',
    sourceId: 'report',
    sourceTitle: 'Report',
    sourceKind: 'tech-report',
    sourceUrl: 'https://example.org/report',
    sourcePublisher: 'Org',
    tableRef: 'Table 1',
    tableUrl: null,
    tablePage: null,
    verifiedBy: '',
    notes: '',
    modelPrinted: fields.modelId,
    reporter: 'self' as const,
    scoreText: String(fields.score),
    ...fields,
  };
  return { ...r, cellKey: JSON.stringify([r.modelId, r.benchmarkId, r.version, r.metric, r.mode, r.budget]) };
}
const facts = factsIndex([{ benchmarkId: 'bench', version: '', items: 30, dataFrom: '2024-02', notes: '' }]);

describe('a claim that A beats B', () => {
  it('compares the pair printed in one table, with the interval of the difference, and says not separable', () => {
    const rows = [
      row({ modelId: 'a', score: 85.7 }),
      row({ modelId: 'b', score: 74.3, mode: 'n/a', org: 'Other', reporter: 'independent' }),
      row({ modelId: 'b', score: 75.0, mode: 'n/a', tableRef: 'Table 9' }),
    ];
    const claim = checkClaim(rows, { a: 'a', b: 'b' }, facts, true, EN);
    expect(claim.verdict).toBe('not-separable');
    expect(claim.sameTable).toBe(true);
    expect(claim.b!.row.scoreText).toBe('74.3');
    expect(claim.difference!.points).toBeCloseTo(11.4, 10);
    expect(claim.difference!.low).toBeCloseTo(-9.2, 1);
    expect(claim.difference!.high).toBeCloseTo(31.0, 1);
    expect(claim.a!.window).toBe('items public since 2024-02 · model released 2025-04-29');
  });

  it('says A ahead or B ahead only when the whole interval is on one side, turned round where lower is better', () => {
    const rows = [row({ modelId: 'a', score: 90 }), row({ modelId: 'b', score: 40 })];
    expect(checkClaim(rows, { a: 'a', b: 'b' }, facts, true, EN).verdict).toBe('a-ahead');
    expect(checkClaim(rows, { a: 'b', b: 'a' }, facts, true, EN).verdict).toBe('b-ahead');
    expect(checkClaim(rows, { a: 'a', b: 'b' }, facts, false, EN).verdict).toBe('b-ahead');
  });

  it('is not comparable across two metrics, naming both, and computes nothing', () => {
    const rows = [row({ modelId: 'a', score: 92.3, metric: 'score' }), row({ modelId: 'b', score: 79.2 })];
    const claim = checkClaim(rows, { a: 'a', b: 'b' }, facts, true, EN);
    expect(claim.verdict).toBe('not-comparable');
    expect(claim.mismatches).toEqual([{ facet: 'metric', a: 'score', b: 'pass@1' }]);
    expect(claim.difference).toBeNull();
  });

  it('is not comparable across modes or thinking budgets; a model without a mode switch fits either mode', () => {
    const rows = [
      row({ modelId: 'a', score: 80 }),
      row({ modelId: 'b', score: 60, mode: 'non-thinking' }),
      row({ modelId: 'c', score: 70, mode: 'n/a' }),
      row({ modelId: 'd', score: 70, budget: 32768 }),
    ];
    expect(checkClaim(rows, { a: 'a', b: 'b' }, facts, true, EN).mismatches).toEqual([
      { facet: 'mode', a: 'thinking', b: 'non-thinking' },
    ]);
    expect(checkClaim(rows, { a: 'b', b: 'c' }, facts, true, EN).mismatches).toEqual([]);
    expect(checkClaim(rows, { a: 'a', b: 'd' }, facts, true, EN).mismatches).toEqual([
      { facet: 'budget', a: '', b: '32768' },
    ]);
  });

  it('follows the asked mode and metric, and shows the nearest number with the reason when one model has none', () => {
    const rows = [
      row({ modelId: 'a', score: 80 }),
      row({ modelId: 'a', score: 50, mode: 'non-thinking' }),
      row({ modelId: 'b', score: 55, mode: 'non-thinking' }),
      row({ modelId: 'b', score: 54, mode: 'non-thinking', metric: 'avg@64' }),
    ];
    const nonThinking = checkClaim(rows, { a: 'a', b: 'b', mode: 'non-thinking' }, facts, true, EN);
    expect([nonThinking.a!.row.score, nonThinking.b!.row.score, nonThinking.verdict]).toEqual([
      50,
      55,
      'not-separable',
    ]);
    expect(nonThinking.modes).toEqual(['non-thinking']);
    const avg = checkClaim(rows, { a: 'a', b: 'b', metric: 'avg@64' }, facts, true, EN);
    expect(avg.verdict).toBe('not-comparable');
    expect(avg.mismatches.map((m) => m.facet)).toContain('metric');
  });

  it('is not comparable where both sources state a run setting with two values', () => {
    const settings = (nShot: string) => ({
      harness: '',
      harnessVersion: '',
      nShot,
      samples: '',
      itemsUsed: '',
      temperature: '',
      maxOutputTokens: '',
      chatTemplate: '' as const,
      host: '',
      quantization: '',
      runDate: '',
    });
    const rows = [
      row({ modelId: 'a', score: 80, ...settings('5') }),
      row({ modelId: 'b', score: 70, ...settings('0') }),
    ];
    expect(checkClaim(rows, { a: 'a', b: 'b' }, facts, true, EN).mismatches).toEqual([
      { facet: 'setting', a: '5-shot', b: '0-shot' },
    ]);
    const one = [row({ modelId: 'a', score: 80, ...settings('5') }), row({ modelId: 'b', score: 70, ...settings('') })];
    expect(checkClaim(one, { a: 'a', b: 'b' }, facts, true, EN).mismatches).toEqual([]);
  });

  it('has no interval where the score is not a share of items, and says why', () => {
    const rows = [row({ modelId: 'a', score: 1500, unit: 'elo' }), row({ modelId: 'b', score: 1400, unit: 'elo' })];
    const claim = checkClaim(rows, { a: 'a', b: 'b' }, facts, true, EN);
    expect(claim.verdict).toBe('no-interval');
    expect(claim.noInterval).toBe('an Elo rating, not a share of items');
  });

  it('keeps every report of each number: a replication by another source, and a dispute', () => {
    const rows = [
      row({ modelId: 'a', score: 85.7 }),
      row({ modelId: 'a', score: 85.7, sourceId: 'blog', tableRef: 'image' }),
      row({ modelId: 'a', score: 83.3, sourceId: 'lab', tableRef: 'leaderboard', reporter: 'independent' }),
      row({ modelId: 'b', score: 74.3 }),
    ];
    const claim = checkClaim(rows, { a: 'a', b: 'b' }, facts, true, EN);
    expect(claim.a!.cell.disputed).toBe(true);
    expect(claim.a!.cell.values.map((v) => [v.scoreText, v.citations.map((c) => c.sourceId)])).toEqual([
      ['85.7', ['report', 'blog']],
      ['83.3', ['lab']],
    ]);
    expect(claim.b!.cell.disputed).toBe(false);
  });

  it('says a number is missing when a model has none on the benchmark', () => {
    const claim = checkClaim([row({ modelId: 'a', score: 80 })], { a: 'a', b: 'b' }, facts, true, EN);
    expect(claim.verdict).toBe('missing');
    expect(claim.a!.row.score).toBe(80);
    expect(claim.b).toBeNull();
  });
});
