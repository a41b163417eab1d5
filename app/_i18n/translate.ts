import { createElement, Fragment, type ReactNode } from 'react';
import en from './messages/en.json';
import zh from './messages/zh.json';
import { LANGUAGE_TAG, localePath, type Locale } from './locales';

// Every string of the interface, in English and Simplified Chinese (./messages/*.json), looked
// up by key on the server: pages, their components and the chart files translate where they
// render, and a client component gets the few strings it shows as props. No message is ever
// sent to the browser as a bundle.
//
// A message is text with {placeholders} (a number is written in the locale's format) and, for
// links inside a sentence, <tags>…</tags> (rich()); one that depends on a count is an object
// {"one": …, "other": …} chosen by the value `count` (Chinese needs only "other").

type Plural = { one?: string; other: string };
type Leaf = string | Plural;
type Tree = { [key: string]: Leaf | Tree };

/** The forms of a count (CLDR's categories): an object with only these keys is one message. */
const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

type Keys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : T[K] extends { other: string }
      ? Exclude<keyof T[K], PluralForm> extends never
        ? `${P}${K}`
        : Keys<T[K], `${P}${K}.`>
      : Keys<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message's key, from the English messages (the Chinese ones must have the same; a test checks). */
export type MessageKey = Keys<typeof en>;
export type Values = Record<string, string | number>;

export const MESSAGES: Record<Locale, Tree> = { en, zh };

export type Translator = {
  locale: Locale;
  /** The message, its placeholders filled. */
  t: (key: MessageKey, values?: Values) => string;
  /** A message whose key is made from data (a category, a unit): undefined where none exists. */
  lookup: (key: string, values?: Values) => string | undefined;
  /** A message with <tags> rendered by the given functions (links inside a sentence). */
  rich: (key: MessageKey, tags: Record<string, (text: string) => ReactNode>, values?: Values) => ReactNode;
  /** A number in the locale's format (Western digits, the locale's separators). */
  num: (n: number) => string;
  /** An ISO date (2026-12-02, or 2024-02, or 2024) as the locale writes it. */
  date: (iso: string) => string;
  /** A site path in this locale (/zh/… for Chinese). */
  href: (path: string) => string;
};

const isPlural = (node: Leaf | Tree): node is Plural =>
  typeof node === 'object' && typeof node.other === 'string' && Object.keys(node).every((k) => PLURAL_FORMS.has(k));

function leafOf(tree: Tree, key: string): Leaf | undefined {
  let node: Leaf | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || isPlural(node) || !Object.hasOwn(node, part))
      return undefined;
    node = (node as Tree)[part];
  }
  if (node === undefined || typeof node === 'string' || isPlural(node)) return node;
  return undefined;
}

function make(locale: Locale): Translator {
  const tag = LANGUAGE_TAG[locale];
  const numbers = new Intl.NumberFormat(tag === 'en' ? 'en-US' : tag, { maximumFractionDigits: 20 });
  const plurals = new Intl.PluralRules(tag);
  const num = (n: number) => numbers.format(n);
  const fill = (text: string, values: Values = {}) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = values[name];
      return v === undefined ? whole : typeof v === 'number' ? num(v) : v;
    });
  /** The message's text for these values (its plural form chosen), placeholders not yet filled. */
  const raw = (key: string, values?: Values) => {
    const leaf = leafOf(MESSAGES[locale], key);
    if (leaf === undefined || typeof leaf === 'string') return leaf;
    const count = Number(values?.count ?? 0);
    return plurals.select(count) === 'one' && leaf.one !== undefined ? leaf.one : leaf.other;
  };
  const lookup = (key: string, values?: Values) => {
    const text = raw(key, values);
    return text === undefined ? undefined : fill(text, values);
  };
  const t = (key: MessageKey, values?: Values) => lookup(key, values) ?? key;
  // Tags are found in the message before its values are filled in, so a value (a model's name)
  // is always text, whatever it contains.
  const rich = (key: MessageKey, tags: Record<string, (text: string) => ReactNode>, values?: Values) => {
    const parts: ReactNode[] = [];
    const text = raw(key, values) ?? key;
    let at = 0;
    for (const m of text.matchAll(/<(\w+)>(.*?)<\/\1>/g)) {
      if (m.index > at) parts.push(fill(text.slice(at, m.index), values));
      const render = tags[m[1]!];
      const inner = fill(m[2]!, values);
      parts.push(createElement(Fragment, { key: parts.length }, render ? render(inner) : inner));
      at = m.index + m[0].length;
    }
    if (at < text.length) parts.push(fill(text.slice(at), values));
    return parts;
  };
  const date = (iso: string) => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
    if (locale === 'en' || !m) return iso;
    const [, y, mo, d] = m;
    const when = Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1));
    const parts: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (mo) parts.month = 'long';
    if (d) parts.day = 'numeric';
    return new Intl.DateTimeFormat(tag, parts).format(when);
  };
  return { locale, t, lookup, rich, num, date, href: (path) => localePath(locale, path) };
}

const made = new Map<Locale, Translator>();

/** The translator of a locale (made once). */
export function translator(locale: Locale): Translator {
  let tr = made.get(locale);
  if (!tr) {
    tr = make(locale);
    made.set(locale, tr);
  }
  return tr;
}

/** English: the default of the pure modules that pages in either language call. */
export const EN = translator('en');
