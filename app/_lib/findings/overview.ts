import { EN, type Translator } from '../../_i18n/translate';
import type { FactsIndex } from '../result-facts';
import { columnsOf, leadCounts } from './columns';
import type { FindingRow } from './leaderboard';
import { listOf, type Sentence } from './sentence';

// A comparison table's finding (the overview's blog tables, compare's shared benchmarks): which
// model leads how many of its benchmarks, and where the lead is within the test sets' intervals.

/** At most this many leaders are named one by one; the rest are counted. */
const NAMED = 3;
/** A model's or a sentence's benchmarks are listed up to this many; more are counted. */
const LISTED = 3;

export function leadsFinding<R extends FindingRow>(
  rows: readonly R[],
  facts: FactsIndex,
  { table, tr = EN }: { table: string; tr?: Translator },
): Sentence[] {
  const columns = columnsOf(rows, facts);
  const counts = leadCounts(columns);
  const first = counts[0];
  if (!first) return [];
  const name = (c: (typeof counts)[number]) => c.row.model;
  const benchmarksOf = (c: (typeof counts)[number]) =>
    listOf(
      c.columns.map((col) => col.first.benchmark),
      tr,
    );
  const out: Sentence[] = [];
  if (counts.length === 1) {
    out.push({
      key: 'findings.leads.all',
      values: { leader: name(first), count: columns.length, table },
      links: { leader: `/models/${first.row.modelId}` },
    });
  } else {
    const named = counts.slice(1, NAMED);
    const rest = counts.slice(NAMED).reduce((n, c) => n + c.columns.length, 0);
    // Which benchmarks, where they are few enough to read in a sentence.
    const parts = named.map((c) =>
      c.columns.length <= LISTED
        ? tr.t('findings.leads.part', { leader: name(c), count: c.columns.length, benchmarks: benchmarksOf(c) })
        : tr.t('findings.leads.partCount', { leader: name(c), count: c.columns.length }),
    );
    if (rest > 0) parts.push(tr.t('findings.leads.others', { count: rest }));
    out.push({
      key: 'findings.leads.some',
      values: { leader: name(first), count: first.columns.length, n: columns.length, table, rest: listOf(parts, tr) },
      links: { leader: `/models/${first.row.modelId}` },
    });
  }
  const shared = columns.filter((c) => c.leads.length > 1);
  if (shared.length > 0)
    out.push({
      key: 'findings.leads.shared',
      values: {
        benchmarks: listOf(
          shared.map((c) => c.first.benchmark),
          tr,
        ),
        count: shared.length,
      },
    });
  const close = columns.filter((c) => c.close && c.leads.length === 1);
  if (close.length > 0)
    out.push(
      close.length <= LISTED
        ? {
            key: 'findings.leads.close',
            values: {
              benchmarks: listOf(
                close.map((c) => c.first.benchmark),
                tr,
              ),
              count: close.length,
            },
          }
        : { key: 'findings.leads.closeCount', values: { count: close.length, n: columns.length } },
    );
  return out;
}
