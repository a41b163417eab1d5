import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { LoadOptions, LoadResult } from './load-client';

// Shared by the parts of `npm run bench`: the row every part returns, the one table they are
// printed in, and running a measured child process (wall time, peak RSS).

/** One line of the bench's table. `pass` is null for a figure shown for information only. */
export type BenchRow = {
  part: string;
  measure: string;
  value: string;
  /** What the value is compared against ("raw better-sqlite3 251,000 rows/s"); '' if nothing. */
  limit: string;
  ratio: string;
  target: string;
  pass: boolean | null;
};

export type BenchContext = {
  /** The size of the big data set (result rows); parts scale their smaller runs from it. */
  rows: number;
  /** A scratch folder of this run, removed at the end unless --keep. */
  tmp: string;
  /** Progress for the person watching (stderr); the table goes to stdout. */
  log: (message: string) => void;
};

/** A part of the bench (ingest, pages, export, scale, load, …): a module in scripts/bench/. */
export type BenchPart = {
  name: string;
  description: string;
  run: (ctx: BenchContext) => Promise<BenchRow[]>;
};

const HEADERS = ['part', 'measure', 'value', 'limit', 'ratio', 'target', 'pass/fail'] as const;

export function passLabel(pass: boolean | null): string {
  return pass === null ? '-' : pass ? 'pass' : 'FAIL';
}

/** A plain-text table (readable in a terminal and in a CI log). */
export function formatTable(rows: BenchRow[]): string {
  const cells = rows.map((r) => [r.part, r.measure, r.value, r.limit, r.ratio, r.target, passLabel(r.pass)]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((v, i) => v.padEnd(widths[i]!))
      .join(' | ')
      .trimEnd();
  return [line(HEADERS), widths.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}

export const int = (v: number) => Math.round(v).toLocaleString('en-US');
export const rate = (rows: number, seconds: number) => `${int(rows / seconds)} rows/s`;
export const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
export const ratio = (v: number) => v.toFixed(2);

export type ChildRun = {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** The highest VmHWM seen while polling /proc/<pid>/status (kB); 0 where /proc is missing. */
  polledPeakKb: number;
};

/** VmHWM (peak resident set size, kB) of a live process, or 0. */
export function peakRssKb(pid: number): number {
  return procStatusKb(pid, 'VmHWM');
}

/** VmRSS (resident set size now, kB) of a live process, or 0. */
export function rssKb(pid: number): number {
  return procStatusKb(pid, 'VmRSS');
}

function procStatusKb(pid: number, field: string): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs a command, collecting its output, wall time and peak RSS. The child's stderr is passed
 * through line by line with `prefix`, so a long run shows progress.
 */
export function runChild(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; prefix?: string; pollMs?: number } = {},
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let polledPeakKb = 0;
    const poll = () => {
      if (child.pid) polledPeakKb = Math.max(polledPeakKb, peakRssKb(child.pid));
    };
    const timer = setInterval(poll, options.pollMs ?? 100);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (options.prefix !== undefined)
        for (const l of d.split('\n')) if (l.trim()) process.stderr.write(`${options.prefix}${l}\n`);
    });
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000, polledPeakKb });
    });
  });
}

/** Runs a TypeScript file in a fresh node (through tsx's loader, no npx in between). */
export function runTsx(
  script: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; prefix?: string; nodeArgs?: string[] } = {},
): Promise<ChildRun> {
  return runChild(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', script, ...args], options);
}

/** The last line of a child's stdout that parses as JSON: how workers hand back their figures. */
export function lastJson<T>(run: ChildRun): T {
  const lines = run.stdout.trim().split('\n').reverse();
  for (const l of lines) {
    try {
      return JSON.parse(l) as T;
    } catch {
      // not the result line
    }
  }
  throw new Error(
    `the child process (exit ${run.code}) printed no result line.\nstdout:\n${run.stdout.slice(-2000)}\nstderr:\n${run.stderr.slice(-2000)}`,
  );
}

/** Runs the load client (scripts/bench/load-client.ts) in its own process and reads its result. */
export async function loadTest(options: LoadOptions): Promise<LoadResult> {
  return lastJson<LoadResult>(await runTsx('scripts/bench/load-client.ts', [JSON.stringify(options)]));
}

/** Requests per second of a load test. */
export const perSecond = (r: LoadResult) => r.requests / r.seconds;
