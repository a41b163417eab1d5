import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';

// Hostile input over HTTP: random and malicious query strings, paths, methods and a few
// headers against every route of the production server (Playwright's webServer: the build
// behind scripts/server/server.ts, on the e2e database). No answer may be a 5xx or a cut-off body, and
// no HTML may carry a reflected payload unescaped. The run is reproducible: the PRNG seed is
// printed on failure (FUZZ_SEED=… FUZZ_REQUESTS=… npx playwright test e2e/fuzz.spec.ts).

const SEED = Number(process.env.FUZZ_SEED || 20261129);
const REQUESTS = Number(process.env.FUZZ_REQUESTS || 1200);
const CONCURRENCY = 6;

/** mulberry32: a small, fast, deterministic PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)]! };
}
type Rng = ReturnType<typeof prng>;

const ROUTES = [
  '/',
  '/benchmarks',
  '/benchmarks/{benchmark}',
  '/models',
  '/models/{model}',
  '/thinking',
  '/compare',
  '/multilingual',
  '/long-context',
  '/efficiency',
  '/export.csv',
  '/export/pack/{file}',
  '/api/results',
  '/api/models',
  '/api/benchmarks',
  '/api/sources',
] as const;

const GOOD = {
  benchmark: ['aime-24', 'arena-hard', 'livecodebench', 'ruler', 'mmlu-redux', 'include'],
  model: ['qwen3-32b', 'qwen3-235b-a22b', 'deepseek-r1', 'openai-o1', 'qwen3-0.6b'],
  file: ['results.csv', 'models.csv', 'benchmarks.csv', 'sources.csv'],
};

const PARAMS = [
  'benchmark',
  'table',
  'category',
  'unit',
  'budget',
  'versionPrefix',
  'mode',
  'source',
  'kind',
  'family',
  'open',
  'maxActive',
  'version',
  'metric',
  'sort',
  'dir',
  'models',
  'page',
  'pageSize',
  'q',
  '__proto__',
  'constructor',
  'toString',
  'models[]',
  'mode[0]',
  'benchmark[__proto__]',
  '',
  '<script>alert(1)</script>',
];

const VALID_VALUES = [
  'thinking',
  'non-thinking',
  'base',
  'all',
  'percent',
  'elo',
  'math',
  'long-context',
  'none',
  'set',
  'yes',
  'no',
  'score',
  'model',
  'source',
  'asc',
  'desc',
  '32',
  '3',
  '1',
  '1000',
  'aime-24',
  'qwen3-32b,deepseek-r1',
  'qwen3-tech-report',
  'Table 11',
  'pass@1',
  'Qwen3',
];

/** Markup a page must never send back as markup: any of these raw in HTML is a reflection. */
const MARKUP = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</title><script>alert(1)</script>',
  '<iframe src=javascript:alert(1)>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '</textarea><script>alert(1)</script>',
  '<!--<script>alert(1)</script>-->',
  '<a href="javascript:alert(1)">x</a>',
];
const MARKERS = [
  '<script>alert',
  '<img src=x',
  '<svg onload',
  '<iframe src=javascript',
  '" onmouseover="alert',
  "' onfocus='alert",
  '</textarea><script>',
  '<a href="javascript:alert',
];

const SQL = [
  "' OR '1'='1",
  '1; DROP TABLE results;--',
  "%' UNION SELECT name, sql FROM sqlite_master--",
  '") OR 1=1 --',
  "qwen3-32b' --",
  '1 AND randomblob(1000000000)',
  "'; ATTACH DATABASE '/tmp/x.db' AS x;--",
];

const UNICODE = [
  'Ωμέγα',
  '数学',
  '😀🚀',
  '\u202egnp.exe',
  '\ufeffBOM',
  'e\u0301',
  'ﬁ',
  'İ',
  '\u2028\u2029',
  '\u0000',
  '\u0007\u001b[31m',
  'a\u0000b',
];

/** Already percent-encoded (or deliberately broken) strings, put into the URL as they are. */
const RAW = [
  '%E0%A4%A',
  '%',
  '%%',
  '%zz',
  '%C0%AF',
  '%FF%FE',
  '%ED%A0%80',
  '%00',
  '%0d%0aX-Injected:%201',
  '%0aSet-Cookie:%20evil=1',
  '%252e%252e%252f',
  '%u003cscript%u003e',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '&&&',
  '==',
  '?',
  '#',
];

