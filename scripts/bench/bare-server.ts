import fs from 'node:fs';
import http from 'node:http';

// The limit for the pages part: a bare Node http server sending fixed HTML bytes per path.
const [file, port] = process.argv.slice(2);
const pages = new Map(
  Object.entries(JSON.parse(fs.readFileSync(file!, 'utf8')) as Record<string, string>).map(([k, v]) => [
    k,
    Buffer.from(v),
  ]),
);
http
  .createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body?.length ?? 0,
    });
    res.end(body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'));
