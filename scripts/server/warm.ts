import { LOCALES, localePath } from '../../app/_i18n/locales';
import { NAV } from '../../app/_lib/nav';
import type { ServingReads } from '../../db/queries/serving';
import type { PageCache, RenderRequest } from './page-cache';

// Pages rendered ahead: when the data version changes (a load by any process, or the server's
// start), pages are rendered in the background, one at a time, so the first visitor after a load
// gets a page from the cache: the sections first, then the pages the cache held before the load
// (what readers were reading, most recent first), then the default view of every benchmark and
// model page (most results first), each in both languages. Visitors come first: it waits while
// their pages render or their requests keep coming. It stops at half the cache's bytes, so it
// never pushes out pages that visitors ask for.

const CHECK_EVERY_MS = 500;
/** Rendering ahead waits while visitors are served: for this long after the last request. */
const QUIET_MS = 100;

/** The sections, and every benchmark's and model's page, in every language, most visited kinds first. */
export function warmTargets({ benchmarks, models }: { benchmarks: string[]; models: string[] }): {
  sections: string[];
  pages: string[];
} {
  const inEveryLanguage = (paths: string[]) =>
    paths.flatMap((path) => LOCALES.map((locale) => localePath(locale, path)));
  return {
    sections: inEveryLanguage([...NAV.map(([path]) => path), '/api']),
    pages: inEveryLanguage([
      ...benchmarks.map((id) => `/benchmarks/${encodeURIComponent(id)}`),
      ...models.map((id) => `/models/${encodeURIComponent(id)}`),
    ]),
  };
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
      const { sections, pages: defaults } = warmTargets(reads.pageIds());
      const asked = (target: string): RenderRequest => ({ ...pages.lastRequest, target });
      for (const request of [...sections.map(asked), ...pages.kept, ...defaults.map(asked)]) {
        while (pages.busy(QUIET_MS)) await new Promise((r) => setTimeout(r, QUIET_MS));
        if (pages.version() !== version || pages.bytes > budgetBytes) break;
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
