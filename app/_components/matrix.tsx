import type { ScoreRow } from '@/db/queries';
import { groupCells, isIndependent } from '../_lib/cells';
import { isQwen3, modeLabel } from '../_lib/encodings';
import { unitName } from '../_lib/format';
import { getI18n } from '../_i18n/server';
import { EN, type Translator } from '../_i18n/translate';

/** A matrix's rows or columns: a key, a label in the page's language, and a site path (in English). */
export type Axis = {
  key: (r: ScoreRow) => string;
  label: (r: ScoreRow, tr?: Translator) => string;
  href?: (r: ScoreRow) => string;
};

export const byModelAndMode: Axis = {
  key: (r) => `${r.modelId}|${r.mode}|${r.budget ?? ''}`,
  label: (r, tr = EN) => (r.mode === 'n/a' ? r.model : `${r.model} (${modeLabel(r.mode, tr)})`),
  href: (r) => `/models/${r.modelId}`,
};

export const byBenchmark: Axis = {
  key: (r) => `${r.benchmarkId}|${r.version}|${r.metric}|${r.unit}`,
  label: (r) => [r.benchmark, r.version].filter(Boolean).join(' '),
  href: (r) =>
    `/benchmarks/${r.benchmarkId}?version=${encodeURIComponent(r.version)}&metric=${encodeURIComponent(r.metric)}&unit=${r.unit}`,
};

/**
 * Rows x columns of scores (its many links are plain anchors: a next/link each is a client
 * component to render and serialise, and prefetches its page when scrolled into view), every number in the HTML with its source in a tooltip and in the
 * caption. Empty cells say that the source did not report them.
 */
export async function Matrix({
  rows,
  rowAxis = byModelAndMode,
  colAxis = byBenchmark,
  caption,
  testId,
  rowOrder,
  markIndependent = false,
}: {
  rows: ScoreRow[];
  rowAxis?: Axis;
  colAxis?: Axis;
  caption: string;
  testId?: string;
  rowOrder?: (a: ScoreRow, b: ScoreRow) => number;
  /** Mark each number someone other than the model's maker reported ("ind."). */
  markIndependent?: boolean;
}) {
  const tr = await getI18n();
  const { t, href } = tr;
  const cells = groupCells(rows);
  const cols = new Map<string, ScoreRow>();
  const lines = new Map<string, ScoreRow>();
  const at = new Map<string, (typeof cells)[number]>();
  for (const cell of cells) {
    const r = cell.row;
    if (!cols.has(colAxis.key(r))) cols.set(colAxis.key(r), r);
    if (!lines.has(rowAxis.key(r))) lines.set(rowAxis.key(r), r);
    at.set(`${rowAxis.key(r)}#${colAxis.key(r)}`, cell);
  }
  const orderedLines = [...lines.entries()];
  if (rowOrder) orderedLines.sort((a, b) => rowOrder(a[1], b[1]));
  // Where every number comes from one table, that table is named once under the matrix; where
  // tables mix, each number names its table in a tooltip, and the sources are listed under it.
  const tables = [...new Set(rows.map((r) => `${r.sourceTitle.split(/[:(]/)[0]!.trim()}, ${r.tableRef}`))];
  const mixed = tables.length > 1;
  const reporters = markIndependent
    ? [...new Set(rows.filter((r) => r.reporter === 'independent').map((r) => r.sourcePublisher))]
    : [];
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.model')}</th>
            {[...cols.entries()].map(([key, r]) => (
              <th
                key={key}
                scope="col"
                className="num"
                title={[r.metric, unitName(r.unit, tr)].filter(Boolean).join(' · ')}
              >
                {colAxis.href ? <a href={href(colAxis.href(r))}>{colAxis.label(r, tr)}</a> : colAxis.label(r, tr)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {orderedLines.map(([lineKey, r]) => (
            <tr key={lineKey} className={isQwen3(r.family) ? 'qwen' : undefined}>
              <th scope="row">
                {rowAxis.href ? <a href={href(rowAxis.href(r))}>{rowAxis.label(r, tr)}</a> : rowAxis.label(r, tr)}
              </th>
              {[...cols.keys()].map((colKey) => {
                const cell = at.get(`${lineKey}#${colKey}`);
                if (!cell) {
                  return (
                    <td key={colKey} className="num muted">
                      –<span className="sr-only">{t('table.notReported')}</span>
                    </td>
                  );
                }
                const ind = (v: (typeof cell.values)[number]) =>
                  markIndependent && isIndependent(v) && <span className="ind">{t('table.ind')}</span>;
                return (
                  <td key={colKey} className={`num${cell.disputed ? ' dispute' : ''}`}>
                    {cell.values.length === 1 && !mixed ? (
                      <>
                        {ind(cell.values[0]!)}
                        {cell.values[0]!.scoreText}
                      </>
                    ) : (
                      cell.values.map((v, i) => (
                        <div key={i} {...(mixed ? { title: v.citations.map((c) => c.tableRef).join('; ') } : {})}>
                          {ind(v)}
                          {cell.disputed
                            ? `${v.scoreText} ≠ (${v.citations.map((c) => c.tableRef.split(':')[0]).join(', ')})`
                            : v.scoreText}
                        </div>
                      ))
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted table-sources">
        {t('table.sources', { count: mixed ? 2 : 1, sources: tables.join('; ') })}
        {markIndependent && reporters.length > 0 && t('table.indNote', { reporters: reporters.join(', ') })}
      </p>
    </div>
  );
}
