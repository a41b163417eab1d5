import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  MODEL_KINDS,
  MODES,
  SOURCE_KINDS,
  UNITS,
  benchmarkRowSchema,
  cellKey,
  modelRowSchema,
  resultRowSchema,
  slugify,
  sourceRowSchema,
} from './format';

const validResult = {
  source_id: 'qwen3-tech-report',
  table: 'Table 11',
  model: 'Qwen3-235B-A22B',
  model_kind: 'hybrid',
  mode: 'thinking',
  thinking_budget_tokens: '',
  benchmark: "AIME'24",
  benchmark_version: '',
  metric: 'pass@1',
  score: '85.7',
  unit: 'percent',
  verified_by: '',
  notes: '',
};

/** The issues zod reports for a result row with some fields changed: [column, message]. */
function resultIssues(fields: Partial<typeof validResult>): [string, string][] {
  const parsed = resultRowSchema.safeParse({ ...validResult, ...fields });
  return parsed.success ? [] : parsed.error.issues.map((i) => [String(i.path[0]), i.message]);
}

const validModel = {
  model: 'Test-7B',
  alias_of: '',
  org: 'Test Org',
  architecture: 'dense',
  total_params_b: '7',
  active_params_b: '7',
  layers: '28',
  context_length_tokens: '32768',
  release_date: '2025-04-29',
  open_weights: 'yes',
  license: 'Apache-2.0',
  source: 'model card',
};

const validBenchmark = {
  benchmark: 'TestBench',
  alias_of: '',
  category: 'math',
  unit: 'percent',
  higher_is_better: 'yes',
  description: 'a test',
  url: 'https://example.org',
};

const validSource = {
  source_id: 'test-source',
  title: 'A test source',
  url: 'https://example.org',
  publisher: 'Test',
  published_at: '2025-04-29',
  kind: 'blog',
};

describe('score', () => {
  it.each(['72.50', '-3', '0', '85.7', '100', '0.9', '2056'])(
    'accepts the plain decimal "%s" with unit score',
    (score) => {
      const parsed = resultRowSchema.parse({ ...validResult, score, unit: 'score' });
      expect(parsed.score).toBe(score); // kept as printed, not reformatted
    },
  );

  it.each([
    ['1e3', 'not a plain number'],
    ['85%', 'has a % sign'],
    ['1,000', 'not a plain number'],
    [' 5', 'not a plain number'],
    ['5 ', 'not a plain number'],
    ['NaN', 'not a plain number'],
    ['Infinity', 'not a plain number'],
    ['-Infinity', 'not a plain number'],
    ['+5', 'not a plain number'],
    ['.5', 'not a plain number'],
    ['5.', 'not a plain number'],
    ['0x10', 'not a plain number'],
    ['', 'the score is empty'],
  ])('rejects "%s" in the score column, saying it %s', (score, words) => {
    const issues = resultIssues({ score, unit: 'score' });
    expect(issues).toHaveLength(1);
    expect(issues[0]![0]).toBe('score');
    expect(issues[0]![1]).toContain(words);
  });
});

describe('unit ranges', () => {
  it.each([
    ['percent', '0'],
    ['percent', '100'],
    ['percent', '0.4'],
    ['elo', '0'],
    ['elo', '2056'],
    ['elo', '4000'],
    ['score', '-3'],
    ['score', '12345'],
  ])('accepts unit %s with score %s', (unit, score) => {
    expect(resultIssues({ unit, score })).toEqual([]);
  });

  it.each([
    ['percent', '100.1', '0 to 100'],
    ['percent', '-0.5', '0 to 100'],
    ['percent', '850', '0 to 100'],
    ['elo', '4000.5', '0 to 4000'],
    ['elo', '-1', '0 to 4000'],
  ])('rejects unit %s with score %s (range %s)', (unit, score, range) => {
    const issues = resultIssues({ unit, score });
    expect(issues).toHaveLength(1);
    expect(issues[0]![0]).toBe('score');
    expect(issues[0]![1]).toContain(`outside the range of unit ${unit}`);
    expect(issues[0]![1]).toContain(range);
  });

  it('reports a bad mode and an out-of-range score of the same row together', () => {
    const issues = resultIssues({ mode: 'thinkin', score: '150' });
    expect(issues.map(([c]) => c).sort()).toEqual(['mode', 'score']);
  });
});

