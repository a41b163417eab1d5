import { describe, expect, it } from 'vitest';
import { difference, pairModes, type GainInput } from './gains';

const row = (over: Partial<GainInput>): GainInput => ({
  modelId: 'qwen3-32b',
  benchmarkId: 'aime-24',
  version: '',
  metric: 'pass@1',
  unit: 'percent',
  mode: 'thinking',
  budget: null,
  tableRef: 'Table 14',
  score: 81.4,
  scoreText: '81.4',
  ...over,
});

describe('difference', () => {
  it('subtracts the printed digits exactly, with the decimals of the inputs', () => {
    expect(difference('85.7', '40.1')).toEqual({ text: '+45.6', value: 45.6 });
    expect(difference('72.50', '70')).toEqual({ text: '+2.50', value: 2.5 });
    expect(difference('1961', '2029')).toEqual({ text: '-68', value: -68 });
    expect(difference('50.0', '50')).toEqual({ text: '0.0', value: 0 });
  });
});

describe('pairModes', () => {
  it("pairs a model's thinking and non-thinking scores on one benchmark, version and metric", () => {
    const thinking = row({});
    const nonThinking = row({ mode: 'non-thinking', score: 31, scoreText: '31.0' });
    const [pair, ...rest] = pairModes([thinking, nonThinking]);
    expect(rest).toEqual([]);
    expect(pair).toMatchObject({ thinking, nonThinking, delta: '+50.4', deltaValue: 50.4 });
  });

  it('leaves a side missing without a difference, and never pairs across versions or metrics', () => {
    const pairs = pairModes([row({}), row({ mode: 'non-thinking', version: 'v2' }), row({ metric: 'avg@64' })]);
    expect(pairs).toHaveLength(3);
    expect(pairs.every((p) => p.delta === undefined)).toBe(true);
  });

  it('keeps the first row of a side (rows come best first), and skips budgets and other modes', () => {
    const best = row({ score: 85.7, scoreText: '85.7', tableRef: 'Table 11' });
    const pairs = pairModes([
      best,
      row({ tableRef: 'Table 12' }),
      row({ budget: 8192, mode: 'non-thinking' }),
      row({ mode: 'base' }),
      row({ mode: 'n/a' }),
    ]);
    expect(pairs).toEqual([{ thinking: best }]);
  });
});
