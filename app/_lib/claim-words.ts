import type { Translator } from '../_i18n/translate';
import { formatBudget, unitName } from './format';
import { modeLabel } from './encodings';
import type { Claim, ClaimRow, ClaimSide, Mismatch } from './claim';
import { signedPoints } from './signed';
import { settingDifferences, type SettingsRow } from './run-settings';

/** A row's run settings, each '' (not stated) where the row carries none. */
const settingsOf = (r: ClaimRow): SettingsRow => ({
  harness: r.harness ?? '',
  harnessVersion: r.harnessVersion ?? '',
  nShot: r.nShot ?? '',
  samples: r.samples ?? '',
  itemsUsed: r.itemsUsed ?? '',
  temperature: r.temperature ?? '',
  maxOutputTokens: r.maxOutputTokens ?? '',
  chatTemplate: r.chatTemplate ?? '',
  host: r.host ?? '',
  quantization: r.quantization ?? '',
  runDate: r.runDate ?? '',
});

// A claim in words, for its page and its card (the chart file) alike: the question, the verdict,
// the sentence with the numbers, why two numbers are not one measurement, how the interval is
// computed, where each number is printed and who reported it, and the time window.

export type ClaimNames = { a: string; b: string; benchmark: string };

/** A side as a reader names it: the model, and its mode when it has a mode switch. */
export function sideLabel(s: Pick<ClaimRow, 'model' | 'mode' | 'budget'>, tr: Translator): string {
  const parts = [s.mode !== 'n/a' ? modeLabel(s.mode, tr) : '', s.budget !== null ? formatBudget(s.budget, tr) : '']
    .filter(Boolean)
    .join(', ');
  return parts ? `${s.model} (${parts})` : s.model;
}

function mismatchText(m: Mismatch, tr: Translator): string {
  const { t } = tr;
  const shown = (v: string) => {
    if (m.facet === 'version') return v || t('common.main');
    if (m.facet === 'mode') return modeLabel(v, tr);
    if (m.facet === 'budget')
      return v ? t('chart.tokens', { budget: formatBudget(Number(v), tr) }) : t('claim.noBudget');
    if (m.facet === 'unit') return unitName(v, tr);
    if (m.facet === 'setting') return v;
    return v || t('common.metricNotStated');
  };
  return t(`claim.facet.${m.facet}`, { a: shown(m.a), b: shown(m.b) });
}

/** Who printed a number, and whether its maker did: "reported by Qwen Team (Alibaba), not by OpenAI". */
function reporterText(side: ClaimSide<ClaimRow>, tr: Translator): string {
  const r = side.row;
  const values = {
    model: r.model,
    score: r.scoreText,
    publisher: r.sourcePublisher,
    source: shortTitle(r.sourceTitle),
  };
  return r.reporter === 'self'
    ? tr.t('claim.reportedBySelf', values)
    : tr.t('claim.reportedByOther', { ...values, org: r.org });
}

/** A source's title without its subtitle or identifiers: "Qwen3 Technical Report". */
export const shortTitle = (title: string) => title.split(/[:(]/)[0]!.trim();

function windowOf(side: ClaimSide<ClaimRow>, tr: Translator): string | null {
  if (side.itemsAfterRelease) return tr.t('claim.itemsAfter', { model: side.row.model });
  return side.window && tr.t('claim.window', { model: side.row.model, window: side.window });
}

export type ClaimText = {
  question: string;
  verdict: string;
  /** The sentence with the numbers, then what they say. */
  sentence: string;
  /** The sentence with the numbers alone. */
  numbers: string;
  /** The numbers in short, for the card (where the bars name the models). */
  short: string;
  reasons: string[];
  method: string | null;
  tables: string | null;
  /** Run settings one source states and the other does not (app/_lib/run-settings.ts). */
  settings: string | null;
  reporters: string[];
  windows: string[];
};

export function claimWords(claim: Claim<ClaimRow>, names: ClaimNames, tr: Translator): ClaimText {
  const { t } = tr;
  const { a, b, difference: d } = claim;
  const la = a ? sideLabel(a.row, tr) : names.a;
  const lb = b ? sideLabel(b.row, tr) : names.b;
  const both = { a: la, b: lb, scoreA: a?.row.scoreText ?? '', scoreB: b?.row.scoreText ?? '' };
  const question = t('claim.question', { a: names.a, b: names.b, benchmark: names.benchmark });
  const verdict =
    claim.verdict === 'a-ahead'
      ? t('claim.verdict.ahead', { model: names.a })
      : claim.verdict === 'b-ahead'
        ? t('claim.verdict.ahead', { model: names.b })
        : t(`claim.verdict.${claim.verdict}`);
  const reasons = claim.mismatches.map((m) => mismatchText(m, tr));
  let numbers: string;
  let meaning = '';
  if (claim.verdict === 'missing')
    numbers = [
      !a && t('claim.missing', { model: names.a, benchmark: names.benchmark }),
      !b && t('claim.missing', { model: names.b, benchmark: names.benchmark }),
    ]
      .filter(Boolean)
      .join(' ');
  else if (claim.verdict === 'not-comparable')
    numbers = t('claim.notComparable', { ...both, reasons: reasons.join('; ') });
  else if (claim.verdict === 'no-interval')
    numbers = t('claim.noInterval', {
      ...both,
      diff: signedPoints(a!.row.score - b!.row.score),
      reason: claim.noInterval ?? '',
    });
  else {
    numbers = t('claim.difference', {
      ...both,
      diff: signedPoints(d!.points),
      low: signedPoints(d!.low),
      high: signedPoints(d!.high),
      n: d!.n,
    });
    meaning =
      claim.verdict === 'not-separable'
        ? t('claim.holdsZero')
        : t('claim.oneSide', { model: claim.verdict === 'a-ahead' ? names.a : names.b, n: d!.n });
  }
  const sentence = meaning ? `${numbers} ${meaning}` : numbers;
  const short = d
    ? t('claim.differenceShort', {
        ...both,
        diff: signedPoints(d.points),
        low: signedPoints(d.low),
        high: signedPoints(d.high),
        n: d.n,
      })
    : numbers;
  const tables =
    a && b
      ? claim.sameTable
        ? t('claim.sameTable', { source: shortTitle(a.row.sourceTitle), table: a.row.tableRef })
        : t('claim.twoTables', {
            a: `${shortTitle(a.row.sourceTitle)}, ${a.row.tableRef}`,
            b: `${shortTitle(b.row.sourceTitle)}, ${b.row.tableRef}`,
          })
      : null;
  const unstated =
    a && b && claim.mismatches.length === 0 ? settingDifferences(settingsOf(a.row), settingsOf(b.row), tr) : [];
  return {
    question,
    verdict,
    sentence,
    numbers,
    short,
    reasons,
    method: d ? t('claim.method', { n: d.n }) : null,
    tables,
    settings: unstated.length > 0 ? t('claim.settings', { settings: unstated.join('; ') }) : null,
    reporters: [a, b].flatMap((s) => (s ? [reporterText(s, tr)] : [])),
    windows: [a, b].flatMap((s) => (s ? [windowOf(s, tr)].filter((w): w is string => w !== null) : [])),
  };
}
