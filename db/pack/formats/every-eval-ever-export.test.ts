import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cleanup, cleanupAll, count, seededDb, tempDb, tempDir } from '../../../tests/helpers';
import type { Db } from '../../client';
import { exportPack } from '../../export';
import { RESULT_COLUMNS, RUN_SETTING_COLUMNS } from '../format';
import { loadPack } from '../loader';
import { writeEeeRecords } from './every-eval-ever-export';
import { importResultFiles } from './import';

// The Every Eval Ever export, held to the schema itself (vendor/every-eval-ever/eval.schema.json,
// 0.3.0, MIT: vendored rather than a hand-written subset, so a field the schema requires or
// forbids is caught as the schema says), and loaded back to the same rows.

afterEach(cleanup);
afterAll(cleanupAll);

const SCHEMA = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'vendor/every-eval-ever/eval.schema.json'), 'utf8'));
const RUN = path.join(process.cwd(), 'tests/fixtures/results/qwen3-8b-lm-eval-0.4.json');

/** The bundled pack and a run with settings (and a benchmark of its own). */
async function dbWithRun(): Promise<Db> {
  const { db } = await seededDb();
  const report = await importResultFiles(db, RUN, {
    user: 'alice',
    newBenchmarks: new Map([['lambada_openai', 'reasoning' as const]]),
  });
  if (!report.ok) throw new Error(JSON.stringify(report.errors));
  return db;
}

const files = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));

/** Every result as its pack row, in a fixed order. */
function packRows(db: Db): string[] {
  const columns = [...RESULT_COLUMNS, ...RUN_SETTING_COLUMNS].map((c) =>
    c === 'table'
      ? 'table_ref'
      : c === 'model'
        ? 'model_name'
        : c === 'benchmark'
          ? 'benchmark_name'
          : c === 'score'
            ? 'score_text'
            : c,
  );
  return (
    db.$client
      .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM results`)
      .raw()
      .all() as unknown[][]
  )
    .map((r) => JSON.stringify(r))
    .sort();
}

describe('Every Eval Ever export', () => {
  it('writes one record per source and model, each valid against the 0.3.0 schema', async () => {
    const db = await dbWithRun();
    const dir = tempDir();
    const written = writeEeeRecords(db, {}, dir);
    expect(written.results).toBe(count(db, 'SELECT count(*) FROM results'));
    expect(written.records).toBe(count(db, 'SELECT count(*) FROM (SELECT DISTINCT source_id, model_id FROM results)'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(SCHEMA);
    for (const f of files(dir)) {
      const record = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      expect(validate(record), `${f}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    // The schema check can fail: a record without its required model_info does.
    expect(
      validate({ ...JSON.parse(fs.readFileSync(path.join(dir, files(dir)[0]!), 'utf8')), model_info: undefined }),
    ).toBe(false);
  });

  it('states the scale, the settings and who reported it, as the schema names them', async () => {
    const db = await dbWithRun();
    const dir = tempDir();
    writeEeeRecords(db, { models: 'qwen3-8b', benchmark: 'gsm8k' }, dir);
    const [only, ...rest] = files(dir);
    expect(rest).toEqual([]);
    const record = JSON.parse(fs.readFileSync(path.join(dir, only!), 'utf8'));
    expect(record.source_metadata).toMatchObject({
      source_type: 'evaluation_run',
      evaluator_relationship: 'third_party',
    });
    expect(record.eval_library).toEqual({ name: 'lm-evaluation-harness', version: '0.4.9' });
    const strict = record.evaluation_results.find(
      (r: { metric_config: { metric_name: string } }) => r.metric_config.metric_name === 'exact_match (strict-match)',
    );
    expect(strict).toMatchObject({
      metric_config: { metric_unit: 'percent', min_score: 0, max_score: 100, lower_is_better: false },
      score_details: { score: 73.12, details: { score: '73.12', n_shot: '5', items_used: '200' } },
      generation_config: { generation_args: { temperature: 0, max_tokens: 256 } },
      evaluation_timestamp: '2025-07-08',
    });
  });

  it('loads back to the same rows: into the database it came from as unchanged, into another as added', async () => {
    const db = await dbWithRun();
    const dir = tempDir();
    writeEeeRecords(db, {}, dir);
    const same = await importResultFiles(db, dir, { user: 'alice' });
    expect(same.ok, JSON.stringify(same.errors.slice(0, 3))).toBe(true);
    expect(Object.values(same.sources).every((c) => c.added === 0 && c.replaced === 0)).toBe(true);

    // Another database with the same declarations and no results.
    const pack = tempDir();
    await exportPack(db, pack);
    fs.writeFileSync(path.join(pack, 'results.csv'), `${RESULT_COLUMNS.join(',')}\n`);
    const { db: other } = tempDb();
    expect((await loadPack(other, pack)).ok).toBe(true);
    const report = await importResultFiles(other, dir, { user: 'bob' });
    expect(report.ok, JSON.stringify(report.errors.slice(0, 3))).toBe(true);
    expect(packRows(other)).toEqual(packRows(db));
  });
});
