import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupAll, killChildren, serveSeededCopy } from '../helpers';

// Drawing chart files never holds up the rest of the server (issue 23, item 1): against the
// production server, a burst of cold PNGs (each one a drawing never made before) leaves pages
// answering while the PNGs are drawn, and what is past the rasteriser's queue is refused at once
// with 503 and Retry-After, to be asked again later.

let base = '';

beforeAll(async () => {
  ({ base } = await serveSeededCopy());
  await (await fetch(`${base}/benchmarks/arena-hard`)).text(); // the page's code loaded once
}, 300_000);
afterAll(() => {
  killChildren();
  cleanupAll();
});

type Done = { status: number; retryAfter: string | null; at: number };

const timed = async (path: string): Promise<Done> => {
  const response = await fetch(base + path);
  await response.arrayBuffer();
  return { status: response.status, retryAfter: response.headers.get('retry-after'), at: performance.now() };
};

describe('a burst of cold PNGs', () => {
  it('leaves a page answering while they are drawn, and refuses what is past the queue with 503 and Retry-After', async () => {
    const burst = Array.from({ length: 30 }, (_, i) =>
      timed(`/charts/benchmark/arena-hard.png?width=${1500 + i}&theme=dark`),
    );
    // Every PNG request is in the server before the page's.
    await new Promise((r) => setTimeout(r, 300));
    const page = await timed('/benchmarks/arena-hard?burst=1');
    const pngs = await Promise.all(burst);
    expect(page.status).toBe(200);
    const drawn = pngs.filter((p) => p.status === 200);
    const refused = pngs.filter((p) => p.status === 503);
    expect(drawn.length + refused.length).toBe(pngs.length);
    expect(drawn.length).toBeGreaterThan(0);
    // The page did not wait for the drawings: most PNGs were still being drawn when it answered.
    expect(drawn.filter((p) => p.at > page.at).length).toBeGreaterThan(drawn.length / 2);
    // Past the queue, a refusal at once, saying when to ask again.
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
    const again = await timed(`/charts/benchmark/arena-hard.png?width=${1500 + pngs.indexOf(refused[0]!)}&theme=dark`);
    expect(again.status).toBe(200);
  }, 120_000);
});
