import type { ReactNode } from 'react';
import type { ScoreRow } from '@/db/queries';
import type { ChartSpec } from '../_charts/model';
import { getI18n } from '../_i18n/server';
import { groupCells } from '../_lib/cells';
import { viewNotes, type Best, type FactsIndex } from '../_lib/result-facts';
import { AboutNumbers } from './about-numbers';
import { ChartFigure } from './chart-figure';
import { ScoreTable, type SortKey } from './score-table';

/**
 * A view's chart with its title and CSV link, then "About these numbers" (its caveats, open
 * where a dispute or mixed metrics need reading first), then the full data table.
 */
export async function ResultsPanel({
  title,
  subtitle,
  rows,
  csv,
  notices = [],
  chart,
  chartExtra,
  showBenchmark = false,
  sort,
  sortHref,
  testId,
  headingLevel = 2,
  facts,
  best,
  children,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  /** The rows of the table (one page of them where the view pages). */
  rows: ScoreRow[];
  csv: string;
  /** The view's caveats; an urgent one (mixed metrics) is shown above the table, the rest folded. */
  notices?: { text: string; urgent?: boolean }[];
  chart?: ChartSpec | null;
  /** Under the chart: its "show all" toggle. */
  chartExtra?: ReactNode;
  showBenchmark?: boolean;
  sort?: SortKey;
  sortHref?: (key: SortKey) => string;
  testId?: string;
  headingLevel?: 2 | 3;
  /** The test sets' facts (intervals and time windows). */
  facts: FactsIndex;
  /** The view's best score: rows not separable from it are shaded. */
  best?: Best | null;
  /** Above the table: its pages. */
  children?: ReactNode;
}) {
  const tr = await getI18n();
  const { t } = tr;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const cells = groupCells(rows);
  const disputes = cells.filter((c) => c.disputed).length;
  const urgent = [
    ...(disputes > 0 ? [t('results.disputes', { count: disputes })] : []),
    ...notices.filter((n) => n.urgent).map((n) => n.text),
  ];
  const notes = [...notices.filter((n) => !n.urgent).map((n) => n.text), ...viewNotes(facts, rows, best, tr)];
  return (
    <section className="panel" aria-label={typeof title === 'string' ? title : undefined} data-testid={testId}>
      <div className="panel-head">
        <div>
          <Heading>{title}</Heading>
          {subtitle && <p>{subtitle}</p>}
        </div>
        <a className="download" href={csv} download>
          {t('common.downloadCsv')}
        </a>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('results.none')}</p>
      ) : (
        chart && <ChartFigure model={chart} eager testId="bar-chart" />
      )}
      {rows.length > 0 && chartExtra}
      <AboutNumbers notes={notes} urgent={urgent} />
      {children}
      {rows.length > 0 && (
        <ScoreTable
          cells={cells}
          caption={t('results.caption', { title: typeof title === 'string' ? title : t('results.results') })}
          sort={sort}
          sortHref={sortHref}
          showBenchmark={showBenchmark}
          facts={facts}
          best={best}
          testId="score-table"
        />
      )}
    </section>
  );
}
