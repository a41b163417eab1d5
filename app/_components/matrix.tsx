import type { ScoreRow } from '@/db/queries';
import {
  citationHref,
  citeTitle,
  groupCells,
  isIndependent,
  shortCite,
  type Cell,
  type SourceNotes,
} from '../_lib/cells';
import { isQwen3, modeLabel } from '../_lib/encodings';
import { unitName } from '../_lib/format';
import { getI18n } from '../_i18n/server';
import type { Translator } from '../_i18n/translate';
import { StaticHtml } from './static-html';

/** A matrix's rows or columns: a key, a label in the page's language, and a site path (in English). */
export type Axis = {
  key: (r: ScoreRow) => string;
  label: (r: ScoreRow, tr: Translator) => string;
  href?: (r: ScoreRow) => string;
};

export const byModelAndMode: Axis = {
  key: (r) => `${r.modelId}|${r.mode}|${r.budget ?? ''}`,
  label: (r, tr) => (r.mode === 'n/a' ? r.model : `${r.model} (${modeLabel(r.mode, tr)})`),
  href: (r) => `/models/${r.modelId}`,
};

export const byBenchmark: Axis = {
  key: (r) => `${r.benchmarkId}|${r.version}|${r.metric}|${r.unit}`,
  label: (r) => [r.benchmark, r.version].filter(Boolean).join(' '),
  href: (r) =>
    `/benchmarks/${r.benchmarkId}?version=${encodeURIComponent(r.version)}&metric=${encodeURIComponent(r.metric)}&unit=${r.unit}`,
};

type Line = { key: string; row: ScoreRow };

/**
 * A model whose few numbers in another mode never share a column with its main mode's (the blog
 * prints Qwen3-235B-A22B thinking, but non-thinking on Aider) gets one row, those numbers marked,
 * instead of a row of dashes. Returns the row key of each result.
 */
function mergedLines(cells: Cell<ScoreRow>[], colKey: (r: ScoreRow) => string): Map<ScoreRow, string> {
  const byModel = new Map<string, Cell<ScoreRow>[]>();
  for (const c of cells) byModel.set(c.row.modelId, [...(byModel.get(c.row.modelId) ?? []), c]);
  const out = new Map<ScoreRow, string>();
  for (const [model, list] of byModel) {
    const columns = list.map((c) => colKey(c.row));
    const collide = new Set(columns).size < columns.length;
    for (const c of list) out.set(c.row, collide ? byModelAndMode.key(c.row) : `${model}|merged`);
  }
  return out;
}

