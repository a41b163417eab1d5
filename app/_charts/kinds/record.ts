import 'server-only';
import { getBenchmark, getModel, getResults, getTestSetFacts, type ScoreRow } from '@/db/queries';
import type { Translator } from '../../_i18n/translate';
import { isQwen3, orgColour } from '../../_lib/encodings';
import { modelList, type Filters } from '../../_lib/filters';
import { unitAxis } from '../../_lib/format';
import {
  catchUps,
  dateOfDay,
  dayOf,
  recordsByProtocol,
  type ProtocolRecord,
  type RecordPoint,
} from '../../_lib/record';
import { catchUpText, protocolText } from '../../_lib/record-words';
import { factsIndex, resultInterval, type FactsIndex } from '../../_lib/result-facts';
import type { ChartSpec, TimePoint } from '../model';
import { orgEntry, sourceLines } from '../parts';

// The record over time of a benchmark (issue 20, item 2): /charts/record/<benchmark>, and the
// section of the benchmark's page. One protocol at a time (./_lib/record.ts): the one asked for
// by version, metric, unit and mode, else the one with the most release dates; its points, its
// open-weights and closed record lines, the other protocols' points apart. `models` names a model
// whose launch is marked (the link from its page).

/** The most points of the chosen protocol drawn (every record-setting one, then the best others). */
const MAX_POINTS = 200;
/** The most points of the other protocols drawn. */
const MAX_OTHERS = 150;

type Rec = ProtocolRecord<ScoreRow>;

/** Whether a protocol is the one the filters ask for (unset filters ask for nothing). */
function fits(r: Rec, f: Partial<Filters>): boolean {
  const p = r.protocol;
  return (
    (f.version === undefined || p.version === f.version) &&
    (f.metric === undefined || p.metric === f.metric) &&
    (f.unit === undefined || p.unit === f.unit) &&
    (f.mode === undefined || f.mode === 'all' || p.mode === f.mode)
  );
}

/** The record of a benchmark: every protocol, the one shown, and the readout; null for an unknown benchmark. */
export function recordView(id: string, f: Partial<Filters>) {
  const benchmark = getBenchmark(id);
  if (!benchmark) return null;
  const higherIsBetter = benchmark.higherIsBetter !== 'no';
  const rows = getResults({ benchmark: id });
  const records = recordsByProtocol(rows, higherIsBetter);
  // A record needs two release dates; a thinking budget's figure is the thinking page's. Unless
  // asked for another, the record shown is the one that holds the best score: where the state of
  // the art is (then the one with the most release dates).
  const charted = records.filter((r) => r.releaseDates >= 2 && r.protocol.budget === '');
  const best = (r: Rec) => {
    const scores = r.points.map((p) => p.score);
    return higherIsBetter ? Math.max(...scores) : -Math.min(...scores);
  };
  // Scores compare only within a unit: that of the record with the most release dates.
  const unit = charted[0]?.protocol.unit;
  const byBest = [
    ...charted.filter((r) => r.protocol.unit === unit).sort((a, b) => best(b) - best(a)),
    ...charted.filter((r) => r.protocol.unit !== unit),
  ];
  const shown = byBest.find((r) => fits(r, f)) ?? null;
  const launchId = modelList(f)[0];
  const launchModel = launchId ? getModel(launchId) : null;
  const launch = launchModel && dayOf(launchModel.releaseDate) !== null ? launchModel : null;
  return {
    benchmark,
    higherIsBetter,
    rows,
    records,
    charted,
    shown,
    catchUps: shown ? catchUps(shown, higherIsBetter) : [],
    launch,
    undated: new Set(rows.filter((r) => dayOf(r.releaseDate) === null).map((r) => r.modelId)).size,
  };
}

/** Round tick marks on a time axis: the first of every 1, 2, 3, 6, 12 or 24 months, at most 7. */
export function timeTicks(from: number, to: number): { x: number; label: string }[] {
  const start = new Date(dateOfDay(from));
  const end = new Date(dateOfDay(to));
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;
  const step = [1, 2, 3, 6, 12, 24].find((s) => months / s <= 7) ?? 48;
  const out: { x: number; label: string }[] = [];
  for (let y = start.getUTCFullYear(); ; y++)
    for (let m = 0; m < 12; m++) {
      if ((y * 12 + m) % step !== 0) continue;
      const day = dayOf(`${y}-${String(m + 1).padStart(2, '0')}-01`)!;
      if (day > to) return out;
      if (day >= from) out.push({ x: day, label: step >= 12 ? String(y) : `${y}-${String(m + 1).padStart(2, '0')}` });
    }
}

function timePoint(p: RecordPoint<ScoreRow>, facts: FactsIndex, record: boolean, tr: Translator): TimePoint {
  const r = p.row;
  const interval = resultInterval(facts, r, p.score);
  const label = `${r.model}${r.mode === 'non-thinking' ? ` ${tr.t('chart.noThink')}` : ''} ${p.scoreText}${p.disputed ? ' ≠' : ''}`;
  return {
    key: `${r.cellKey}|${p.scoreText}`,
    label,
    title: tr.t('record.pointTitle', { label, date: tr.date(r.releaseDate) }),
    x: p.day,
    y: p.score,
    yText: p.scoreText,
    colour: orgColour(r.org, r.family),
    open: p.open,
    record,
    ...(interval && { low: interval.low, high: interval.high }),
    href: `/models/${r.modelId}`,
  };
}

