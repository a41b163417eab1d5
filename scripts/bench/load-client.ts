import http from 'node:http';
import autocannon from 'autocannon';

// A load generator in its own process: C concurrent keep-alive clients request the URLs in turn
// for S seconds (or each URL once); prints {requests, errors, seconds, p50, p99, bytes,
// statuses, perUrl} as JSON. Bounded in count and time, loopback only. Its one argument is a
// JSON LoadOptions.
//
// The requests are autocannon's (its connections, pacing and counting). One mode is not: a client
// that waits out a 503's Retry-After before asking again (`retryAfter`, the charts bench's flood
// of cold chart files) — autocannon keeps every connection busy and cannot make one wait, and a
// flood that asks again at once would only measure how fast the server says 503. That mode keeps
// a small client of its own (politeClient below).

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
  /** Bytes received (with autocannon: headers included). */
  bytes: number;
  statuses: Record<string, number>;
  perUrl: Record<string, { requests: number; errors: number; p99: number }>;
};

const options = JSON.parse(process.argv[2]!) as LoadOptions;
const concurrency = options.concurrency ?? 20;
const seconds = options.seconds ?? 5;
const target = new URL(options.base);
if (!['localhost', '127.0.0.1', '[::1]'].includes(target.hostname)) throw new Error('loopback only');

/** Every answer, timed from the moment its request was made ready to be sent. */
const answers: { url: string; status: number; ms: number }[] = [];
let connectionErrors = 0;
let bytes = 0;
const etags = new Map<string, string>();
let counter = 0;

/** The URL as sent: made unique when asked. */
const sent = (url: string) => (options.unique ? `${url}${url.includes('?') ? '&' : '?'}u=${counter++}` : url);

type Context = { url?: string; started?: number };

/** The answers of autocannon's clients: every URL in turn for the whole time, or each URL once. */
function cannon(): Promise<number> {
  const queue = [...options.urls];
  let next = 0;
  const pick = () => (options.once ? queue.shift()! : options.urls[next++ % options.urls.length]!);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.base,
        connections: options.once ? Math.min(concurrency, options.urls.length) : concurrency,
        ...(options.once ? { amount: options.urls.length } : { duration: seconds }),
        // A chart drawn under load may take long: the time limit is the run's, not a request's.
        timeout: Math.max(seconds, 10) + 60,
        headers: options.headers,
        requests: [
          {
            setupRequest: (request, context: Context) => {
              const url = pick();
              context.url = url;
              context.started = performance.now();
              const etag = options.revalidate ? etags.get(url) : undefined;
              return {
                ...request,
                path: sent(url),
                headers: etag ? { ...request.headers, 'if-none-match': etag } : request.headers,
              };
            },
            onResponse: (status, _body, context: Context, headers = {}) => {
              answers.push({ url: context.url!, status, ms: performance.now() - context.started! });
              const etag = Object.entries(headers).find(([k]) => k.toLowerCase() === 'etag')?.[1];
              if (typeof etag === 'string' && !etags.has(context.url!)) etags.set(context.url!, etag);
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        connectionErrors += result.errors;
        bytes += result.throughput.total;
        resolve((performance.now() - started) / 1000);
      },
    );
    // `once` asks every URL, but never past the run's time.
    if (options.once) setTimeout(() => instance.stop(), seconds * 1000).unref();
  });
}

/** Each URL once, a client at a time per URL, asked again after a 503's Retry-After until the time is up. */
async function politeClient(): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const get = (url: string) =>
    new Promise<number>((resolve) => {
      const at = performance.now();
      const req = http.get(
        { host: target.hostname, port: target.port, path: sent(url), agent, headers: options.headers },
        (res) => {
          res.on('data', (chunk: Buffer) => (bytes += chunk.length));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            answers.push({ url, status, ms: performance.now() - at });
            resolve(status === 503 ? Number(res.headers['retry-after']) || 0 : 0);
          });
        },
      );
      req.on('error', () => {
        connectionErrors++;
        resolve(0);
      });
    });
  let next = 0;
  const client = async () => {
    while (performance.now() < deadline && next < options.urls.length) {
      const url = options.urls[next++]!;
      for (let wait = await get(url); wait > 0 && performance.now() < deadline; wait = await get(url))
        await new Promise((r) => setTimeout(r, Math.min(wait * 1000, deadline - performance.now())));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  agent.destroy();
  return (performance.now() - started) / 1000;
}

const at = (list: number[], p: number) => list[Math.min(list.length - 1, Math.floor(list.length * p))] ?? 0;

void (options.retryAfter ? politeClient() : cannon()).then((elapsed) => {
  const statuses: Record<string, number> = {};
  const perUrl = new Map<string, { latencies: number[]; errors: number }>();
  for (const a of answers) {
    statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    const entry = perUrl.get(a.url) ?? { latencies: [], errors: 0 };
    entry.latencies.push(a.ms);
    if (a.status >= 400) entry.errors++;
    perUrl.set(a.url, entry);
  }
  const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
  const result: LoadResult = {
    requests: answers.length,
    errors: connectionErrors + answers.filter((a) => a.status >= 400).length,
    seconds: elapsed,
    p50: at(latencies, 0.5),
    p99: at(latencies, 0.99),
    bytes,
    statuses,
    perUrl: Object.fromEntries(
      [...perUrl].map(([url, e]) => {
        e.latencies.sort((a, b) => a - b);
        return [url, { requests: e.latencies.length, errors: e.errors, p99: at(e.latencies, 0.99) }];
      }),
    ),
  };
  console.log(JSON.stringify(result));
});