/** The mode most of a merged row's numbers are in (its label names it; the others are marked). */
function mainMode(list: Cell<ScoreRow>[]): ScoreRow['mode'] {
  const count = new Map<ScoreRow['mode'], number>();
  for (const c of list) count.set(c.row.mode, (count.get(c.row.mode) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * Rows x columns of scores, every number in the HTML. Where every number comes from one table
 * that table is cited once under it; where tables mix, each number links to the page that prints
 * it. Columns have short names (the metric and unit in each header's title and, with
 * `footnotes`, under the table). Only a matrix wider than its box scrolls, inside the box, and
 * its first column is capped so numbers show beside it on a phone. Plain anchors throughout: a
 * next/link each is a client component to render and hydrate.
 */
export async function Matrix({
  rows,
  rowAxis = byModelAndMode,
  colAxis = byBenchmark,
  caption,
  testId,
  rowOrder,
  markIndependent = false,
  mergeModes = false,
  markLeaders = false,
  footnotes = false,
  notes,
}: {
  rows: ScoreRow[];
  rowAxis?: Axis;
  colAxis?: Axis;
  caption: string;
  testId?: string;
  rowOrder?: (a: ScoreRow, b: ScoreRow) => number;
  /** Mark each number someone other than the model's maker reported ("ind."). */
  markIndependent?: boolean;
  /** One row per model where its modes never share a column (the minority mode's numbers marked). */
  mergeModes?: boolean;
  /** Set each column's best number in bold. */
  markLeaders?: boolean;
  /** List each column's metric under the table (its header is the benchmark's short name). */
  footnotes?: boolean;
  /** The section's numbered source notes: a citation's title points to one instead of repeating it. */
  notes?: SourceNotes;
}) {
  const tr = await getI18n();
  const { t, href } = tr;
  const cells = groupCells(rows);
  const merged = mergeModes ? mergedLines(cells, colAxis.key) : null;
  const lineKey = (r: ScoreRow) => merged?.get(r) ?? rowAxis.key(r);
  const cols = new Map<string, ScoreRow>();
  const lines = new Map<string, Line & { cells: Cell<ScoreRow>[] }>();
  const at = new Map<string, Cell<ScoreRow>>();
  for (const cell of cells) {
    const r = cell.row;
    if (!cols.has(colAxis.key(r))) cols.set(colAxis.key(r), r);
    const key = lineKey(r);
    const line = lines.get(key) ?? { key, row: r, cells: [] };
    line.cells.push(cell);
    lines.set(key, line);
    at.set(`${key}#${colAxis.key(r)}`, cell);
  }
  const best = new Map<string, number>();
  if (markLeaders)
    for (const c of cells)
      best.set(colAxis.key(c.row), Math.max(best.get(colAxis.key(c.row)) ?? -Infinity, c.values[0]!.score));
  const ordered = [...lines.values()];
  if (rowOrder) ordered.sort((a, b) => rowOrder(a.row, b.row));
  // Where every number comes from one table, that table is cited once under the matrix.
  const tables = [...new Map(rows.map((r) => [`${r.sourceId}|${r.tableRef}`, r])).values()];
  const mixed = tables.length > 1;
  const reporters = markIndependent
    ? [...new Set(rows.filter((r) => r.reporter === 'independent').map((r) => r.sourcePublisher))]
    : [];
  // The modes marked † in merged rows (said once under the table).
  const mainOf = new Map<string, ScoreRow['mode']>();
  const marks = new Set<string>();
  if (merged)
    for (const line of ordered)
      if (line.key.endsWith('|merged')) {
        const main = mainMode(line.cells);
        mainOf.set(line.key, main);
        for (const c of line.cells) if (c.row.mode !== main) marks.add(modeLabel(c.row.mode, tr));
      }
  // With footnotes, a benchmark column is headed by its short name alone (two columns of one
  // benchmark keep their version), and the footnote says its version, metric and unit.
  const nameCount = new Map<string, number>();
  for (const r of cols.values()) nameCount.set(r.benchmark, (nameCount.get(r.benchmark) ?? 0) + 1);
  const header = (r: ScoreRow) =>
    footnotes && colAxis === byBenchmark && nameCount.get(r.benchmark) === 1 ? r.benchmark : colAxis.label(r, tr);
  return (
    <StaticHtml className="table-wrap scroll">
      <>
        <table data-testid={testId} className="matrix">
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
                  {colAxis.href ? <a href={href(colAxis.href(r))}>{header(r)}</a> : header(r)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ordered.map((line) => {
              const main = mainOf.get(line.key);
              const labelRow = main ? { ...line.row, mode: main } : line.row;
              return (
                <tr key={line.key} className={isQwen3(line.row.family, line.row.model) ? 'qwen' : undefined}>
                  <th scope="row">
                    {rowAxis.href ? (
                      <a href={href(rowAxis.href(labelRow))}>{rowAxis.label(labelRow, tr)}</a>
                    ) : (
                      rowAxis.label(labelRow, tr)
                    )}
                  </th>
                  {[...cols.keys()].map((colKey) => {
                    const cell = at.get(`${line.key}#${colKey}`);
                    if (!cell) {
                      return (
                        <td key={colKey} className="num muted">
                          –<span className="sr-only">{t('table.notReported')}</span>
                        </td>
                      );
                    }
                    const other = main && cell.row.mode !== main ? modeLabel(cell.row.mode, tr) : '';
                    const lead = markLeaders && cell.values[0]!.score === best.get(colKey);
                    return (
                      <td key={colKey} className={`num${cell.disputed ? ' dispute' : ''}`}>
                        {cell.values.map((v, i) => {
                          const text = `${v.scoreText}${cell.disputed ? ' ≠' : ''}`;
                          const c = v.citations[0]!;
                          return (
                            <div key={i}>
                              {markIndependent && isIndependent(v) && <span className="ind">{t('table.ind')}</span>}
                              {mixed ? (
                                <a
                                  className="cite"
                                  href={citationHref(c)}
                                  title={v.citations.map((x) => citeTitle(x, cell.row.model, tr, notes)).join('; ')}
                                >
                                  {lead && i === 0 ? <b>{text}</b> : text}
                                </a>
                              ) : lead && i === 0 ? (
                                <b>{text}</b>
                              ) : (
                                text
                              )}
                              {other && <sup title={other}>†</sup>}
                            </div>
                          );
                        })}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="muted table-sources">
          {[...marks].map((m) => (
            <span key={m}>{t('table.modeMark', { mode: m })} </span>
          ))}
          {!mixed && tables[0] && (
            <>
              {t('table.source1')}{' '}
              <a className="cite" href={citationHref(tables[0])} title={citeTitle(tables[0], undefined, tr)}>
                {`${tables[0].sourceTitle.split(/[:(]/)[0]!.trim()}, ${shortCite(tables[0], tr)}`}
              </a>
              {'. '}
            </>
          )}
          {mixed && t('table.mixedSources')}
          {markIndependent && reporters.length > 0 && t('table.indNote', { reporters: reporters.join(', ') })}
          {footnotes && (
            <span className="footnotes">
              {[...cols.values()].map((r) => (
                <span key={colAxis.key(r)}>
                  {` ${header(r)}: ${[header(r) === r.benchmark ? r.version : '', r.metric, unitName(r.unit, tr)].filter(Boolean).join(', ')}.`}
                </span>
              ))}
            </span>
          )}
        </p>
      </>
    </StaticHtml>
  );
}