describe('enumerations', () => {
  it('lists exactly the values of PACK-FORMAT.md', () => {
    expect([...MODES]).toEqual(['thinking', 'non-thinking', 'base', 'n/a']);
    expect([...MODEL_KINDS]).toEqual(['base', 'instruct', 'reasoning', 'hybrid']);
    expect([...UNITS]).toEqual(['percent', 'elo', 'score']);
    expect([...CATEGORIES]).toEqual([
      'knowledge',
      'reasoning',
      'math',
      'code',
      'alignment',
      'agent',
      'multilingual',
      'long-context',
    ]);
    expect([...SOURCE_KINDS]).toEqual(['blog', 'tech-report', 'model-card', 'leaderboard', 'paper', 'other']);
  });

  it.each(MODES.map((m) => [m]))('accepts mode %s', (mode) => {
    expect(resultIssues({ mode })).toEqual([]);
  });

  it.each(['Thinking', 'think', 'na', 'N/A', ''])('rejects mode "%s" and lists the modes', (mode) => {
    const issues = resultIssues({ mode });
    expect(issues).toHaveLength(1);
    expect(issues[0]![0]).toBe('mode');
    expect(issues[0]![1]).toContain('is not a mode');
    expect(issues[0]![1]).toContain('"thinking", "non-thinking", "base", "n/a"');
  });

  it('trims outer spaces of a mode', () => {
    expect(resultRowSchema.parse({ ...validResult, mode: ' thinking ' }).mode).toBe('thinking');
  });

  it.each(['', ...MODEL_KINDS])('accepts model_kind "%s"', (kind) => {
    expect(resultIssues({ model_kind: kind })).toEqual([]);
  });

  it('rejects an unknown model_kind', () => {
    const issues = resultIssues({ model_kind: 'chat' });
    expect(issues).toEqual([['model_kind', expect.stringContaining('"chat" is not a model kind')]]);
  });

  it.each(UNITS.map((u) => [u]))('accepts unit %s', (unit) => {
    expect(resultIssues({ unit, score: '50' })).toEqual([]);
  });

  it.each(['Percent', '%', 'points', ''])('rejects unit "%s"', (unit) => {
    const issues = resultIssues({ unit });
    expect(issues).toEqual([['unit', expect.stringContaining('is not a unit; use one of "percent", "elo", "score"')]]);
  });

  it.each(CATEGORIES.map((c) => [c]))('accepts category %s', (category) => {
    expect(benchmarkRowSchema.safeParse({ ...validBenchmark, category }).success).toBe(true);
  });

  it('rejects an unknown category and says which are allowed', () => {
    const parsed = benchmarkRowSchema.safeParse({ ...validBenchmark, category: 'maths' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['category']);
    expect(parsed.error!.issues[0]!.message).toContain('"maths" is not a category');
    expect(parsed.error!.issues[0]!.message).toContain('"long-context"');
  });

  it('needs category, unit and higher_is_better on a benchmark but not on an alias row', () => {
    const bare = { ...validBenchmark, category: '', unit: '', higher_is_better: '' };
    const parsed = benchmarkRowSchema.safeParse(bare);
    expect(parsed.error!.issues.map((i) => i.path[0])).toEqual(['category', 'unit', 'higher_is_better']);
    expect(benchmarkRowSchema.safeParse({ ...bare, alias_of: 'MATH-500' }).success).toBe(true);
  });

  it('rejects an unknown source kind', () => {
    const parsed = sourceRowSchema.safeParse({ ...validSource, kind: 'website' });
    expect(parsed.error!.issues[0]!.message).toContain('"website" is not a source kind');
  });
});

describe('thinking budget', () => {
  it.each(['', '1', '8192', '32768'])('accepts "%s"', (budget) => {
    expect(resultIssues({ thinking_budget_tokens: budget })).toEqual([]);
  });

  it.each(['0', '-5', '1.5', 'abc', '08192', '8,192', '8K'])('rejects "%s" as not a whole number above 0', (budget) => {
    const issues = resultIssues({ thinking_budget_tokens: budget });
    expect(issues).toEqual([
      [
        'thinking_budget_tokens',
        `"${budget}" is not a thinking budget; write a whole number of tokens above 0, like 8192, or leave it empty`,
      ],
    ]);
  });
});

describe('dates', () => {
  it.each(['2025-04-29', '2024-02-29', ''])('accepts release_date "%s"', (date) => {
    expect(modelRowSchema.safeParse({ ...validModel, release_date: date }).success).toBe(true);
  });

  it.each(['2025-02-30', '2025-13-01', '2023-02-29', '2025-4-29', '29/04/2025', '2025-04-29T00:00', 'April 2025'])(
    'rejects "%s" in models.csv and sources.csv',
    (date) => {
      const model = modelRowSchema.safeParse({ ...validModel, release_date: date });
      expect(model.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
        ['release_date', `"${date}" is not a date; write it as YYYY-MM-DD, like 2025-04-29`],
      ]);
      const source = sourceRowSchema.safeParse({ ...validSource, published_at: date });
      expect(source.error!.issues.map((i) => i.path[0])).toEqual(['published_at']);
    },
  );
});

