import type { ScoreRow } from '@/db/queries';
import { chartFor } from '../_charts/kinds';
import { categoryName, MAX_BARS } from '../_charts/kinds/results';
import { getI18n } from '../_i18n/server';
import type { Translator } from '../_i18n/translate';
import {
  citationHref,
  citeName,
  citeTitle,
  groupCells,
  isIndependent,
  shortCite,
  sourceNotes,
  type SourceNotes,
} from '../_lib/cells';
import { formatBudget, unitName } from '../_lib/format';
import { difference } from '../_lib/gains';
import { formatInterval } from '../_lib/interval';
import { languageLabel, PER_LANGUAGE_TABLE } from '../_lib/languages';
import { modeLabel } from '../_lib/encodings';
import { resultFacts, resultInterval, type FactsIndex } from '../_lib/result-facts';
import { ChartFigure } from './chart-figure';
import { Matrix, type Axis } from './matrix';
import { StaticHtml } from './static-html';

// One category of a model's page: its chart, then every score in it. A line is a benchmark,
// version and metric with its thinking and non-thinking numbers side by side and the difference;
// a benchmark's thinking-budget points (Figure 2) share one line; the report's per-language and
// per-length tables read as a matrix. Each number carries its interval (where one is defined)
// and a short link to the page that prints it.

type Line = { key: string; first: ScoreRow; byMode: Map<string, ScoreRow[]>; budgets: ScoreRow[] };

// The report's tables by language (24-37) and by context length (23) read best as a matrix.
const AXIS_TABLE = /^Table 23$/;
const byVersion: Axis = { key: (r) => r.version, label: (r) => languageLabel(r.version).replace(' context', '') };
const byBenchmarkAndMode: Axis = {
  key: (r) => `${r.benchmarkId}|${r.mode}`,
  label: (r, tr) => (r.mode === 'n/a' ? r.benchmark : `${r.benchmark} (${modeLabel(r.mode, tr)})`),
  href: (r) => `/benchmarks/${r.benchmarkId}`,
};

