import { describe, expect, it } from 'vitest';
import { bestOf, factsIndex, factsOf, isTied, itemsPostdate, resultFacts, viewNotes, windowText } from './result-facts';
import { EN } from '../_i18n/translate';

const index = factsIndex([
  { benchmarkId: 'aime-24', version: '', items: 30, dataFrom: '2024-02', notes: '' },
  { benchmarkId: 'livecodebench', version: 'v5', items: null, dataFrom: null, notes: '' },
  { benchmarkId: 'livecodebench', version: '', items: 880, dataFrom: '2023-05', notes: '' },
]);

describe('the facts of a result', () => {
  it("its version's row, else the row for every version; a row of its own wins even when empty", () => {
    expect(factsOf(index, 'aime-24', 'anything')?.items).toBe(30);
    expect(factsOf(index, 'livecodebench', 'v5')?.items).toBeNull();
    expect(factsOf(index, 'livecodebench', 'v6')?.items).toBe(880);
    expect(factsOf(index, 'mmlu', '')).toBeUndefined();
  });
});

describe('time window', () => {
  it('items postdate a model only when their first month is after the month of its release', () => {
    expect(itemsPostdate('2025-02', '2025-01-31')).toBe(true);
    expect(itemsPostdate('2025-04', '2025-04-29')).toBe(false);
    expect(itemsPostdate('2024-02', '2025-04-29')).toBe(false);
    expect(itemsPostdate('2026', '2025-12-31')).toBe(true);
    expect(itemsPostdate('2025', '2025-01-01')).toBe(false);
    expect(itemsPostdate(null, '2025-04-29')).toBe(false);
    expect(itemsPostdate('2025-06', '')).toBe(false);
  });

  it('says when the items were public and when the model came out, where the first may precede the second', () => {
    expect(windowText('2024-02', '2025-04-29', EN)).toBe('items public since 2024-02 · model released 2025-04-29');
    expect(windowText('2025-04', '2025-04-29', EN)).toBe('items public since 2025-04 · model released 2025-04-29');
    expect(windowText('2025-05', '2025-04-29', EN)).toBeNull();
    expect(windowText(null, '2025-04-29', EN)).toBeNull();
    expect(windowText('2024-02', '', EN)).toBeNull();
  });

  it('a result: interval and window together', () => {
    const r = { benchmarkId: 'aime-24', version: '', metric: 'pass@1', unit: 'percent', releaseDate: '2025-04-29' };
    const facts = resultFacts(index, r, 85.7, EN);
    expect(facts.window).toBe('items public since 2024-02 · model released 2025-04-29');
    expect(facts.interval?.n).toBe(30);
  });
});

describe('the notes of a view', () => {
  const row = (score: number, fields: Partial<Parameters<typeof viewNotes>[1][number]> = {}) => ({
    benchmarkId: 'aime-24',
    version: '',
    metric: 'pass@1',
    unit: 'percent',
    releaseDate: '2025-04-29',
    cellKey: `cell-${score}`,
    score,
    scoreText: score.toFixed(1),
    reporter: 'self',
    ...fields,
  });

  it('say what the intervals are, which rows are shaded and why, and what "ind." means', () => {
    const rows = [row(85.7), row(70.0, { reporter: 'independent' }), row(40.1)];
    const best = bestOf(index, rows)!;
    expect(best.scoreText).toBe('85.7');
    expect(isTied(best, 'cell-70|70.0', resultFacts(index, rows[1]!, 70, EN).interval)).toBe(true);
    expect(isTied(best, 'cell-40.1|40.1', resultFacts(index, rows[2]!, 40.1, EN).interval)).toBe(false);
    expect(isTied(best, best.key, best.interval)).toBe(false); // the best is not tied with itself
    expect(viewNotes(index, rows, best, EN)).toEqual([
      'In brackets: the 95% interval of each score from the n = 30 questions alone (Wilson score interval), computed here, not published; not run-to-run variance.',
      'Shaded rows: not separable from the best score (85.7, 69.2–94.1) by their test set alone: their intervals overlap.',
      "ind.: reported by someone other than the model's maker; the Source column names who.",
    ]);
  });

  it('say why a view has no interval', () => {
    expect(viewNotes(index, [row(2056, { unit: 'elo', benchmarkId: 'codeforces' })], undefined, EN)).toEqual([
      'No sampling interval: an Elo rating, not a share of items.',
    ]);
  });
});
