import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb, type Db } from '../../db/client';
import { exportPack } from '../../db/export';
import { PACK_FILES, RESULT_COLUMNS } from '../../db/pack/format';
import { loadPack } from '../../db/pack/loader';
import { resultsSelect } from '../../db/queries/results';
import { results } from '../../db/schema';
import { cleanupAll, seededDb, tempDir } from '../helpers';

// The routes read the data stamp through db/queries, marked server-only (a marker module
// that throws outside Next's server bundle).
vi.mock('server-only', () => ({}));

// The CSV route handlers, called as Next calls them (a Request in, a Response out), against a
// real temp copy of the seeded database named by DATABASE_PATH.

type ExportRoute = typeof import('../../app/export.csv/route');
type PackRoute = typeof import('../../app/export/pack/[file]/route');

let exportCsv: ExportRoute['GET'];
let packFile: PackRoute['GET'];
let db: Db;
let file: string;

beforeAll(async () => {
  ({ db, file } = await seededDb());
  process.env.DATABASE_PATH = file;
  exportCsv = (await import('../../app/export.csv/route')).GET;
  packFile = (await import('../../app/export/pack/[file]/route')).GET;
});
afterAll(() => {
  // The server's connection, opened by the routes to read the data stamp.
  (globalThis as { benchboardDb?: Db }).benchboardDb?.$client.close();
  delete (globalThis as { benchboardDb?: Db }).benchboardDb;
  delete process.env.DATABASE_PATH;
  cleanupAll();
});

const get = (query: string) => exportCsv(new Request(`http://x/export.csv${query}`));
/** What every download's name ends with: the data version and its date ("data-2026-12-02-v1"). */
const stamp = () => {
  const { version, updated_at } = db.$client.prepare('SELECT version, updated_at FROM data_version').get() as {
    version: number;
    updated_at: string;
  };
  return `data-${updated_at.slice(0, 10)}-v${version}`;
};
const rowsOf = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

