import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client';
import { slugify } from '../../db/pack/format';
import { buildIfNeeded } from '../../scripts/server/build';
import {
  cleanupAll,
  count,
  fileSize,
  freePort,
  generatedPack,
  httpGet,
  killChildren,
  seededDb,
  spawnScript,
  waitForServer,
  type Child,
} from '../helpers';

// Issue 5, item 2: a 100,000-row pack loads (scripts/seed.ts, in its own process) while readers
// keep reading. Readers see the old data or the new data: never an error, never "database is
// locked", never a count in between (which a loader committing in chunks would show).

const PACK_ROWS = 100_000;
const BUNDLED_RESULTS = 3489;
const FORBIDDEN = /database is locked|SQLITE_BUSY|Internal Server Error|Application error/i;

let pack: string;
let synthBenchmark: string;
let synthModel: string;

/**
 * A synthetic model or benchmark that the pack declares without aliases and cites `target` times
 * or so: its page is new after the load, and not one of the heaviest.
 */
function lightItem(file: string, column: 'model' | 'benchmark', target: number): string {
  const declared = parse(fs.readFileSync(path.join(pack, file)), { columns: true }) as Record<string, string>[];
  const aliased = new Set(declared.map((d) => d.alias_of).filter(Boolean));
  const names = declared.map((d) => (d.alias_of ? '' : d[column]!)).filter((n) => n && !aliased.has(n));
  const uses = new Map<string, number>();
  for (const r of parse(fs.readFileSync(path.join(pack, 'results.csv')), { columns: true }) as Record<string, string>[])
    uses.set(r[column]!, (uses.get(r[column]!) ?? 0) + 1);
  const score = (n: string) => Math.abs((uses.get(n) ?? 0) - target);
  const best = names.filter((n) => uses.has(n)).sort((a, b) => score(a) - score(b) || a.localeCompare(b))[0]!;
  expect(best).toMatch(/^Synth-/);
  return best;
}

beforeAll(async () => {
  pack = await generatedPack(PACK_ROWS, 11);
  synthBenchmark = lightItem('benchmarks.csv', 'benchmark', 300);
  synthModel = lightItem('models.csv', 'model', 300);
}, 60_000);

afterAll(() => {
  killChildren();
  cleanupAll();
});

function seed(dbFile: string): Child {
  return spawnScript('scripts/seed.ts', [pack], { DATABASE_PATH: dbFile });
}

type Counts = { models: number; benchmarks: number; results: number; sources: number };

