import 'server-only';
import { LRUCache } from 'lru-cache';
import { readDb, readingAsOf } from './reading';

// The server's reads, memoised per data version: a seed that commits bumps the version, so new
// results show on the next request without a rebuild or a restart. A read as of an earlier
// version (./reading.ts) is memoised apart, under that version (its data never changes).

/** What the memo may hold, in bytes (estimated as UTF-16 JSON); least recently used goes first. */
const MEMO_BYTES = 64 * 1024 * 1024;
const memo = new LRUCache<string, { version: number; value: NonNullable<unknown> }>({
  maxSize: MEMO_BYTES,
  sizeCalculation: (entry) => Math.max(1, (JSON.stringify(entry.value)?.length ?? 0) * 2),
});

type Reader = { version: () => number; inSnapshot: <T>(read: () => T) => T };
const readers = new WeakMap<object, Reader>();

/**
 * The version read and the snapshot it labels, prepared once per connection: a raw prepared
 * statement, not drizzle. A page asks the memo ten times or so; building the drizzle query and
 * the transaction each time cost ~2 ms of a ~35 ms page render (CPU profile of
 * /benchmarks/arena-hard), this a few microseconds.
 */
function reader(): Reader {
  const sqlite = readDb().$client;
  let r = readers.get(sqlite);
  if (!r) {
    const statement = sqlite.prepare('SELECT version FROM data_version WHERE id = 1').pluck();
    const transaction = sqlite.transaction((read: () => unknown) => read());
    r = {
      version: () => (statement.get() as number | undefined) ?? 0,
      inSnapshot: <T>(read: () => T) => transaction(read) as T,
    };
    readers.set(sqlite, r);
  }
  return r;
}

/**
 * Reads in one transaction of the server's connection: what `read` reads comes from one
 * snapshot, so a seed committing meanwhile cannot mix old rows with new ones.
 */
export function inOneRead<T>(read: () => T): T {
  return reader().inSnapshot(read);
}

/**
 * One read transaction: the version and the rows it labels come from the same snapshot. The
 * value is kept for that version; `key` must name every input of `compute`.
 */
export function cached<T>(key: string, compute: () => T): T {
  const { version, inSnapshot } = reader();
  const asOf = readingAsOf();
  const at = asOf === undefined ? key : `asOf ${asOf}:${key}`;
  return inSnapshot(() => {
    const now = version();
    const hit = memo.get(at);
    if (hit && hit.version === now) return hit.value as T;
    const value = compute();
    if (value !== undefined && value !== null) memo.set(at, { version: now, value });
    return value;
  });
}