const OTHER = [
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  '99999999999999999999',
  '1.5',
  '0x10',
  ' 1',
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'null',
  'undefined',
  '[]',
  '{}',
  'true',
  ',,,,',
  '-',
  '.',
  '..',
];

const huge = (rng: Rng) => {
  const kb = rng.pick([1, 4, 12, 100]);
  const unit = rng.pick(['a', '<script>alert(1)</script>', 'é', "' OR 1=1 "]);
  return unit.repeat(Math.ceil((kb * 1024) / unit.length));
};

/** A value and whether it goes into the URL encoded (most) or raw (the broken encodings). */
function value(rng: Rng): { text: string; raw: boolean } {
  const kind = rng.int(100);
  if (kind < 25) return { text: rng.pick(VALID_VALUES), raw: false };
  if (kind < 45) return { text: rng.pick(MARKUP), raw: false };
  if (kind < 55) return { text: rng.pick(SQL), raw: false };
  if (kind < 65) return { text: rng.pick(UNICODE), raw: false };
  if (kind < 80) return { text: rng.pick(RAW), raw: true };
  if (kind < 92) return { text: rng.pick(OTHER), raw: false };
  return { text: huge(rng), raw: false };
}

/** Encodes for a URL; a few values go in with their markup characters unencoded. */
function encode(rng: Rng, v: { text: string; raw: boolean }): string {
  if (v.raw) return v.text;
  const r = rng.int(10);
  if (r < 7) return encodeURIComponent(v.text);
  if (r < 8) return encodeURIComponent(encodeURIComponent(v.text)); // double-encoded
  // Half-encoded: only what an HTTP request line cannot carry (spaces, controls, non-ASCII).
  return v.text.replace(/[^\x21-\x7e]|%/gu, (c) => encodeURIComponent(c));
}

function query(rng: Rng): string {
  const parts: string[] = [];
  const n = rng.int(7);
  for (let i = 0; i < n; i++) {
    const name = rng.pick(PARAMS);
    const repeats = rng.int(5) === 0 ? 2 + rng.int(3) : 1; // ?mode=a&mode=b
    for (let r = 0; r < repeats; r++) parts.push(`${encodeURIComponent(name)}=${encode(rng, value(rng))}`);
  }
  if (rng.int(15) === 0) parts.push(rng.pick(['mode', 'models', 'benchmark']));
  return parts.length ? `?${parts.join('&')}` : rng.pick(['', '?', '?&', '?=']);
}

const BAD_SEGMENTS = [
  'not-a-model',
  'QWEN3-32B',
  'qwen3-32b.',
  '..',
  '.',
  '%2e%2e',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '....//....//',
  '%00',
  'a%00b',
  '%E0%A4%A',
  '%ZZ',
  'results.csv%00.txt',
  'results.CSV',
  '..%5c..%5cwindows',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  encodeURIComponent('<script>alert(1)</script>'),
  encodeURIComponent('数学😀'),
  encodeURIComponent("' OR 1=1 --"),
  '-1',
  '0',
  'constructor',
  '__proto__',
  'index.html',
  '.env',
  '.git%2fconfig',
];

function path(rng: Rng, route: string): string {
  const good = () =>
    route
      .replace('{benchmark}', rng.pick(GOOD.benchmark))
      .replace('{model}', rng.pick(GOOD.model))
      .replace('{file}', rng.pick(GOOD.file));
  const r = rng.int(20);
  if (r < 12) return good();
  if (r < 16 && route.includes('{')) return route.replace(/\{[a-z]+\}/, rng.pick(BAD_SEGMENTS));
  if (r < 17) return `${good()}/${rng.pick(BAD_SEGMENTS)}`; // one segment too many
  if (r < 18) return `${good()}${rng.pick(['/', '//', '/.', '/..', ';x=1', '%2f', '%20', '.json', '~'])}`;
  if (r < 19) return `/${rng.pick(BAD_SEGMENTS)}${good()}`;
  // A very long path.
  return `${good()}/${'a'.repeat(rng.pick([300, 2000, 8000]))}`;
}

