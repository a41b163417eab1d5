import type { ScoreRow } from '@/db/queries';
import { citationHref, citeName, citeTitle, isIndependent, shortCite, type Cell } from '../_lib/cells';
import { formatInterval } from '../_lib/interval';
import { isTied, resultFacts, type Best, type FactsIndex } from '../_lib/result-facts';
import { isQwen3, modeLabel } from '../_lib/encodings';
import { formatBudget } from '../_lib/format';
import { getI18n } from '../_i18n/server';
import type { Translator } from '../_i18n/translate';
import { StaticHtml } from './static-html';

export type SortKey = 'score' | 'model' | 'source';

/**
 * Every number of a view with its sources, in the server HTML: a ranked list that a phone can
 * read. The score comes first and strongest, then the model (its mode, and its release date where
 * the test items were public before it), then short citations ("T11 p14") that open the page
 * printing the number. What every row shares is said once in the caption. Disputed cells show
 * each value with its own citations. Lean on purpose: a view has hundreds of rows, and each
 * element costs the phone a render and a hydration step.
 */
export async function ScoreTable({
  cells,
  caption,
  sortHref,
  sort = 'score',
  showBenchmark = false,
  facts,
  best,
  testId,
}: {
  cells: Cell<ScoreRow>[];
  caption: string;
  sortHref?: (key: SortKey) => string;
  sort?: SortKey;
  showBenchmark?: boolean;
  /** The test sets' facts: each score's interval and time window come from them. */
  facts: FactsIndex;
  /** The best score of a benchmark view: rows whose interval overlaps its interval are shaded. */
  best?: Best | null;
  testId?: string;
}) {
  const tr = await getI18n();
  const { t, href } = tr;
  const header = (key: SortKey, label: string, className?: string) => (
    <th
      scope="col"
      className={className}
      aria-sort={sort === key ? (key === 'score' ? 'descending' : 'ascending') : undefined}
    >
      {sortHref ? <a href={sortHref(key)}>{label}</a> : label}
    </th>
  );
  const rows = cells.map((cell) => {
    const values = cell.values.map((v) => ({ ...v, ...resultFacts(facts, cell.row, v.score, tr) }));
    return { cell, values, tied: values.some((v) => isTied(best, `${cell.key}|${v.scoreText}`, v.interval)) };
  });
  const reporters = independentReporters(cells);
  const windowed = rows.find((r) => r.values[0]!.span);
  const notes = [
    windowed && t('scores.window', { from: windowed.values[0]!.span!.from }),
    reporters.length === 1 && t('scores.indBy', { reporter: reporters[0]! }),
    rows.some((r) => r.tied) && t('scores.tied'),
  ].filter(Boolean);
  return (
    <StaticHtml className="table-wrap">
      <table data-testid={testId} className="scores">
        <caption>
          <span className="sr-only">{caption}</span>
          {notes.join(' ')}
        </caption>
        <thead>
          <tr>
            {header('score', t('table.score'), 'num')}
            {header('model', t('table.model'))}
            {showBenchmark && <th scope="col">{t('table.benchmark')}</th>}
            {header('source', t('table.source'))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ cell, values, tied }) => {
            const r = cell.row;
            const span = values[0]!.span;
            const className = [isQwen3(r.family, r.model) && 'qwen', tied && 'tied'].filter(Boolean).join(' ');
            const detail = [
              r.mode === 'n/a' ? '' : modeLabel(r.mode, tr),
              r.budget === null ? '' : t('chart.tokens', { budget: formatBudget(r.budget, tr) }),
              span ? span.released : '',
            ].filter(Boolean);
            return (
              <tr key={cell.key} {...(className ? { className } : {})}>
                <td className="num">
                  {values.map((v, i) => (
                    <div key={v.scoreText + i} {...(cell.disputed ? { className: 'dispute' } : {})}>
                      {isIndependent(v) && <span className="ind">{t('table.ind')}</span>}
                      <b>{v.scoreText}</b>
                      {cell.disputed && <abbr title={t('table.disputed')}> ≠</abbr>}
                      {v.interval && <span className="ci">{` (${formatInterval(v.interval)})`}</span>}
                    </div>
                  ))}
                </td>
                <td>
                  <a href={href(`/models/${r.modelId}`)}>{r.model}</a>
                  {detail.length > 0 && <small>{detail.join(' · ')}</small>}
                  {tied && <span className="sr-only">{t('table.tied')}</span>}
                </td>
                {showBenchmark && (
                  <td>
                    <a href={href(`/benchmarks/${r.benchmarkId}`)}>{r.benchmark}</a>
                  </td>
                )}
                <td className="cites">
                  {values.map((v, i) => {
                    const links = citeLinks(v.citations, r.model, reporters.length > 1, tr);
                    return cell.disputed ? (
                      <div key={i}>
                        <b>{`${v.scoreText}: `}</b>
                        {links}
                      </div>
                    ) : (
                      links
                    );
                  })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </StaticHtml>
  );
}

/** The publishers of the independent numbers of a view (named once in the caption when one). */
function independentReporters(cells: Cell<ScoreRow>[]): string[] {
  const names = new Set<string>();
  for (const c of cells)
    for (const v of c.values)
      for (const x of v.citations) if (x.reporter === 'independent') names.add(x.sourcePublisher);
  return [...names];
}

/** Short links to where each citation prints the number; an independent one names its reporter when several do. */
export function citeLinks(
  citations: Cell<ScoreRow>['values'][number]['citations'],
  model: string,
  nameReporter: boolean,
  tr: Translator,
) {
  return citations.map((c, j) => {
    return [
      j > 0 ? ' · ' : '',
      <a
        key={c.sourceId + c.tableRef}
        className="cite"
        href={citationHref(c)}
        title={citeTitle(c, model, tr)}
        aria-label={citeName(c, tr)}
      >
        {shortCite(c, tr)}
      </a>,
      nameReporter && c.reporter === 'independent' ? ` (${c.sourcePublisher})` : '',
    ];
  });
}
