import { EN, type Translator } from '../../_i18n/translate';
import type { FactsIndex } from '../result-facts';
import { leaderboard, type FindingRow } from './leaderboard';
import { nameOf, type Sentence } from './sentence';

// Score against active parameters: the frontier (the models no smaller model beats), from its
// smallest to its largest, and the best score of all where its model's size is not published.

type Row = FindingRow & { activeParams: number | null };

export function efficiencyFinding(rows: readonly Row[], facts: FactsIndex, tr: Translator = EN): Sentence[] {
  const board = leaderboard(rows, facts);
  const sized = board.filter((e) => (e.cell.row.activeParams ?? 0) > 0);
  const sorted = [...sized].sort(
    (a, b) => a.cell.row.activeParams! - b.cell.row.activeParams! || b.value.score - a.value.score,
  );
  const front: typeof sized = [];
  for (const e of sorted) if (front.length === 0 || e.value.score > front[front.length - 1]!.value.score) front.push(e);
  const out: Sentence[] = [];
  const point = (e: (typeof front)[number]) => ({
    name: nameOf(e.cell.row, tr),
    active: String(e.cell.row.activeParams),
    score: e.value.scoreText,
  });
  if (front.length === 1) {
    const p = point(front[0]!);
    out.push({ key: 'findings.efficiency.one', values: { model: p.name, active: p.active, score: p.score } });
  } else if (front.length > 1) {
    const [small, big] = [point(front[0]!), point(front[front.length - 1]!)];
    out.push({
      key: 'findings.efficiency.frontier',
      values: {
        count: front.length,
        small: small.name,
        smallActive: small.active,
        smallScore: small.score,
        big: big.name,
        bigActive: big.active,
        bigScore: big.score,
      },
    });
  }
  const top = board[0];
  if (top && !((top.cell.row.activeParams ?? 0) > 0))
    out.push({
      key: 'findings.efficiency.unsized',
      values: { model: nameOf(top.cell.row, tr), score: top.value.scoreText },
      links: { model: `/models/${top.cell.row.modelId}` },
    });
  return out;
}
