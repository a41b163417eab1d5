import { describe, expect, it } from 'vitest';
import { factsIndex, factsOf, itemsPostdate, resultFacts, windowText } from './result-facts';

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
    expect(windowText('2024-02', '2025-04-29')).toBe('items public since 2024-02 · model released 2025-04-29');
    expect(windowText('2025-04', '2025-04-29')).toBe('items public since 2025-04 · model released 2025-04-29');
    expect(windowText('2025-05', '2025-04-29')).toBeNull();
    expect(windowText(null, '2025-04-29')).toBeNull();
    expect(windowText('2024-02', '')).toBeNull();
  });

  it('a result: interval and window together', () => {
    const r = { benchmarkId: 'aime-24', version: '', metric: 'pass@1', unit: 'percent', releaseDate: '2025-04-29' };
    const facts = resultFacts(index, r, 85.7);
    expect(facts.window).toBe('items public since 2024-02 · model released 2025-04-29');
    expect(facts.interval?.n).toBe(30);
  });
});
