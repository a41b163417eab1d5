import type { Translator } from '../../_i18n/translate';
import { difference } from '../gains';
import type { FactsIndex } from '../result-facts';
import { leaderboard, leaders, type FindingRow } from './leaderboard';
import { listOf, nameOf, type Sentence } from './sentence';

// RULER by context length: who scores highest at the longest context, and whose score falls the
// least and the most from the shortest context to the longest.

/** "128K context" → 128; a column that is not a length (an average) → NaN. */
export const contextK = (version: string) => {
  const m = /^(\d+)K/.exec(version);
  return m ? Number(m[1]) : Number.NaN;
};

export function longContextFinding<R extends FindingRow>(
  rows: readonly R[],
  facts: FactsIndex,
  tr: Translator,
): Sentence[] {
  const lengths = [...new Set(rows.map((r) => contextK(r.version)).filter(Number.isFinite))].sort((a, b) => a - b);
  if (lengths.length < 2) return [];
  const at = (k: number) => rows.filter((r) => contextK(r.version) === k);
  const shortest = lengths[0]!;
  const longest = lengths[lengths.length - 1]!;
  const best = leaders(leaderboard(at(longest), facts));
  const out: Sentence[] = [];
  if (best.length > 0)
    out.push({
      key: best.length > 1 ? 'findings.long.sharedBest' : 'findings.long.best',
      values: {
        length: `${longest}K`,
        leader: listOf(
          best.map((e) => nameOf(e.cell.row, tr)),
          tr,
        ),
        score: best[0]!.value.scoreText,
      },
      ...(best.length === 1 ? { links: { leader: `/models/${best[0]!.cell.row.modelId}` } } : {}),
    });
  const changes = lineChanges(rows);
  if (changes.length >= 2) {
    const best = changes[0]!;
    const worst = changes[changes.length - 1]!;
    out.push({
      key: 'findings.long.changes',
      values: {
        from: `${shortest}K`,
        to: `${longest}K`,
        best: nameOf(best.r, tr),
        bestChange: best.d.text,
        worst: nameOf(worst.r, tr),
        worstChange: worst.d.text,
      },
    });
  }
  return out;
}

/**
 * The change of each line (model and mode) from the shortest context to the longest (last minus
 * first), the line that holds up best first. The finding names the first and the last, and the
 * chart highlights the models it names (app/_charts/kinds/long-context.ts).
 */
export function lineChanges<R extends FindingRow>(rows: readonly R[]): { r: R; d: ReturnType<typeof difference> }[] {
  const lengths = [...new Set(rows.map((r) => contextK(r.version)).filter(Number.isFinite))].sort((a, b) => a - b);
  if (lengths.length < 2) return [];
  const at = (k: number) => rows.filter((r) => contextK(r.version) === k);
  // Lines (model and mode) over lengths: their own leaderboards would merge modes, so by cell key.
  const key = (r: R) => `${r.modelId}|${r.mode}|${r.budget ?? ''}`;
  const first = new Map(at(lengths[0]!).map((r) => [key(r), r]));
  return at(lengths[lengths.length - 1]!)
    .filter((r) => first.has(key(r)))
    .map((r) => ({ r, d: difference(r.scoreText, first.get(key(r))!.scoreText) }))
    .sort((a, b) => b.d.value - a.d.value);
}
