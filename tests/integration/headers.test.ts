import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { proxy } from '../../proxy';

// The security policies of proxy.ts, without a build. The production server's edge is checked in
// tests/integration/http-edge.test.ts, and the browser's view in e2e/security.spec.ts.

const nonceOf = (policy: string | null | undefined) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

describe('proxy.ts', () => {
  test('a page gets a fresh nonce, the same in the policy Next reads and the one it sends', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const response = proxy(new NextRequest('http://localhost/benchmarks/aime-24?mode=thinking'));
      const sent = response.headers.get('content-security-policy');
      // NextResponse.next({ request: { headers } }) hands the request headers on like this.
      expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(sent);
      const nonce = nonceOf(sent)!;
      expect(nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
      seen.add(nonce);
    }
    expect(seen.size).toBe(50);
  });

  test('the page policy', () => {
    const policy = proxy(new NextRequest('http://localhost/')).headers.get('content-security-policy')!;
    const nonce = nonceOf(policy)!;
    expect(policy.replace(nonce, 'N')).toBe(
      [
        "default-src 'self'",
        "script-src 'self' 'nonce-N' 'strict-dynamic'",
        "style-src 'self'",
        "style-src-attr 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
  });

  test('data responses (API, exports) allow nothing, and carry no nonce', () => {
    for (const url of ['/api/results', '/api/models?x=1', '/export.csv', '/export/pack/results.csv']) {
      const response = proxy(new NextRequest(`http://localhost${url}`));
      expect(response.headers.get('content-security-policy'), url).toBe(
        "default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      );
      expect(response.headers.get('x-middleware-request-content-security-policy'), url).toBeNull();
    }
  });

  test('chart files may style themselves (their own <style>) but run and load nothing', () => {
    for (const url of ['/charts/benchmark/arena-hard.svg?mode=thinking', '/api/charts/benchmark/aime-24.png']) {
      expect(proxy(new NextRequest(`http://localhost${url}`)).headers.get('content-security-policy'), url).toBe(
        "default-src 'none'; style-src 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors *",
      );
    }
  });

  test('only chart files may be framed: anything else under /charts is a page, framed by no one', () => {
    for (const url of ['/charts/x', '/charts/benchmark/a/b.svg', '/charts/', '/api/charts/x']) {
      const policy = proxy(new NextRequest(`http://localhost${url}`)).headers.get('content-security-policy')!;
      expect(policy, url).toContain("frame-ancestors 'none'");
    }
  });

  test('a path that does not decode is a 400, not Next’s 500', async () => {
    for (const url of ['/models/%E0%A4%A', '/benchmarks/%zz', '/export/pack/%C0%AF', '/%']) {
      const response = proxy(new NextRequest(`http://localhost${url}`));
      expect(response.status, url).toBe(400);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await response.text()).toContain('Bad Request');
    }
    expect(proxy(new NextRequest('http://localhost/models/%F0%9F%98%80')).status).toBe(200);
  });
});
