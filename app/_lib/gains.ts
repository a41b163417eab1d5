// Thinking against non-thinking for the same weights: pairs of published scores and the
// difference between them. The difference is computed here (never published), and it is
// written with the decimals of its inputs so it reads exactly, without rounding either one.

export type GainInput = {
  modelId: string;
  benchmarkId: string;
  version: string;
  metric: string;
  unit: string;
  mode: string;
  budget: number | null;
  tableRef: string;
  score: number;
  scoreText: string;
};

export type Gain<R extends GainInput> = {
  thinking?: R;
  nonThinking?: R;
  /** thinking minus non-thinking, as text with the inputs' decimals; undefined if one side is missing */
  delta?: string;
  deltaValue?: number;
};

const decimals = (text: string) => (text.includes('.') ? text.length - text.indexOf('.') - 1 : 0);

export function difference(a: string, b: string): { text: string; value: number } {
  const places = Math.max(decimals(a), decimals(b));
  const scale = 10 ** places;
  // Integer arithmetic on the printed digits: 85.7 - 40.1 is 45.6, not 45.60000000000001.
  const value = (Math.round(Number(a) * scale) - Math.round(Number(b) * scale)) / scale;
  const text = value.toFixed(places);
  return { text: value > 0 ? `+${text}` : text, value };
}

/** Pairs each model's thinking and non-thinking scores on the same benchmark, version and metric. */
export function pairModes<R extends GainInput>(rows: readonly R[]): Gain<R>[] {
  const pairs = new Map<string, Gain<R>>();
  for (const r of rows) {
    if (r.budget !== null || (r.mode !== 'thinking' && r.mode !== 'non-thinking')) continue;
    const key = JSON.stringify([r.modelId, r.benchmarkId, r.version, r.metric, r.unit]);
    const pair = pairs.get(key) ?? {};
    // Where several tables print one side, keep the first (rows come best first).
    if (r.mode === 'thinking') pair.thinking ??= r;
    else pair.nonThinking ??= r;
    pairs.set(key, pair);
  }
  for (const pair of pairs.values()) {
    if (pair.thinking && pair.nonThinking) {
      const d = difference(pair.thinking.scoreText, pair.nonThinking.scoreText);
      pair.delta = d.text;
      pair.deltaValue = d.value;
    }
  }
  return [...pairs.values()];
}
