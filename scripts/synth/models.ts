import { clamp, int, pick } from './random';

// The synthetic models: ~1,000 of them from twenty organisations, in families that grow over time
// (open-weights dense and MoE sizes, API-only tiers whose sizes are mostly unknown).

const MODEL_COUNT = 1000;

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
export const SPAN_DAYS = 1276; // to 2026-06-30
export const isoDate = (days: number) => new Date(START + days * DAY).toISOString().slice(0, 10);

export type Kind = 'base' | 'instruct' | 'reasoning' | 'hybrid';

export type SynthModel = {
  index: number;
  name: string;
  alias: string | null;
  kind: Kind;
  org: string;
  family: string;
  architecture: 'dense' | 'moe' | '';
  totalParamsB: string;
  activeParamsB: string;
  layers: string;
  contextLengthTokens: string;
  releaseDate: string;
  openWeights: 'yes' | 'no' | '';
  license: string;
  strength: number;
};

export const ORG_WORDS = [
  'Aurora',
  'Borealis',
  'Cobalt',
  'Dune',
  'Ember',
  'Fjord',
  'Granite',
  'Harbor',
  'Iris',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Meridian',
  'Nimbus',
  'Onyx',
  'Pinnacle',
  'Quartz',
  'Sable',
  'Tundra',
  'Vesper',
];
// total params (B), layers
const DENSE: [number, number][] = [
  [0.6, 28],
  [1.7, 28],
  [4, 36],
  [8, 36],
  [14, 40],
  [32, 64],
  [70, 80],
  [110, 96],
  [405, 126],
];
// total, active (B), layers
const MOE: [number, number, number][] = [
  [30, 3, 48],
  [80, 3, 48],
  [106, 12, 46],
  [235, 22, 94],
  [480, 35, 62],
  [671, 37, 61],
  [1000, 32, 61],
];
const TIERS = ['Flash', 'Pro', 'Ultra', 'Mini'];
const LICENSES = ['Apache-2.0', 'MIT', 'Synth Community License'];

export function synthModels(r: () => number): SynthModel[] {
  const orgs = ORG_WORDS.map((word, i) => ({
    word,
    name: i % 3 === 0 ? `${word} Synth Labs, Inc.` : `${word} Synth AI`,
    open: i % 4 !== 3, // every fourth org publishes API-only models
    lines: [
      { suffix: '', gen: 0, focus: 'general' as const },
      { suffix: 'Coder', gen: 0, focus: 'coder' as const },
      { suffix: '-R', gen: 0, focus: 'reasoning' as const },
    ].slice(0, 1 + (i % 3)),
  }));
  const models: SynthModel[] = [];
  const taken = new Set<string>();
  while (models.length < MODEL_COUNT) {
    const org = pick(r, orgs);
    const line = pick(r, org.lines);
    line.gen++;
    const family = `Synth-${org.word}${line.suffix}${line.gen}`;
    const days = clamp(Math.floor((models.length / MODEL_COUNT) * SPAN_DAYS) + int(r, 0, 20), 0, SPAN_DAYS);
    const t = days / SPAN_DAYS;
    const releaseDate = isoDate(days);
    const contextLengthTokens = String(
      pick(r, t < 0.3 ? [8192, 32768] : t < 0.7 ? [32768, 131072] : [131072, 262144, 1048576]),
    );
    const license = org.open ? pick(r, LICENSES) : '';
    const hybridEra = t > 0.55;

    type Config = { label: string; total: number | null; active: number | null; layers: number | null };
    const configs: Config[] = [];
    if (org.open) {
      const usable = r() < 0.35 ? 'moe' : 'dense';
      const count = int(r, 1, 4);
      const seen = new Set<number>();
      for (let k = 0; k < count; k++) {
        if (usable === 'moe') {
          const i = int(r, 0, MOE.length - 1);
          if (seen.has(i)) continue;
          seen.add(i);
          const [total, active, layers] = MOE[i]!;
          configs.push({ label: `${total}B-A${active}B`, total, active, layers });
        } else {
          const i = int(r, 0, DENSE.length - 1);
          if (seen.has(i)) continue;
          seen.add(i);
          const [total, layers] = DENSE[i]!;
          configs.push({ label: `${total}B`, total, active: total, layers });
        }
      }
    } else {
      for (const tier of TIERS.slice(0, int(r, 1, 3))) {
        const known = r() < 0.3; // most API-only models publish no sizes: unknown, never zero
        const [total, active, layers] = pick(r, MOE);
        configs.push({
          label: tier,
          total: known ? total : null,
          active: known ? active : null,
          layers: known ? layers : null,
        });
      }
    }

    for (const config of configs) {
      const variants: [string, Kind][] = [];
      if (line.focus === 'reasoning') variants.push(['', 'reasoning']);
      else {
        if (org.open && r() < 0.6) variants.push(['-Base', 'base']);
        variants.push(hybridEra && line.focus === 'general' && r() < 0.6 ? ['', 'hybrid'] : ['-Instruct', 'instruct']);
      }
      for (const [suffix, kind] of variants) {
        if (models.length >= MODEL_COUNT) break;
        const name = `${family}-${config.label}${suffix}`;
        if (taken.has(name.toLowerCase())) continue;
        taken.add(name.toLowerCase());
        const size = Math.log10(config.total ?? 300) / 3; // 0.6B -> -0.07, 1000B -> 1
        const kindBonus = { base: -0.1, instruct: 0, hybrid: 0.05, reasoning: 0.08 }[kind];
        models.push({
          index: models.length,
          name,
          alias: r() < 0.08 ? name.toLowerCase() : null,
          kind,
          org: org.name,
          family,
          architecture: config.total === null ? '' : config.active !== config.total ? 'moe' : 'dense',
          totalParamsB: config.total === null ? '' : String(config.total),
          activeParamsB: config.active === null ? '' : String(config.active),
          layers: config.layers === null ? '' : String(config.layers),
          contextLengthTokens,
          releaseDate,
          openWeights: org.open ? 'yes' : r() < 0.8 ? 'no' : '',
          license,
          strength: 0.1 + 0.35 * t + 0.3 * size + kindBonus + 0.1 * r(),
        });
      }
    }
  }
  return models;
}
