import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_PACK, cleanup, resultRow, resultsCsv, tempDb, writePack } from '../../tests/helpers';
import { loadPack } from './loader';
import { formatReport } from './report';

afterEach(cleanup);

describe('formatReport', () => {
  it('says what a dry run would add, and that nothing was written', async () => {
    const { db } = tempDb();
    const report = await loadPack(db, BUNDLED_PACK, { dryRun: true });
    const text = formatReport(report, { pack: 'db/seed/qwen3', seconds: 1.25 });
    expect(text).toContain(
      '✓ Dry run: nothing was written. Would load db/seed/qwen3: 3,489 result rows checked in 1.3 s.',
    );
    expect(text).toContain('qwen3-tech-report  would be added 3,368, unchanged 0, would be replaced 0, conflicts 0');
    expect(text).toContain('qwen3-blog         would be added 121, unchanged 0, would be replaced 0, conflicts 0');
    expect(text).toMatch(/\n {2}models\.csv {11}would be added 75, unchanged 0, would be replaced 0\n/);
    expect(text).toContain('  benchmark-facts.csv  would be added 46, unchanged 0, would be replaced 0');
  });

  it('lists the errors as "file, line N, column M (name): message" and says nothing was written', async () => {
    const { db } = tempDb();
    await loadPack(db, BUNDLED_PACK); // so the rows' names are known and only the mode is wrong
    const rows = ['A', 'B', 'C', 'D'].map((table) => resultRow({ table, mode: 'x' }));
    const pack = writePack({ 'results.csv': resultsCsv(...rows) });
    const report = await loadPack(db, pack, { maxErrors: 2 });
    const text = formatReport(report, { pack: 'p', seconds: 0 });
    expect(text.split('\n')[0]).toBe('✗ p: 4 errors; nothing was written.');
    expect(text).toContain('  results.csv, line 2, column 5 (mode): "x" is not a mode;');
    expect(text).toContain('  … and 2 more errors of the same kinds.');
  });

  it('also names unknown models, benchmarks and sources on rows that fail for another reason', async () => {
    const { db } = tempDb();
    await loadPack(db, BUNDLED_PACK);
    const pack = writePack({
      'results.csv': resultsCsv(resultRow({ model: 'qwen3-32b', benchmark: 'AIME24', score: '85%' })),
    });
    const text = formatReport(await loadPack(db, pack), { pack: 'p', seconds: 0 });
    expect(text).toContain('line 2, column 10 (score): "85%" has a % sign');
    expect(text).toContain(
      'line 2, column 3 (model): "qwen3-32b" is not a known model or alias (did you mean "Qwen3-32B"?)',
    );
    expect(text).toContain(
      'line 2, column 7 (benchmark): "AIME24" is not a known benchmark or alias (did you mean "AIME\'24"?)',
    );
    expect(text).not.toContain('Results by source');
  });

  it('suggests the model a typo away, on every row that names it', async () => {
    const { db } = tempDb();
    await loadPack(db, BUNDLED_PACK);
    const rows = ['A', 'B'].map((table) => resultRow({ table, model: 'Qwen3-23B' }));
    const report = await loadPack(db, writePack({ 'results.csv': resultsCsv(...rows) }));
    expect(report.errors.map((e) => e.message)).toEqual([
      '"Qwen3-23B" is not a known model or alias (did you mean "Qwen3-32B"?); declare it in the pack\'s models.csv or fix the spelling',
      '"Qwen3-23B" is not a known model or alias (did you mean "Qwen3-32B"?); declare it in the pack\'s models.csv or fix the spelling',
    ]);
  });
});
