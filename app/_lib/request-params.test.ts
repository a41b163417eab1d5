import { describe, expect, it } from 'vitest';
import { MAX_PAGE, parseFilters } from './filters';
import { exportFilename, parseFiltersStrict, parsePaging, requestKey, searchParamsOf } from './request-params';

const params = (query: string) => searchParamsOf(`http://x/api/results${query}`);

describe('one page limit', () => {
  it('the filters and the API paging accept the same last page and refuse the next', () => {
    const last = params(`?page=${MAX_PAGE}`);
    expect(parseFiltersStrict(last).ok).toBe(true);
    expect(parsePaging(last)).toEqual({ ok: true, value: { page: MAX_PAGE, pageSize: 100 } });
    expect(parseFilters(last).problems).toEqual([]);
    const beyond = params(`?page=${MAX_PAGE + 1}`);
    const strict = parseFiltersStrict(beyond);
    expect(strict.ok).toBe(false);
    expect(!strict.ok && strict.problem.parameter).toBe('page');
    expect(parsePaging(beyond).ok).toBe(false);
  });
});

describe('requestKey', () => {
  it('does not depend on parameter order or unset values, and does on every set value', () => {
    expect(requestKey('/api/models', { family: 'Qwen3', open: 'yes', maxActive: undefined })).toBe(
      requestKey('/api/models', { open: 'yes', family: 'Qwen3' }),
    );
    expect(requestKey('/api/models', { family: 'Qwen3' })).not.toBe(requestKey('/api/models', { family: 'Qwen2.5' }));
    expect(requestKey('/api/models', { family: 'Qwen3' })).not.toBe(requestKey('/api/benchmarks', { family: 'Qwen3' }));
    // A value cannot pass for two (no separator to smuggle in).
    expect(requestKey('/x', { a: '1","b":"2' })).not.toBe(requestKey('/x', { a: '1', b: '2' }));
  });
});

describe('parsePaging', () => {
  it('names the refused parameter and what it accepts; an empty first value is not set', () => {
    expect(parsePaging(params('?pageSize=5000'))).toEqual({
      ok: false,
      problem: {
        parameter: 'pageSize',
        message: '"5000" is not accepted for pageSize: use a whole number from 1 to 1000',
      },
    });
    expect(parsePaging(params('?pageSize=0&page=x'))).toMatchObject({ ok: false, problem: { parameter: 'page' } });
    expect(parsePaging({ pageSize: ['', '5'] })).toEqual({ ok: true, value: { page: 1, pageSize: 100 } });
    expect(parsePaging(params('?pageSize=007&page=3'))).toEqual({ ok: true, value: { page: 3, pageSize: 7 } });
  });
});

describe('exportFilename', () => {
  const stamp = { version: 7, updatedAt: '2026-12-02T10:00:00.000Z' };
  const name = (query: string) => {
    const parsed = parseFiltersStrict(params(query));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    return exportFilename(parsed.value, stamp);
  };

  it('says what is inside and of which data', () => {
    expect(name('?benchmark=aime-24&mode=thinking')).toBe('benchboard-aime-24-thinking-data-2026-12-02-v7.csv');
    expect(name('')).toBe('benchboard-all-results-data-2026-12-02-v7.csv');
    expect(name('?models=qwen3-32b,deepseek-r1&budget=set')).toBe(
      'benchboard-qwen3-32b-deepseek-r1-with-budget-data-2026-12-02-v7.csv',
    );
    expect(name('?models=a,b,c,d,e')).toBe('benchboard-5-models-data-2026-12-02-v7.csv');
    expect(name('?open=no&maxActive=32&reporter=self&window=after-release')).toBe(
      'benchboard-closed-weights-max-32b-active-self-reported-items-after-release-data-2026-12-02-v7.csv',
    );
  });

  it('is ASCII letters, digits, dots and dashes whatever the filters hold, and not too long', () => {
    const long = encodeURIComponent('Table 9 '.repeat(20));
    const file = name(
      `?source=${encodeURIComponent('Qwen3 «blog» / 2025')}&table=${long}&version=${long}&metric=${long}&versionPrefix=${long}`,
    );
    expect(file).toMatch(/^benchboard-[a-z0-9.-]+\.csv$/);
    expect(file).toMatch(/^benchboard-qwen3-blog-2025-table-9-/);
    // At most 150 characters between "benchboard-" and the data stamp.
    expect(file.length).toBeLessThanOrEqual('benchboard-'.length + 150 + '-data-2026-12-02-v7.csv'.length);
    // "all" is no filter; an empty database has no date.
    expect(exportFilename({ mode: 'all' }, { version: 0, updatedAt: '' })).toBe('benchboard-all-results-data-v0.csv');
  });
});