describe('model facts', () => {
  it('accepts empty facts (unknown, never zero) and decimal parameter counts', () => {
    const empty = Object.fromEntries(Object.keys(validModel).map((k) => [k, ''])) as typeof validModel;
    expect(modelRowSchema.safeParse({ ...empty, model: 'X' }).success).toBe(true);
    expect(modelRowSchema.safeParse({ ...validModel, total_params_b: '0.6', active_params_b: '0.6' }).success).toBe(
      true,
    );
  });

  it.each([
    ['architecture', 'dense-moe'],
    ['total_params_b', '7B'],
    ['layers', '28.5'],
    ['context_length_tokens', '128K'],
    ['open_weights', 'true'],
  ])('rejects %s "%s"', (column, value) => {
    const parsed = modelRowSchema.safeParse({ ...validModel, [column]: value });
    expect(parsed.error!.issues.map((i) => i.path[0])).toEqual([column]);
    expect(parsed.error!.issues[0]!.message).toContain(`"${value}"`);
  });
});

describe('required names', () => {
  it.each(['source_id', 'table', 'model', 'benchmark'] as const)('an empty %s is an error', (column) => {
    expect(resultIssues({ [column]: '  ' })).toEqual([[column, `${column} is empty; every row needs one`]]);
  });

  it('trims outer spaces of names', () => {
    const parsed = resultRowSchema.parse({ ...validResult, model: '  Qwen3-235B-A22B ', benchmark: " AIME'24" });
    expect(parsed.model).toBe('Qwen3-235B-A22B');
    expect(parsed.benchmark).toBe("AIME'24");
  });
});

describe('slugify', () => {
  it.each([
    ['Qwen3-235B-A22B', 'qwen3-235b-a22b'],
    ["AIME'24", 'aime-24'],
    ['Grok-3-Beta (Think)', 'grok-3-beta-think'],
    ['Qwen2.5-72B-Instruct', 'qwen2.5-72b-instruct'],
    ['OpenAI-o3-mini (medium)', 'openai-o3-mini-medium'],
    ['Arena-Hard', 'arena-hard'],
    ['MMLU-Redux', 'mmlu-redux'],
    ['Résumé Bench', 'resume-bench'],
    ['Dr. Test', 'dr-test'],
    ['!!!', 'item'],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('gives URL-safe slugs only', () => {
    for (const name of ['A/B', 'x?y#z', 'a b  c', 'GPT-4o-2024-11-20', 'v5 (2024.10-2025.02)']) {
      expect(slugify(name)).toMatch(/^[a-z0-9]+([.-][a-z0-9]+)*$/);
    }
  });
});

describe('cellKey', () => {
  const parts = {
    modelId: 'deepseek-r1',
    benchmarkId: 'arena-hard',
    benchmarkVersion: '',
    metric: 'score',
    mode: 'n/a',
    thinkingBudgetTokens: null,
  };

  it('is the same for the same measurement and differs when any part differs', () => {
    expect(cellKey(parts)).toBe(cellKey({ ...parts }));
    const variants = [
      { modelId: 'qwen3-32b' },
      { benchmarkId: 'aime-24' },
      { benchmarkVersion: 'v5' },
      { metric: 'pass@1' },
      { mode: 'thinking' },
      { thinkingBudgetTokens: 8192 },
    ];
    const keys = new Set(variants.map((v) => cellKey({ ...parts, ...v })));
    expect(keys.size).toBe(variants.length);
    expect(keys.has(cellKey(parts))).toBe(false);
  });

  it('cannot be confused by separators inside the parts', () => {
    expect(cellKey({ ...parts, benchmarkVersion: 'a","b', metric: '' })).not.toBe(
      cellKey({ ...parts, benchmarkVersion: 'a', metric: 'b' }),
    );
  });
});

describe('links in sources.csv and benchmarks.csv', () => {
  it('accept http(s) addresses and refuse javascript: and other schemes', () => {
    const source = { source_id: 's', title: 'T', url: '', publisher: '', published_at: '', kind: 'blog' };
    expect(sourceRowSchema.safeParse({ ...source, url: 'https://arxiv.org/abs/2505.09388' }).success).toBe(true);
    expect(sourceRowSchema.safeParse({ ...source, url: '' }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'arxiv.org/abs/1', 'https://a b']) {
      const result = sourceRowSchema.safeParse({ ...source, url });
      expect(result.success, url).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('is not a web address');
    }
  });
});
