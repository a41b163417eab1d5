import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingest } from './ingest';
import { pages } from './pages';
import { charts } from './charts';
import { exportPart } from './export';
import { scale } from './scale';
import { concurrency } from './concurrency';
import { lighthouse } from './lighthouse';
import { search } from './search';
import { run, UsageError, wholeNumber } from '../lib/command';
import { formatTable, type BenchPart, type BenchRow } from './lib';

// `npm run bench`: runs the parts and prints one table of their figures against their targets.
// A new part is a module in scripts/bench/ exporting a BenchPart; add it to PARTS.

const PARTS: BenchPart[] = [ingest, pages, charts, lighthouse, search, exportPart, scale, concurrency];
const DEFAULT_ROWS = 1_000_000;

const USAGE = `Usage: npm run bench -- [--only part[,part]] [--rows N] [--keep]

  --only    run only these parts (${PARTS.map((p) => p.name).join(', ')})
  --rows N  size of the big data set in result rows (default ${DEFAULT_ROWS.toLocaleString('en-US')});
            smaller for a quick check, e.g. --rows 50000
  --keep    keep the scratch folder (packs, databases) and print where it is

Parts:
${PARTS.map((p) => `  ${p.name.padEnd(8)}${p.description}`).join('\n')}

Prints a table (part, measure, value, limit, ratio, target, pass/fail) and a last line
"N passed, N failed"; exits 1 if any target is missed, 2 for a mistake in the command line.`;

run(
  {
    usage: USAGE,
    options: { only: { type: 'string' }, rows: { type: 'string' }, keep: { type: 'boolean', default: false } },
  },
  async ({ values }) => {
    const rows = values.rows === undefined ? DEFAULT_ROWS : wholeNumber('rows', values.rows, 10);
    const wanted = values.only?.split(',').map((s) => s.trim()) ?? PARTS.map((p) => p.name);
    const unknown = wanted.filter((name) => !PARTS.some((p) => p.name === name));
    if (unknown.length > 0) throw new UsageError(`Unknown part ${unknown.map((u) => `"${u}"`).join(', ')}`);
    return bench(
      PARTS.filter((p) => wanted.includes(p.name)),
      rows,
      values.keep,
    );
  },
);

async function bench(parts: BenchPart[], rows: number, keep: boolean): Promise<number> {
  const loadBefore = os.loadavg()[0]!;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'benchboard-bench-'));
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const table: BenchRow[] = [];
  const started = performance.now();
  try {
    for (const part of parts) {
      const partStarted = performance.now();
      const dir = path.join(tmp, part.name);
      fs.mkdirSync(dir);
      try {
        table.push(...(await part.run({ rows, tmp: dir, log })));
      } catch (error) {
        log(`${part.name} failed: ${(error as Error).stack ?? String(error)}`);
        table.push({
          part: part.name,
          measure: 'ran to the end',
          value: (error as Error).message.split('\n')[0]!.slice(0, 80),
          limit: '',
          ratio: '',
          target: 'no error',
          pass: false,
        });
      }
      log(`${part.name}: ${((performance.now() - partStarted) / 1000).toFixed(0)} s`);
    }
  } finally {
    if (keep) log(`Kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }

  const cores = os.cpus().length;
  // The bench itself keeps about one core busy: what is above that at the end is other work.
  const load = Math.max(loadBefore, os.loadavg()[0]! - 1);
  console.log(
    `\nBenchboard bench: ${cores} cores, node ${process.version}, big data set ${rows.toLocaleString('en-US')} rows, ` +
      `load average ${loadBefore.toFixed(1)} before and ${os.loadavg()[0]!.toFixed(1)} after\n`,
  );
  if (load > cores * 0.75)
    console.log(
      `Note: other work shared the machine (load average up to ${load.toFixed(1)} on ${cores} cores); wall-time figures are noisy.\n`,
    );
  console.log(formatTable(table));
  const passed = table.filter((r) => r.pass === true).length;
  const failed = table.filter((r) => r.pass === false).length;
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
