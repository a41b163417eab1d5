import Database from 'better-sqlite3';
import { int, ratio, type BenchRow } from './lib';

// The record over time (issue 20) at the big data set: its chart file drawn anew (the record
// worked out from the benchmark's results, the SVG drawn) against the same file with the bundled
// data, in the same run. Each sample is a width no request asked for before, so no sample is a
// hit in the chart-file cache; the benchmark's results may come from the read memo, as they do
// for a visitor once the server has rendered the benchmark's page ahead. One discarded request
// first: the first chart file after a start pays for loading the drawing code.

const MAX_SLOWDOWN = 1.5;
const SAMPLES = 7;

async function drawTimes(base: string, benchmark: string, firstWidth: number) {
  const times: number[] = [];
  const statuses = new Set<number>();
  for (let i = -1; i < SAMPLES; i++) {
    const started = performance.now();
    const response = await fetch(`${base}/charts/record/${benchmark}.svg?width=${firstWidth + i}`);
    await response.arrayBuffer();
    if (i < 0) continue;
    times.push(performance.now() - started);
    statuses.add(response.status);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(SAMPLES / 2)]!, statuses: [...statuses] };
}

/** The benchmark with the most results in a database (the largest record to work out). */
function largestBenchmark(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare("SELECT id FROM catalog_counts WHERE kind = 'benchmark' ORDER BY results DESC LIMIT 1")
      .pluck()
      .get() as string;
  } finally {
    db.close();
  }
}

export async function recordChartRows(
  smallBase: string,
  bigBase: string,
  bigFile: string,
  rows: number,
  log: (m: string) => void,
): Promise<BenchRow[]> {
  log('scale: the record chart drawn anew');
  const small = await drawTimes(smallBase, 'aime-24', 601);
  const big = await drawTimes(bigBase, 'aime-24', 601);
  const largest = largestBenchmark(bigFile);
  const widest = await drawTimes(bigBase, largest, 701);
  const ok = (s: number[]) => s.length === 1 && s[0] === 200;
  return [
    {
      part: 'scale',
      measure: `/charts/record/aime-24.svg drawn anew at ${int(rows)} results (median of ${SAMPLES} new widths), statuses ${[...small.statuses, ...big.statuses].join('/')}`,
      value: `${int(big.median)} ms`,
      limit: `${int(small.median)} ms at 4,729`,
      ratio: ratio(big.median / small.median),
      target: `<= ${MAX_SLOWDOWN}`,
      pass: big.median / small.median <= MAX_SLOWDOWN && ok(small.statuses) && ok(big.statuses),
    },
    {
      part: 'scale',
      measure: `/charts/record/${largest}.svg (the benchmark with the most results) drawn anew at ${int(rows)}, statuses ${widest.statuses.join('/')}`,
      value: `${int(widest.median)} ms`,
      limit: `aime-24 ${int(small.median)} ms at 4,729`,
      ratio: ratio(widest.median / small.median),
      target: 'info',
      pass: null,
    },
  ];
}