const METHODS = ['GET', 'GET', 'GET', 'GET', 'GET', 'GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'OPTIONS'];

type Probe = { n: number; method: string; target: string; headers: Record<string, string>; body?: string };

function probe(rng: Rng, n: number): Probe {
  const route = ROUTES[n % ROUTES.length]!; // every route, in turn
  const method = rng.pick(METHODS);
  const headers: Record<string, string> = {
    accept: rng.pick(['text/html', 'text/html,application/xhtml+xml,*/*;q=0.8', '*/*', 'application/json']),
    'accept-encoding': rng.pick(['gzip', 'identity', 'gzip, deflate, br']),
  };
  const h = rng.int(40);
  if (h === 0) headers.rsc = '1';
  if (h === 1) headers['next-router-state-tree'] = encodeURIComponent('["",{"children":["__PAGE__",{}]}]');
  if (h === 2) headers['next-router-state-tree'] = 'not json %%%';
  if (h === 3) headers['next-action'] = 'deadbeef';
  if (h === 4) headers['x-forwarded-host'] = 'evil.example';
  if (h === 5) headers.range = 'bytes=0-10';
  return {
    n,
    method,
    target: path(rng, route) + query(rng),
    headers,
    body: method === 'POST' ? rng.pick(['', 'a=1', '{"x":1}', '<script>alert(1)</script>']) : undefined,
  };
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function send(agent: http.Agent, port: number, p: Probe): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: p.method,
        path: p.target,
        headers: p.headers,
        agent,
        timeout: 30_000,
        // A redirect of a long URL repeats it in Location and Refresh: more than Node's 16 KiB.
        maxHeaderSize: 256 * 1024,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            const body = Buffer.concat(chunks);
            const encoding = res.headers['content-encoding'];
            // Empty: HEAD, 204, 304.
            const decoded =
              body.length === 0
                ? body
                : encoding === 'gzip'
                  ? zlib.gunzipSync(body)
                  : encoding === 'br'
                    ? zlib.brotliDecompressSync(body)
                    : body;
            resolve({ status: res.statusCode!, headers: res.headers, body: decoded });
          } catch (error) {
            reject(
              new Error(`a ${String(res.headers['content-encoding'])} body that does not decode: ${String(error)}`),
            );
          }
        });
        res.on('aborted', () => reject(new Error('the response was aborted midway')));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    req.end(p.body);
  });
}

/** What is wrong with an answer, if anything. */
function problems(p: Probe, a: Answer): string[] {
  const out: string[] = [];
  if (a.status >= 500) out.push(`status ${a.status}`);
  // Node answers an oversized request head itself (431), before any handler, and Next sends
  // its path-normalising redirects (/benchmarks/ -> /benchmarks, //x -> /x) before its
  // headers() and the proxy run: neither carries the app's headers (nor any body to protect).
  if (a.status !== 431 && !(a.status >= 300 && a.status < 400)) {
    if (a.headers['x-content-type-options'] !== 'nosniff') out.push('no X-Content-Type-Options: nosniff');
    if (!/frame-ancestors 'none'/.test(String(a.headers['content-security-policy'] ?? '')))
      out.push("no Content-Security-Policy with frame-ancestors 'none'");
  }
  if (a.headers['x-injected'] || a.headers['set-cookie']) out.push('a header injected from the URL');
  const type = String(a.headers['content-type'] ?? '');
  if (p.method !== 'HEAD' && a.status !== 304) {
    const text = a.body.toString('utf8');
    if (type.startsWith('text/html')) {
      for (const marker of MARKERS) if (text.includes(marker)) out.push(`unescaped "${marker}" in the HTML`);
      if (a.status === 200 && !text.trimEnd().endsWith('</html>')) out.push('HTML cut off (no </html>)');
    }
    if (type.startsWith('application/json')) {
      try {
        JSON.parse(text);
      } catch {
        out.push('a JSON answer that does not parse');
      }
    }
    if (type.startsWith('text/csv') && a.status === 200 && !text.endsWith('\n')) out.push('a CSV cut off');
  }
  return out;
}

const shorten = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s);

