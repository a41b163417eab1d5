import { describe, expect, it } from 'vitest';
import { isValidElement, type ReactNode } from 'react';
import en from './messages/en.json';
import zh from './messages/zh.json';
import { localePath, splitLocale } from './locales';
import { translator } from './translate';

// Every message exists in both languages, with the same placeholders and the same tags: a string
// added to one language and not the other fails here (before a reader meets a key on a page).

type Node = string | { [key: string]: Node };
const PLURAL = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (n: Node): n is Record<string, string> =>
  typeof n === 'object' && 'other' in n && Object.keys(n).every((k) => PLURAL.has(k));

/** Every message: its key and its texts (one, or one per plural form). */
function messages(tree: Node, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (typeof tree === 'string' || isPlural(tree)) {
    out.set(prefix, typeof tree === 'string' ? [tree] : Object.values(tree));
    return out;
  }
  for (const [k, v] of Object.entries(tree))
    for (const [key, texts] of messages(v, prefix ? `${prefix}.${k}` : k)) out.set(key, texts);
  return out;
}

const placeholders = (texts: string[]) =>
  [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
const tags = (texts: string[]) =>
  [...new Set(texts.flatMap((t) => [...t.matchAll(/<(\w+)>/g)].map((m) => m[1])))].sort();

const EN = messages(en as Node);
const ZH = messages(zh as Node);

describe('the messages', () => {
  it('every English message has a Chinese one, and every Chinese one an English one', () => {
    expect(
      [...EN.keys()].filter((k) => !ZH.has(k)),
      'in English only',
    ).toEqual([]);
    expect(
      [...ZH.keys()].filter((k) => !EN.has(k)),
      'in Chinese only',
    ).toEqual([]);
  });

  it('both languages fill the same placeholders and wrap the same tags', () => {
    for (const [key, texts] of EN) {
      const other = ZH.get(key) ?? [];
      expect(placeholders(other), `${key}: placeholders`).toEqual(placeholders(texts));
      expect(tags(other), `${key}: tags`).toEqual(tags(texts));
    }
  });

  it('no message is empty, and every count has its "other" form', () => {
    for (const [key, texts] of [...EN, ...ZH]) {
      expect(texts.length, key).toBeGreaterThan(0);
      for (const text of texts) expect(text.trim(), key).not.toBe('');
    }
  });

  it('every Chinese message is written in Chinese, but for a few that are names, units or formats', () => {
    // A message copied from English into zh.json passes the tests above and shows English on a
    // Chinese page: it fails here unless it is one of these, which are the same in both languages.
    const SAME_IN_BOTH = [
      'units.name.elo',
      'changes.time',
      'chart.tokens',
      'models.arch.moe',
      'model.tokens',
      'api.groups.data',
      'runs.values.nShot',
    ];
    const cjk = /[\u3000-\u9fff\uff00-\uffef]/;
    const notChinese = [...ZH]
      .filter(([, texts]) => texts.some((t) => !cjk.test(t.replace(/\{\w+\}|<\/?\w+>/g, ''))))
      .map(([key]) => key);
    expect(notChinese.sort()).toEqual([...SAME_IN_BOTH].sort());
  });

  it('the test itself finds a message missing from one language', () => {
    const missing = messages({ a: { b: 'x', c: { one: '{count} c', other: '{count} cs' } } });
    const fewer = messages({ a: { b: 'x' } });
    expect([...missing.keys()].filter((k) => !fewer.has(k))).toEqual(['a.c']);
  });
});

describe('translating', () => {
  const zhT = translator('zh');
  const enT = translator('en');

  it('fills placeholders, writes numbers with the locale’s separators in Western digits, picks plural forms', () => {
    expect(enT.t('changes.rowsRead', { count: 1, counts: 'x' })).toBe('1 result row read: x');
    expect(enT.t('changes.rowsRead', { count: 3489, counts: 'x' })).toBe('3,489 result rows read: x');
    expect(zhT.t('changes.rowsRead', { count: 3489, counts: 'x' })).toBe('读取 3,489 行结果：x');
    expect(zhT.num(1234567.5)).toBe('1,234,567.5');
  });

  it('writes dates for the locale: ISO in English, 年月日 in Chinese', () => {
    expect(enT.date('2025-04-29')).toBe('2025-04-29');
    expect(zhT.date('2025-04-29')).toBe('2025年4月29日');
    expect(zhT.date('2024-02')).toBe('2024年2月');
    expect(zhT.t('common.dataAsOf', { date: zhT.date('2026-12-02'), version: '7' })).toBe(
      '数据截至 2026年12月2日，第 7 版',
    );
  });

  it('a value inside a rich message stays text, whatever it contains', () => {
    const parts = zhT.rich(
      'multilingual.heading',
      { benchmark: (text) => ({ link: text }) as unknown as ReactNode },
      { benchmark: '<b>x</b>', mode: '思考' },
    ) as ReactNode[];
    const linked = parts.find((p) => isValidElement(p)) as { props: { children: { link: string } } };
    expect(linked.props.children.link).toBe('<b>x</b>');
  });

  it('an unknown key made from data is undefined, so the caller shows the data as it is', () => {
    expect(zhT.lookup('categories.astrology')).toBeUndefined();
    expect(zhT.lookup('categories.math')).toBe('数学');
    expect(zhT.lookup('sourceKinds.other')).toBe('其他');
  });
});

describe('addresses', () => {
  it('English keeps its addresses; Chinese lives under /zh, query and fragment kept', () => {
    expect(localePath('en', '/benchmarks?mode=thinking')).toBe('/benchmarks?mode=thinking');
    expect(localePath('zh', '/benchmarks/aime-24?mode=thinking')).toBe('/zh/benchmarks/aime-24?mode=thinking');
    expect(localePath('zh', '/')).toBe('/zh');
    expect(localePath('zh', '/?x=1')).toBe('/zh?x=1');
    expect(localePath('zh', '/#flagship-heading')).toBe('/zh#flagship-heading');
    expect(localePath('zh', 'https://example.org/')).toBe('https://example.org/');
    expect(splitLocale('/zh')).toEqual({ locale: 'zh', path: '/' });
    expect(splitLocale('/zh/models/qwen3-32b')).toEqual({ locale: 'zh', path: '/models/qwen3-32b' });
    expect(splitLocale('/zhx')).toEqual({ locale: 'en', path: '/zhx' });
  });
});