describe('GET /export.csv', () => {
  it('streams every result with the results.csv header and a file name saying so', async () => {
    const response = get('');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="benchboard-all-results-${stamp()}.csv"`,
    );
    expect(response.body).toBeInstanceOf(ReadableStream);
    const text = await response.text();
    expect(text.split('\r\n')[0]!.startsWith(RESULT_COLUMNS.join(','))).toBe(true);
    const rows = rowsOf(text);
    expect(rows).toHaveLength(resultsSelect(db, {}).all().length);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('gives a filtered view the rows of the same query, named after the filters', async () => {
    const cases: [string, Parameters<typeof resultsSelect>[1], string][] = [
      ['?benchmark=arena-hard&mode=thinking', { benchmark: 'arena-hard', mode: 'thinking' }, 'arena-hard-thinking'],
      ['?models=qwen3-32b,deepseek-r1', { models: 'qwen3-32b,deepseek-r1' }, 'qwen3-32b-deepseek-r1'],
      [
        '?source=qwen3-tech-report&table=Table+14',
        { source: 'qwen3-tech-report', table: 'Table 14' },
        'qwen3-tech-report-table-14',
      ],
      [
        '?benchmark=aime-24&budget=set&unit=percent',
        { benchmark: 'aime-24', budget: 'set', unit: 'percent' },
        'aime-24-percent-with-budget',
      ],
      [
        '?benchmark=arena-hard&version=&metric=&unit=score',
        { benchmark: 'arena-hard', unit: 'score' },
        'arena-hard-score',
      ],
    ];
    for (const [query, q, name] of cases) {
      const response = get(query);
      expect(response.status, query).toBe(200);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="benchboard-${name}-${stamp()}.csv"`,
      );
      const rows = rowsOf(await response.text());
      const expected = resultsSelect(db, q).orderBy(asc(results.id)).all();
      expect(rows.length, query).toBe(expected.length);
      expect(rows.length, query).toBeGreaterThan(0);
      expect(rows.map((r) => [r.model, r.benchmark, r.score, r.table])).toEqual(
        expected.map((e) => [e.modelPrinted, e.benchmarkPrinted, e.scoreText, e.tableRef]),
      );
    }
  });

  it('keeps "72.50" as printed', async () => {
    const rows = rowsOf(await get('?benchmark=aime-24&budget=set').text());
    expect(rows.some((r) => r.score === '72.50' && r.thinking_budget_tokens === '8192')).toBe(true);
  });

  it('a downloaded view loads back into the database it came from as all unchanged', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'benchboard-arena-hard-thinking.csv');
    fs.writeFileSync(target, Buffer.from(await get('?benchmark=arena-hard&mode=thinking').arrayBuffer()));
    const writable = openDb(file);
    try {
      const report = await loadPack(writable, target);
      expect(report.ok, JSON.stringify(report.errors.slice(0, 3))).toBe(true);
      const counts = Object.values(report.sources);
      expect(counts.reduce((s, c) => s + c.unchanged, 0)).toBe(
        resultsSelect(db, { benchmark: 'arena-hard', mode: 'thinking' }).all().length,
      );
      expect(counts.every((c) => c.added === 0 && c.replaced === 0 && c.conflicts === 0)).toBe(true);
    } finally {
      writable.$client.close();
    }
  });

  it('refuses an invalid parameter with 400 and a plain-text message naming it', async () => {
    for (const [query, parameter] of [
      ['?unit=kelvin', 'unit'],
      ['?mode=sleepy', 'mode'],
      ['?benchmark=Arena%20Hard', 'benchmark'],
      ['?maxActive=lots', 'maxActive'],
      ['?models=Qwen3-32B', 'models'],
      ['?category=cooking', 'category'],
    ] as const) {
      const response = get(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toMatch(new RegExp(`^Bad parameter "${parameter}": `));
    }
  });

  it('ignores unknown parameters', async () => {
    const response = get('?utm_source=paper&benchmark=arena-hard');
    expect(response.status).toBe(200);
    expect(rowsOf(await response.text()).every((r) => r.benchmark!.toLowerCase().includes('arena'))).toBe(true);
  });

  it('aborts the body, never ends it like a complete file, when SQLite fails midway', async () => {
    // A database that breaks under the export: its file is cut short after the first chunk.
    const broken = path.join(tempDir(), 'broken.db');
    fs.copyFileSync(file, broken);
    process.env.DATABASE_PATH = broken;
    try {
      const response = get('');
      expect(response.status).toBe(200); // the headers were sent before the failure
      const reader = response.body!.getReader();
      const header = await reader.read();
      expect(new TextDecoder().decode(header.value).startsWith('source_id,')).toBe(true);
      const rows = await reader.read(); // the first 1,000 rows: the query is running
      expect(new TextDecoder().decode(rows.value).split('\r\n')).toHaveLength(1001);
      fs.truncateSync(broken, 8 * 4096);
      let received = 0;
      const reading = (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return 'ended like a complete file';
          received += value.length;
        }
      })();
      await expect(reading).rejects.toThrow(/malformed|disk|corrupt|I\/O/i);
      expect(received).toBeLessThan(fs.statSync(file).size);
    } finally {
      process.env.DATABASE_PATH = file;
    }
  });
});

describe('GET /export/pack/<file>', () => {
  it('gives each file of the whole-database pack, the same bytes as npm run export', async () => {
    const dir = tempDir();
    const reader = openDb(file, { readonly: true });
    await exportPack(reader, dir);
    reader.$client.close();
    for (const name of PACK_FILES) {
      const response = await packFile(new Request(`http://x/export/pack/${name}`), {
        params: Promise.resolve({ file: name }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(fs.readFileSync(path.join(dir, name))), name).toBe(true);
    }
  });

  it('answers 404 for any other file', async () => {
    const response = await packFile(new Request('http://x/export/pack/secrets.csv'), {
      params: Promise.resolve({ file: 'secrets.csv' }),
    });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('results.csv');
  });
});
