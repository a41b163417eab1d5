import { getDatedBenchmarks, readingAsOf } from '@/db/queries';
import { chartFor } from '../_charts/kinds';
import { recordView } from '../_charts/kinds/record';
import { getI18n } from '../_i18n/server';
import { withAsOf } from '../_lib/as-of-link';
import { getRequestAsOf } from '../_lib/as-of-request';
import { citationHref, tableLabel } from '../_lib/cells';
import { shortTitle } from '../_lib/claim-words';
import { filterSchema, toQuery, type Filters } from '../_lib/filters';
import { dateOfDay } from '../_lib/record';
import { catchUpText, protocolText } from '../_lib/record-words';
import { ChartFigure } from './chart-figure';
import styles from './record-section.module.css';
import stacked from './stacked-table.module.css';

/**
 * A benchmark page's record over time (issue 20, item 2): the readout, the chart of one protocol
 * (the page's version, metric, unit and mode), links to the other protocols that have a record,
 * and the table of the records set. `launch=<model>` in the page's address marks that model's
 * release (the link from its page).
 */
export async function RecordSection({ benchmarkId, filters }: { benchmarkId: string; filters: Partial<Filters> }) {
  const tr = await getI18n();
  const { t, href } = tr;
  const { path } = await getRequestAsOf();
  const launch = filterSchema.shape.benchmark.safeParse(
    new URLSearchParams(path.includes('?') ? path.slice(path.indexOf('?') + 1) : '').get('launch') ?? undefined,
  );
  const f: Partial<Filters> = {
    version: filters.version,
    metric: filters.metric,
    unit: filters.unit,
    mode: filters.mode,
    models: launch.success ? launch.data : undefined,
  };
  const view = recordView(benchmarkId, f);
  // A benchmark with two release dates has the section (a model page links to it), even where no
  // one protocol has two.
  if (!view || (view.charted.length === 0 && !getDatedBenchmarks().includes(benchmarkId))) return null;
  const chart = chartFor('record', benchmarkId, f, tr.locale);
  const shown = view.shown;
  const here = `/benchmarks/${benchmarkId}`;
  const others = view.charted.filter((r) => r !== shown);
  const steps = shown ? [...shown.open, ...shown.closed].sort((a, b) => a.day - b.day || b.score - a.score) : [];
  return (
    <section className="panel" id="record" aria-labelledby="record-title" data-testid="record-section">
      <h2 id="record-title">{t('record.heading')}</h2>
      {shown ? (
        <p>{t('record.lede', { protocol: protocolText(shown.protocol, tr) })}</p>
      ) : (
        <p className="muted">{t('record.none')}</p>
      )}
      {view.catchUps.map((c) => (
        <p key={c.closed.row.cellKey} className="finding minor" data-testid="record-readout">
          <strong>
            {catchUpText(c, tr)
              .split(/(\d{4}-\d{2}-\d{2})/)
              .map((part, i) =>
                i % 2 ? (
                  <span key={i} className={styles.date}>
                    {part}
                  </span>
                ) : (
                  part
                ),
              )}
          </strong>
        </p>
      ))}
      {chart && <ChartFigure model={chart} testId="record-chart" />}
      {others.length > 0 && (
        <nav aria-label={t('record.protocols')}>
          <p className="muted">{t('record.protocols')}</p>
          <ul className="chips">
            {others.map((r) => (
              <li key={r.key}>
                <a
                  href={href(
                    withAsOf(
                      `${here}${toQuery({
                        version: r.protocol.version,
                        metric: r.protocol.metric,
                        unit: r.protocol.unit,
                        mode: r.protocol.mode,
                        ...(launch.success && { launch: launch.data }),
                      } as Partial<Filters>)}#record`,
                      readingAsOf(),
                    ),
                  )}
                >
                  {protocolText(r.protocol, tr)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {steps.length > 0 && (
        <div className="table-wrap">
          <table className={stacked.stacked} data-testid="record-steps">
            <caption>{t('record.stepsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('record.col.released')}</th>
                <th scope="col">{t('record.col.model')}</th>
                <th scope="col" className="num">
                  {t('record.col.score')}
                </th>
                <th scope="col">{t('record.col.weights')}</th>
                <th scope="col">{t('record.col.source')}</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((p) => (
                <tr key={`${p.row.cellKey}|${p.scoreText}`}>
                  <td data-label={t('record.col.released')}>{tr.date(dateOfDay(p.day))}</td>
                  <td data-label={t('record.col.model')} className={stacked.wide}>
                    <a href={href(`/models/${p.row.modelId}`)}>{p.row.model}</a>
                  </td>
                  <td data-label={t('record.col.score')} className="num">
                    {p.scoreText}
                    {p.disputed && ' ≠'}
                  </td>
                  <td data-label={t('record.col.weights')}>{p.open ? t('record.open') : t('record.closed')}</td>
                  <td data-label={t('record.col.source')} className={stacked.wide}>
                    <a href={citationHref(p.row)}>{`${shortTitle(p.row.sourceTitle)}, ${tableLabel(p.row, tr)}`}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
