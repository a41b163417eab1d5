import { EN, type Translator } from '../../_i18n/translate';
import { isQwen3 } from '../encodings';
import type { FactsIndex } from '../result-facts';
import { columnsOf, leadCounts } from './columns';
import type { FindingRow } from './leaderboard';
import { nameOf, type Sentence } from './sentence';

// A benchmark by language (the report's per-language tables): which model scores highest in how
// many languages, and the weakest language of the best Qwen3 model.

export function multilingualFinding<R extends FindingRow>(
  rows: readonly R[],
  facts: FactsIndex,
  {
    benchmark,
    language = (r: R) => r.version,
    tr = EN,
  }: { benchmark: string; language?: (r: R) => string; tr?: Translator },
): Sentence[] {
  const columns = columnsOf(rows, facts);
  if (columns.length === 0) return [];
  const counts = leadCounts(columns);
  const out: Sentence[] = [];
  const first = counts[0]!;
  out.push({
    key: counts.length === 1 ? 'findings.languages.all' : 'findings.languages.most',
    values: { leader: nameOf(first.row, tr), count: first.columns.length, n: columns.length, benchmark },
    links: { leader: `/models/${first.row.modelId}` },
  });
  // The Qwen3 model with the most first places (else the first Qwen3 row), and its lowest score.
  const qwen =
    counts.find((c) => isQwen3(c.row.family, c.row.model))?.row ?? rows.find((r) => isQwen3(r.family, r.model));
  if (qwen && columns.length > 1) {
    const mine = columns
      .map((c) => ({ c, e: c.board.find((e) => e.cell.row.modelId === qwen.modelId) }))
      .filter((x) => x.e)
      .sort((a, b) => a.e!.value.score - b.e!.value.score);
    const weakest = mine[0];
    if (weakest)
      out.push({
        key: 'findings.languages.weakest',
        values: { model: nameOf(qwen, tr), language: language(weakest.c.first), score: weakest.e!.value.scoreText },
      });
  }
  return out;
}
