import { describe, expect, it } from 'vitest';
import { translator } from '../../_i18n/translate';
import { benchmarksFinding, changesFinding, modelsFinding } from './catalog';
import { efficiencyFinding } from './efficiency';
import { longContextFinding } from './long-context';
import { modelFinding } from './model';
import { multilingualFinding } from './multilingual';
import { newestFinding } from './newest';
import { sentenceText, type Sentence } from './sentence';
import { NO_FACTS, row } from './test-rows';
import { modelGainFinding, thinkingFinding, type GainLike } from './thinking';
import { EN } from '../../_i18n/translate';

const text = (s: Sentence[], lang: 'en' | 'zh' = 'en') => s.map((x) => sentenceText(x, translator(lang)));

/** A thinking / non-thinking pair as app/_lib/gains.ts makes it. */
const gain = (
  model: string,
  benchmark: string,
  thinking: string,
  non: string,
  delta: string,
  unit = 'percent',
): GainLike => ({
  thinking: { modelId: model.toLowerCase(), model, benchmark, version: '', unit, scoreText: thinking },
  nonThinking: { scoreText: non },
  delta,
  deltaValue: Number(delta),
});

describe('thinking findings', () => {
  const gains = [
    gain('Qwen3-235B-A22B', "AIME'24", '85.7', '40.1', '+45.6'),
    gain('Qwen3-32B', "AIME'24", '81.4', '31.0', '+50.4'),
    gain('Qwen3-235B-A22B', 'Arena-Hard', '95.6', '96.1', '-0.5'),
    gain('Qwen3-32B', 'Arena-Hard', '93.8', '92.8', '+1.0'),
    gain('Qwen3-235B-A22B', 'CodeForces', '2056', '1387', '+669', 'elo'),
  ];

  it('says where thinking adds the most and the least over the sizes, and where it lowers the score', () => {
    expect(text(thinkingFinding(gains, EN))).toEqual([
      "Thinking adds the most on AIME'24 (+45.6 to +50.4 points over 2 Qwen3 sizes) and the least on Arena-Hard (-0.5 to +1.0).",
      'It lowers the score in 1 of the 5 pairs (Arena-Hard).',
    ]);
  });

  it('compares percentage points only: an Elo gain is never the largest', () => {
    expect(text(modelGainFinding(gains, 'qwen3-235b-a22b'))).toEqual([
      "Thinking mode adds up to +45.6 points for Qwen3-235B-A22B (AIME'24: 85.7 against 40.1), and as little as -0.5 (Arena-Hard).",
    ]);
  });

  it('a tie of medians keeps both benchmarks in the data’s order, and nothing lowered is said so', () => {
    const tied = [
      gain('A', 'X', '50', '40', '+10'),
      gain('B', 'X', '50', '40', '+10'),
      gain('A', 'Y', '50', '40', '+10'),
      gain('B', 'Y', '50', '40', '+10'),
    ];
    expect(text(thinkingFinding(tied, EN))).toEqual([
      'Thinking adds the most on X (+10 to +10 points over 2 Qwen3 sizes) and the least on Y (+10 to +10).',
      'It raises the score in every one of the 4 pairs.',
    ]);
  });
});

describe('modelFinding', () => {
  it('counts scores, benchmarks, sources and independent numbers, the gain from thinking and the disputes', () => {
    const rows = [
      row({ model: 'Qwen3-235B-A22B', mode: 'thinking', score: 85.7, benchmarkId: 'aime-24', benchmark: "AIME'24" }),
      row({
        model: 'Qwen3-235B-A22B',
        mode: 'non-thinking',
        score: 40.1,
        benchmarkId: 'aime-24',
        benchmark: "AIME'24",
      }),
      row({ model: 'Qwen3-235B-A22B', mode: 'thinking', score: 95.6, benchmark: 'Arena-Hard' }),
      row({ model: 'Qwen3-235B-A22B', mode: 'thinking', score: 95.0, benchmark: 'Arena-Hard', sourceId: 'qwen3-blog' }),
      row({ model: 'Qwen3-235B-A22B', mode: 'non-thinking', score: 96.1, benchmark: 'Arena-Hard' }),
      row({
        model: 'Qwen3-235B-A22B',
        mode: 'thinking',
        score: 61.8,
        benchmarkId: 'aider',
        benchmark: 'Aider',
        sourceId: 'aider',
        reporter: 'independent',
      }),
    ];
    expect(text(modelFinding(rows, 'Qwen3-235B-A22B'))).toEqual([
      '6 published scores of Qwen3-235B-A22B on 3 benchmarks, from 3 sources; 1 of them measured by someone other than its maker.',
      "Thinking mode scores higher on 1 of the 2 results printed in both modes; the most on AIME'24 (+45.6 points).",
      'Sources disagree on one of its scores (marked ≠); both values are shown.',
    ]);
  });

  it('a tie for the largest gain says how many share it', () => {
    const rows = ['a', 'b'].flatMap((b) => [
      row({ model: 'Qwen3-8B', mode: 'thinking', score: 60, benchmarkId: b, benchmark: b.toUpperCase() }),
      row({ model: 'Qwen3-8B', mode: 'non-thinking', score: 50, benchmarkId: b, benchmark: b.toUpperCase() }),
    ]);
    expect(text(modelFinding(rows, 'Qwen3-8B'))[1]).toBe(
      'Thinking mode scores higher on 2 of the 2 results printed in both modes; the most, +10 points, on 2 of them (one is A).',
    );
  });
});