function tableCounts(db: Db): Counts {
  const n = (table: string) => count(db, `SELECT count(*) FROM ${table}`);
  return { models: n('models'), benchmarks: n('benchmarks'), results: n('results'), sources: n('sources') };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

describe('reads while a 100,000-row pack loads', () => {
  it('at the SQLite level: a reader only ever counts the old or the new results, never waits, never SQLITE_BUSY', async () => {
    const { db, file } = await seededDb();
    const sqlite = db.$client;
    // No busy handler at all: a reader that had to wait for the writer would fail at once.
    sqlite.pragma('busy_timeout = 0');
    const countResults = sqlite.prepare('SELECT count(*) FROM results').pluck();
    const oldCount = countResults.get() as number;
    expect(oldCount).toBe(BUNDLED_RESULTS);
    const wal = `${file}-wal`;
    const walBase = fileSize(wal);

    const writer = seed(file);
    let writerDone = false;
    void writer.exited.then(() => (writerDone = true));
    const samples: { n: number; wal: number; ms: number; fresh: boolean }[] = [];
    const errors: string[] = [];
    const deadline = Date.now() + 100_000;
    let after = 0;
    for (let i = 0; after < 20 && Date.now() < deadline; i++) {
      if (writerDone) after++;
      // Every tenth read is a new connection opened as the app opens one (journal_mode = WAL,
      // busy_timeout 5000, …), like a server process starting while the seed runs.
      const fresh = i % 10 === 0;
      const walBefore = fileSize(wal); // before the read: pages in it then were there during it
      const t0 = performance.now();
      try {
        let n: number;
        if (fresh) {
          const other = openDb(file);
          n = count(other, 'SELECT count(*) FROM results');
          other.$client.close();
        } else n = countResults.get() as number;
        samples.push({ n, wal: walBefore, ms: performance.now() - t0, fresh });
      } catch (error) {
        errors.push(`read ${i}: ${(error as Error).message}`);
      }
      await sleep(2);
    }
    const exit = await writer.exited;
    expect(exit, writer.stdout() + writer.stderr()).toEqual({ code: 0, signal: null });
    expect(writer.stdout()).toContain('✓ Loaded');
    expect(errors.slice(0, 10), `${errors.length} failed reads`).toEqual([]);

    const newCount = countResults.get() as number;
    expect(newCount).toBe(BUNDLED_RESULTS + PACK_ROWS);
    const between = [...new Set(samples.filter((s) => s.n !== oldCount && s.n !== newCount).map((s) => s.n))];
    expect(between.slice(0, 10), 'counts between the old and the new: the load was visible before its commit').toEqual(
      [],
    );
    // Once a reader has seen the new data, it never sees the old again.
    const firstNew = samples.findIndex((s) => s.n === newCount);
    expect(firstNew).toBeGreaterThan(0);
    expect(samples.slice(firstNew).filter((s) => s.n !== newCount)).toEqual([]);
    // Many reads overlapped the open write transaction (its pages already in the -wal file) and
    // still saw the old count; none of them waited for the writer.
    const duringWrite = samples.slice(0, firstNew).filter((s) => s.wal > walBase + 1_000_000);
    expect(duringWrite.length).toBeGreaterThan(50);
    const slowest = Math.max(...samples.map((s) => s.ms));
    expect(slowest).toBeLessThan(1000);
    console.log(
      `SQLite level: ${samples.length} reads (${samples.filter((s) => s.fresh).length} on new connections), ` +
        `${duringWrite.length} during the open write transaction; slowest read ${slowest.toFixed(1)} ms, ` +
        `p99 ${percentile(
          samples.map((s) => s.ms),
          99,
        ).toFixed(1)} ms; -wal reached ${(Math.max(...samples.map((s) => s.wal)) / 1e6).toFixed(0)} MB`,
    );
  }, 120_000);

  describe('through the production server (scripts/server/serve.ts)', () => {
    let server: Child;
    let base: string;
    let dbFile: string;
    let oldCounts: Counts;

    beforeAll(async () => {
      buildIfNeeded();
      const seeded = await seededDb();
      dbFile = seeded.file;
      oldCounts = tableCounts(seeded.db);
      seeded.db.$client.close();
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      server = spawnScript('scripts/server/serve.ts', [], { PORT: String(port), DATABASE_PATH: dbFile });
      await waitForServer(`${base}/api/results?pageSize=1`, server);
    }, 300_000);

    it('every page answers with the old or the new data, never an error or a count in between', async () => {
      type Target = { path: string; check: 'counts' | 'total' | 'synthetic' | 'stable'; name?: string };
      const targets: Target[] = [
        { path: '/', check: 'counts' },
        { path: `/benchmarks/${slugify(synthBenchmark)}`, check: 'synthetic', name: synthBenchmark },
        { path: `/models/${slugify(synthModel)}`, check: 'synthetic', name: synthModel },
        { path: '/benchmarks/arena-hard', check: 'stable' },
        { path: '/models/qwen3-32b', check: 'stable' },
        { path: '/benchmarks', check: 'stable' },
        { path: '/models', check: 'stable' },
      ];
      // Each page as a document and as a client navigation (RSC: a fresh
      // render), plus the JSON API's total.
      const requests = [
        ...targets.flatMap((t) => [
          { ...t, rsc: false },
          { ...t, rsc: true },
        ]),
        { path: '/api/results?pageSize=10', check: 'total' as const, rsc: false },
      ];
      type Seen = {
        loop: number;
        what: string;
        start: number;
        end: number;
        state: 'old' | 'new' | 'same' | 'counts';
        counts?: Counts;
        total?: number;
        problem?: string;
      };
      const seen: Seen[] = [];

      async function request(loop: number, r: (typeof requests)[number]): Promise<Seen> {
        const what = `${r.rsc ? 'RSC ' : ''}${r.path}`;
        const start = performance.now();
        const out = (s: Partial<Seen>): Seen => ({ loop, what, start, end: performance.now(), state: 'same', ...s });
        let status: number;
        let type: string;
        let body: string;
        try {
          // The timeout is per socket inactivity; a render that streams slowly still answers.
          ({ status, type, body } = await httpGet(
            base + r.path,
            r.rsc ? { RSC: '1' } : { accept: 'text/html,application/xhtml+xml,*/*' },
          ));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          return out({
            problem: `request failed after ${(performance.now() - start).toFixed(0)} ms: ${code ?? ''} ${(error as Error).message}`,
          });
        }
        const problem = (message: string) => out({ problem: `${status} ${type}: ${message}: ${body.slice(0, 300)}` });
        if (FORBIDDEN.test(body)) return problem(`body contains "${FORBIDDEN.exec(body)![0]}"`);
        if (r.check === 'total') {
          if (status !== 200) return problem('not 200');
          const total = (JSON.parse(body) as { total: number }).total;
          return out({ state: 'counts', total });
        }
        if (!type.includes(r.rsc ? 'text/x-component' : 'text/html')) return problem('wrong content type');
        if (r.check === 'synthetic') {
          // Before the commit the synthetic benchmark or model does not exist (a deliberate 404), after it, it does.
          const notFound = r.rsc ? body.includes('NEXT_HTTP_ERROR_FALLBACK;404') : status === 404;
          if (status === (r.rsc ? 200 : 404) && notFound) return out({ state: 'old' });
          if (status === 200 && !notFound && body.includes(r.name!)) return out({ state: 'new' });
          return problem('neither the not-found page nor the page of the synthetic item');
        }
        if (status !== 200) return problem('not 200');
        if (r.check === 'counts') {
          const counts = statsOf(body, r.rsc);
          if (!counts) return problem('no counts of models, benchmarks, results and sources found');
          return out({ state: 'counts', counts });
        }
        return out({});
      }

      // One round in order before the load: the old data, and warm caches (as on a running site).
      for (const r of requests) seen.push(await request(-1, r));
      const warm = seen.find((s) => s.what === '/')!;
      expect(warm.counts, warm.problem).toEqual(oldCounts);

      const LOOPS = 8;
      const t0 = performance.now();
      let writerStart = 0;
      let writerEnd = 0;
      let writing = 0; // when the open transaction's pages first reached the -wal file
      const walBase = fileSize(`${dbFile}-wal`);
      const deadline = Date.now() + 150_000;
      // Half the loops go round the requests that tell old from new, the other half round every
      // request; each starts at another one, and stops when the writer has finished and it has gone
      // round once more.
      const telling = requests.filter((r) => r.check !== 'stable');
      const loops = Array.from({ length: LOOPS }, async (_, loop) => {
        const list = loop % 2 === 0 ? telling : requests;
        const first = loop % list.length;
        let roundsAfter = -1;
        for (let i = first; roundsAfter < 1 && Date.now() < deadline; i++) {
          if (i % list.length === first && writerEnd) roundsAfter++;
          seen.push(await request(loop, list[i % list.length]!));
        }
      });
      await sleep(300);
      writerStart = performance.now();
      const writer = seed(dbFile);
      const watch = setInterval(() => {
        if (!writing && fileSize(`${dbFile}-wal`) > walBase + 1_000_000) writing = performance.now();
      }, 5);
      const exit = await writer.exited;
      writerEnd = performance.now();
      clearInterval(watch);
      await Promise.all(loops);
      const elapsed = (performance.now() - t0) / 1000;

      expect(exit, writer.stdout() + writer.stderr()).toEqual({ code: 0, signal: null });
      expect(writer.stdout()).toContain('✓ Loaded');
      const db = openDb(dbFile, { readonly: true });
      const newCounts = tableCounts(db);
      db.$client.close();
      expect(newCounts.results).toBe(oldCounts.results + PACK_ROWS);

      // Counts and totals are the old ones or the new ones, whole: never some of each.
      for (const s of seen) {
        if (s.state !== 'counts' || s.problem) continue;
        const old = s.counts ? equalCounts(s.counts, oldCounts) : s.total === oldCounts.results;
        const now = s.counts ? equalCounts(s.counts, newCounts) : s.total === newCounts.results;
        if (old) s.state = 'old';
        else if (now) s.state = 'new';
        else s.problem = `counts in between: ${JSON.stringify(s.counts ?? s.total)}`;
      }
      // Requests sent while the write transaction was open (its pages already in the -wal file).
      const during = seen.filter((s) => writing > 0 && s.start >= writing && s.start < writerEnd);
      const ms = (s: Seen) => s.end - s.start;
      const loadSeconds = (writerEnd - writerStart) / 1000;
      const slowest = [...during].sort((a, b) => ms(b) - ms(a))[0] ?? seen[0]!;
      console.log(
        `Server: ${seen.length} responses in ${elapsed.toFixed(1)} s, ${during.length} of them while the ` +
          `${PACK_ROWS.toLocaleString('en-US')}-row load's transaction was open (load ${loadSeconds.toFixed(1)} s, ` +
          `its pages in the -wal file from ${((writing - writerStart) / 1000).toFixed(1)} s); ` +
          `${seen.filter((s) => s.state === 'old').length} old, ${seen.filter((s) => s.state === 'new').length} new; ` +
          `latency during the load p50 ${percentile(during.map(ms), 50).toFixed(0)} ms, ` +
          `p99 ${percentile(during.map(ms), 99).toFixed(0)} ms; slowest ${slowest.what} (${slowest.state}) ` +
          `${ms(slowest).toFixed(0)} ms`,
      );
      const problems = seen.filter((s) => s.problem).map((s) => `loop ${s.loop} ${s.what}: ${s.problem}`);
      expect(
        problems.slice(0, 20),
        `${problems.length} bad responses; the server's output:\n${server.stdout().slice(-3000)}\n${server.stderr().slice(-3000)}`,
      ).toEqual([]);
      expect(server.stderr()).not.toMatch(FORBIDDEN);

      // The reads overlapped the load: sent after the write transaction's pages were in the -wal
      // file, the overview as a cached document and as a fresh RSC render, and the API, answered
      // with the old data (read before the commit: no stale cache, checked below).
      expect(writing).toBeGreaterThan(0);
      const oldDuring = during.filter((s) => s.state === 'old');
      expect(oldDuring.length).toBeGreaterThanOrEqual(LOOPS);
      for (const what of ['/', 'RSC /', '/api/results?pageSize=10'])
        expect(
          oldDuring.some((s) => s.what === what),
          `${what} during the load`,
        ).toBe(true);

      // And once anyone has seen the new data, nobody sees the old again: no stale cache survives
      // the commit. Every loop ends on the new data.
      const firstNew = Math.min(...seen.filter((s) => s.state === 'new').map((s) => s.end));
      const stale = seen.filter((s) => s.state === 'old' && s.start > firstNew);
      expect(stale.map((s) => `loop ${s.loop} ${s.what}`)).toEqual([]);
      for (let loop = 0; loop < LOOPS; loop++) {
        const last = seen.filter((s) => s.loop === loop && s.state !== 'same').at(-1)!;
        expect(last.state, `loop ${loop} ${last.what}`).toBe('new');
      }
      // The loops stop 150 s after they start; the warm round before them renders every page once,
      // which on a busy 2-core machine took more than the 30 s left by a 180 s timeout.
    }, 300_000);
  });
});

function equalCounts(a: Counts, b: Counts): boolean {
  return a.models === b.models && a.benchmarks === b.benchmarks && a.results === b.results && a.sources === b.sources;
}

/** The overview's "N models · N benchmarks · N results · N sources", from its HTML or its RSC payload. */
function statsOf(body: string, rsc: boolean): Counts | null {
  const out: Partial<Counts> = {};
  for (const label of ['models', 'benchmarks', 'results', 'sources'] as const) {
    // The overview's "83 models · 53 benchmarks · 4,729 results · 15 sources" (a count, then its
    // label, a link or plain text), in the HTML and in the RSC payload.
    const pattern = rsc
      ? `"role":"listitem","children":\\["([\\d,]+)"," ",(?:\\["\\$","a",null,\\{"href":"[^"]*","children":"${label}"\\}\\]|"${label}")`
      : `<span role="listitem">([\\d,]+)(?:<!-- -->)?\\s*(?:<!-- -->)?(?:<a [^>]*>)?${label}\\b`;
    const match = new RegExp(pattern).exec(body);
    if (!match) return null;
    out[label] = Number(match[1]!.replace(/,/g, ''));
  }
  return out as Counts;
}
