import { LOCALES, localePath } from '../app/_i18n/locales';

/**
 * Every kind of page, with the filters that change what it shows, for the checks that walk the
 * whole site (the HTML checker, axe). A new kind of page goes here. Each is walked in English and
 * in Chinese (/zh…).
 */
const PAGES = [
  '/',
  '/benchmarks',
  '/benchmarks/arena-hard',
  '/benchmarks/codeforces',
  '/benchmarks/aime-24?mode=thinking',
  '/models',
  '/models/qwen3-235b-a22b',
  '/thinking',
  '/compare',
  '/compare?models=qwen3-235b-a22b,deepseek-r1,openai-o1',
  '/multilingual',
  '/long-context',
  '/efficiency',
  '/changes',
  '/claims',
  '/claims?a=qwen3-235b-a22b&b=openai-o1&benchmark=aime-24',
  '/benchmarks/aime-24?asOf=1',
  '/search?q=qwen3+32b',
  '/search?q=zzzz',
  '/api',
  '/no-such-page',
];

/** Every page in both languages, English first. */
export const SITE_PAGES: string[] = LOCALES.flatMap((locale) => PAGES.map((path) => localePath(locale, path)));