test('fuzz: random and malicious URLs on every route: no 5xx, nothing reflected raw', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const port = Number(new URL(baseURL!).port);
  const rng = prng(SEED);
  const probes = Array.from({ length: REQUESTS }, (_, n) => probe(rng, n));
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  const timing = new Map<string, number>();
  const started = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const p = probes[next++]!;
      const t0 = Date.now();
      let found: string[];
      try {
        const answer = await send(agent, port, p);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        found = problems(p, answer);
      } catch (error) {
        // Over Node's 16 KiB limit on a request head, the server answers 431 and closes the
        // connection, often before the client has finished sending: a reset is that answer.
        const oversized = p.target.length > 16_000 && /ECONNRESET|EPIPE/.test((error as Error).message);
        found = oversized ? [] : [`request failed: ${(error as Error).message}`];
        if (oversized) statuses.set(431, (statuses.get(431) ?? 0) + 1);
      }
      if (found.length) failures.push(`#${p.n} ${p.method} ${shorten(p.target)}: ${found.join('; ')}`);
      const route = ROUTES[p.n % ROUTES.length]!;
      timing.set(route, (timing.get(route) ?? 0) + (Date.now() - t0));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  const seconds = (Date.now() - started) / 1000;
  const summary = `${REQUESTS} requests in ${seconds.toFixed(1)} s, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`;
  console.log(`fuzz (FUZZ_SEED=${SEED}): ${summary}`);
  const perRoute = REQUESTS / ROUTES.length;
  console.log(`mean ms per request: ${[...timing].map(([r, ms]) => `${r} ${Math.round(ms / perRoute)}`).join(', ')}`);
  test.info().annotations.push({ type: 'fuzz', description: `FUZZ_SEED=${SEED}: ${summary}` });
  expect(failures, `FUZZ_SEED=${SEED} FUZZ_REQUESTS=${REQUESTS}: ${failures.length} bad answers`).toEqual([]);
});

/** Sends bytes as they are (what no HTTP client library would send) and reads the status line. */
function rawRequest(port: number, bytes: Buffer | string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    const done = () => {
      socket.destroy();
      resolve(data.split('\r\n')[0] ?? '');
    };
    socket.setTimeout(10_000, done);
    socket.on('data', (d) => {
      data += d.toString('latin1');
      if (data.includes('\r\n')) done();
    });
    socket.on('error', done);
    socket.on('end', done);
    socket.write(bytes);
  });
}

test('raw request lines a client library would refuse are answered (4xx), and the server stays up', async ({
  baseURL,
}) => {
  const port = Number(new URL(baseURL!).port);
  const host = `Host: 127.0.0.1:${port}\r\n`;
  const lines: (string | Buffer)[] = [
    `GET /models/qwen3\x00-32b HTTP/1.1\r\n${host}\r\n`,
    `GET /benchmarks?mode=a b HTTP/1.1\r\n${host}\r\n`,
    Buffer.concat([
      Buffer.from('GET /benchmarks?table='),
      Buffer.from([0xff, 0xfe, 0x80]),
      Buffer.from(` HTTP/1.1\r\n${host}\r\n`),
    ]),
    Buffer.concat([Buffer.from('GET /models/'), Buffer.from([0xc3, 0x28]), Buffer.from(` HTTP/1.1\r\n${host}\r\n`)]),
    `GET /benchmarks?x=1\rX-Injected: 1 HTTP/1.1\r\n${host}\r\n`,
    `GET http://evil.example/benchmarks HTTP/1.1\r\n${host}\r\n`,
    `GET * HTTP/1.1\r\n${host}\r\n`,
    `GET /../../../etc/passwd HTTP/1.1\r\n${host}\r\n`,
    `GET /export/pack/../../../package.json HTTP/1.1\r\n${host}\r\n`,
    `GET //api/results HTTP/1.1\r\n${host}\r\n`,
    `GET /benchmarks HTTP/1.1\r\n\r\n`,
    `GET /benchmarks HTTP/1.0\r\n\r\n`,
    `GET /api/results?pageSize=${'9'.repeat(100_000)} HTTP/1.1\r\n${host}\r\n`,
    `GET /compare HTTP/1.1\r\n${host}X-Long: ${'a'.repeat(100_000)}\r\n\r\n`,
    `GET /compare HTTP/1.1\r\n${host}Accept: text/html\r\nAccept: application/json\r\n\r\n`,
    `POST /api/results HTTP/1.1\r\n${host}Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    `GET /benchmarks HTTP/9.9\r\n${host}\r\n`,
    `BREW /benchmarks HTTP/1.1\r\n${host}\r\n`,
  ];
  const failures: string[] = [];
  for (const line of lines) {
    const status = await rawRequest(port, line);
    const code = Number(/^HTTP\/1\.[01] (\d{3})/.exec(status)?.[1] ?? 0);
    // No status at all means Node's parser closed the connection on a malformed request.
    if (code >= 500) failures.push(`${JSON.stringify(String(line).slice(0, 80))} → ${status}`);
  }
  expect(failures).toEqual([]);
  const after = await fetch(`${baseURL}/api/sources`);
  expect(after.status).toBe(200);
});
