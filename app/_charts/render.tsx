import path from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { renderToStaticMarkup } from 'react-dom/server';
import { BarsPlot } from './bars-plot';
import { BudgetPlot } from './budget-plot';
import { ChartDocument } from './chart-document';
import { documentLayout } from './layout';
import type { ChartModel, Plot } from './model';
import { ScatterPlot } from './scatter-plot';
import { SeriesPlot } from './series-plot';
import type { Theme } from './theme';
import type { Locale } from '../_i18n/locales';

// Drawing a chart file. recharts draws on the server with React DOM's renderer, which needs
// React's full build: only the chart files' route (pages/api/charts) imports this module,
// never a page (pages render with React's server-components build).

function PlotDrawing({ plot, width, height }: { plot: Plot; width: number; height: number }) {
  switch (plot.type) {
    case 'bars':
      return <BarsPlot plot={plot} width={width} height={height} />;
    case 'budget':
      return <BudgetPlot plot={plot} width={width} height={height} />;
    case 'series':
      return <SeriesPlot plot={plot} width={width} height={height} />;
    case 'scatter':
      return <ScatterPlot plot={plot} width={width} height={height} />;
  }
}

/** recharts wraps its <svg> in a <div>; the file keeps only what is inside that <svg>. */
function insideSurface(markup: string): string {
  const start = markup.indexOf('>', markup.indexOf('<svg')) + 1;
  return markup.slice(start, markup.lastIndexOf('</svg>')).replace('<title></title><desc></desc>', '');
}

/** The chart as a standalone SVG document. */
export function renderSvg(model: ChartModel, width: number, theme: Theme | 'auto' = 'auto'): string {
  const layout = documentLayout(model, width);
  const plot = renderToStaticMarkup(<PlotDrawing plot={model.plot} width={width} height={layout.plot.height} />);
  const document = renderToStaticMarkup(
    <ChartDocument model={model} layout={layout} theme={theme} plotMarkup={insideSurface(plot)} />,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${document}\n`;
}

const fontFiles = (family: string, files: string[]) =>
  files.map((f) => path.join(process.cwd(), 'node_modules', '@expo-google-fonts', family, f));

const INTER = fontFiles('inter', ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf']);
/**
 * Noto Sans SC: the Simplified Chinese subset of Noto Sans CJK, TrueType (resvg reads no WOFF),
 * about 10.6 MB a weight; read only for a Chinese chart.
 */
const NOTO_SANS_SC = fontFiles('noto-sans-sc', [
  '400Regular/NotoSansSC_400Regular.ttf',
  '700Bold/NotoSansSC_700Bold.ttf',
]);

/** The fonts resvg draws a language's PNG with: the bundled files only, never the machine's. */
export function pngFonts(lang: Locale): ResvgRenderOptions['font'] {
  return lang === 'zh'
    ? { fontFiles: [...NOTO_SANS_SC, ...INTER], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' }
    : { fontFiles: INTER, loadSystemFonts: false, defaultFontFamily: 'Inter' };
}

/** The SVG rasterised at twice its size (for screens with 2x pixels and for slides), in the bundled fonts only. */
export function renderPng(svg: string, lang: Locale = 'en'): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: pngFonts(lang) });
  return resvg.render().asPng();
}
