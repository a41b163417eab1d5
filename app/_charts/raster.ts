import os from 'node:os';
import path from 'node:path';
import Piscina from 'piscina';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

// Drawing a chart never holds up the server. The two costly steps of a cold chart file run in
// bounded queues, and a request beyond them is refused at once (503 with Retry-After) instead of
// making every page wait:
// - rasterising (resvg: parse, draw, encode; 50 ms to 0.5 s a PNG) runs in worker threads
//   (piscina), at a lower CPU priority than the server, at most RASTER_THREADS at once; the
//   same bound holds the rasteriser's memory (one pixmap per thread, up to ~80 MB);
// - drawing the SVG (recharts on React's server renderer, 10–70 ms) needs the chart code and
//   runs on the event loop, one drawing at a time, each after the requests already waiting there.

/** PNGs rasterised at once: the cores the server can spare (one on a two-core machine). */
export const RASTER_THREADS = Math.max(1, Math.min(2, os.availableParallelism() - 1));
/** PNG requests waiting beyond those (their SVG being drawn, or queued for a thread). */
export const RASTER_QUEUE = 8;
/** SVG drawings waiting their turn on the event loop, PNGs' included. */
export const DRAW_QUEUE = 32;

/** Refused: too many drawings already waiting. */
export class Busy extends Error {
  constructor(readonly retryAfter: number) {
    super(`Too many chart files are being drawn; try again in ${retryAfter} s.`);
  }
}

let pool: Piscina<{ svg: string; font: ResvgRenderOptions['font'] }, Uint8Array> | undefined;

function rasterPool() {
  pool ??= new Piscina({
    // A plain module loaded by the worker threads, outside the app's bundle.
    filename: path.join(/* turbopackIgnore: true */ process.cwd(), 'app', '_charts', 'workers', 'raster.mjs'),
    maxThreads: RASTER_THREADS,
    minThreads: 0,
    // An idle pool gives its threads, and their memory, back.
    idleTimeout: 30_000,
    maxQueue: RASTER_QUEUE,
    // Pages first: on a machine with few cores, a rasteriser yields the CPU to the server.
    niceIncrement: 10,
    resourceLimits: { maxOldGenerationSizeMb: 64 },
    // Plain JavaScript: no loader of the server's (tsx) in the threads.
    execArgv: [],
    // A thread runs its event loop between drawings (piscina's default parks it in Atomics.wait),
    // so the finalisers that free resvg's native memory run: measured, 20 PNGs of 1600 px grew a
    // thread by 660 MB parked, and stayed flat at ~120 MB with this.
    atomics: 'disabled',
  });
  return pool;
}

/** Drawings in progress or waiting: PNG jobs (from their SVG to their PNG), and SVG drawings. */
const load = { png: 0, draw: 0 };
/** The last drawing's time, smoothed: for Retry-After. */
let typicalMs = 300;

const retryAfter = (waiting: number, parallel: number) =>
  Math.min(60, Math.max(1, Math.ceil((waiting * typicalMs) / parallel / 1000)));

let turn: Promise<unknown> = Promise.resolve();

/**
 * Draws on the event loop when its turn comes: one drawing at a time, each after the I/O already
 * waiting (a page's request goes before the next drawing, never behind all of them).
 */
export function drawInTurn<T>(draw: () => T): Promise<T> {
  if (load.draw >= DRAW_QUEUE) throw new Busy(retryAfter(load.draw, 1));
  load.draw++;
  const mine = turn
    .then(() => new Promise((resolve) => setImmediate(resolve)))
    .then(draw)
    .finally(() => load.draw--);
  turn = mine.catch(() => undefined);
  return mine;
}

/** A first-come, first-served count of places (the PNG jobs past their SVG, at most `size`). */
function places(size: number) {
  let free = size;
  const waiting: (() => void)[] = [];
  return {
    take: () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve))),
    give: () => (waiting.length > 0 ? waiting.shift()!() : free++),
  };
}

/**
 * The PNG jobs being drawn: one per thread, and one more whose SVG is drawn while the threads
 * rasterise, so a PNG's SVG is drawn only when a thread is about to be free for it (the event
 * loop draws at the rasteriser's pace, not a burst of every queued job's SVG at once).
 */
const rasterPlaces = places(RASTER_THREADS + 1);

/**
 * A PNG job: waits for a place, draws its SVG in turn, then is rasterised on a worker thread.
 * Refused (Busy) before anything is drawn when RASTER_THREADS + RASTER_QUEUE jobs are already
 * under way.
 */
export async function drawPng(
  drawSvg: () => string,
  fonts: (svg: string) => Promise<ResvgRenderOptions['font']>,
): Promise<Buffer> {
  if (load.png >= RASTER_THREADS + RASTER_QUEUE) throw new Busy(retryAfter(load.png, RASTER_THREADS));
  load.png++;
  try {
    await rasterPlaces.take();
    const started = performance.now();
    try {
      const svg = await drawInTurn(drawSvg);
      const png = await rasterPool().run({ svg, font: await fonts(svg) });
      typicalMs = 0.8 * typicalMs + 0.2 * (performance.now() - started);
      return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
    } finally {
      rasterPlaces.give();
    }
  } finally {
    load.png--;
  }
}

/** What is under way now (for tests and diagnostics). */
export function drawingLoad(): { png: number; draw: number } {
  return { ...load };
}
