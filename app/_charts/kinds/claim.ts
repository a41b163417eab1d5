import 'server-only';
import { getBenchmark, getModel, getResults, getTestSetFacts } from '@/db/queries';
import type { Translator } from '../../_i18n/translate';
import { checkClaim } from '../../_lib/claim';
import { claimWords, sideLabel } from '../../_lib/claim-words';
import { modeFill, orgColour } from '../../_lib/encodings';
import { modelList, type Filters } from '../../_lib/filters';
import { unitAxis } from '../../_lib/format';
import { factsIndex } from '../../_lib/result-facts';
import { claimPath } from '../../_lib/claim-path';
import { signedPoints as signed } from '../../_lib/signed';
import type { ChartSpec, ClaimMark } from '../model';
import { legendFor, sourceLines } from '../parts';

// A claim, "does A beat B on X?" (issue 20, item 1): its page (/claims) and its card as a chart
// file, /charts/claim/<benchmark>?models=<a>,<b>[&mode=&version=&metric=], share this.

/**
 * The models a claim is about: those of `models` (A first), and where fewer than two are named,
 * the best of the benchmark's results in the asked mode, version and metric fill in (without
 * any: does the leader beat the runner-up?).
 */
function claimModels(benchmarkId: string, f: Partial<Filters>): string[] {
  const named = modelList(f);
  if (named.length >= 2) return named;
  const best = getResults(
    { benchmark: benchmarkId, mode: f.mode, version: f.version, metric: f.metric, budget: 'none' },
    50,
  );
  const out = [...named];
  for (const r of best) if (out.length < 2 && !out.includes(r.modelId)) out.push(r.modelId);
  return out;
}

/** The two models of a claim, the benchmark, and the claim itself; null when one is unknown. */
export function claimView(benchmarkId: string, f: Partial<Filters>, tr: Translator) {
  const [aId, bId] = claimModels(benchmarkId, f);
  const benchmark = getBenchmark(benchmarkId);
  const a = aId ? getModel(aId) : null;
  const b = bId ? getModel(bId) : null;
  if (!benchmark || !a || !b || a.id === b.id) return null;
  const rows = getResults({ benchmark: benchmarkId, models: `${a.id},${b.id}` });
  const facts = factsIndex(getTestSetFacts());
  const mode = f.mode && f.mode !== 'all' ? f.mode : undefined;
  const claim = checkClaim(
    rows,
    { a: a.id, b: b.id, mode, version: f.version, metric: f.metric },
    facts,
    benchmark.higherIsBetter !== 'no',
    tr,
  );
  const names = { a: a.name, b: b.name, benchmark: benchmark.name };
  return { benchmark, a, b, rows, facts, claim, names, words: claimWords(claim, names, tr) };
}

export function claimChart(id: string, f: Partial<Filters>, query: string, tr: Translator): ChartSpec | null {
  const view = claimView(id, f, tr);
  if (!view) return null;
  const { claim, words, names } = view;
  const sides = [claim.a, claim.b].flatMap((s) => (s ? [s] : []));
  if (sides.length === 0) return null;
  const comparable = claim.verdict !== 'not-comparable' && claim.verdict !== 'missing';
  const marks: ClaimMark[] = sides.map((s) => ({
    label: sideLabel(s.row, tr),
    value: s.row.score,
    valueText: `${s.row.scoreText}${s.cell.disputed ? ' ≠' : ''}`,
    colour: orgColour(s.row.org, s.row.family),
    modeFill: modeFill(s.row.mode),
    ...(s.interval && { interval: { low: s.interval.low, high: s.interval.high } }),
  }));
  const unit = sides[0]!.row.unit;
  const d = claim.difference;
  const rows = sides.flatMap((s) => view.rows.filter((r) => r.cellKey === s.row.cellKey));
  return {
    path: `/charts/claim/${id}`,
    query,
    viewPath: claimPath({
      a: view.a.id,
      b: view.b.id,
      benchmark: id,
      mode: f.mode,
      version: f.version,
      metric: f.metric,
    }),
    title: words.question,
    subtitle: `${words.verdict}${claim.mismatches.length ? `: ${words.reasons.join('; ')}` : ''}`,
    summary: `${words.verdict}. ${words.sentence}`,
    notes: [words.short],
    keyNotes: [
      ...(sides.some((s) => s.interval) && comparable ? [tr.t('chart.whiskers')] : []),
      ...(claim.difference ? [tr.t('claim.methodShort')] : []),
      ...(words.tables ? [words.tables] : []),
      ...(words.settings ? [words.settings] : []),
      ...words.reporters,
      ...words.windows,
    ],
    sources: sourceLines(rows),
    legend: legendFor(
      marks.map((m) => ({ colour: m.colour, modeFill: m.modeFill })),
      tr,
    ),
    plot: {
      type: 'claim',
      marks,
      bars: comparable && unit === 'percent',
      unitLabel: unitAxis(unit, tr),
      domainMax: unit === 'percent' ? 100 : Math.max(...marks.map((m) => m.interval?.high ?? m.value)) * 1.1,
      ...(d && {
        difference: {
          points: d.points,
          low: d.low,
          high: d.high,
          text: tr.t('claim.differenceMark', { diff: signed(d.points), low: signed(d.low), high: signed(d.high) }),
          label: tr.t('claim.differenceAxis', { a: names.a, b: names.b }),
          left: tr.t('claim.aheadLeft', { model: names.b }),
          right: tr.t('claim.aheadRight', { model: names.a }),
        },
      }),
    },
    rows,
  };
}
