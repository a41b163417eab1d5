import { describe, expect, it } from 'vitest';
import { CATEGORIES, MODEL_KINDS, UNITS } from '@/db/pack/format';
import { csvHref, filterSchema, MODE_FILTERS, modelList, parseFilters, resultFilters, toQuery } from './filters';

describe('the filter schema', () => {
  it("takes its enums from the pack format's, so a value the format adds is a filter at once", () => {
    expect(filterSchema.shape.category.safeParse(CATEGORIES.at(-1)).success).toBe(true);
    for (const unit of UNITS) expect(filterSchema.shape.unit.parse(unit)).toBe(unit);
    for (const kind of MODEL_KINDS) expect(filterSchema.shape.kind.parse(kind)).toBe(kind);
    // The pack's n/a is no view's mode: thinking and non-thinking views keep n/a rows beside them.
    expect([...MODE_FILTERS]).toEqual(['all', 'thinking', 'non-thinking', 'base']);
    expect(filterSchema.shape.mode.safeParse('n/a').success).toBe(false);
  });

  it('reads the first of a repeated parameter, and an empty one as not set', () => {
    expect(filterSchema.parse({ benchmark: ['aime-24', 'aime-25'], version: '' })).toEqual({ benchmark: 'aime-24' });
  });
});

describe('parseFilters (pages)', () => {
  it('drops a bad value and says what was wrong, keeping the good ones', () => {
    const { filters, problems } = parseFilters({ benchmark: 'AIME 24', mode: 'thinking', unit: 'kelvin' });
    expect(filters).toEqual({ mode: 'thinking' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^benchmark: an id such as qwen3-32b/);
    expect(problems[1]).toMatch(/^unit: /);
  });

  it('accepts an empty URL as every result', () => {
    expect(parseFilters({})).toEqual({ filters: expect.any(Object), problems: [] });
    expect(resultFilters(parseFilters({}).filters)).toEqual({});
  });
});

describe('one spelling from the URL to the query', () => {
  it('resultFilters keeps the row-choosing filters, set ones only, in link order', () => {
    const parsed = parseFilters({ sort: 'model', page: '2', mode: 'thinking', benchmark: 'aime-24', dir: 'asc' });
    expect(Object.entries(resultFilters(parsed.filters))).toEqual([
      ['benchmark', 'aime-24'],
      ['mode', 'thinking'],
    ]);
  });

  it("csvHref links the view's rows whatever their order or page", () => {
    const { filters } = parseFilters({ page: '3', sort: 'score', benchmark: 'arena-hard', mode: 'thinking' });
    expect(csvHref(filters)).toBe('/export.csv?benchmark=arena-hard&mode=thinking');
    expect(csvHref({})).toBe('/export.csv');
    expect(csvHref({ models: 'qwen3-32b,deepseek-r1', reporter: 'independent' })).toBe(
      '/export.csv?models=qwen3-32b%2Cdeepseek-r1&reporter=independent',
    );
  });

  it('toQuery writes the set filters, an override replacing or removing one', () => {
    expect(toQuery({ benchmark: 'aime-24', family: '' }, { mode: 'base' })).toBe('?benchmark=aime-24&mode=base');
    expect(toQuery({ benchmark: 'aime-24' }, { benchmark: undefined })).toBe('');
  });

  it('modelList gives the chosen model ids in order, blanks dropped', () => {
    expect(modelList({ models: 'qwen3-32b,,deepseek-r1, ' })).toEqual(['qwen3-32b', 'deepseek-r1']);
    expect(modelList({})).toEqual([]);
  });
});
