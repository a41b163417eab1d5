import { describe, expect, it } from 'vitest';
import { hashPolicy, methodNotAllowed, METHODS, nonceOf, noncePolicy, pathKind, routedPath } from './edge';

describe('the edge', () => {
  it('classifies the path the router will route to, dot segments resolved however they are written', () => {
    const kind = (target: string) => pathKind(routedPath(target)!);
    expect(kind('/')).toBe('page');
    expect(kind('/api')).toBe('page'); // the reference page
    expect(kind('/api/results?x=1')).toBe('api');
    expect(kind('/api/%2e%2e/thinking')).toBe('page');
    expect(kind('/api/%2E%2E/benchmarks/aime-24')).toBe('page');
    expect(kind('/api/../models')).toBe('page');
    expect(kind('/charts/benchmark/aime-24.svg')).toBe('chart');
    expect(kind('/api/charts/benchmark/aime-24.svg')).toBe('chart');
    expect(kind('/charts/x')).toBe('page'); // a not-found page, never framed
    expect(kind('/export.csv')).toBe('export');
    expect(kind('/export/pack/results.csv')).toBe('export');
    expect(kind('/changes.atom')).toBe('feed');
    expect(kind('/zh/api')).toBe('page'); // the reference in Chinese
    expect(kind('/zh/api/results')).toBe('api'); // the API's own JSON 404 (issue 23, item 16)
    expect(kind('/zh/changes.atom')).toBe('page'); // a page's 404
    expect(kind('/_next/static/chunks/a.js')).toBe('static');
    expect(kind('/icon.svg')).toBe('static');
    expect(routedPath('//evil.example/')).toBeNull();
    expect(routedPath('*')).toBeNull();
  });

  it('answers a refused method with its Allow and a body that says what to use', () => {
    expect(METHODS.page).toEqual(['GET', 'HEAD']);
    const page = methodNotAllowed('page', 'POST');
    expect(page.allow).toBe('GET, HEAD');
    expect(page.body).toContain('use GET or HEAD');
    const api = methodNotAllowed('api', 'DELETE');
    expect(api.allow).toBe('GET, HEAD, OPTIONS');
    expect(api.type).toBe('application/json');
    expect(JSON.parse(api.body)).toEqual({ error: { message: expect.stringContaining('DELETE') } });
  });

  it('a page policy holds either a nonce or hashes, never both, never unsafe-inline', () => {
    const byNonce = noncePolicy('abc');
    expect(nonceOf(byNonce)).toBe('abc');
    expect(byNonce).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    const byHash = hashPolicy(['AAA=', 'BBB=']);
    expect(byHash).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB='; ");
    expect(nonceOf(byHash)).toBeUndefined();
    const scripts = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src '))!;
    for (const policy of [byNonce, byHash]) expect(scripts(policy)).not.toMatch(/unsafe-(inline|eval)/);
  });
});
