import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { openExportDb, resultsCsvChunks } from '@/db/export';
import { cleanup, cleanupAll, seededDb } from '@/tests/helpers';
import { chunkStream, exportStream } from './http-stream';

// The CSV exports' HTTP side: a body that reads SQLite only as the client takes it, on a
// connection opened by the first read and closed however the response ends.

afterEach(cleanup);
afterAll(cleanupAll);

describe('stream', () => {
  async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
    return new Response(stream).text();
  }

  it('streams the chunks and closes the connection at the end', async () => {
    let closed = 0;
    const text = await readAll(chunkStream(['a\r\n', 'b\r\n'][Symbol.iterator](), () => closed++));
    expect(text).toBe('a\r\nb\r\n');
    expect(closed).toBe(1);
  });

  it('errors (never ends like a complete file) when a chunk fails midway, and closes once', async () => {
    const { db } = await seededDb();
    let closed = 0;
    let read = 0;
    const failing = function* (rows: Iterable<unknown[]>) {
      for (const row of rows) {
        if (++read > 1500) throw new Error('disk on fire');
        yield row;
      }
    };
    const stream = chunkStream(resultsCsvChunks(db, {}, { wrapRows: failing }), () => closed++);
    const reader = stream.getReader();
    const received: string[] = [];
    const decoder = new TextDecoder();
    await expect(
      (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return 'ended';
          received.push(decoder.decode(value));
        }
      })(),
    ).rejects.toThrow('disk on fire');
    expect(received.length).toBe(2); // the header and the first 1,000 rows
    expect(closed).toBe(1);
    // The failed iterator was let go: close() throws while a statement is still iterating.
    expect(() => db.$client.close()).not.toThrow();
  });

  it('stops reading from SQLite when the client cancels', async () => {
    const { db } = await seededDb();
    let pulled = 0;
    let closed = 0;
    const counting = function* (rows: Iterable<unknown[]>) {
      for (const row of rows) {
        pulled++;
        yield row;
      }
    };
    const reader = chunkStream(resultsCsvChunks(db, {}, { wrapRows: counting, chunkRows: 100 }), () => {
      closed++;
      db.$client.close(); // throws if the statement were still running
    }).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(closed).toBe(1);
    expect(pulled).toBeLessThanOrEqual(300);
    expect(db.$client.open).toBe(false);
  });

  it('opens no connection until the body is read (a HEAD or an unread body holds none)', async () => {
    const { file } = await seededDb();
    const opened: Db[] = [];
    const open = () => {
      const db = openExportDb(file);
      opened.push(db);
      return db;
    };
    const stream = exportStream(open, (db) => resultsCsvChunks(db, {}));
    await new Promise((r) => setTimeout(r, 20)); // a stream that pulls ahead would have by now
    expect(opened).toHaveLength(0);
    const text = await readAll(stream);
    expect(text.startsWith('source_id,')).toBe(true);
    expect(opened).toHaveLength(1);
    expect(opened[0]!.$client.open).toBe(false);
  });

  it('closes the connection when the request is aborted, and never opens one after', async () => {
    const { file } = await seededDb();
    const opened: Db[] = [];
    const open = () => {
      const db = openExportDb(file);
      opened.push(db);
      return db;
    };
    const client = new AbortController();
    const reader = exportStream(open, (db) => resultsCsvChunks(db, {}, { chunkRows: 100 }), client.signal).getReader();
    await reader.read(); // the header
    await reader.read(); // 100 rows: the query is running
    expect(opened[0]!.$client.open).toBe(true);
    client.abort();
    expect(opened[0]!.$client.open).toBe(false);
    await expect(reader.read()).rejects.toThrow();

    const gone = new AbortController();
    gone.abort();
    const never = exportStream(open, (db) => resultsCsvChunks(db, {}), gone.signal);
    await expect(readAll(never)).rejects.toThrow();
    expect(opened).toHaveLength(1);
  });
});
