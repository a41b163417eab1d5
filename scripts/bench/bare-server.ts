import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';

// The limit for the pages part: a bare Node http server sending fixed HTML bytes per path,
// gzipped once at start when the client accepts it, with an entity tag and a 304 for it, so
// both servers put the same kind of bytes on the wire.
const [file, port] = process.argv.slice(2);
const pages = new Map(
  Object.entries(JSON.parse(fs.readFileSync(file!, 'utf8')) as Record<string, string>).map(([k, v]) => {
    const body = Buffer.from(v);
    return [
      k,
      { body, gzip: zlib.gzipSync(body), etag: `"${createHash('sha256').update(body).digest('base64url')}"` },
    ] as const;
  }),
);
http
  .createServer((req, res) => {
    const page = pages.get(req.url ?? '');
    if (!page) {
      res.writeHead(404, { 'content-length': 0 });
      res.end();
      return;
    }
    if (req.headers['if-none-match'] === page.etag) {
      res.writeHead(304, { etag: page.etag });
      res.end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? page.gzip : page.body;
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      etag: page.etag,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'));
