import 'server-only';
import { getResults, type ScoreRow } from '@/db/queries';
import { csvHref } from './filters';

/** Budget curves: every (source table, model, benchmark) with two or more budget points. */
export function budgetCurves(): { rows: ScoreRow[]; table11?: ScoreRow; csv: string }[] {
  // Qwen3's curves (Figure 2): this view is about what thinking buys Qwen3.
  const pointRows = getResults({ budget: 'set', family: 'Qwen3' });
  const tables = [...new Set(pointRows.map((r) => `${r.sourceId}\u0000${r.tableRef}`))];
  const curves: { rows: ScoreRow[]; table11?: ScoreRow; csv: string }[] = [];
  for (const t of tables) {
    const [sourceId, tableRef] = t.split('\u0000') as [string, string];
    const groups = new Map<string, ScoreRow[]>();
    for (const r of getResults({ sourceId, tableRef, family: 'Qwen3' })) {
      const key = JSON.stringify([r.modelId, r.benchmarkId, r.version, r.metric]);
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const rows of groups.values()) {
      if (rows.filter((r) => r.budget !== null).length < 2) continue;
      const r = rows[0]!;
      const general = getResults({
        benchmarkId: r.benchmarkId,
        modelIds: [r.modelId],
        mode: 'thinking',
        budget: 'none',
      }).find((g) => g.mode === 'thinking' && g.version === r.version && g.tableRef !== tableRef);
      curves.push({
        rows,
        table11: general,
        csv: csvHref({
          sourceId,
          tableRef,
          benchmarkId: r.benchmarkId,
          modelIds: [r.modelId],
          version: r.version,
          metric: r.metric,
        }),
      });
    }
  }
  return curves;
}
