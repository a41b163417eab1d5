import { describe, expect, it } from 'vitest';
import { MAX_PAGE, parseFilters } from './filters';
import { parseFiltersStrict, parsePaging, requestKey, searchParamsOf } from './request-params';

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
