import { LOCALES, localePath } from '../../app/_i18n/locales';
import { NAV } from '../../app/_lib/nav';
import type { ServingReads } from '../../db/queries/serving';
import type { PageCache } from './page-cache';

// Pages rendered ahead: when the data version changes (a load by any process, or the server's
// start), the default view of every page in both languages is rendered in the background, one at
// a time, so the first visitor after a load gets a page from the cache. The sections first, then
// benchmarks and models with the most results first; warming stops at half the cache's bytes, so
// it never pushes out pages that visitors asked for.

const CHECK_EVERY_MS = 500;

/** Every page's default view, in every language, most visited kinds first. */
export function warmTargets({ benchmarks, models }: { benchmarks: string[]; models: string[] }): string[] {
  const paths = [
    ...NAV.map(([path]) => path),
    '/api',
    ...benchmarks.map((id) => `/benchmarks/${encodeURIComponent(id)}`),
    ...models.map((id) => `/models/${encodeURIComponent(id)}`),
  ];
  return paths.flatMap((path) => LOCALES.map((locale) => localePath(locale, path)));
}

/** Starts watching the data version; returns the function that stops it. */
export function warmAfterLoads(pages: PageCache, reads: ServingReads, budgetBytes: number): () => void {
  let warmedFor = Number.NaN;
  let running = false;
  const tick = async () => {
    const version = pages.version();
    if (running || version < 0 || version === warmedFor) return;
    running = true;
    const started = performance.now();
    let rendered = 0;
    try {
      for (const target of warmTargets(reads.pageIds())) {
        if (pages.version() !== version || pages.bytes > budgetBytes) break;
        const request = { ...pages.lastRequest, target };
        if (pages.has(request)) continue;
        await pages.page(request);
        rendered++;
      }
      console.log(
        `page cache: ${rendered} pages rendered ahead for data version ${version} in ${Math.round(performance.now() - started)} ms`,
      );
    } catch (error) {
      console.error('page cache: rendering ahead failed:', error);
    } finally {
      // A newer load meanwhile: the next tick starts again for it.
      if (pages.version() === version) warmedFor = version;
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), CHECK_EVERY_MS);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
