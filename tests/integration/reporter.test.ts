import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { packFileChunks } from '../../db/export';
import { formatPackError } from '../../db/pack/errors';
import { loadPack } from '../../db/pack/loader';
import { resultsSelect } from '../../db/queries/results';
import {
  SOURCE_HEADER,
  cleanup,
  cleanupAll,
  count,
  resultRow,
  resultsCsv,
  seededDb,
  tempDb,
  tempDir,
  writePack,
} from '../helpers';
import { exportPack } from '../../db/export';

afterEach(cleanup);
afterAll(cleanupAll);

// PACK-FORMAT, sources.csv `org`: a result is self-reported when its source's org is its model's
// org, else independent; a source without the org column: its publisher stands in for the org.

const row = (sourceId: string, model: string) =>
  resultRow({ source_id: sourceId, table: 'T', model, benchmark: "AIME'24", score: '50.0' });
const reporterOf = (db: Awaited<ReturnType<typeof seededDb>>['db'], sourceId: string, modelId: string) =>
  resultsSelect(db, { source: sourceId, models: modelId }).get()?.reporter;

describe('who reported a number', () => {
  it("Qwen's own numbers for Qwen models are self-reported, Qwen's numbers for others independent", async () => {
    const { db } = await seededDb();
    const rows = resultsSelect(db, { benchmark: 'arena-hard', source: 'qwen3-tech-report' }).all();
    const by = (model: string) => rows.find((r) => r.modelId === model)!.reporter;
    expect(by('qwen3-235b-a22b')).toBe('self');
    expect(by('deepseek-r1')).toBe('independent');
    expect(count(db, "SELECT count(*) FROM sources WHERE org = 'Alibaba (Qwen Team)'")).toBe(2);
  });

  it('by org when the column is there (empty org: independent), by publisher when it is not', async () => {
    const { db } = await seededDb();
    const withOrg = writePack({
      'sources.csv':
        `${SOURCE_HEADER},org\n` +
        'lab-card,A card,https://example.org/a,Someone,2025-06-01,model-card,Alibaba (Qwen Team)\n' +
        'board,A leaderboard,https://example.org/b,Alibaba (Qwen Team),2025-06-01,leaderboard,\n',
      'results.csv': resultsCsv(
        row('lab-card', 'Qwen3-32B'),
        row('board', 'Qwen3-32B'),
        row('lab-card', 'DeepSeek-R1'),
      ),
    });
    expect((await loadPack(db, withOrg)).ok).toBe(true);
    expect(reporterOf(db, 'lab-card', 'qwen3-32b')).toBe('self'); // org = model's org
    expect(reporterOf(db, 'board', 'qwen3-32b')).toBe('independent'); // org '' (publisher not used)
    expect(reporterOf(db, 'lab-card', 'deepseek-r1')).toBe('independent');

    const noOrg = writePack({
      'sources.csv':
        `${SOURCE_HEADER}\n` +
        'old-card,An old card,https://example.org/c,Alibaba (Qwen Team),2025-06-01,model-card\n' +
        'old-blog,An old blog,https://example.org/d,Qwen Team (Alibaba),2025-06-01,blog\n',
      'results.csv': resultsCsv(
        row('old-card', 'Qwen3-32B'),
        row('old-blog', 'Qwen3-32B'),
        row('old-card', 'DeepSeek-R1'),
      ),
    });
    const report = await loadPack(db, noOrg);
    expect(report.ok, JSON.stringify(report.errors)).toBe(true);
    expect(db.$client.prepare("SELECT org FROM sources WHERE id = 'old-card'").pluck().get()).toBeNull();
    expect(reporterOf(db, 'old-card', 'qwen3-32b')).toBe('self'); // publisher = model's org
    expect(reporterOf(db, 'old-blog', 'qwen3-32b')).toBe('independent'); // spelled otherwise
    expect(reporterOf(db, 'old-card', 'deepseek-r1')).toBe('independent');
  });

  it('an unknown model org never makes a number self-reported', async () => {
    const { db } = tempDb();
    const pack = writePack({
      'sources.csv': `${SOURCE_HEADER}\nsrc,Src,https://example.org,,2025-06-01,other\n`,
      'models.csv':
        'model,alias_of,org,architecture,total_params_b,active_params_b,layers,context_length_tokens,release_date,open_weights,license,source\nM,,,,,,,,,,,\n',
      'benchmarks.csv':
        "benchmark,alias_of,category,unit,higher_is_better,description,url\nAIME'24,,math,percent,yes,,\n",
      'results.csv': resultsCsv(row('src', 'M')),
    });
    expect((await loadPack(db, pack)).ok).toBe(true);
    expect(resultsSelect(db, {}).get()!.reporter).toBe('independent');
  });
});

describe('sources.csv org', () => {
  it('a stored source without org takes no change from a row whose org is its publisher', async () => {
    const { db } = await seededDb();
    const first = writePack({
      'sources.csv': `${SOURCE_HEADER}\nx,X,https://example.org,Lab X,2025-06-01,blog\n`,
      'results.csv': resultsCsv(),
    });
    expect((await loadPack(db, first)).ok).toBe(true);
    const same = writePack({
      'sources.csv': `${SOURCE_HEADER},org\nx,X,https://example.org,Lab X,2025-06-01,blog,Lab X\n`,
      'results.csv': resultsCsv(),
    });
    expect((await loadPack(db, same)).declarations.sources).toEqual({ added: 0, unchanged: 1, replaced: 0 });
    const other = writePack({
      'sources.csv': `${SOURCE_HEADER},org\nx,X,https://example.org,Lab X,2025-06-01,blog,\n`,
      'results.csv': resultsCsv(),
    });
    const conflict = await loadPack(db, other);
    expect(conflict.errors.map(formatPackError)).toEqual([
      'sources.csv, line 2, column 7 (org): source "x" is already stored with no org (the pack that declared it had no org column), and this row says ""; make the row match, or load with --replace',
    ]);
  });

  it('exports org, writing the publisher for a source loaded without it; the pack round-trips', async () => {
    const { db } = await seededDb();
    expect(
      (
        await loadPack(
          db,
          writePack({
            'sources.csv': `${SOURCE_HEADER}\nx,X,https://example.org,Lab X,2025-06-01,blog\n`,
            'results.csv': resultsCsv(),
          }),
        )
      ).ok,
    ).toBe(true);
    const text = [...packFileChunks(db, 'sources.csv')].join('');
    expect(text.split('\r\n')).toEqual([
      'source_id,title,url,publisher,published_at,kind,org',
      'qwen3-blog,"Qwen3: Think Deeper, Act Faster",https://qwenlm.github.io/blog/qwen3/,Qwen Team (Alibaba),2025-04-29,blog,Alibaba (Qwen Team)',
      'qwen3-tech-report,Qwen3 Technical Report (arXiv:2505.09388v1),https://arxiv.org/abs/2505.09388,Qwen Team (Alibaba),2025-05-14,tech-report,Alibaba (Qwen Team)',
      'x,X,https://example.org,Lab X,2025-06-01,blog,Lab X',
      '',
    ]);
    const dir = tempDir();
    await exportPack(db, dir);
    const again = await loadPack(db, dir);
    expect(again.ok).toBe(true);
    expect(again.declarations.sources).toEqual({ added: 0, unchanged: 3, replaced: 0 });
    expect(fs.readFileSync(path.join(dir, 'benchmark-facts.csv'), 'utf8').split('\r\n')[0]).toBe(
      'benchmark,benchmark_version,items,items_source,data_from,data_to,window_source,notes',
    );
  });
});