export async function CategorySection({
  modelId,
  category,
  rows,
  facts,
  eager = false,
}: {
  modelId: string;
  category: ScoreRow['category'];
  rows: ScoreRow[];
  facts: FactsIndex;
  /** The page's first chart: loaded at once. */
  eager?: boolean;
}) {
  const tr = await getI18n();
  const { t, href } = tr;
  const name = categoryName(category, tr);
  const byAxis = (r: ScoreRow) => PER_LANGUAGE_TABLE.test(r.tableRef) || AXIS_TABLE.test(r.tableRef);
  const axisRows = rows.filter(byAxis);
  const lines = new Map<string, Line>();
  for (const r of rows) {
    if (byAxis(r)) continue;
    const key = `${r.benchmarkId}|${r.version}|${r.metric}|${r.unit}${r.budget === null ? '' : `|budget|${r.sourceId}|${r.tableRef}`}`;
    const line: Line = lines.get(key) ?? { key, first: r, byMode: new Map(), budgets: [] };
    if (r.budget === null) line.byMode.set(r.mode, [...(line.byMode.get(r.mode) ?? []), r]);
    else line.budgets.push(r);
    lines.set(key, line);
  }
  const ordered = [...lines.values()].sort(
    (a, b) =>
      a.first.benchmark.localeCompare(b.first.benchmark) ||
      a.first.version.localeCompare(b.first.version) ||
      a.budgets.length - b.budgets.length,
  );
  // Only the columns this category has numbers in (a model without modes has one).
  const modes = (['thinking', 'non-thinking'] as const).filter((m) =>
    ordered.some((l) => l.byMode.has(m) || (m === 'thinking' && l.budgets.length > 0)),
  );
  const plain = ordered.some((l) => l.byMode.has('base') || l.byMode.has('n/a'));
  const delta = modes.length === 2;
  // No chart for benchmarks without a category: a chart file's URL cannot name '' (its file
  // would draw the model's first category instead).
  const chart = category ? chartFor('model', modelId, { category }, tr.locale) : null;
  const bars = chart?.plot.type === 'bars' ? chart.plot.bars.length : 0;
  const withInterval = rows.some((r) => resultInterval(facts, r, r.score));
  const notes = sourceNotes(rows, rows[0]?.model ?? '', tr);
  const windowed = rows.some((r) => resultFacts(facts, r, r.score, tr).span);
  const independent = rows.some((r) => r.reporter === 'independent');
  return (
    <section className="panel" aria-labelledby={`cat-${category}`}>
      <h2 id={`cat-${category}`} className="category">
        {name}
      </h2>
      {chart && bars > 0 && bars < MAX_BARS && <ChartFigure model={chart} eager={eager} testId="bar-chart" />}
      {bars >= MAX_BARS && (
        <p className="muted">
          {tr.rich('model.tooMany', {
            multilingual: (text) => <a href={href('/multilingual')}>{text}</a>,
            long: (text) => <a href={href('/long-context')}>{text}</a>,
          })}
        </p>
      )}
      <>
        {axisRows.length > 0 && (
          <>
            <h3>{category === 'long-context' ? t('model.byLength') : t('model.byLanguage')}</h3>
            <Matrix
              rows={axisRows}
              rowAxis={byBenchmarkAndMode}
              colAxis={byVersion}
              caption={t(category === 'long-context' ? 'model.byLengthCaption' : 'model.byLanguageCaption', {
                category: name,
              })}
              notes={notes}
              testId="model-languages"
            />
          </>
        )}
        {ordered.length > 0 && (
          <StaticHtml className="table-wrap">
            <table
              className="lines model-lines"
              data-testid={`model-table-${category}`}
              // The columns' names, for a phone that stacks each line's numbers (globals.css).
              style={Object.fromEntries(
                [
                  ...modes.map((m) => (m === 'thinking' ? t('model.thinking') : t('model.nonThinking'))),
                  ...(delta ? ['Δ'] : []),
                  ...(plain ? [modes.length > 0 ? t('model.baseNoSwitch') : t('table.score')] : []),
                ].map((label, i) => [`--c${i + 2}`, JSON.stringify(label)]),
              )}
            >
              <caption className="sr-only">{t('model.tableCaption', { category: name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.benchmark')}</th>
                  {modes.map((m) => (
                    <th key={m} scope="col" className="num">
                      {m === 'thinking' ? t('model.thinking') : t('model.nonThinking')}
                    </th>
                  ))}
                  {delta && (
                    <th scope="col" className="num">
                      Δ
                    </th>
                  )}
                  {plain && (
                    <th scope="col" className="num">
                      {modes.length > 0 ? t('model.baseNoSwitch') : t('table.score')}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {ordered.map((line, i) => (
                  <LineRow
                    key={line.key}
                    line={line}
                    previous={ordered[i - 1]?.first}
                    modes={modes}
                    delta={delta}
                    plain={plain}
                    facts={facts}
                    notes={notes}
                    tr={tr}
                  />
                ))}
              </tbody>
              {/* What the small print means, after the numbers (on a phone, before them it pushed
                  the first score a screen down). */}
              {(withInterval || windowed || independent) && (
                <tfoot>
                  <tr>
                    <td colSpan={1 + modes.length + (delta ? 1 : 0) + (plain ? 1 : 0)}>
                      {[
                        withInterval && t('model.intervalNote'),
                        windowed && t('model.windowNote', { released: tr.date(rows[0]!.releaseDate!) }),
                        independent && t('model.indNote'),
                      ]
                        .filter(Boolean)
                        .join(' ')}
                    </td>
                  </tr>
                </tfoot>
              )}
            </table>
          </StaticHtml>
        )}
        {notes.list.length > 0 && (
          <StaticHtml>
            <details className="source-notes">
              <summary>{t('model.sourceNotes', { count: notes.list.length })}</summary>
              <ol>
                {notes.list.map((note, i) => (
                  <li key={i}>{note}</li>
                ))}
              </ol>
            </details>
          </StaticHtml>
        )}
      </>
    </section>
  );
}

function LineRow({
  line: { first, byMode, budgets },
  previous,
  modes,
  delta,
  plain,
  facts,
  notes,
  tr,
}: {
  line: Line;
  previous?: ScoreRow;
  modes: readonly ('thinking' | 'non-thinking')[];
  delta: boolean;
  plain: boolean;
  facts: FactsIndex;
  notes: SourceNotes;
  tr: Translator;
}) {
  const { t, href } = tr;
  // The benchmark's metric and time window once per benchmark and version (lines come sorted).
  const same =
    previous &&
    previous.benchmarkId === first.benchmarkId &&
    previous.version === first.version &&
    previous.metric === first.metric;
  // "items public since 2024-02": the model's release, the same on every line, is said once (tfoot).
  const span = same ? null : resultFacts(facts, first, first.score, tr).span;
  const window = span && t('model.itemsSince', { from: span.from });
  const th = byMode.get('thinking')?.[0];
  const n = byMode.get('non-thinking')?.[0];
  const d = th && n ? difference(th.scoreText, n.scoreText) : undefined;
  return (
    <tr>
      <td>
        <a href={href(`/benchmarks/${first.benchmarkId}`)}>{first.benchmark}</a>
        {first.version && ` ${first.version}`}
        {budgets.length > 0 && <span className="muted">{` · ${t('model.byBudget')}`}</span>}
        {!same && (
          <small>
            {`${first.metric || t('common.metricNotStated')} (${unitName(first.unit, tr)})`}
            {window && <span className="window">{window}</span>}
          </small>
        )}
      </td>
      {budgets.length > 0 ? (
        <td colSpan={modes.length + (delta ? 1 : 0) + (plain ? 1 : 0)} className="budgets">
          {[...budgets]
            .sort((a, b) => a.budget! - b.budget!)
            .map((r) => `${formatBudget(r.budget, tr)} ${r.scoreText}`)
            .join(' · ')}{' '}
          <Values list={budgets.slice(0, 1)} facts={facts} notes={notes} tr={tr} citeOnly />
        </td>
      ) : (
        <>
          {modes.map((m) => (
            <td key={m} className="num">
              <Values list={byMode.get(m)} facts={facts} notes={notes} tr={tr} />
            </td>
          ))}
          {delta && <td className={`num ${d ? (d.value >= 0 ? 'delta-pos' : 'delta-neg') : ''}`}>{d?.text}</td>}
          {plain && (
            <td className="num">
              <Values
                list={[...(byMode.get('base') ?? []), ...(byMode.get('n/a') ?? [])]}
                facts={facts}
                notes={notes}
                tr={tr}
              />
            </td>
          )}
        </>
      )}
    </tr>
  );
}

/**
 * The numbers of one line and mode: each distinct value (a dispute shows every one, marked ≠)
 * with its interval, the short links to its tables, and, for an independent number, its reporter.
 */
function Values({
  list,
  facts,
  notes,
  tr,
  citeOnly = false,
}: {
  list?: ScoreRow[];
  facts: FactsIndex;
  notes: SourceNotes;
  tr: Translator;
  citeOnly?: boolean;
}) {
  if (!list || list.length === 0) return null;
  const { t } = tr;
  return groupCells(list).flatMap((c) =>
    c.values.map((v) => {
      const interval = citeOnly ? null : resultInterval(facts, c.row, v.score);
      const ind = isIndependent(v);
      const links = v.citations.map((x, j) => [
        j > 0 ? ' · ' : '',
        <a
          key={x.sourceId + x.tableRef}
          className="cite"
          href={citationHref(x)}
          title={citeTitle(x, c.row.model, tr, notes)}
          aria-label={citeName(x, tr)}
        >
          {shortCite(x, tr)}
        </a>,
      ]);
      if (citeOnly) return <small key={v.scoreText}>{links}</small>;
      return (
        <div key={v.scoreText} {...(c.disputed ? { className: 'dispute' } : {})}>
          {ind && <span className="ind">{t('table.ind')}</span>}
          {`${v.scoreText}${c.disputed ? ' ≠' : ''}`}
          <small>
            {interval && `(${formatInterval(interval)}) `}
            {links}
            {ind && ` ${[...new Set(v.citations.map((x) => x.sourcePublisher))].join(', ')}`}
          </small>
        </div>
      );
    }),
  );
}