describe('newestFinding', () => {
  // A model card's table: the new model, the earlier Qwen3 it is compared with, and another.
  const card = (benchmark: string, scores: [string, number][]) =>
    scores.map(([model, score]) =>
      row({
        model,
        score,
        mode: 'thinking',
        benchmarkId: benchmark.toLowerCase(),
        benchmark,
        releaseDate: model.endsWith('2507') ? '2025-07-25' : '2025-04-29',
      }),
    );
  const rows = [
    ...card("AIME'25", [
      ['Qwen3-235B-A22B-Thinking-2507', 92.3],
      ['Qwen3-235B-A22B', 81.5],
      ['OpenAI O4-mini', 92.7],
    ]),
    ...card('HMMT25', [
      ['Qwen3-235B-A22B-Thinking-2507', 83.9],
      ['Qwen3-235B-A22B', 62.5],
      ['OpenAI O4-mini', 66.7],
    ]),
    ...card('Arena-Hard v2', [
      ['Qwen3-235B-A22B-Thinking-2507', 72.5],
      ['Qwen3-235B-A22B', 61.5],
      ['OpenAI O4-mini', 72.5],
    ]),
  ];

  it('counts the benchmarks it leads in its card (a shared lead counts) and compares it with the earlier Qwen3', () => {
    expect(text(newestFinding(rows, 'qwen3-235b-a22b-thinking-2507', NO_FACTS, EN))).toEqual([
      'Best of 2 other models on 2 of the 3 benchmarks in its card.',
      'Above Qwen3-235B-A22B (thinking) on 3 of 3; most on HMMT25 (83.9 against 62.5).',
    ]);
  });

  it('names one other model as one', () => {
    const two = rows.filter((r) => r.model !== 'OpenAI O4-mini');
    expect(text(newestFinding(two, 'qwen3-235b-a22b-thinking-2507', NO_FACTS, EN))[0]).toBe(
      'Ahead of the one other model in its card on 3 of the 3 benchmarks.',
    );
  });
});

describe('longContextFinding', () => {
  const line = (model: string, mode: string, scores: [string, number][]) =>
    scores.map(([version, score]) =>
      row({ model, mode, score, version, benchmarkId: 'ruler', cellKey: `${model}|${mode}|${version}` }),
    );

  it('names the best at the longest context and the lines that hold up best and fall most', () => {
    const rows = [
      ...line('Qwen3-235B-A22B', 'non-thinking', [
        ['4K context', 97.7],
        ['128K context', 90.6],
      ]),
      ...line('Qwen3-235B-A22B', 'thinking', [
        ['4K context', 95.1],
        ['128K context', 76.3],
      ]),
      ...line('Qwen2.5-72B', 'n/a', [
        ['4K context', 96.0],
        ['128K context', 90.6],
      ]),
    ];
    // A tie at 128K: both share the highest score.
    expect(text(longContextFinding(rows, NO_FACTS, EN))).toEqual([
      'At 128K, Qwen3-235B-A22B (non-thinking) and Qwen2.5-72B share the highest score: 90.6.',
      'From 4K to 128K, Qwen2.5-72B holds up best (-5.4 points) and Qwen3-235B-A22B (thinking) falls the most (-18.8).',
    ]);
  });
});

