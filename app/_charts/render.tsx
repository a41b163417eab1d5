import { renderToStaticMarkup } from 'react-dom/server';
import { BarsPlot } from './bars-plot';
import { BudgetPlot } from './budget-plot';
import { ChartDocument } from './chart-document';
import { ClaimPlot } from './claim-plot';
import { documentLayout } from './layout';
import type { ChartSpec, Plot } from './model';
import { RecordPlot } from './record-plot';
import { ScatterPlot } from './scatter-plot';
import { SeriesPlot } from './series-plot';
import type { Theme } from './theme';

// Drawing a chart file. recharts draws on the server with React DOM's renderer, which needs
// React's full build: only the chart files' route (pages/api/charts) imports this module,
// never a page (pages render with React's server-components build).

function PlotDrawing({ plot, width, height, origin }: { plot: Plot; width: number; height: number; origin: string }) {
  switch (plot.type) {
    case 'bars':
      return <BarsPlot plot={plot} width={width} height={height} origin={origin} />;
    case 'budget':
      return <BudgetPlot plot={plot} width={width} height={height} />;
    case 'series':
      return <SeriesPlot plot={plot} width={width} height={height} />;
    case 'scatter':
      return <ScatterPlot plot={plot} width={width} height={height} origin={origin} />;
    case 'record':
      return <RecordPlot plot={plot} width={width} height={height} origin={origin} />;
    case 'claim':
      return <ClaimPlot plot={plot} width={width} height={height} />;
  }
}

/** recharts wraps its <svg> in a <div>; the file keeps only what is inside that <svg>. */
function insideSurface(markup: string): string {
  const start = markup.indexOf('>', markup.indexOf('<svg')) + 1;
  return markup.slice(start, markup.lastIndexOf('</svg>')).replace('<title></title><desc></desc>', '');
}

/**
 * The chart as a standalone SVG document; its links lead to the dashboard at `origin`
 * (app/_lib/site-url.ts), absolute, so a file saved or embedded elsewhere still leads there.
 */
export function renderSvg(model: ChartSpec, width: number, theme: Theme | 'auto', origin: string): string {
  const layout = documentLayout(model, width);
  const plot = renderToStaticMarkup(
    <PlotDrawing plot={model.plot} width={width} height={layout.plot.height} origin={origin} />,
  );
  const document = renderToStaticMarkup(
    <ChartDocument model={model} layout={layout} theme={theme} origin={origin} plotMarkup={insideSurface(plot)} />,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlText(document)}\n`;
}

/**
 * The characters XML 1.0 does not allow (C0 controls but tab and line breaks, U+FFFE, U+FFFF), as
 * U+FFFD: React escapes markup but not these, and one in a stored name (loads refuse them since
 * db/pack/control-characters.ts; an older database may hold one) would make the whole file invalid.
 */
function xmlText(markup: string): string {
  return markup.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
}
