import { describe, expect, it } from 'vitest';
import { entityTag, matchesIfNoneMatch } from './http-cache';

describe('entity tags', () => {
  it('are quoted, stable for the same parts and different for different ones', () => {
    const a = entityTag(7, '/charts/benchmark/arena-hard.svg?mode=thinking');
    expect(a).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(entityTag(7, '/charts/benchmark/arena-hard.svg?mode=thinking')).toBe(a);
    expect(entityTag(8, '/charts/benchmark/arena-hard.svg?mode=thinking')).not.toBe(a);
    // Parts are separated: ("ab", "c") is not ("a", "bc").
    expect(entityTag('ab', 'c')).not.toBe(entityTag('a', 'bc'));
  });

  it('If-None-Match matches the tag, a list holding it, its weak form and *', () => {
    const tag = entityTag('x');
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch('', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});
