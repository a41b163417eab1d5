import { describe, expect, it } from 'vitest';
import { translator } from '../../_i18n/translate';
import { benchmarkFinding } from './benchmark';
import { sentenceText } from './sentence';
import { itemsOf, NO_FACTS, row } from './test-rows';

const text = (s: ReturnType<typeof benchmarkFinding>, lang: 'en' | 'zh' = 'en') =>
  s.map((x) => sentenceText(x, translator(lang)));

// Arena-Hard as the bundled data has it (no interval: a judged score on its own scale).
const arenaHard = [
  row({ model: 'Gemini2.5-Pro', modelId: 'gemini2.5-pro', score: 96.4 }),
  row({ model: 'Qwen3-235B-A22B', mode: 'non-thinking', score: 96.1 }),
  row({ model: 'Qwen3-235B-A22B', mode: 'thinking', score: 95.6 }),
  row({ model: 'DeepSeek-R1', score: 93.2, sourceId: 'qwen3-blog' }),
  row({ model: 'DeepSeek-R1', score: 92.3 }),
  row({ model: 'OpenAI-o1', score: 92.1 }),
];

describe('benchmarkFinding', () => {
  it('names the leader and its score, and the next model with its gap, as the data has them', () => {
    const s = benchmarkFinding(arenaHard, 'Arena-Hard', NO_FACTS);
    expect(text(s)).toEqual([
      'Gemini2.5-Pro leads Arena-Hard with 96.4; Qwen3-235B-A22B (non-thinking) is 0.3 behind (96.1).',
    ]);
    // The names link to their models.
    expect(s[0]!.links).toEqual({ leader: '/models/gemini2.5-pro', runner: '/models/qwen3-235b-a22b' });
    // No word about separability where no interval is defined.
    expect(text(s).join(' ')).not.toMatch(/interval|told apart/);
  });

  it('says where the best Qwen3 model stands when the sentence before has not named it', () => {
    const rows = [
      row({ model: 'Gemini2.5-Pro', score: 92.0 }),
      row({ model: 'Grok-3', score: 90.0 }),
      row({ model: 'OpenAI-o1', score: 88.5 }),
      row({ model: 'Qwen3-32B', mode: 'thinking', score: 81.4 }),
    ];
    expect(text(benchmarkFinding(rows, "AIME'24", NO_FACTS))[1]).toBe(
      'The best Qwen3 model, Qwen3-32B (thinking), is 4th of 4 with 81.4, 10.6 behind.',
    );
  });

  it('a dispute in the leading cell shows both values, and picks neither', () => {
    const rows = [
      row({ model: 'DeepSeek-R1', score: 93.2, sourceId: 'qwen3-blog' }),
      row({ model: 'DeepSeek-R1', score: 92.3 }),
      row({ model: 'OpenAI-o1', score: 92.1 }),
    ];
    expect(text(benchmarkFinding(rows, 'Arena-Hard', NO_FACTS))[0]).toBe(
      'DeepSeek-R1 leads Arena-Hard with 93.2 ≠ 92.3 (the sources disagree); OpenAI-o1 is 1.1 behind (92.1).',
    );
  });

  it('a tie for first is a shared lead, not a leader', () => {
    const rows = [
      row({ model: 'Qwen3-235B-A22B', mode: 'thinking', score: 70.7 }),
      row({ model: 'Grok-3', score: 70.7 }),
      row({ model: 'OpenAI-o1', score: 63.9 }),
    ];
    const s = text(benchmarkFinding(rows, 'LiveCodeBench', NO_FACTS));
    expect(s).toEqual(['Qwen3-235B-A22B (thinking) and Grok-3 share the lead on LiveCodeBench with 70.7.']);
  });

  it('with intervals, says how many models cannot be told apart from the leader', () => {
    // 30 questions: 92.0 is 75.0–97.9, 85.7 is 69.2–94.1, 40.1 is 24.6–57.7.
    const rows = [
      row({ model: 'Gemini2.5-Pro', score: 92.0, benchmarkId: 'aime-24' }),
      row({ model: 'Qwen3-235B-A22B', mode: 'thinking', score: 85.7, benchmarkId: 'aime-24' }),
      row({ model: 'Qwen2.5-72B', score: 40.1, benchmarkId: 'aime-24' }),
    ];
    const s = text(benchmarkFinding(rows, "AIME'24", itemsOf('aime-24', 30)));
    expect(s[1]).toBe(
      'With 30 questions, the runner-up cannot be told apart from the leader: their 95% intervals overlap.',
    );
    const wide = text(benchmarkFinding(rows.slice(0, 1).concat(rows[2]!), "AIME'24", itemsOf('aime-24', 30)));
    expect(wide[1]).toBe(
      'With 30 questions, the lead is larger than the 95% intervals: the runner-up can be told apart.',
    );
  });

  it('lower is better: the lowest score leads', () => {
    const rows = [row({ model: 'A', score: 3.5 }), row({ model: 'B', score: 2.0 })];
    expect(text(benchmarkFinding(rows, 'Error rate', NO_FACTS, { lowerIsBetter: true }))[0]).toBe(
      'B leads Error rate with 2; A is 1.5 behind (3.5).',
    );
  });

  it('one model alone, and none', () => {
    expect(text(benchmarkFinding([row({ model: 'A', score: 50 })], 'X', NO_FACTS))).toEqual([
      'Only A has a result on X here: 50.',
    ]);
    expect(benchmarkFinding([], 'X', NO_FACTS)).toEqual([]);
  });

  it('says the same in Chinese', () => {
    expect(text(benchmarkFinding(arenaHard, 'Arena-Hard', NO_FACTS, { tr: translator('zh') }), 'zh')).toEqual([
      'Gemini2.5-Pro 以 96.4 领先 Arena-Hard；Qwen3-235B-A22B（非思考） 落后 0.3（96.1）。',
    ]);
  });
});
