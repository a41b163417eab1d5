import { describe, expect, it } from 'vitest';
import { formatPackError, suggest } from './errors';

describe('formatPackError', () => {
  it('names file, line, column number and column name', () => {
    expect(
      formatPackError({
        file: 'results.csv',
        line: 12,
        column: 'score',
        columnNumber: 10,
        message: '"85%" has a % sign',
      }),
    ).toBe('results.csv, line 12, column 10 (score): "85%" has a % sign');
  });

  it('names a column without its number when only the name is known', () => {
    expect(formatPackError({ file: 'models.csv', line: 3, column: 'org', message: 'differs' })).toBe(
      'models.csv, line 3, column org: differs',
    );
  });

  it('names the character for encoding problems', () => {
    expect(formatPackError({ file: 'results.csv', line: 4, characterColumn: 17, message: 'not UTF-8' })).toBe(
      'results.csv, line 4, character 17: not UTF-8',
    );
  });

  it('leaves out the line when there is none (a missing file)', () => {
    expect(
      formatPackError({ file: 'pack/results.csv', line: 0, message: 'a pack folder must hold a results.csv' }),
    ).toBe('pack/results.csv: a pack folder must hold a results.csv');
  });
});

describe('suggest', () => {
  const known = ['DeepSeek-R1', 'Deepseek-R1', 'Qwen3-32B', 'qwen3-blog'];

  it('suggests the known name that differs only in case', () => {
    expect(suggest('deepseek-r1', known)).toBe(' (did you mean "DeepSeek-R1"?)');
    expect(suggest('QWEN3-32B', known)).toBe(' (did you mean "Qwen3-32B"?)');
  });

  it('ignores spaces, dashes and underscores', () => {
    expect(suggest('Qwen3 32B', known)).toBe(' (did you mean "Qwen3-32B"?)');
    expect(suggest('qwen3_blog', known)).toBe(' (did you mean "qwen3-blog"?)');
  });

  it('suggests the known name a typo or two away', () => {
    expect(suggest('DeepSek-R1', known)).toBe(' (did you mean "DeepSeek-R1"?)');
    expect(suggest('Qwen3-23B', known)).toBe(' (did you mean "Qwen3-32B"?)');
    expect(suggest('qwen3-blgo', known)).toBe(' (did you mean "qwen3-blog"?)');
  });

  it('suggests nothing for an unrelated name', () => {
    expect(suggest('Llama-4', known)).toBe('');
  });
});
