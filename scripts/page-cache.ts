import type { IncomingMessage, ServerResponse } from 'node:http';
import Database from 'better-sqlite3';

/**
 * A whole-page cache in front of Next for the dashboard's HTML documents. Pages render on
 * request (so new results show without a rebuild); their HTML is kept per URL and served again
 * until the data version changes — every committed seed bumps it, and each request checks it
 * (one indexed read). Client navigations (RSC requests), APIs, exports and assets pass through.
 */
export class PageCache {
  private pages = new Map<string, { status: number; headers: Record<string, string | string[]>; body: Buffer }>();
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
    if (hit && version >= 0) {
      res.writeHead(hit.status, { ...hit.headers, 'x-page-cache': 'hit' });
      res.end(req.method === 'HEAD' ? undefined : hit.body);
      return;
    }
    this.capture(res, (status, headers, body) => {
      if (status !== 200 || version < 0 || this.currentVersion() !== version || headers['set-cookie']) return;
      if (!String(headers['content-type'] ?? '').startsWith('text/html')) return;
      if (this.pages.size >= this.maxPages) this.pages.delete(this.pages.keys().next().value!);
      this.pages.set(key, { status, headers, body });
    });
    render();
  }

  /** Tees what Next writes, and hands it over once the response has ended. */
  private capture(
    res: ServerResponse,
    done: (status: number, headers: Record<string, string | string[]>, body: Buffer) => void,
  ) {
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
      const headers: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(res.getHeaders()))
        if (v !== undefined) headers[k] = Array.isArray(v) ? v : String(v);
      done(res.statusCode, headers, Buffer.concat(chunks));
      return result;
    }) as typeof res.end;
  }
}
