import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadRecord } from '../../db/queries/loads';
import type { Db } from '../../db/client';
import { loadPack } from '../../db/pack/loader';
import { MODEL_HEADER, cleanupAll, count, resultRow, resultsCsv, seededDb, writePack } from '../helpers';

vi.mock('server-only', () => ({}));

// Item 6 of issue 9: what changed. The record of loads as the /changes page and the Atom feed
// read it, on a real temp copy of the seeded database (one load: the bundled qwen3 pack), then
// after a user's pack that adds a model and a --replace that corrects a number.

let db: Db;
let feed: (request: Request) => Response;

beforeAll(async () => {
  const seeded = await seededDb();
  db = seeded.db;
  process.env.DATABASE_PATH = seeded.file;
  feed = (await import('../../app/changes.atom/route')).GET;
  const added = await loadPack(
    db,
    writePack({
      'models.csv': `${MODEL_HEADER}\nMy-Model-7B,,Example Lab,dense,7,7,,,2025-09-01,yes,,my notes\n`,
      'results.csv': resultsCsv(resultRow({ model: 'My-Model-7B', score: '41.0', table: 'T1' })),
    }),
    { label: 'my-pack' },
  );
  expect(added.ok, JSON.stringify(added.errors)).toBe(true);
  const corrected = await loadPack(
    db,
    writePack({ 'results.csv': resultsCsv(resultRow({ model: 'My-Model-7B', score: '42.5', table: 'T1' })) }),
    { label: 'my-correction', replace: true },
  );
  expect(corrected.ok, JSON.stringify(corrected.errors)).toBe(true);
});
afterAll(() => {
  (globalThis as { benchboardDb?: Db }).benchboardDb?.$client.close();
  delete (globalThis as { benchboardDb?: Db }).benchboardDb;
  delete process.env.DATABASE_PATH;
  cleanupAll();
});

describe('the record of loads', () => {
  it('lists every committed load newest first, with its counts per source and per file', () => {
    const loads = loadRecord(db);
    expect(loads.map((l) => l.pack)).toEqual(['my-correction', 'my-pack', expect.stringContaining('qwen3')]);
    expect(loads.map((l) => l.dataVersion)).toEqual([3, 2, 1]);
    const bundled = loads[2]!;
    expect(bundled.counts.filter((c) => c.file === 'results.csv')).toEqual([
      {
        file: 'results.csv',
        sourceId: 'qwen3-blog',
        sourceTitle: expect.any(String),
        added: 121,
        unchanged: 0,
        replaced: 0,
      },
      {
        file: 'results.csv',
        sourceId: 'qwen3-tech-report',
        sourceTitle: expect.any(String),
        added: 3368,
        unchanged: 0,
        replaced: 0,
      },
    ]);
    expect(bundled.counts.find((c) => c.file === 'models.csv')).toMatchObject({ added: 75 });
  });

  it('links the models and benchmarks a load added', () => {
    const [, mine, bundled] = loadRecord(db);
    expect(mine!.addedModels).toEqual([{ id: 'my-model-7b', name: 'My-Model-7B' }]);
    expect(mine!.addedBenchmarks).toEqual([]);
    expect(bundled!.addedModels.map((m) => m.id)).toContain('qwen3-235b-a22b');
    expect(bundled!.addedBenchmarks.map((b) => b.id)).toContain('aime-24');
    expect(bundled!.addedModels).toHaveLength(count(db, 'SELECT count(*) FROM models') - 1);
  });

  it('gives each replaced value old → new', () => {
    const [correction] = loadRecord(db);
    expect(correction!.replace).toBe(true);
    expect(correction!.counts).toEqual([
      {
        file: 'results.csv',
        sourceId: 'qwen3-tech-report',
        sourceTitle: expect.any(String),
        added: 0,
        unchanged: 0,
        replaced: 1,
      },
    ]);
    expect(correction!.changes).toEqual([
      expect.objectContaining({
        file: 'results.csv',
        column: 'score',
        oldValue: '41.0',
        newValue: '42.5',
        action: 'replaced',
      }),
    ]);
    expect(correction!.changeCount).toBe(1);
  });

  it('pages: the newest loads first, the rest after', () => {
    expect(loadRecord(db, { limit: 2 }).map((l) => l.pack)).toEqual(['my-correction', 'my-pack']);
    expect(loadRecord(db, { limit: 2, offset: 2 })).toHaveLength(1);
  });
});

describe('GET /changes.atom', () => {
  it('is an Atom feed with one entry per load, newest first', async () => {
    const response = feed(new Request('http://example.org/changes.atom'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(
      true,
    );
    const entries = [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
    expect(entries).toHaveLength(count(db, 'SELECT count(*) FROM loads'));
    expect(entries[0]).toContain('<id>http://example.org/changes#load-3</id>');
    expect(entries[0]).toContain('Version 3: my-correction');
    // The content is HTML escaped once for XML: the change and the added model's link.
    expect(entries[0]).toContain('score: 41.0 → 42.5');
    expect(entries[1]).toContain(
      '&lt;a href=&quot;http://example.org/models/my-model-7b&quot;&gt;My-Model-7B&lt;/a&gt;',
    );
    // Atom's required elements of the feed and of each entry.
    for (const tag of ['id', 'title', 'updated', 'author']) expect(xml).toMatch(new RegExp(`<feed[\\s\\S]*<${tag}>`));
    for (const entry of entries) for (const tag of ['id', 'title', 'updated']) expect(entry).toContain(`<${tag}>`);
  });

  it('answers a repeat holding its tag with 304, and a new load with a new tag', async () => {
    const first = feed(new Request('http://example.org/changes.atom'));
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = feed(new Request('http://example.org/changes.atom', { headers: { 'If-None-Match': etag } }));
    expect(again.status).toBe(304);
    const other = feed(new Request('http://other.example/changes.atom', { headers: { 'If-None-Match': etag } }));
    expect(other.status).toBe(200); // another address in the body: another tag
  });
});
