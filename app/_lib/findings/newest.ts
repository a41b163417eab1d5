import type { Translator } from '../../_i18n/translate';
import { difference } from '../gains';
import { isQwen3 } from '../encodings';
import type { FactsIndex } from '../result-facts';
import { columnsOf } from './columns';
import type { FindingRow } from './leaderboard';
import { nameOf, type Sentence } from './sentence';

// A newer model in the table of its own model card: how many of the card's benchmarks it leads
// against the other models there, and how it compares with the earlier Qwen3 model the card
// puts beside it (the one sharing most of its benchmarks), with the largest difference.

type Row = FindingRow & { releaseDate: string | null };

export function newestFinding(
  cardRows: readonly Row[],
  modelId: string,
  facts: FactsIndex,
  tr: Translator,
): Sentence[] {
  const columns = columnsOf(cardRows, facts).filter((c) => c.board.some((e) => e.cell.row.modelId === modelId));
  if (columns.length === 0) return [];
  const others = new Set(cardRows.map((r) => r.modelId).filter((id) => id !== modelId));
  const led = columns.filter((c) => c.leads.some((e) => e.cell.row.modelId === modelId)).length;
  const out: Sentence[] = [
    {
      // "Best of 1 other models" read wrong: one other model is named as one.
      key: others.size === 1 ? 'findings.newest.leadsOne' : 'findings.newest.leads',
      values: { count: led, n: columns.length, others: others.size },
    },
  ];
  // The earlier Qwen3 model the card compares with: the one in most of the same columns.
  const released = cardRows.find((r) => r.modelId === modelId)?.releaseDate ?? '';
  const shared = new Map<string, number>();
  for (const c of columns)
    for (const e of c.board) {
      const r = e.cell.row;
      if (r.modelId !== modelId && isQwen3(r.family, r.model) && (r.releaseDate ?? '') < released)
        shared.set(r.modelId, (shared.get(r.modelId) ?? 0) + 1);
    }
  const before = [...shared.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!before) return out;
  const pairs = columns.flatMap((c) => {
    const mine = c.board.find((e) => e.cell.row.modelId === modelId);
    const theirs = c.board.find((e) => e.cell.row.modelId === before);
    return mine && theirs ? [{ c, mine, theirs, d: difference(mine.value.scoreText, theirs.value.scoreText) }] : [];
  });
  const better = pairs.filter((p) => p.d.value > 0).length;
  // The largest difference, in percentage points (Elo steps are not comparable with them).
  const biggest = pairs.filter((p) => p.c.first.unit === 'percent').sort((a, b) => b.d.value - a.d.value)[0];
  const theirName = nameOf(pairs[0]!.theirs.cell.row, tr);
  out.push(
    biggest
      ? {
          key: 'findings.newest.against',
          values: {
            before: theirName,
            better,
            n: pairs.length,
            benchmark: biggest.c.first.benchmark,
            mine: biggest.mine.value.scoreText,
            theirs: biggest.theirs.value.scoreText,
          },
          links: { before: `/models/${before}` },
        }
      : {
          key: 'findings.newest.againstCount',
          values: { before: theirName, better, n: pairs.length },
          links: { before: `/models/${before}` },
        },
  );
  return out;
}
