import type { Db } from '@/db/client';

// Streaming a file to HTTP: chunks of text (db/export.ts) as a response body that reads from
// SQLite only as fast as the client takes it, and lets the connection go however the response
// ends. For the CSV export routes (app/export.csv, app/export/pack/[file]).

/**
 * A byte stream of chunks, pulled as the client reads (backpressure: one chunk waits at a time).
 * If a chunk fails, the stream errors (controller.error), so the response is aborted instead
 * of ending like a complete file; `close` runs once, at the end, on error, on cancel or when
 * `signal` aborts (the request's: the client went away, whether or not the server noticed the
 * body was abandoned).
 *
 * Nothing is pulled until a reader asks (highWaterMark 0; the default of 1 pulls once at
 * construction): a response whose body nobody reads, such as HEAD answered by a GET handler,
 * never starts the query.
 */
export function chunkStream(
  chunks: Iterator<string, unknown, undefined>,
  close: () => void,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let closed = false;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const finish = () => {
    if (closed) return;
    closed = true;
    signal?.removeEventListener('abort', abort);
    close();
  };
  // Ends the query first: better-sqlite3 cannot close a connection while a statement runs.
  const stop = () => {
    if (closed) return;
    try {
      chunks.return?.(undefined);
    } finally {
      finish();
    }
  };
  function abort() {
    stop();
    // A reader still waiting learns why the body ended (a no-op once the stream is cancelled).
    controller?.error(signal?.reason ?? new Error('the request was aborted'));
  }
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', abort, { once: true });
  return new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        if (closed) c.error(signal?.reason ?? new Error('the request was aborted'));
      },
      pull(c) {
        if (closed) return;
        try {
          const next = chunks.next();
          if (next.done) {
            finish();
            c.close();
          } else {
            c.enqueue(encoder.encode(next.value));
          }
        } catch (error) {
          finish();
          console.error('CSV export failed midway; the response is aborted:', error);
          c.error(error);
        }
      },
      cancel() {
        stop();
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * A stream of CSV chunks read through a connection of its own. The connection is opened by the
 * first read of the body, not here: a response that is built but never read (HEAD, a client
 * gone before the first byte) holds no connection. It is closed when the stream ends, fails,
 * is cancelled or `signal` aborts.
 */
export function exportStream(
  open: () => Db,
  chunksOf: (db: Db) => Iterator<string, unknown, undefined>,
  signal?: AbortSignal,
): ReadableStream<Uint8Array> {
  let db: Db | null = null;
  let chunks: Iterator<string, unknown, undefined> | null = null;
  const close = () => {
    if (!db) return;
    try {
      db.$client.close();
    } catch (error) {
      // Still busy with an iterator that failed without finishing: left to the garbage collector.
      console.error('Could not close the export connection:', error);
    }
    db = null;
  };
  const lazy: Iterator<string, unknown, undefined> = {
    next() {
      if (!chunks) {
        db = open();
        chunks = chunksOf(db);
      }
      return chunks.next();
    },
    return(value?: unknown) {
      chunks?.return?.(undefined);
      return { done: true, value };
    },
  };
  return chunkStream(lazy, close, signal);
}
