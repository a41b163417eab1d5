import type { Category } from '../format';

// Task and dataset names that result files use for well-known benchmarks, mapped to the name a
// benchmark has (or would have) in Benchboard. A name that leads to a benchmark already stored is
// declared as that benchmark's alias when a file uses it (so search finds "gsm8k" too); one that
// leads to a benchmark not stored yet is added only with --new-benchmark, from `define`.
// Matching ignores case and punctuation ("ai2_arc ARC-Challenge" is "ai2arc arcchallenge").

export type KnownBenchmark = {
  benchmark: string;
  /** Every result of this name is this subset (benchmark_version) of the benchmark. */
  subset?: string;
  define?: { category: Category; description: string; url: string };
};

type Entry = KnownBenchmark & { names: string[] };

const ENTRIES: Entry[] = [
  { benchmark: 'GSM8K', names: ['gsm8k', 'gsm8k_cot', 'gsm8k_cot_zeroshot', 'openai/gsm8k', 'GSM8k'] },
  { benchmark: 'MMLU', names: ['mmlu', 'cais/mmlu', 'hendrycksTest', 'MMLU (5-Shot)'] },
  { benchmark: 'MMLU-Pro', names: ['mmlu_pro', 'leaderboard_mmlu_pro', 'TIGER-Lab/MMLU-Pro', 'MMLU-PRO'] },
  { benchmark: 'MMLU-Redux', names: ['mmlu_redux', 'edinburgh-dawg/mmlu-redux-2.0'] },
  { benchmark: 'IFEval', names: ['ifeval', 'leaderboard_ifeval', 'HuggingFaceH4/ifeval', 'google/IFEval'] },
  { benchmark: 'BBH', names: ['bbh', 'leaderboard_bbh', 'lukaemon/bbh', 'SaylorTwift/bbh'] },
  { benchmark: 'GPQA', names: ['gpqa', 'leaderboard_gpqa', 'Idavidrein/gpqa'] },
  { benchmark: 'GPQA', subset: 'main', names: ['leaderboard_gpqa_main', 'gpqa_main_zeroshot'] },
  { benchmark: 'GPQA', subset: 'extended', names: ['leaderboard_gpqa_extended', 'gpqa_extended_zeroshot'] },
  {
    benchmark: 'GPQA-Diamond',
    names: ['gpqa_diamond', 'leaderboard_gpqa_diamond', 'gpqa_diamond_zeroshot', 'Idavidrein/gpqa diamond', 'diamond'],
  },
  { benchmark: 'MATH', names: ['minerva_math', 'hendrycks_math', 'hendrycks/competition_math'] },
  {
    benchmark: 'MATH',
    subset: 'level 5',
    names: ['leaderboard_math_hard', 'lighteval/MATH-Hard', 'MATH Lvl 5', 'MATH Level 5'],
  },
  { benchmark: 'MATH-500', names: ['math_500', 'HuggingFaceH4/MATH-500'] },
  { benchmark: 'HLE', names: ['hle', 'cais/hle'] },
  { benchmark: 'MultiPL-E', names: ['multipl_e', 'nuprl/MultiPL-E'] },
  { benchmark: "AIME'24", names: ['aime24', 'aime_2024'] },
  { benchmark: "AIME'25", names: ['aime25', 'aime_2025'] },
  { benchmark: 'C-Eval', names: ['ceval', 'ceval-valid'] },
  { benchmark: 'MGSM', names: ['mgsm', 'mgsm_direct', 'juletxara/mgsm'] },
  { benchmark: 'Belebele', names: ['belebele', 'facebook/belebele'] },
  {
    benchmark: 'ARC-Challenge',
    names: ['arc_challenge', 'ai2_arc ARC-Challenge', 'allenai/ai2_arc ARC-Challenge', 'AI2 Reasoning Challenge'],
    define: {
      category: 'reasoning',
      description: 'AI2 Reasoning Challenge, Challenge set: grade-school science multiple choice',
      url: 'https://arxiv.org/abs/1803.05457',
    },
  },
  {
    benchmark: 'ARC-Easy',
    names: ['arc_easy', 'ai2_arc ARC-Easy', 'allenai/ai2_arc ARC-Easy', 'allenai/ai2_arc'],
    define: {
      category: 'reasoning',
      description: 'AI2 Reasoning Challenge, Easy set: grade-school science multiple choice',
      url: 'https://arxiv.org/abs/1803.05457',
    },
  },
  {
    benchmark: 'HellaSwag',
    names: ['hellaswag', 'Rowan/hellaswag'],
    define: {
      category: 'reasoning',
      description: 'Commonsense sentence completion',
      url: 'https://arxiv.org/abs/1905.07830',
    },
  },
  {
    benchmark: 'WinoGrande',
    names: ['winogrande', 'allenai/winogrande'],
    define: {
      category: 'reasoning',
      description: 'Pronoun resolution at scale (Winograd schemas)',
      url: 'https://arxiv.org/abs/1907.10641',
    },
  },
  {
    benchmark: 'TruthfulQA',
    names: ['truthfulqa_mc2', 'truthfulqa', 'truthful_qa', 'truthful_qa multiple_choice'],
    define: {
      category: 'knowledge',
      description: 'Questions that some humans would answer falsely from misconceptions',
      url: 'https://arxiv.org/abs/2109.07958',
    },
  },
  {
    benchmark: 'PIQA',
    names: ['piqa', 'ybisk/piqa'],
    define: { category: 'reasoning', description: 'Physical commonsense', url: 'https://arxiv.org/abs/1911.11641' },
  },
  {
    benchmark: 'MuSR',
    names: ['musr', 'leaderboard_musr', 'TAUR-Lab/MuSR'],
    define: {
      category: 'reasoning',
      description: 'Multistep soft reasoning over narratives',
      url: 'https://arxiv.org/abs/2310.16049',
    },
  },
  {
    benchmark: 'PubMedQA',
    names: ['pubmedqa', 'bigbio/pubmed_qa', 'qiaojin/PubMedQA'],
    define: {
      category: 'knowledge',
      description: 'Biomedical research questions answered yes, no or maybe',
      url: 'https://arxiv.org/abs/1909.06146',
    },
  },
  {
    benchmark: 'GAIA',
    names: ['gaia', 'gaia-benchmark/GAIA'],
    define: {
      category: 'agent',
      description: 'General AI assistants: tool-using tasks',
      url: 'https://arxiv.org/abs/2311.12983',
    },
  },
  {
    benchmark: 'LiveCodeBench Pro',
    names: ['livecodebenchpro', 'livecodebench_pro'],
    define: {
      category: 'code',
      description: 'Competitive programming problems by difficulty, scored by pass@1',
      url: 'https://arxiv.org/abs/2506.11928',
    },
  },
  {
    benchmark: 'Global MMLU Lite',
    names: ['global-mmlu-lite', 'CohereForAI/Global-MMLU-Lite'],
    define: {
      category: 'multilingual',
      description: 'A balanced subset of Global-MMLU in 15+ languages, culturally sensitive and agnostic parts',
      url: 'https://huggingface.co/datasets/CohereForAI/Global-MMLU-Lite',
    },
  },
];

/** Case, spaces and punctuation removed: "ai2_arc ARC-Challenge" -> "ai2arcarcchallenge". */
export const squash = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const BY_NAME = new Map<string, KnownBenchmark>();
for (const { names, ...known } of ENTRIES)
  for (const n of known.subset ? names : [known.benchmark, ...names]) BY_NAME.set(squash(n), known);

/** The well-known benchmark a task or dataset name stands for, if any. hendrycksTest-<subject> is MMLU's subject. */
export function knownBenchmark(name: string): KnownBenchmark | undefined {
  const subject = /^hendrycksTest-(.+)$/.exec(name);
  if (subject) return { benchmark: 'MMLU', subset: subject[1]! };
  return BY_NAME.get(squash(name));
}

/** The names of the well-known benchmarks (for did-you-mean). */
export const KNOWN_NAMES = [...new Set(ENTRIES.map((e) => e.benchmark))];
