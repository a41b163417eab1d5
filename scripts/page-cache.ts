import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';

/**
 * A whole-page cache in front of Next for the dashboard's HTML documents. Pages render on
 * request (so new results show without a rebuild); their HTML is kept per URL and served again
 * until the data version changes — every committed seed bumps it, and each request checks it
 * (one indexed read). Client navigations (RSC requests), APIs, exports and assets pass through.
 *
 * Nonces: a page's Content-Security-Policy (proxy.ts) allows only scripts carrying that
 * response's nonce, so a cached page must never be served twice with the same one. An entry
 * keeps the page cut at every occurrence of the nonce it was rendered with, and each hit joins
 * the pieces with a fresh nonce, written into the policy header as well. Gzipped pages are kept
 * as independently compressed pieces (raw deflate, each ended by a sync flush, so they can be
 * concatenated): a hit adds the nonce as a stored block and the gzip header and trailer, the
 * trailer's CRC-32 combined from the pieces' CRCs, and compresses nothing.
 */

type Headers = Record<string, string | string[]>;

type Entry = {
  status: number;
  headers: Headers;
  /** The nonce the page was rendered with, or null when its policy had none. */
  nonce: string | null;
  gzip: boolean;
  /** The page between the nonces: as it is, or (gzip) each piece compressed on its own. */
  parts: Buffer[];
  /** gzip: each piece's uncompressed length, its CRC-32 and the operator shifting a CRC past it. */
  lengths: number[];
  crcs: number[];
  shifts: number[];
};

const deflateRaw = promisify(zlib.deflateRaw);
const gunzip = promisify(zlib.gunzip);
const NONCE = /'nonce-([A-Za-z0-9+/_-]+={0,2})'/;

/** The same shape as proxy.ts's nonces: 16 random bytes, base64url (22 characters). */
export function newNonce(): string {
  return randomBytes(16).toString('base64url');
}

export class PageCache {
  private pages = new Map<string, Entry>();
  private version = -1;
  private db: Database.Database | null = null;

  constructor(
    private readonly databaseFile: string,
    private readonly maxPages = 300,
  ) {}

  private currentVersion(): number {
    try {
      this.db ??= new Database(this.databaseFile, { readonly: true, fileMustExist: true });
      const row = this.db.prepare('SELECT version FROM data_version WHERE id = 1').get() as
        { version: number } | undefined;
      return row?.version ?? 0;
    } catch {
      return -2; // no database yet: never cache
    }
  }

  static cacheable(req: IncomingMessage): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (req.headers.rsc || req.headers['next-router-state-tree'] || req.headers['next-router-prefetch']) return false;
    const url = req.url ?? '';
    if (/^\/(_next|api|export)/.test(url) || url.includes('_rsc=') || url.length > 2000) return false;
    return (req.headers.accept ?? '').includes('text/html');
  }

  handle(req: IncomingMessage, res: ServerResponse, render: () => void): void {
    if (!PageCache.cacheable(req)) return render();
    const version = this.currentVersion();
    if (version !== this.version) {
      this.pages.clear();
      this.version = version;
    }
    const key = `${/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? 'gz' : 'id'} ${req.url}`;
    const hit = this.pages.get(key);
    if (hit && version >= 0) return serveEntry(req, res, hit);
    // Only a GET's body is the page (a HEAD's is empty).
    if (req.method !== 'GET') return render();
    this.capture(res, (status, headers, body) => {
      if (status !== 200 || version < 0 || this.currentVersion() !== version || headers['set-cookie']) return;
      if (!String(headers['content-type'] ?? '').startsWith('text/html')) return;
      const encoding = String(headers['content-encoding'] ?? 'identity');
      if (encoding !== 'identity' && encoding !== 'gzip') return;
      makeEntry(status, headers, body, encoding === 'gzip').then(
        (entry) => {
          if (this.version !== version) return; // a seed committed meanwhile
          if (this.pages.size >= this.maxPages) this.pages.delete(this.pages.keys().next().value!);
          this.pages.set(key, entry);
        },
        (error: unknown) => console.error('page cache: could not keep', req.url, error),
      );
    });
    render();
  }

  /** Tees what Next writes, and hands it over once the response has ended. */
  private capture(res: ServerResponse, done: (status: number, headers: Headers, body: Buffer) => void) {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
      );
    };
    res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
      keep(chunk, encoding);
      return write(chunk as never, encoding as never, cb as never);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
      keep(chunk, encoding);
      const result = end(chunk as never, encoding as never, cb as never);
      const headers: Headers = {};
      for (const [k, v] of Object.entries(res.getHeaders()))
        if (v !== undefined) headers[k] = Array.isArray(v) ? v : String(v);
      done(res.statusCode, headers, Buffer.concat(chunks));
      return result;
    }) as typeof res.end;
  }
}