describe('efficiencyFinding', () => {
  it('names the frontier from its smallest to its largest model, and the best score with no published size', () => {
    const rows = [
      { ...row({ model: 'Qwen3-4B', mode: 'thinking', score: 73.8 }), activeParams: 4 },
      { ...row({ model: 'Qwen3-30B-A3B', mode: 'thinking', score: 80.4 }), activeParams: 3 },
      { ...row({ model: 'Qwen3-235B-A22B', mode: 'thinking', score: 85.7 }), activeParams: 22 },
      // A tie at a larger size is not on the frontier: a smaller model already scores as much.
      { ...row({ model: 'DeepSeek-R1', score: 85.7 }), activeParams: 37 },
      { ...row({ model: 'Gemini2.5-Pro', score: 92.0 }), activeParams: null },
    ];
    expect(text(efficiencyFinding(rows, NO_FACTS, EN))).toEqual([
      '2 models make the frontier of score against active parameters (none smaller scores higher): from Qwen3-30B-A3B (thinking) at 80.4 (3B active) to Qwen3-235B-A22B (thinking) at 85.7 (22B active).',
      "The best score here, Gemini2.5-Pro's 92, has no published size, so it is not placed.",
    ]);
  });
});

describe('multilingualFinding', () => {
  it('counts the languages each model leads, and the best Qwen3 model’s weakest language', () => {
    const lang = (version: string, scores: [string, number][]) =>
      scores.map(([model, score]) =>
        row({ model, score, mode: model.startsWith('Qwen3') ? 'thinking' : 'n/a', version, benchmarkId: 'multi-if' }),
      );
    const rows = [
      ...lang('es (Spanish)', [
        ['Qwen3-235B-A22B', 80.1],
        ['Gemini2.5-Pro', 79.0],
      ]),
      ...lang('ru (Russian)', [
        ['Qwen3-235B-A22B', 58.5],
        ['Gemini2.5-Pro', 70.2],
      ]),
      ...lang('fr (French)', [
        ['Qwen3-235B-A22B', 78.0],
        ['Gemini2.5-Pro', 78.0],
      ]),
    ];
    expect(text(multilingualFinding(rows, NO_FACTS, { benchmark: 'Multi-IF', tr: EN }))).toEqual([
      'Qwen3-235B-A22B (thinking) scores highest on Multi-IF in 2 of the 3 languages.',
      'Qwen3-235B-A22B (thinking) scores lowest in ru (Russian): 58.5.',
    ]);
  });
});

describe('catalog findings', () => {
  it('the models index: how many, from how many organisations, how many Qwen3 and open', () => {
    const m = (name: string, org: string, family: string, openWeights: string) => ({
      name,
      org,
      family,
      openWeights,
      results: 1,
    });
    expect(
      text(
        modelsFinding([
          m('Qwen3-32B', 'Alibaba', 'Qwen3', 'yes'),
          m('Qwen3-4B-Instruct-2507', 'Alibaba', '', 'yes'),
          m('OpenAI-o1', 'OpenAI', '', 'no'),
        ]),
      ),
    ).toEqual(['3 models from 2 organisations; 2 of them are Qwen3 models, and 2 have open weights.']);
  });

  it('the benchmarks index: who leads how many (a shared lead counts for each)', () => {
    const l = (benchmark: string, model: string) => ({
      benchmark,
      modelId: model.toLowerCase(),
      model,
      family: model.startsWith('Qwen3') ? 'Qwen3' : '',
    });
    expect(
      text(
        benchmarksFinding(
          [l('A', 'Gemini'), l('B', 'Gemini'), l('C', 'Qwen3-32B'), l('D', 'Qwen3-32B'), l('D', 'Gemini')],
          5,
          EN,
        ),
      ),
    ).toEqual([
      'Gemini leads 3 of the 5 benchmarks (each in the version with the most results); Qwen3 models lead 2.',
      'Qwen3-32B leads 2: C and D.',
    ]);
  });

  it('what changed: what the latest load added, replaced and named', () => {
    const load = {
      dataVersion: 2,
      loadedAt: '2026-12-07T15:08:00Z',
      counts: [
        { file: 'results.csv', sourceTitle: 'Card A', sourceId: 'a', added: 10, replaced: 0 },
        { file: 'results.csv', sourceTitle: 'Card B', sourceId: 'b', added: 5, replaced: 2 },
        { file: 'models.csv', sourceTitle: null, sourceId: '', added: 2, replaced: 0 },
      ],
      addedModels: [{ name: 'M1' }, { name: 'M2' }],
    };
    expect(text(changesFinding(load, EN))).toEqual([
      'The latest load, version 2 of 2026-12-07, added 15 results and replaced 2 from 2 sources (Card A and Card B).',
      'It added 2 models: M1 and M2.',
    ]);
    expect(text(changesFinding(undefined, EN))).toEqual([]);
  });
});
