import type { ScoreRow } from '@/db/queries';
import { getI18n } from '../_i18n/server';
import { isQwen3, LEGEND, modeFill, orgColour } from '../_lib/encodings';
import { unitAxis } from '../_lib/format';
import { columnsOf, type Column } from '../_lib/findings/columns';
import { gapText, nameOf } from '../_lib/findings/sentence';
import type { FactsIndex } from '../_lib/result-facts';
import { DotPlot, type DotPanel } from './dot-plot';

/** The order of the panels: percentages first, a source's own scale, then Elo. */
const UNIT_ORDER = ['percent', 'score', 'elo'];

/**
 * Several benchmarks at once (the blog's comparisons, compare's shared benchmarks): a row per
 * benchmark with a dot per model, a panel per unit, the rows where Qwen3 leads first; beside
 * each row, who leads and where the best Qwen3 model (or the runner-up) stands.
 */
export async function ComparisonDots({
  rows,
  facts,
  testId,
  order = 'qwen',
  rowName,
}: {
  rows: ScoreRow[];
  facts: FactsIndex;
  testId?: string;
  /** A row's name where it is not the benchmark (a language); plain text. */
  rowName?: (r: ScoreRow) => string;
  /** 'qwen': rows by how far the best Qwen3 model is from the lead; 'given': as the rows come. */
  order?: 'qwen' | 'given';
}) {
  const tr = await getI18n();
  const { t, href } = tr;
  const columns = columnsOf(rows, facts);
  const qwenOf = (c: Column<ScoreRow>) => c.board.find((e) => isQwen3(e.cell.row.family, e.cell.row.model));
  const behind = (c: Column<ScoreRow>) => {
    const q = qwenOf(c);
    const top = c.board[0]!.value.score;
    const span = Math.max(1e-9, top - c.board[c.board.length - 1]!.value.score);
    return q ? (top - q.value.score) / span : Infinity;
  };
  const rank = (unit: string) => (UNIT_ORDER.includes(unit) ? UNIT_ORDER.indexOf(unit) : UNIT_ORDER.length);
  const units = [...new Set(columns.map((c) => c.first.unit))].sort((a, b) => rank(a) - rank(b));
  const panels: DotPanel[] = units.map((unit) => ({
    key: unit,
    axis: unitAxis(unit, tr),
    percent: unit === 'percent',
    rows: columns
      .filter((c) => c.first.unit === unit)
      .sort((a, b) => (order === 'qwen' ? behind(a) - behind(b) : 0))
      .map((c) => {
        const lead = c.board[0]!;
        const q = qwenOf(c);
        const second = q && q !== lead ? q : c.board[1];
        const r = c.first;
        return {
          key: c.key,
          name: rowName ? (
            rowName(r)
          ) : (
            <>
              <a href={href(`/benchmarks/${r.benchmarkId}`)}>{r.benchmark}</a>
              {r.version && <small>{r.version}</small>}
            </>
          ),
          points: c.board.flatMap((e) =>
            e.cell.values.map((v) => ({
              key: `${e.cell.key}|${v.scoreText}`,
              label: `${nameOf(e.cell.row, tr)}: ${v.scoreText}`,
              value: v.score,
              colour: orgColour(e.cell.row.org, e.cell.row.family),
              fill: modeFill(e.cell.row.mode),
              emphasis: isQwen3(e.cell.row.family, e.cell.row.model),
            })),
          ),
          lead: (
            <>
              <span className={isQwen3(lead.cell.row.family, lead.cell.row.model) ? 'q' : undefined}>
                {nameOf(lead.cell.row, tr)} <b className="num">{lead.value.scoreText}</b>
              </span>
              {second && (
                <small className={isQwen3(second.cell.row.family, second.cell.row.model) ? 'q' : undefined}>
                  {`${nameOf(second.cell.row, tr)} ${second.value.scoreText} (−${gapText(lead.value.scoreText, second.value.scoreText)})`}
                </small>
              )}
            </>
          ),
        };
      }),
  }));
  const orgs = new Set(rows.map((r) => orgColour(r.org, r.family)));
  const modes = new Set(rows.map((r) => modeFill(r.mode)));
  return (
    <DotPlot
      panels={panels}
      testId={testId}
      caption={
        <>
          {LEGEND.filter((l) => orgs.has(l.colour)).map((l) => (
            <span key={l.label} className="key">
              <span className="dot solid" style={{ color: l.colour }} />
              {l.label === 'Other' ? t('chart.otherOrg') : l.label}
            </span>
          ))}
          {modes.has('hatched') && (
            <span className="key">
              <span className="dot hatched" />
              {t('dots.nonThinking')}
            </span>
          )}
          <span className="key">
            <span className="dot solid q" />
            {t('dots.qwen')}
          </span>{' '}
          {t('dots.note')}
        </>
      }
    />
  );
}
