import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// Issue 23, item 9: Next's image optimiser (/_next/image) is off, since no page uses next/image.
// It resized any image of the site on request (a chart PNG, at any listed width and quality) and
// kept each result on disk: three requests wrote 390 kB under .next/cache/images.

const CACHE = path.resolve('.next/cache/images');
const files = (): string[] => (fs.existsSync(CACHE) ? fs.readdirSync(CACHE, { recursive: true }).map(String) : []);

test('/_next/image answers 404 and writes nothing under .next/cache/images', async ({ request }) => {
  const before = files();
  for (const w of [256, 640, 1080]) {
    const response = await request.get(
      `/_next/image?url=${encodeURIComponent('/charts/benchmark/aime-24.png')}&w=${w}&q=75`,
    );
    expect(response.status(), `w=${w}`).toBe(404);
  }
  expect(files()).toEqual(before);
});