/** Cuts a rendered page at its nonce (compressing each piece when the page was gzipped). */
async function makeEntry(status: number, captured: Headers, body: Buffer, gzip: boolean): Promise<Entry> {
  const headers: Headers = {};
  for (const [k, v] of Object.entries(captured))
    if (k !== 'content-length' && k !== 'transfer-encoding' && k !== 'etag') headers[k] = v;
  const nonce = NONCE.exec(String(headers['content-security-policy'] ?? ''))?.[1] ?? null;
  const plain = gzip ? await gunzip(body) : body;
  const pieces: Buffer[] = [];
  if (nonce) {
    const needle = Buffer.from(nonce);
    let from = 0;
    for (let at = plain.indexOf(needle); at !== -1; at = plain.indexOf(needle, from)) {
      pieces.push(plain.subarray(from, at));
      from = at + needle.length;
    }
    pieces.push(plain.subarray(from));
  } else pieces.push(plain);
  if (!gzip) return { status, headers, nonce, gzip, parts: pieces, lengths: [], crcs: [], shifts: [] };
  const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  return {
    status,
    headers,
    nonce,
    gzip,
    parts: await Promise.all(pieces.map((p) => deflateRaw(p, flush))),
    lengths: pieces.map((p) => p.length),
    crcs: pieces.map((p) => zlib.crc32(p)),
    shifts: pieces.map((p) => x2nmodp(p.length, 3)),
  };
}

function serveEntry(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
  const fresh = entry.nonce ? newNonce() : null;
  const headers: Headers = {};
  for (const [k, v] of Object.entries(entry.headers)) headers[k] = fresh ? replaceNonce(v, entry.nonce!, fresh) : v;
  // The body as a list of buffers, written without copying the page into one.
  const body = entry.gzip ? gzipPieces(entry, fresh ?? '') : interleave(entry.parts, Buffer.from(fresh ?? ''));
  const length = body.reduce((n, b) => n + b.length, 0);
  res.writeHead(entry.status, { ...headers, 'content-length': String(length), 'x-page-cache': 'hit' });
  if (req.method === 'HEAD') return void res.end();
  res.cork();
  for (const piece of body) res.write(piece);
  res.end();
}

function replaceNonce(value: string | string[], old: string, fresh: string): string | string[] {
  return Array.isArray(value) ? value.map((v) => v.split(old).join(fresh)) : value.split(old).join(fresh);
}

/** a0, x, a1, x, a2 … */
function interleave(parts: Buffer[], between: Buffer): Buffer[] {
  return parts.flatMap((p, i) => (i === 0 ? [p] : [between, p]));
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** A last, empty deflate block with fixed codes: BFINAL=1, BTYPE=01, end-of-block. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** The gzip stream of the page with `nonce` between its pieces. */
function gzipPieces(entry: Entry, nonce: string): Buffer[] {
  const needle = Buffer.from(nonce);
  const nonceShift = x2nmodp(needle.length, 3);
  const nonceCrc = zlib.crc32(needle);
  const stored = storedBlock(needle);
  const out: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  entry.parts.forEach((part, i) => {
    if (i > 0) {
      out.push(stored);
      crc = (multmodp(nonceShift, crc) ^ nonceCrc) >>> 0;
      size += needle.length;
    }
    out.push(part);
    crc = (multmodp(entry.shifts[i]!, crc) ^ entry.crcs[i]!) >>> 0;
    size += entry.lengths[i]!;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE(size % 2 ** 32, 4);
  out.push(FINAL_BLOCK, trailer);
  return out;
}

/** A non-final stored deflate block (the stream before it ends byte-aligned: a sync flush). */
function storedBlock(data: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt8(0, 0);
  head.writeUInt16LE(data.length, 1);
  head.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([head, data]);
}

// CRC-32 combination, as zlib's crc32_combine: crc(A ‖ B) = crc(A)·x^(8·|B|) mod P  ⊕  crc(B).
const POLY = 0xedb88320;

/** a·b modulo the CRC-32 polynomial (reflected bit order). */
function multmodp(a: number, b: number): number {
  let m = 2 ** 31;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m = m >>> 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

const X2N: number[] = [];
for (let p = 2 ** 30, n = 0; n < 32; n++) {
  X2N.push(p);
  p = multmodp(p, p);
}

/** x^(n·2^k) modulo the polynomial: with k = 3, the operator that shifts a CRC past n bytes. */
function x2nmodp(n: number, k: number): number {
  let p = 2 ** 31;
  while (n) {
    if (n & 1) p = multmodp(X2N[k & 31]!, p);
    n = Math.floor(n / 2);
    k++;
  }
  return p >>> 0;
}
