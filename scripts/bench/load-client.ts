import http from 'node:http';

// A load generator in its own process: C concurrent keep-alive clients request the URLs in turn
// for S seconds; prints {requests, errors, seconds, p50, p99} as JSON. Bounded in count and time,
// loopback only.

const [base, urlList, concurrencyArg, secondsArg] = process.argv.slice(2);
const urls = JSON.parse(urlList!) as string[]; // a JSON array: URLs may hold commas
const concurrency = Number(concurrencyArg ?? 20);
const seconds = Number(secondsArg ?? 5);
const target = new URL(base!);
if (!['localhost', '127.0.0.1', '[::1]'].includes(target.hostname)) throw new Error('loopback only');

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const latencies: number[] = [];
const perUrl = new Map<string, { latencies: number[]; errors: number }>();
const statuses = new Map<number, number>();
let errors = 0;
const deadline = performance.now() + seconds * 1000;

function once(path: string): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now();
    const headers = { accept: 'text/html', 'accept-encoding': 'gzip' };
    const req = http.get({ host: target.hostname, port: target.port, path, agent, headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => {
        const ms = performance.now() - started;
        latencies.push(ms);
        const entry = perUrl.get(path) ?? { latencies: [], errors: 0 };
        entry.latencies.push(ms);
        if ((res.statusCode ?? 500) >= 400) entry.errors++;
        perUrl.set(path, entry);
        statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
        if ((res.statusCode ?? 500) >= 400) errors++;
        resolve();
      });
    });
    req.on('error', () => {
      errors++;
      const entry = perUrl.get(path) ?? { latencies: [], errors: 0 };
      entry.errors++;
      perUrl.set(path, entry);
      resolve();
    });
  });
}

async function client(offset: number) {
  for (let i = offset; performance.now() < deadline && i < offset + 1_000_000; i++) await once(urls[i % urls.length]!);
}

const started = performance.now();
Promise.all(Array.from({ length: concurrency }, (_, i) => client(i))).then(() => {
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (list: number[], p: number) => list[Math.min(list.length - 1, Math.floor(list.length * p))] ?? 0;
  const pct = (p: number) => at(latencies, p);
  const urls = Object.fromEntries(
    [...perUrl].map(([url, e]) => {
      e.latencies.sort((a, b) => a - b);
      return [url, { requests: e.latencies.length, errors: e.errors, p99: at(e.latencies, 0.99) }];
    }),
  );
  console.log(
    JSON.stringify({
      requests: latencies.length,
      errors,
      seconds: elapsed,
      p50: pct(0.5),
      p99: pct(0.99),
      statuses: Object.fromEntries(statuses),
      perUrl: urls,
    }),
  );
  agent.destroy();
});
