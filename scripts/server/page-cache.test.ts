import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { cacheablePage, hashScripts, normalTarget, PAGE_CACHE_CONTROL } from './page-cache';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const N = 'Zk3vQ9uXW1b2c3d4e5f6gA';

describe('normalTarget', () => {
  it('resolves dot segments, sorts the parameters and drops the router cache-buster', () => {
    expect(normalTarget('/thinking?b=2&a=1&_rsc=xyz')).toBe('/thinking?a=1&b=2');
    expect(normalTarget('/api/%2e%2e/models')).toBe('/models');
    expect(normalTarget('/zh')).toBe('/zh');
    expect(normalTarget('/benchmarks/aime-24?mode=thinking&mode=all')).toBe(
      '/benchmarks/aime-24?mode=thinking&mode=all',
    );
    expect(normalTarget('//evil.example/')).toBeNull();
    expect(normalTarget('*')).toBeNull();
  });
});

describe('hashScripts', () => {
  it('hashes exactly the inline scripts that carry the nonce, with the nonce taken out of the page', () => {
    const render = [
      `<html><head><script nonce="${N}">(function(){theme()})()</script>`,
      `<script src="/_next/static/a.js" nonce="${N}" async=""></script></head><body>`,
      // A name from a pack that reached the HTML unescaped: no nonce, so never hashed.
      `<p><script>alert(1)</script></p>`,
      `<script nonce="${N}">self.__next_f.push([1,"{\\"nonce\\":\\"${N}\\"}"])</script></body></html>`,
    ].join('');
    const { html, hashes } = hashScripts(render, N);
    expect(html).not.toContain(N);
    expect(hashes).toEqual([sha('(function(){theme()})()'), sha('self.__next_f.push([1,"{\\"nonce\\":\\"\\"}"])')]);
    expect(hashes).not.toContain(sha('alert(1)'));
    // What the browser hashes is what is sent: the script as it stands in the page sent.
    expect(html).toContain('<script nonce="">self.__next_f.push([1,"{\\"nonce\\":\\"\\"}"])</script>');
  });

  it('a page with a script whose nonce is wrong hashes nothing of it', () => {
    expect(hashScripts(`<script nonce="other">x()</script>`, N).hashes).toEqual([]);
  });
});

describe('cacheablePage', () => {
  const policy = `default-src 'self'; script-src 'self' 'nonce-${N}' 'strict-dynamic'; frame-ancestors 'none'`;
  const html = `<!DOCTYPE html><html><head><script nonce="${N}">a()</script></head><body>x</body></html>`;

  it('keeps a rendered page under the hashes of its scripts, a strong tag and a shared-cache policy, gzipped', async () => {
    const page = await cacheablePage({
      status: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': policy,
        'cache-control': 'private, no-cache, no-store',
        vary: 'rsc, next-router-state-tree',
        'transfer-encoding': 'chunked',
      },
      body: Buffer.from(html),
    });
    expect(page.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(page.headers['content-security-policy']).toContain(`script-src 'self' 'sha256-${sha('a()')}';`);
    expect(page.headers['content-security-policy']).not.toContain('nonce');
    expect(page.headers['cache-control']).toBe(PAGE_CACHE_CONTROL);
    expect(page.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding');
    expect(page.headers['transfer-encoding']).toBeUndefined();
    const body = zlib.gunzipSync(page.gzip);
    expect(body.length).toBe(page.length);
    expect(body.toString()).not.toContain(N);
    expect(body.toString()).toContain('<script nonce="">a()</script>');
  });

  it('a not-found page is answered under hashes too, but not kept (no tag, no-store)', async () => {
    const page = await cacheablePage({
      status: 404,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy },
      body: Buffer.from(html),
    });
    expect(page.status).toBe(404);
    expect(page.etag).toBeUndefined();
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toContain('sha256-');
  });

  it('a redirect passes as it came', async () => {
    const page = await cacheablePage({ status: 308, headers: { location: '/thinking' }, body: Buffer.alloc(0) });
    expect(page.length).toBe(0);
    expect(page).toMatchObject({ status: 308, headers: { location: '/thinking', 'cache-control': 'no-store' } });
    expect(page.etag).toBeUndefined();
  });
});
