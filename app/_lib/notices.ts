import { EN } from '../_i18n/translate';

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

/** What each notice is about (a page may pick some). */
export type NoticeKind = 'budgets' | 'modes' | 'tables' | 'metrics';

export function mixNotices(rows: readonly Row[], { t } = EN): { kind: NoticeKind; text: string }[] {
  const notices: { kind: NoticeKind; text: string }[] = [];
  const tables = [...new Set(rows.map((r) => `${r.sourceId}: ${r.tableRef}`))];
  const budgets = rows.filter((r) => r.budget !== null);
  if (budgets.length > 0 && budgets.length < rows.length) notices.push({ kind: 'budgets', text: t('notices.budgets') });
  const modes = new Set(rows.map((r) => r.mode).filter((m) => m !== 'n/a'));
  if (modes.size > 1) notices.push({ kind: 'modes', text: t('notices.modes') });
  // How many tables, not which: each row and each chart's source line names its own.
  if (tables.length > 1) notices.push({ kind: 'tables', text: t('notices.tables', { count: tables.length }) });
  if (new Set(rows.map((r) => r.metric)).size > 1) notices.push({ kind: 'metrics', text: t('notices.metrics') });
  return notices;
}
