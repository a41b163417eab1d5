// Short notices above a chart that mixes things a careful reader would not compare blindly.

type Row = {
  tableRef: string;
  sourceId: string;
  budget: number | null;
  mode: string;
  metric: string;
  version: string;
  benchmarkId: string;
  notes: string;
};

export function mixNotices(rows: readonly Row[]): string[] {
  const notices: string[] = [];
  const tables = [...new Set(rows.map((r) => `${r.sourceId}: ${r.tableRef}`))];
  const budgets = rows.filter((r) => r.budget !== null);
  if (budgets.length > 0 && budgets.length < rows.length) {
    notices.push(
      'Mixes scores at a stated thinking budget (Figure 2) with scores run under the general output cap (32,768 tokens, 38,912 for AIME), which can differ for the same model: compare within one kind.',
    );
  }
  const modes = new Set(rows.map((r) => r.mode).filter((m) => m !== 'n/a'));
  if (modes.size > 1) {
    notices.push('Shows thinking and non-thinking results of the same weights side by side (fill tells them apart).');
  }
  if (tables.length > 1) {
    notices.push(
      `Collected from ${tables.length} tables (${tables.slice(0, 6).join('; ')}${tables.length > 6 ? '; …' : ''}), whose setups may differ; each row names its table.`,
    );
  }
  if (new Set(rows.map((r) => r.metric)).size > 1) notices.push('Mixes metrics: see the metric column.');
  return notices;
}
