import { EN, type Translator } from '../../_i18n/translate';
import { isQwen3 } from '../encodings';
import type { FactsIndex } from '../result-facts';
import { leaderboard, leaders, notSeparable, rankOf, type Entry, type FindingRow } from './leaderboard';
import { gapText, listOf, nameOf, ordinal, type Sentence } from './sentence';

// A benchmark view's finding: who leads and with what, the gap to the next model, whether the
// test set's size lets the two be told apart, and where the best Qwen3 model stands.

/** A score as the finding writes it: a disputed cell's values, all of them. */
export function scoreOf(e: Pick<Entry<FindingRow>, 'cell' | 'value'>, { t }: Translator = EN): string {
  if (!e.cell.disputed) return e.value.scoreText;
  return t('findings.disputed', { values: e.cell.values.map((v) => v.scoreText).join(' ≠ ') });
}

const modelHref = (r: FindingRow) => `/models/${r.modelId}`;

export function benchmarkFinding<R extends FindingRow>(
  rows: readonly R[],
  benchmark: string,
  facts: FactsIndex,
  { lowerIsBetter = false, tr = EN }: { lowerIsBetter?: boolean; tr?: Translator } = {},
): Sentence[] {
  const board = leaderboard(rows, facts, lowerIsBetter);
  const first = board[0];
  if (!first) return [];
  const lead = first.cell.row;
  const out: Sentence[] = [];
  const shared = leaders(board);
  if (board.length === 1) {
    out.push({
      key: 'findings.benchmark.only',
      values: { leader: nameOf(lead, tr), benchmark, score: scoreOf(first, tr) },
      links: { leader: modelHref(lead) },
    });
  } else if (shared.length > 1) {
    out.push({
      key: 'findings.benchmark.shared',
      values: {
        leaders: listOf(
          shared.map((e) => nameOf(e.cell.row, tr)),
          tr,
        ),
        benchmark,
        score: first.value.scoreText,
      },
    });
  } else {
    const next = board[1]!;
    out.push({
      key: 'findings.benchmark.leadsGap',
      values: {
        leader: nameOf(lead, tr),
        benchmark,
        score: scoreOf(first, tr),
        runner: nameOf(next.cell.row, tr),
        gap: gapText(first.value.scoreText, next.value.scoreText),
        runnerScore: scoreOf(next, tr),
      },
      links: { leader: modelHref(lead), runner: modelHref(next.cell.row) },
    });
  }
  if (first.interval && board.length > 1) {
    const tied = notSeparable(board).length;
    out.push(
      tied > 0
        ? { key: 'findings.benchmark.notSeparable', values: { n: first.interval.n, count: tied } }
        : { key: 'findings.benchmark.separable', values: { n: first.interval.n } },
    );
  }
  // Where Qwen3 stands, unless the sentence above already named its best model.
  const named = new Set([...shared, board[1]].filter(Boolean).map((e) => e!.cell.row.modelId));
  const qwen = board.find((e) => isQwen3(e.cell.row.family, e.cell.row.model));
  if (qwen && !named.has(qwen.cell.row.modelId)) {
    out.push({
      key: 'findings.benchmark.qwen',
      values: {
        qwen: nameOf(qwen.cell.row, tr),
        rank: ordinal(rankOf(board, qwen, lowerIsBetter), tr),
        count: board.length,
        score: scoreOf(qwen, tr),
        gap: gapText(first.value.scoreText, qwen.value.scoreText),
      },
      links: { qwen: modelHref(qwen.cell.row) },
    });
  }
  return out;
}