export function recordChart(id: string, f: Partial<Filters>, query: string, tr: Translator): ChartSpec | null {
  const { t } = tr;
  const view = recordView(id, f);
  if (!view?.shown) return null;
  const { benchmark, shown, higherIsBetter, launch } = view;
  const facts = factsIndex(getTestSetFacts());
  const setters = new Set([...shown.open, ...shown.closed]);
  const better = (a: RecordPoint<ScoreRow>, b: RecordPoint<ScoreRow>) =>
    higherIsBetter ? b.score - a.score : a.score - b.score;
  const rest = shown.points.filter((p) => !setters.has(p)).sort(better);
  const drawn = [...setters, ...rest.slice(0, Math.max(0, MAX_POINTS - setters.size))];
  const othersAll = view.records.filter((r) => r !== shown).flatMap((r) => r.points);
  const others = othersAll.sort((a, b) => b.day - a.day).slice(0, MAX_OTHERS);
  const points = drawn.map((p) => timePoint(p, facts, setters.has(p), tr));
  const otherPoints = others.map((p) => timePoint(p, facts, false, tr));
  const days = [...points, ...otherPoints].map((p) => p.x).concat(launch ? [dayOf(launch.releaseDate)!] : []);
  const xDomain: [number, number] = [Math.min(...days) - 20, Math.max(...days) + 20];
  const ys = [...points, ...otherPoints].flatMap((p) => [p.y, p.low ?? p.y, p.high ?? p.y]);
  const percent = shown.protocol.unit === 'percent';
  const [ymin, ymax] = [Math.min(...ys), Math.max(...ys)];
  const pad = Math.max(1, (ymax - ymin) * 0.05);
  const yDomain: [number, number] = percent
    ? [Math.max(0, Math.floor((ymin - pad) / 10) * 10), Math.min(100, Math.ceil((ymax + pad) / 10) * 10)]
    : [Math.floor(ymin - pad), Math.ceil(ymax + pad)];
  const line = (key: 'open' | 'closed', steps: RecordPoint<ScoreRow>[]) => ({
    key,
    label: t(`record.line.${key}`),
    dashed: key === 'open',
    steps: steps.length
      ? [...steps.map((p) => ({ x: p.day, y: p.score })), { x: xDomain[1], y: steps.at(-1)!.score }]
      : [],
  });
  const rows = [...drawn, ...others].map((p) => p.row);
  const seen = new Set<ScoreRow>();
  const csvRows = rows.filter((r) => !seen.has(r) && seen.add(r));
  const readout = view.catchUps.map((c) => catchUpText(c, tr));
  const notes: string[] = [];
  if (drawn.length < shown.points.length)
    notes.push(t('record.capped', { shown: drawn.length, all: shown.points.length }));
  if (view.undated > 0) notes.push(t('record.undated', { count: view.undated }));
  const orgs = new Map(drawn.map((p) => [orgColour(p.row.org, p.row.family), p.row]));
  return {
    path: `/charts/record/${id}`,
    query,
    viewPath: `/benchmarks/${id}#record`,
    title: t('record.title', { benchmark: benchmark.name }),
    subtitle: `${protocolText(shown.protocol, tr)}${higherIsBetter ? '' : ` · ${t('common.lowerIsBetter')}`}`,
    summary: [
      t('record.summary', {
        count: shown.points.length,
        from: tr.date(dateOfDay(Math.min(...shown.points.map((p) => p.day)))),
        to: tr.date(dateOfDay(Math.max(...shown.points.map((p) => p.day)))),
      }),
      ...readout,
    ].join(' '),
    notes: [...readout, ...notes],
    keyNotes: [
      t('record.key'),
      ...(otherPoints.length > 0 ? [t('record.others', { count: othersAll.length })] : []),
      ...(points.some((p) => p.low !== undefined) ? [t('chart.whiskers')] : []),
    ],
    sources: sourceLines(csvRows),
    legend: [...orgs.values()]
      .sort((a, b) => Number(isQwen3(b.family ?? '')) - Number(isQwen3(a.family ?? '')))
      .map((r) => orgEntry(r.org, r.family ?? '', tr)),
    plot: {
      type: 'record',
      points,
      others: otherPoints,
      lines: [line('closed', shown.closed), line('open', shown.open)].filter((l) => l.steps.length > 0),
      ...(launch && {
        launch: {
          x: dayOf(launch.releaseDate)!,
          label: t('record.launch', { model: launch.name, date: tr.date(launch.releaseDate) }),
        },
      }),
      xDomain,
      xTicks: timeTicks(xDomain[0], xDomain[1]),
      yDomain,
      yLabel: unitAxis(shown.protocol.unit, tr),
    },
    rows: csvRows,
  };
}
