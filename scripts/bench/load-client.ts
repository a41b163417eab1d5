import http from 'node:http';

// A load generator in its own process: C concurrent keep-alive clients request the URLs in turn
// for S seconds; prints {requests, errors, seconds, p50, p99, bytes, statuses, perUrl} as JSON.
// Bounded in count and time, loopback only. Its one argument is a JSON LoadOptions.

export type LoadOptions = {
  base: string;
  urls: string[];
  concurrency?: number;
  seconds?: number;
  /** Request headers (default: none, as a script or a crawler sends). */
  headers?: Record<string, string>;
  /** Make every request's URL unique (&u=<n>): no response can be one cached for another. */
  unique?: boolean;
  /** Send If-None-Match with the entity tag each URL answered first (a browser's revalidation). */
  revalidate?: boolean;
  /** Request every URL once, then stop (instead of cycling through them until the time is up). */
  once?: boolean;
  /** After a 503 with Retry-After, wait that long and ask for the same URL again (as a polite client does). */
  retryAfter?: boolean;
};

export type LoadResult = {
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
  bytes: number;
  statuses: Record<string, number>;
  perUrl: Record<string, { requests: number; errors: number; p99: number }>;
};

const options = JSON.parse(process.argv[2]!) as LoadOptions;
const concurrency = options.concurrency ?? 20;
const target = new URL(options.base);
if (!['localhost', '127.0.0.1', '[::1]'].includes(target.hostname)) throw new Error('loopback only');

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const latencies: number[] = [];
const perUrl = new Map<string, { latencies: number[]; errors: number }>();
const statuses = new Map<number, number>();
const etags = new Map<string, string>();
let errors = 0;
let bytes = 0;
let counter = 0;
const deadline = performance.now() + (options.seconds ?? 5) * 1000;

/** The seconds a 503 said to wait (0 for any other answer). */
function once(url: string): Promise<number> {
  const path = options.unique ? `${url}${url.includes('?') ? '&' : '?'}u=${counter++}` : url;
  const headers: Record<string, string> = { ...options.headers };
  const etag = etags.get(url);
  if (options.revalidate && etag) headers['if-none-match'] = etag;
  return new Promise((resolve) => {
    const started = performance.now();
    const entry = perUrl.get(url) ?? { latencies: [], errors: 0 };
    perUrl.set(url, entry);
    const req = http.get({ host: target.hostname, port: target.port, path, agent, headers }, (res) => {
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => {
        const ms = performance.now() - started;
        const status = res.statusCode ?? 0;
        latencies.push(ms);
        entry.latencies.push(ms);
        if (res.headers.etag) etags.set(url, res.headers.etag);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 400) {
          errors++;
          entry.errors++;
        }
        resolve(status === 503 ? Number(res.headers['retry-after']) || 0 : 0);
      });
    });
    req.on('error', () => {
      errors++;
      entry.errors++;
      resolve(0);
    });
  });
}

/** One URL, asked again after each 503's Retry-After when the options say so, until the time is up. */
async function ask(url: string): Promise<void> {
  for (;;) {
    const wait = await once(url);
    if (!options.retryAfter || wait === 0) return;
    const left = deadline - performance.now();
    if (left <= 0) return;
    await new Promise((r) => setTimeout(r, Math.min(wait * 1000, left)));
  }
}

let next = 0;
async function client(offset: number) {
  if (options.once) {
    while (performance.now() < deadline && next < options.urls.length) await ask(options.urls[next++]!);
    return;
  }
  for (let i = offset; performance.now() < deadline && i < offset + 1_000_000; i++)
    await ask(options.urls[i % options.urls.length]!);
}

const started = performance.now();
void Promise.all(Array.from({ length: concurrency }, (_, i) => client(i))).then(() => {
  const elapsed = (performance.now() - started) / 1000;
  const at = (list: number[], p: number) => list[Math.min(list.length - 1, Math.floor(list.length * p))] ?? 0;
  latencies.sort((a, b) => a - b);
  const result: LoadResult = {
    requests: latencies.length,
    errors,
    seconds: elapsed,
    p50: at(latencies, 0.5),
    p99: at(latencies, 0.99),
    bytes,
    statuses: Object.fromEntries(statuses),
    perUrl: Object.fromEntries(
      [...perUrl].map(([url, e]) => {
        e.latencies.sort((a, b) => a - b);
        return [url, { requests: e.latencies.length, errors: e.errors, p99: at(e.latencies, 0.99) }];
      }),
    ),
  };
  console.log(JSON.stringify(result));
  agent.destroy();
});
