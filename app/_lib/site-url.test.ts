import { afterEach, describe, expect, it } from 'vitest';
import { siteUrl, siteUrlOf } from './site-url';

describe('siteUrl', () => {
  const saved = { SITE_URL: process.env.SITE_URL, PORT: process.env.PORT };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('is SITE_URL when it is set, without a trailing slash, whatever the request says', () => {
    process.env.SITE_URL = 'https://benchboard.example.org/';
    expect(siteUrl({ host: 'other.example:8080' })).toBe('https://benchboard.example.org');
  });

  it('is the address the request reached when SITE_URL is unset', () => {
    delete process.env.SITE_URL;
    expect(siteUrl({ host: '127.0.0.1:4123' })).toBe('http://127.0.0.1:4123');
    expect(siteUrl({ host: 'Dash.Example.org', proto: 'https' })).toBe('https://dash.example.org');
    expect(siteUrl({ host: '[::1]:3300', proto: 'https, http' })).toBe('https://[::1]:3300');
    expect(siteUrlOf(new Headers({ host: 'localhost:3412' }))).toBe('http://localhost:3412');
  });

  it("falls back to this process's port, never to a host that is not a host", () => {
    delete process.env.SITE_URL;
    process.env.PORT = '3412';
    expect(siteUrl()).toBe('http://localhost:3412');
    for (const host of ['evil.example/x', 'a b', '"><script>', 'host:99999999', '', 'a..b'])
      expect(siteUrl({ host })).toBe('http://localhost:3412');
    expect(siteUrl({ host: 'ok.example', proto: 'gopher' })).toBe('http://ok.example');
  });
});
