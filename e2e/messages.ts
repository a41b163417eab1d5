import type { Page } from '@playwright/test';
import en from '../app/_i18n/messages/en.json';
import zh from '../app/_i18n/messages/zh.json';

type Node = string | { [key: string]: Node };
const texts = (node: Node): string[] => (typeof node === 'string' ? [node] : Object.values(node).flatMap(texts));

/**
 * The fixed parts of every English message (the text between its {placeholders} and <tags>) that
 * are long enough to be the interface's own words and no Chinese message repeats: any of them
 * on a Chinese page is an English string that was not translated.
 */
export const ENGLISH_FRAGMENTS: string[] = (() => {
  const chinese = texts(zh as Node).join('\n');
  const fragments = texts(en as Node)
    .flatMap((t) => t.split(/\{\w+\}|<\/?\w+>/))
    .map((f) => f.trim())
    .filter((f) => f.length >= 12 && /[a-z]{3,} [a-z]{2,}/i.test(f) && !chinese.includes(f));
  return [...new Set(fragments)];
})();

/** What a reader meets on a page: its title, text, and the labels and tooltips of its elements. */
export function pageWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label],[title],[alt],[placeholder]'))
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) parts.push(el.getAttribute(name) ?? '');
    return parts.join('\n');
  });
}

/** The English messages' fragments found in a text. */
export function englishIn(text: string): string[] {
  return ENGLISH_FRAGMENTS.filter((f) => text.includes(f));
}
