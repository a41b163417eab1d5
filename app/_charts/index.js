'use strict';
// Charts drawn with recharts on the server, as static SVG strings. This package is loaded by
// Node at run time (next.config.js serverExternalPackages), outside Next's bundles: recharts
// cannot run as a Server Component, and as a client component it would ship ~100 kB of
// JavaScript to draw what the server can draw once. Pages inline the SVG: the chart is in the
// first paint, needs no JavaScript, and cannot shift the page. Types: index.d.ts.

const React = require('react');
const { renderToStaticMarkup } = require('react-dom/server');
const {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  Scatter,
  XAxis,
  YAxis,
} = require('recharts');

const h = React.createElement;
const AXIS_TICK = { fontSize: 11, fill: 'var(--muted)' };
const axisLabel = (value, extra = {}) => ({ value, fontSize: 11, fill: 'var(--muted)', ...extra });
const truncate = (text, max) => (text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text);

function svg(element) {
  return renderToStaticMarkup(element);
}

/** Hatching for non-thinking bars, one pattern per colour. */
function hatchDefs(colours) {
  return h(
    'defs',
    null,
    colours.map((c) =>
      h(
        'pattern',
        {
          key: c,
          id: `hatch-${c.slice(1)}`,
          width: 6,
          height: 6,
          patternUnits: 'userSpaceOnUse',
          patternTransform: 'rotate(45)',
        },
        h('rect', { width: 6, height: 6, fill: c, fillOpacity: 0.25 }),
        h('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: c, strokeWidth: 3 }),
      ),
    ),
  );
}

const BAR_ROW = 26;
const BAR_MARGIN = { top: 4, right: 60, bottom: 30, left: 4 };

exports.barChartHeight = (count) => BAR_MARGIN.top + BAR_MARGIN.bottom + count * BAR_ROW;

/** Horizontal bars, the value written beside each; a bar links to its href. */
exports.barChart = function barChart({ bars, unitLabel, domainMin = 0, domainMax, width }) {
  const height = exports.barChartHeight(bars.length);
  const labelWidth = Math.round(Math.min(250, width * 0.42));
  const maxChars = Math.floor((labelWidth - 6) / 7.6); // bold 12px system-ui is ~7.5px a character
  const byKey = new Map(bars.map((b) => [b.key, b]));
  const colours = [...new Set(bars.map((b) => b.colour))];
  const fill = (b) =>
    b.fill === 'solid' ? b.colour : b.fill === 'hatched' ? `url(#hatch-${b.colour.slice(1)})` : 'transparent';
  const tick = (props) => {
    const bar = byKey.get(props.payload.value);
    const label = bar ? bar.label : '';
    return h(
      'text',
      {
        x: props.x - 4,
        y: props.y,
        dy: 4,
        textAnchor: 'end',
        fontSize: 12,
        fontWeight: bar && bar.emphasis ? 700 : 400,
        fill: 'var(--fg)',
      },
      h('title', null, label),
      truncate(label, maxChars),
    );
  };
  const shape = (props) => {
    const b = props.payload;
    const rect = h(
      'rect',
      {
        x: props.x,
        y: props.y,
        width: Math.max(0, props.width),
        height: props.height,
        fill: fill(b),
        stroke: b.colour,
        strokeWidth: b.fill === 'outline' ? 2 : 1,
        fillOpacity: b.emphasis || b.fill !== 'solid' ? 1 : 0.72,
      },
      h('title', null, `${b.label}: ${b.valueText}`),
    );
    return b.href ? h('a', { href: b.href, tabIndex: -1 }, rect) : rect;
  };
  return svg(
    h(
      BarChart,
      { width, height, data: bars, layout: 'vertical', margin: BAR_MARGIN, barCategoryGap: 4 },
      hatchDefs(colours),
      h(CartesianGrid, { horizontal: false, strokeDasharray: '3 3', stroke: 'var(--line)' }),
      h(XAxis, {
        type: 'number',
        domain: [domainMin, domainMax === undefined ? 'auto' : domainMax],
        tick: AXIS_TICK,
        stroke: 'var(--line)',
        label: axisLabel(unitLabel, { position: 'insideBottom', offset: -4 }),
      }),
      h(YAxis, { type: 'category', dataKey: 'key', width: labelWidth, interval: 0, stroke: 'var(--line)', tick }),
      h(
        Bar,
        { dataKey: 'value', isAnimationActive: false, shape },
        h(LabelList, { dataKey: 'valueText', position: 'right', fontSize: 12, fill: 'var(--fg)' }),
      ),
    ),
  );
};

const BUDGET_TICKS = [1024, 2048, 4096, 8192, 16384, 32768];

/** Score against thinking budget on a log2 axis, with the non-thinking score as a dashed line. */
exports.budgetChart = function budgetChart({ points, reference, colour, width, height = 240 }) {
  const values = points.map((p) => p.score).concat(reference ? [reference.score] : []);
  const low = Math.max(0, Math.floor((Math.min(...values) - 8) / 10) * 10);
  const high = Math.min(100, Math.ceil((Math.max(...values) + 6) / 10) * 10);
  return svg(
    h(
      LineChart,
      { width, height, data: points, margin: { top: 16, right: 24, bottom: 28, left: 0 } },
      h(CartesianGrid, { strokeDasharray: '3 3', stroke: 'var(--line)' }),
      h(XAxis, {
        dataKey: 'budget',
        type: 'number',
        scale: 'log',
        domain: [1024, 32768],
        ticks: BUDGET_TICKS,
        tickFormatter: (v) => `${v / 1024}K`,
        tick: AXIS_TICK,
        stroke: 'var(--line)',
        label: axisLabel('Thinking budget (tokens, log2)', { position: 'insideBottom', offset: -4 }),
      }),
      h(YAxis, {
        domain: [low, high],
        tick: AXIS_TICK,
        stroke: 'var(--line)',
        width: 44,
        label: axisLabel('Score (%)', { angle: -90, position: 'insideLeft', offset: 12 }),
      }),
      reference &&
        h(ReferenceLine, {
          y: reference.score,
          stroke: colour,
          strokeDasharray: '6 4',
          label: {
            value: `non-thinking ${reference.scoreText}`,
            position: 'insideBottomRight',
            fontSize: 11,
            fill: 'var(--fg)',
          },
        }),
      h(
        Line,
        {
          type: 'linear',
          dataKey: 'score',
          stroke: colour,
          strokeWidth: 2.5,
          dot: { r: 3.5, fill: colour },
          isAnimationActive: false,
        },
        h(LabelList, { dataKey: 'scoreText', position: 'top', fontSize: 11, fill: 'var(--fg)' }),
      ),
    ),
  );
};

const LABEL_GAP = 12;

/** Moves end-of-line labels apart vertically so that none overlaps another. */
function spreadLabels(ys, top, bottom) {
  const order = ys.map((y, i) => [y, i]).sort((a, b) => a[0] - b[0]);
  const placed = new Array(ys.length);
  let last = top - LABEL_GAP;
  for (const [y, i] of order) {
    last = Math.max(y, last + LABEL_GAP);
    placed[i] = last;
  }
  const overflow = last - bottom;
  if (overflow > 0) for (let i = 0; i < placed.length; i++) placed[i] = Math.max(top, placed[i] - overflow);
  return placed;
}
exports.spreadLabels = spreadLabels;

/** Several models across an ordered axis (context length), one line each, labelled at its end. */
exports.seriesChart = function seriesChart({ categories, series, xLabel, yLabel, width, height = 340 }) {
  const margin = { top: 12, bottom: 28, left: 0, right: Math.min(190, Math.round(width * 0.34)) };
  const data = categories.map((c) => Object.assign({ category: c }, ...series.map((s) => ({ [s.key]: s.values[c] }))));
  const all = series.flatMap((s) => Object.values(s.values));
  const lo = Math.max(0, Math.floor((Math.min(...all) - 3) / 5) * 5);
  const hi = Math.min(100, Math.ceil((Math.max(...all) + 1) / 5) * 5);
  const plotTop = margin.top;
  const plotBottom = height - margin.bottom - 30;
  const toY = (v) => plotTop + (1 - (v - lo) / (hi - lo)) * (plotBottom - plotTop);
  const last = categories[categories.length - 1];
  const labelYs = spreadLabels(
    series.map((s) => toY(s.values[last] ?? lo)),
    plotTop + 4,
    plotBottom,
  );
  const maxChars = Math.floor(margin.right / 6.8);
  return svg(
    h(
      LineChart,
      { width, height, data, margin },
      h(CartesianGrid, { strokeDasharray: '3 3', stroke: 'var(--line)' }),
      h(XAxis, {
        dataKey: 'category',
        tick: AXIS_TICK,
        stroke: 'var(--line)',
        interval: 0,
        height: 30,
        label: axisLabel(xLabel, { position: 'insideBottom', offset: -4 }),
      }),
      h(YAxis, {
        domain: [lo, hi],
        allowDataOverflow: true,
        tick: AXIS_TICK,
        stroke: 'var(--line)',
        width: 44,
        label: axisLabel(yLabel, { angle: -90, position: 'insideLeft', offset: 12 }),
      }),
      series.map((s, i) =>
        h(Line, {
          key: s.key,
          dataKey: s.key,
          name: s.label,
          stroke: s.colour,
          strokeWidth: s.emphasis ? 2.5 : 1.25,
          strokeOpacity: s.emphasis ? 1 : 0.6,
          strokeDasharray: s.dashed ? '5 4' : undefined,
          dot: { r: s.emphasis ? 2.5 : 1.5, fill: s.colour },
          isAnimationActive: false,
          label: (props) =>
            props.index === categories.length - 1 && props.x !== undefined
              ? h(
                  'g',
                  { key: s.key },
                  h('line', {
                    x1: props.x + 2,
                    y1: props.y,
                    x2: props.x + 8,
                    y2: labelYs[i],
                    stroke: s.colour,
                    strokeOpacity: 0.5,
                  }),
                  h(
                    'text',
                    {
                      x: props.x + 10,
                      y: labelYs[i],
                      dy: 4,
                      fontSize: 11,
                      fill: 'var(--fg)',
                      fontWeight: s.emphasis ? 700 : 400,
                    },
                    h('title', null, s.label),
                    truncate(s.label, maxChars),
                  ),
                )
              : h('g', { key: `${s.key}-${props.index}` }),
        }),
      ),
    ),
  );
};

/** Score against active parameters (log axis): dense circles, MoE diamonds, the frontier as a step line. */
exports.efficiencyChart = function efficiencyChart({ points, frontier, yLabel, width, height = 380 }) {
  const xs = points.map((p) => p.x);
  const min = 2 ** Math.floor(Math.log2(Math.min(...xs)));
  const max = 2 ** Math.ceil(Math.log2(Math.max(...xs)));
  const ticks = [];
  for (let t = min; t <= max; t *= 2) ticks.push(t);
  const onFrontier = new Set(frontier.map((p) => p.key));
  // Labels go in priority order (frontier first); one that would overlap a placed label is left
  // out: the point keeps its tooltip, and its row in the table.
  const ordered = [...points].sort(
    (a, b) => Number(onFrontier.has(b.key)) - Number(onFrontier.has(a.key)) || b.y - a.y,
  );
  const placed = [];
  const label = (props) => {
    const p = ordered[props.index];
    if (!p) return h('g');
    const x = Number(props.x) + 8;
    const y = Number(props.y);
    const w = p.label.length * 5.8;
    const clash = placed.some((q) => Math.abs(q.y - y) < 12 && x < q.x + q.w && q.x < x + w);
    if (clash || x + w > width) return h('g', { key: p.key });
    placed.push({ x, y, w });
    return h('text', { key: p.key, x, y, dy: 3, fontSize: 10, fill: 'var(--fg)' }, p.label);
  };
  const shape = (props) => {
    const { cx = 0, cy = 0, payload } = props;
    const title = h('title', null, payload.label);
    const mark = payload.moe
      ? h(
          'path',
          {
            d: `M${cx},${cy - 6} L${cx + 6},${cy} L${cx},${cy + 6} L${cx - 6},${cy} Z`,
            fill: payload.colour,
            stroke: 'var(--bg)',
            className: 'moe',
          },
          title,
        )
      : h('circle', { cx, cy, r: 5, fill: payload.colour, stroke: 'var(--bg)', className: 'dense' }, title);
    return h('a', { href: payload.href, tabIndex: -1 }, mark);
  };
  return svg(
    h(
      ComposedChart,
      { width, height, margin: { top: 12, right: 24, bottom: 28, left: 0 } },
      h(CartesianGrid, { strokeDasharray: '3 3', stroke: 'var(--line)' }),
      h(XAxis, {
        dataKey: 'x',
        type: 'number',
        scale: 'log',
        domain: [min, max],
        ticks,
        tickFormatter: (v) => `${v}B`,
        tick: AXIS_TICK,
        stroke: 'var(--line)',
        allowDuplicatedCategory: false,
        label: axisLabel('Active parameters (billions, log scale)', { position: 'insideBottom', offset: -4 }),
      }),
      h(YAxis, {
        dataKey: 'y',
        type: 'number',
        domain: ['auto', 'auto'],
        tick: AXIS_TICK,
        stroke: 'var(--line)',
        width: 48,
        label: axisLabel(yLabel, { angle: -90, position: 'insideLeft', offset: 12 }),
      }),
      h(Line, {
        data: frontier,
        dataKey: 'y',
        type: 'stepAfter',
        stroke: 'var(--muted)',
        strokeDasharray: '4 3',
        dot: false,
        isAnimationActive: false,
      }),
      h(
        Scatter,
        { data: ordered, shape, isAnimationActive: false },
        h(LabelList, { dataKey: 'label', content: label }),
      ),
    ),
  );
};
