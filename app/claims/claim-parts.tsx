import type { ScoreRow } from '@/db/queries';
import type { Translator } from '../_i18n/translate';
import { citationHref, tableLabel, type Citation } from '../_lib/cells';
import type { ClaimSide } from '../_lib/claim';
import { shortTitle, sideLabel } from '../_lib/claim-words';
import { formatInterval } from '../_lib/interval';
import { factsOf, type FactsIndex } from '../_lib/result-facts';
import { modeLabel } from '../_lib/encodings';
import stacked from '../_components/stacked-table.module.css';

type Side = ClaimSide<ScoreRow>;

/** "Qwen3 Technical Report, Table 11, p. 14", linked to where the table opens. */
function CitationLink({ c, tr }: { c: Citation; tr: Translator }) {
  return <a href={citationHref(c)}>{`${shortTitle(c.sourceTitle)}, ${tableLabel(c, tr)}`}</a>;
}

const citationOf = (r: ScoreRow): Citation => ({
  sourceId: r.sourceId,
  sourceTitle: r.sourceTitle,
  sourceKind: r.sourceKind,
  sourceUrl: r.sourceUrl,
  sourcePublisher: r.sourcePublisher,
  tableRef: r.tableRef,
  tableUrl: r.tableUrl,
  tablePage: r.tablePage,
  verifiedBy: r.verifiedBy,
  notes: r.notes,
  modelPrinted: r.modelPrinted,
  reporter: r.reporter,
});

/** The two numbers compared: each with its interval, what was measured, its citation, its reporter and its test items' window. */
export function ClaimNumbers({ sides, facts, tr }: { sides: Side[]; facts: FactsIndex; tr: Translator }) {
  const { t } = tr;
  return (
    <section className="panel" aria-labelledby="claim-numbers">
      <h2 id="claim-numbers">{t('claim.numbers')}</h2>
      <div className="table-wrap">
        <table className={stacked.stacked} data-testid="claim-numbers">
          <caption className="sr-only">{t('claim.numbersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('claim.col.model')}</th>
              <th scope="col" className="num">
                {t('claim.col.score')}
              </th>
              <th scope="col">{t('claim.col.measured')}</th>
              <th scope="col">{t('claim.col.printed')}</th>
              <th scope="col">{t('claim.col.reporter')}</th>
              <th scope="col">{t('claim.col.window')}</th>
            </tr>
          </thead>
          <tbody>
            {sides.map((s) => {
              const r = s.row;
              const dataFrom = factsOf(facts, r.benchmarkId, r.version)?.dataFrom ?? null;
              return (
                <tr key={r.cellKey}>
                  <th scope="row">
                    <a href={tr.href(`/models/${r.modelId}`)}>{sideLabel(r, tr)}</a>
                  </th>
                  <td data-label={t('claim.col.score')} className={`num ${stacked.wide}`}>
                    <strong>{r.scoreText}</strong>
                    {s.cell.disputed && ' ≠'}
                    {s.interval && <span className="muted"> ({formatInterval(s.interval)})</span>}
                  </td>
                  <td data-label={t('claim.col.measured')} className={stacked.wide}>
                    {[
                      r.version || t('common.main'),
                      r.metric || t('common.metricNotStated'),
                      modeLabel(r.mode, tr),
                    ].join(' · ')}
                  </td>
                  <td data-label={t('claim.col.printed')} className={stacked.wide}>
                    <CitationLink c={citationOf(r)} tr={tr} />
                  </td>
                  <td data-label={t('claim.col.reporter')}>
                    {r.reporter === 'self' ? t('claim.self') : t('claim.independent', { publisher: r.sourcePublisher })}
                  </td>
                  <td data-label={t('claim.col.window')}>
                    {s.itemsAfterRelease
                      ? t('claim.afterRelease')
                      : dataFrom
                        ? t('claim.beforeRelease', { from: tr.date(dataFrom) })
                        : t('claim.unknownWindow')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Every report of either number: the same value elsewhere (a replication), or another (a dispute, both kept). */
export function ClaimReports({ sides, tr }: { sides: Side[]; tr: Translator }) {
  const { t } = tr;
  const reporter = (c: Citation) => (c.reporter === 'self' ? t('claim.self') : c.sourcePublisher);
  return (
    <section className="panel" aria-labelledby="claim-reports" data-testid="claim-reports">
      <h2 id="claim-reports">{t('claim.reports')}</h2>
      <p className="muted">{t('claim.reportsLede')}</p>
      {sides.map((s) => {
        const shown = `${s.row.sourceId}|${s.row.tableRef}`;
        const others = s.cell.values.flatMap((v) =>
          v.citations
            .filter((c) => `${c.sourceId}|${c.tableRef}` !== shown)
            .map((c) => ({ v, c, same: v.score === s.row.score })),
        );
        return (
          <div key={s.row.cellKey}>
            <h3>{sideLabel(s.row, tr)}</h3>
            {others.length === 0 ? (
              <p>{t('claim.onlyOne', { model: s.row.model, score: s.row.scoreText })}</p>
            ) : (
              <ul>
                {others.map(({ v, c, same }) => (
                  <li key={`${c.sourceId}|${c.tableRef}`}>
                    {tr.rich(
                      same ? 'claim.agrees' : 'claim.disputes',
                      { cite: () => <CitationLink c={c} tr={tr} /> },
                      { score: v.scoreText, reporter: reporter(c) },
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
