import { describe, expect, it } from 'vitest';
import { translator } from '../../_i18n/translate';
import { factsIndex } from '../result-facts';
import { leadsFinding } from './overview';
import { sentenceText } from './sentence';
import { NO_FACTS, row } from './test-rows';

const text = (s: ReturnType<typeof leadsFinding>, lang: 'en' | 'zh' = 'en') =>
  s.map((x) => sentenceText(x, translator(lang)));
const table = "in the Qwen3 blog's flagship comparison";

/** A column of the flagship table: each model's score on one benchmark. */
const column = (benchmark: string, scores: [string, number, string?][]) =>
  scores.map(([model, score, mode]) =>
    row({
      model,
      score,
      mode: mode ?? (model.startsWith('Qwen3') ? 'thinking' : 'n/a'),
      benchmarkId: benchmark.toLowerCase(),
      benchmark,
    }),
  );

describe('leadsFinding', () => {
  it('counts the benchmarks each model leads, and names the others with theirs', () => {
    const rows = [
      ...column('Arena-Hard', [
        ['Gemini2.5-Pro', 96.4],
        ['Qwen3-235B-A22B', 95.6],
      ]),
      ...column('AIME25', [
        ['Gemini2.5-Pro', 86.7],
        ['Qwen3-235B-A22B', 81.5],
      ]),
      ...column('CodeForces', [
        ['Qwen3-235B-A22B', 2056],
        ['Gemini2.5-Pro', 2001],
      ]),
    ];
    expect(text(leadsFinding(rows, NO_FACTS, { table }))).toEqual([
      "Gemini2.5-Pro leads 2 of the 3 benchmarks in the Qwen3 blog's flagship comparison; Qwen3-235B-A22B leads 1 (CodeForces).",
    ]);
  });

  it('a tie counts for both models and is said to be shared', () => {
    const rows = [
      ...column('LiveCodeBench', [
        ['Qwen3-235B-A22B', 70.7],
        ['Grok-3', 70.7],
        ['Gemini2.5-Pro', 70.4],
      ]),
      ...column('AIME25', [
        ['Gemini2.5-Pro', 86.7],
        ['Qwen3-235B-A22B', 81.5],
      ]),
    ];
    const s = text(leadsFinding(rows, NO_FACTS, { table }));
    expect(s[0]).toMatch(
      /^Qwen3-235B-A22B leads 1 of the 2 benchmarks .*; Grok-3 leads 1 \(LiveCodeBench\) and Gemini2\.5-Pro leads 1 \(AIME25\)\.$/,
    );
    expect(s[1]).toBe('The lead on LiveCodeBench is shared.');
  });

  it('a disputed cell leads by its best value, and the sentence claims no more than a count', () => {
    const rows = [
      ...column('Arena-Hard', [
        ['DeepSeek-R1', 93.2],
        ['DeepSeek-R1', 92.3],
        ['OpenAI-o1', 92.1],
      ]).map((r, i) => (i === 0 ? { ...r, sourceId: 'qwen3-blog' } : r)),
    ];
    expect(text(leadsFinding(rows, NO_FACTS, { table }))).toEqual([
      "DeepSeek-R1 leads the one benchmark in the Qwen3 blog's flagship comparison.",
    ]);
  });

  it('says where a lead is within the test set’s intervals', () => {
    const facts = factsIndex([{ benchmarkId: 'aime24', version: '', items: 30, dataFrom: null, notes: '' }]);
    const rows = [
      ...column('AIME24', [
        ['Gemini2.5-Pro', 92.0],
        ['Qwen3-235B-A22B', 85.7],
      ]),
      ...column('CodeForces', [
        ['Qwen3-235B-A22B', 2056],
        ['Gemini2.5-Pro', 2001],
      ]),
    ];
    const s = text(leadsFinding(rows, facts, { table }));
    expect(s[1]).toBe('On AIME24 the runner-up cannot be told apart from the leader: their 95% intervals overlap.');
    expect(text(leadsFinding(rows, facts, { table: '旗舰对比', tr: translator('zh') }), 'zh')[0]).toBe(
      '在旗舰对比的 2 项基准测试中，Gemini2.5-Pro 领先 1 项；Qwen3-235B-A22B 领先 1 项（CodeForces）。',
    );
  });
});
