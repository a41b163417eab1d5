import { EN, type MessageKey, type Translator, type Values } from '../../_i18n/translate';
import { difference } from '../gains';
import { formatBudget } from '../format';
import { modeLabel } from '../encodings';

// The finding under a page's title: one or two sentences said from the data the page shows,
// never stronger than it. A sentence is a message key with its values; names in it may link to
// their pages (<tag>…</tag> in the message, `links` here). Pure: the pages render sentences with
// the translator's rich(), the tests read them as text.

export type Sentence = { key: MessageKey; values: Values; links?: Record<string, string> };

/** A sentence as plain text (its links' tags dropped): what a reader reads. */
export function sentenceText(s: Sentence, { t }: Translator = EN): string {
  return t(s.key, s.values).replace(/<\/?\w+>/g, '');
}

/** What a finding needs to know of a result to name it. */
export type Named = { modelId: string; model: string; mode: string; budget: number | null };

/** "Qwen3-235B-A22B (non-thinking)", "Gemini2.5-Pro" (no mode switch), "Qwen3-32B (thinking, 8K tokens)". */
export function nameOf(r: Named, tr: Translator = EN): string {
  const parts = [
    r.mode === 'n/a' ? '' : modeLabel(r.mode, tr),
    r.budget === null ? '' : tr.t('chart.tokens', { budget: formatBudget(r.budget, tr) }),
  ].filter(Boolean);
  return parts.length
    ? tr.t('findings.named', { model: r.model, mode: parts.join(tr.t('changes.partSeparator')) })
    : r.model;
}

/** The distance between two printed scores, without a sign, in their own decimals ("0.3"). */
export function gapText(a: string, b: string): string {
  return difference(a, b).text.replace(/^[+-]/, '');
}

/** "A, B and C" / "A、B和C": a list as the language writes it. */
export function listOf(items: string[], tr: Translator = EN): string {
  return new Intl.ListFormat(tr.locale === 'zh' ? 'zh-Hans' : 'en', { type: 'conjunction' }).format(items);
}

const ORDINAL = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIX = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as const;

/** "2nd" / "第 2": a rank as the language writes it. */
export function ordinal(n: number, tr: Translator = EN): string {
  const form = ORDINAL.select(n) as keyof typeof SUFFIX;
  return tr.t(`findings.ordinal.${SUFFIX[form] ?? 'th'}`, { n: String(n) });
}
