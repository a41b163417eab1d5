import { EN, type Translator } from '../../_i18n/translate';
import { listOf, type Sentence } from './sentence';

// What thinking buys: the difference between a Qwen3 model's thinking and non-thinking scores on
// the same benchmark (app/_lib/gains.ts). Only percentages are compared across benchmarks: Elo
// points and percentage points are not the same step.

export type GainLike = {
  thinking: { modelId: string; model: string; benchmark: string; version: string; unit: string; scoreText: string };
  nonThinking: { scoreText: string };
  delta: string;
  deltaValue: number;
};

const label = (g: GainLike) => [g.thinking.benchmark, g.thinking.version].filter(Boolean).join(' ');

/** For one model: the benchmark where thinking adds the most, and the one where it adds the least. */
export function modelGainFinding(gains: readonly GainLike[], modelId: string): Sentence[] {
  const mine = gains.filter((g) => g.thinking.modelId === modelId && g.thinking.unit === 'percent');
  if (mine.length < 2) return [];
  const sorted = [...mine].sort((a, b) => b.deltaValue - a.deltaValue);
  const most = sorted[0]!;
  const least = sorted[sorted.length - 1]!;
  return [
    {
      key: 'overview.thinking',
      values: {
        model: most.thinking.model,
        most: label(most),
        mostGain: most.delta,
        mostThinking: most.thinking.scoreText,
        mostNon: most.nonThinking.scoreText,
        least: label(least),
        leastGain: least.delta,
      },
      links: { model: `/models/${modelId}` },
    },
  ];
}

/**
 * Over every Qwen3 size: the benchmarks where thinking adds the most and the least (by their
 * median gain, with the range over sizes), and how many pairs it lowers.
 */
export function thinkingFinding(gains: readonly GainLike[], tr: Translator = EN): Sentence[] {
  const percent = gains.filter((g) => g.thinking.unit === 'percent');
  const by = new Map<string, GainLike[]>();
  for (const g of percent) by.set(label(g), [...(by.get(label(g)) ?? []), g]);
  const benchmarks = [...by.entries()]
    .filter(([, list]) => list.length >= 2)
    .map(([name, list]) => {
      const values = list.map((g) => g.deltaValue).sort((a, b) => a - b);
      const texts = [...list].sort((a, b) => a.deltaValue - b.deltaValue).map((g) => g.delta);
      return {
        name,
        median: values[Math.floor(values.length / 2)]!,
        low: texts[0]!,
        high: texts[texts.length - 1]!,
        sizes: list.length,
      };
    })
    .sort((a, b) => b.median - a.median);
  if (benchmarks.length < 2) return [];
  const most = benchmarks[0]!;
  const least = benchmarks[benchmarks.length - 1]!;
  const out: Sentence[] = [
    {
      key: 'findings.thinking.range',
      values: {
        most: most.name,
        mostLow: most.low,
        mostHigh: most.high,
        sizes: most.sizes,
        least: least.name,
        leastLow: least.low,
        leastHigh: least.high,
      },
    },
  ];
  // Whether thinking ever lowers a score holds in any unit: every pair counts here.
  const lower = gains.filter((g) => g.deltaValue < 0);
  out.push(
    lower.length === 0
      ? { key: 'findings.thinking.neverLower', values: { count: gains.length } }
      : {
          key: 'findings.thinking.lower',
          values: {
            count: lower.length,
            total: gains.length,
            where: listOf([...new Set(lower.map(label))].slice(0, 4), tr),
          },
        },
  );
  return out;
}
