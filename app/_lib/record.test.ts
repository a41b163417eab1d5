import { describe, expect, it } from 'vitest';
import { catchUps, dateOfDay, dayOf, monthsBetween, recordsByProtocol, runningRecord, type RecordRow } from './record';

// The record over time on a small hand-made benchmark, each figure worked out by hand in the
// comments: the record line never falls, never joins two protocols, and the readout ("open
// weights reached the closed record of L after N months") is the one computed by hand.

function row(
  model: string,
  released: string,
  open: boolean,
  score: number,
  fields: Partial<RecordRow> = {},
): RecordRow {
  const r = {
    modelId: model.toLowerCase(),
    model,
    org: open ? 'Open Lab' : 'Closed Lab',
    family: null,
    releaseDate: released,
    openWeights: open ? 'yes' : 'no',
    modelKind: 'reasoning',
    mode: 'n/a',
    budget: null,
    version: '',
    metric: 'pass@1',
    unit: 'percent',
    score,
    scoreText: String(score),
    sourceId: 'report',
    sourceTitle: 'Report',
    sourceKind: 'tech-report',
    sourceUrl: 'https://example.org',
    sourcePublisher: 'Open Lab',
    tableRef: 'Table 1',
    tableUrl: null,
    tablePage: null,
    verifiedBy: '',
    notes: '',
    modelPrinted: model,
    reporter: 'self' as const,
    ...fields,
  };
  return { ...r, cellKey: JSON.stringify([r.modelId, r.version, r.metric, r.mode, r.budget]) };
}

// By hand: the closed record is 74.3 (Closed-A, 2024-12-17), then 83.9 (Closed-C, 2025-02-17);
// open weights: 79.8 (Open-B, 2025-01-20) passes 74.3 one month and three days after it was
// set; 85.7 (Open-D, 2025-04-29) passes 83.9 two months and twelve days after. Open-E (2025-03-01,
// 60.0) sets no record. Closed-F (2025-06-01, 90.0) is the closed record open weights have not
// reached.
const PACK = [
  row('Closed-A', '2024-12-17', false, 74.3),
  row('Open-B', '2025-01-20', true, 79.8),
  row('Closed-C', '2025-02-17', false, 83.9),
  row('Open-E', '2025-03-01', true, 60.0),
  row('Open-D', '2025-04-29', true, 85.7),
];

describe('the record over time', () => {
  it('steps up at each model better than every earlier one, and never falls', () => {
    const [rec] = recordsByProtocol(PACK);
    expect(rec!.closed.map((p) => p.row.model)).toEqual(['Closed-A', 'Closed-C']);
    expect(rec!.open.map((p) => p.row.model)).toEqual(['Open-B', 'Open-D']);
    // Any order of any scores: each step is above the last, and the last is the best.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 200; trial++) {
      const points = Array.from({ length: 30 }, () => ({ day: Math.floor(random() * 400), score: random() * 100 }));
      for (const higher of [true, false]) {
        const steps = runningRecord(points, higher);
        for (let i = 1; i < steps.length; i++) {
          expect(steps[i]!.day).toBeGreaterThanOrEqual(steps[i - 1]!.day);
          expect(higher ? steps[i]!.score > steps[i - 1]!.score : steps[i]!.score < steps[i - 1]!.score).toBe(true);
        }
        const best = higher ? Math.max(...points.map((p) => p.score)) : Math.min(...points.map((p) => p.score));
        expect(steps.at(-1)!.score).toBe(best);
      }
    }
  });

  it('never joins two protocols: another metric, mode, version or budget is a record of its own', () => {
    const rows = [
      ...PACK,
      row('Open-G', '2025-05-01', true, 99, { metric: 'avg@64' }),
      row('Open-H', '2025-05-02', true, 98, { mode: 'non-thinking', modelKind: 'hybrid' }),
      row('Open-I', '2025-05-03', true, 97, { budget: 32768 }),
      row('Open-J', '2025-05-04', true, 96, { version: 'v2' }),
    ];
    const records = recordsByProtocol(rows);
    expect(records).toHaveLength(5);
    for (const rec of records)
      for (const p of [...rec.points, ...rec.open, ...rec.closed]) {
        expect([p.row.version, p.row.metric, p.row.budget ?? null]).toEqual([
          rec.protocol.version,
          rec.protocol.metric,
          rec.protocol.budget === '' ? null : Number(rec.protocol.budget),
        ]);
      }
    expect(records[0]!.open.map((p) => p.row.model)).toEqual(['Open-B', 'Open-D']);
  });

  it('reads out when open weights reached the closed record, as worked out by hand', () => {
    const [rec] = recordsByProtocol(PACK);
    const readout = catchUps(rec!);
    expect(readout.map((c) => [c.closed.row.model, c.reached?.row.model, c.months])).toEqual([
      ['Closed-C', 'Open-D', 2],
    ]);
    const [later] = recordsByProtocol([...PACK, row('Closed-F', '2025-06-01', false, 90)]);
    expect(catchUps(later!).map((c) => [c.closed.row.model, c.reached?.row.model ?? null, c.months])).toEqual([
      ['Closed-C', 'Open-D', 2],
      ['Closed-F', null, null],
    ]);
  });

  it('counts whole calendar months, and reads dates as days', () => {
    const d = (s: string) => dayOf(s)!;
    expect(monthsBetween(d('2024-12-17'), d('2025-01-20'))).toBe(1);
    expect(monthsBetween(d('2025-02-17'), d('2025-04-29'))).toBe(2);
    expect(monthsBetween(d('2025-01-31'), d('2025-02-28'))).toBe(0);
    expect(monthsBetween(d('2025-04-29'), d('2025-02-17'))).toBe(-2);
    expect(dateOfDay(d('2025-04-29'))).toBe('2025-04-29');
    expect(dayOf('')).toBeNull();
    expect(dayOf('2025-04')).toBeNull();
  });
});
