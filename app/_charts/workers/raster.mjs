import v8 from 'node:v8';
import vm from 'node:vm';
import { Resvg } from '@resvg/resvg-js';

// A thread of the rasteriser pool (../raster.ts, piscina): one chart's SVG to its PNG at twice
// its size, parsed, drawn and encoded here, so none of it runs on the server's event loop.
// Plain JavaScript: a worker thread loads this file as it is, outside the app's bundle.

// resvg's tree and pixmap (up to ~80 MB a drawing) live outside V8's heap, held by small
// objects V8 sees no reason to collect soon: collected after each drawing (and their finalisers
// run by the thread's event loop, ../raster.ts), a thread stays flat (measured, 20 PNGs of
// 1600 px: ~120 MB above the process; without the collection 150-250 MB, varying).
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc');

/** @param {{ svg: string, font: import('@resvg/resvg-js').ResvgRenderOptions['font'] }} task */
export default function rasterise({ svg, font }) {
  const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font }).render().asPng();
  collect();
  return png;
}
