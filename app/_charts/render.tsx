import { Resvg } from '@resvg/resvg-js';
import { renderToStaticMarkup } from 'react-dom/server';
import { BarsPlot } from './bars-plot';
import { BudgetPlot } from './budget-plot';
import { ChartDocument } from './chart-document';
import { ClaimPlot } from './claim-plot';
import { documentLayout } from './layout';
import type { ChartModel, Plot } from './model';
import { pngFonts } from './png-fonts';
import { RecordPlot } from './record-plot';
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
    case 'record':
      return <RecordPlot plot={plot} width={width} height={height} />;
    case 'claim':
      return <ClaimPlot plot={plot} width={width} height={height} />;
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

/** The SVG rasterised at twice its size (for screens with 2x pixels and for slides), in the bundled fonts only. */
export function renderPng(svg: string, lang: Locale = 'en'): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: pngFonts(lang, svg) });
  return resvg.render().asPng();
}
