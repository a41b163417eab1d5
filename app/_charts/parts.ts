import type { ScoreRow } from '@/db/queries/results';
import type { Cell } from '../_lib/cells';
import { EN, type Translator } from '../_i18n/translate';
import { isQwen3, LEGEND, modeFill, modeLabel, orgColour, orgLabel, type ModeFill } from '../_lib/encodings';
import { formatBudget } from '../_lib/format';
import { resultFacts, type FactsIndex } from '../_lib/result-facts';
import type { BarDatum, LegendEntry } from './model';

// Pieces every chart kind shares: bars from cells, the key, the source lines.

export type BarLabel = 'model' | 'benchmark';

/**
 * One bar per value, best first, so a dispute shows as two marked bars. Bars are labelled by
 * model (a benchmark's chart) or by benchmark (a model's chart, which never repeats its name).
 */
export function cellBars(
  cells: Cell<ScoreRow>[],
  options: { label?: BarLabel; showMode?: boolean; facts?: FactsIndex } = {},
  tr: Translator = EN,
): BarDatum[] {
  const bars: BarDatum[] = [];
  for (const cell of cells) {
    const r = cell.row;
    for (const v of cell.values) {
      const parts = [options.label === 'benchmark' ? [r.benchmark, r.version].filter(Boolean).join(' ') : r.model];
      if (options.showMode !== false && r.mode !== 'n/a') parts.push(modeLabel(r.mode, tr));
      if (r.budget !== null) parts.push(tr.t('chart.tokens', { budget: formatBudget(r.budget, tr) }));
      if (cell.disputed) parts.push(v.citations.map((c) => c.tableRef.split(':')[0]).join(', '));
      const interval = options.facts ? resultFacts(options.facts, r, v.score).interval : null;
      bars.push({
        key: `${cell.key}|${v.scoreText}`,
        label: parts.join(' · '),
        value: v.score,
        valueText: cell.disputed ? `${v.scoreText} ≠` : v.scoreText,
        colour: orgColour(r.org, r.family),
        modeFill: modeFill(r.mode),
        emphasis: isQwen3(r.family),
        link: `/models/${r.modelId}`,
        ...(interval && { interval: { low: interval.low, high: interval.high } }),
      });
    }
  }
  // One measurement printed in several tables with the same value (AIME'25 non-thinking 24.7 in
  // Table 12, Figure 2 and the model card) is one bar; its rows are all drawn (in the CSV) and
  // cited. Two bars that would still read alike (the same benchmark and mode with other values,
  // from tables with other setups) say which table each comes from.
  const merged = new Map<string, BarDatum>();
  for (const b of bars) {
    const same = merged.get(`${b.label}|${b.valueText}|${b.modeFill}|${b.colour}`);
    if (same) same.alsoKeys = [...(same.alsoKeys ?? []), b.key];
    else merged.set(`${b.label}|${b.valueText}|${b.modeFill}|${b.colour}`, b);
  }
  bars.splice(0, bars.length, ...merged.values());
  const seen = new Map<string, number>();
  for (const b of bars) seen.set(b.label, (seen.get(b.label) ?? 0) + 1);
  for (const [i, b] of bars.entries())
    if (seen.get(b.label)! > 1) bars[i] = { ...b, label: `${b.label} · ${tableOf(cells, b.key)}` };
  return bars.sort((a, b) => b.value - a.value);
}

/** The table a bar's value is printed in ("Table 12", "Figure 2"). */
function tableOf(cells: Cell<ScoreRow>[], barKey: string): string {
  const cell = cells.find((c) => barKey.startsWith(`${c.key}|`));
  return cell?.values[0]?.citations[0]?.tableRef.split(':')[0] ?? '';
}

/** The rows behind the cells whose bars are drawn (a chart's CSV holds exactly these). */
export function rowsOfBars(cells: Cell<ScoreRow>[], rows: ScoreRow[], bars: BarDatum[]): ScoreRow[] {
  const drawn = new Set(bars.flatMap((b) => [b.key, ...(b.alsoKeys ?? [])]));
  const keys = new Set(
    cells.filter((c) => c.values.some((v) => drawn.has(`${c.key}|${v.scoreText}`))).map((c) => c.key),
  );
  return rows.filter((r) => keys.has(r.cellKey));
}

const MODE_KEY = ['solid', 'hatched', 'outline'] as const satisfies readonly ModeFill[];

/** The key of a chart: the organisations it shows (in the fixed order), then the fills it uses. */
export function legendFor(
  marks: { colour: string; modeFill: ModeFill; emphasis?: boolean }[],
  { t } = EN,
): LegendEntry[] {
  const colours = new Set(marks.map((m) => m.colour));
  const fills = new Set(marks.map((m) => m.modeFill));
  const orgs = LEGEND.filter((l) => colours.has(l.colour)).map((l) => ({
    ...l,
    label: l.label === 'Other' ? t('chart.otherOrg') : l.label,
    fill: 'solid' as const,
  }));
  // Each fill's key is drawn as its bars are: in the colour of the first emphasised (Qwen3) bar
  // with that fill, else the first.
  const modes =
    fills.size > 1
      ? MODE_KEY.filter((fill) => fills.has(fill)).map((fill) => ({
          fill,
          label: t(`chart.fill.${fill}`),
          colour: (marks.find((m) => m.modeFill === fill && m.emphasis) ?? marks.find((m) => m.modeFill === fill))!
            .colour,
        }))
      : [];
  return [...orgs, ...modes];
}

/** An organisation's key entry (for charts whose marks are lines or points). */
export function orgEntry(org: string, family: string, { t } = EN): LegendEntry {
  const label = orgLabel(org, family);
  return { label: label === 'Other' ? t('chart.otherOrg') : label, colour: orgColour(org, family), fill: 'solid' };
}

/** "Qwen3 Technical Report, Table 11" for every distinct table the rows come from. */
export function sourceLines(rows: ScoreRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) seen.add(`${r.sourceTitle.split(/[:(]/)[0]!.trim()}, ${r.tableRef}`);
  return [...seen];
}

/**
 * Marks the bars whose interval overlaps the best bar's (bars come best first): not separable
 * from the best by their test sets alone. Nothing is marked where the best has no interval.
 */
export function markTies(bars: BarDatum[]): BarDatum[] {
  const best = bars[0]?.interval;
  if (!best) return bars;
  return bars.map((b, i) =>
    i > 0 && b.interval && b.interval.high >= best.low && b.interval.low <= best.high ? { ...b, tied: true } : b,
  );
}

/** What the whiskers and the shading of a bar chart mean, said once under its key. */
export function intervalKeyNotes(bars: BarDatum[], ns: number[], { t } = EN): string[] {
  const withInterval = bars.filter((b) => b.interval);
  if (withInterval.length === 0) return [];
  const n = [...new Set(ns)];
  const notes = [n.length === 1 ? t('chart.whiskersN', { n: String(n[0]) }) : t('chart.whiskers')];
  if (withInterval.length < bars.length) notes.push(t('chart.noWhisker'));
  const best = bars[0]!;
  if (bars.some((b) => b.tied)) notes.push(t('chart.shaded', { best: best.valueText }));
  return notes;
}
