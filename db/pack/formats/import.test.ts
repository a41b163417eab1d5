import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cleanup, cleanupAll, count, dumpDb, seededDb, tempDir } from '../../../tests/helpers';
import type { Db } from '../../client';
import { formatPackError } from '../errors';
import { describeImport } from './describe';
import { importResultFiles, readResultFile } from './import';
import type { MapOptions } from './to-pack';

// Result files of each format, the project's own small ones (tests/fixtures/results/ and those
// written here), imported into a real SQLite database through the one loader.

afterEach(cleanup);
afterAll(cleanupAll);

const QWEN3_8B_RUN = path.join(process.cwd(), 'tests/fixtures/results/qwen3-8b-lm-eval-0.4.json');
const base: MapOptions = { user: 'alice' };

/** A result file written to a temp folder. */
function file(name: string, content: string | object): string {
  const target = path.join(tempDir('benchboard-results-'), name);
  fs.writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content, null, 1));
  return target;
}

type Stored = Record<string, string | number | null>;
function stored(db: Db, where = '1', ...params: unknown[]): Stored[] {
  return db.$client
    .prepare(
      `SELECT r.*, b.name AS canonical_benchmark, s.publisher, s.org AS source_org
       FROM results r JOIN benchmarks b ON b.id = r.benchmark_id JOIN sources s ON s.id = r.source_id
       WHERE ${where} ORDER BY r.id`,
    )
    .all(...params) as Stored[];
}
const messages = (report: { errors: Parameters<typeof formatPackError>[0][] }) => report.errors.map(formatPackError);

describe('an lm-evaluation-harness 0.4 run of Qwen3-8B', () => {
  const options = { ...base, newBenchmarks: new Map([['lambada_openai', 'reasoning' as const]]) };

  it('loads every metric as the file states it, on the model the file names', async () => {
    const { db } = await seededDb();
    const report = await importResultFiles(db, QWEN3_8B_RUN, options);
    expect(report.ok, messages(report).join('\n')).toBe(true);
    const rows = stored(db, "r.table_ref = 'qwen3-8b-lm-eval-0.4.json'");
    const by = (benchmark: string, metric: string, version = '') =>
      rows.find((r) => r.canonical_benchmark === benchmark && r.metric === metric && r.benchmark_version === version);
    // IFEval's four headline numbers kept apart; fractions as percent without invented digits.
    expect(
      ['prompt_level_strict_acc', 'inst_level_strict_acc', 'prompt_level_loose_acc', 'inst_level_loose_acc'].map(
        (m) => by('IFEval', m)?.score_text,
      ),
    ).toEqual(['81.15', '87.05', '83.55', '88.61']);
    // Filters kept apart; a NaN standard error is no standard error.
    expect(by('GSM8K', 'exact_match (strict-match)')).toMatchObject({ score_text: '73.12', unit: 'percent' });
    expect(by('GSM8K', 'exact_match (strict-match)')?.notes).toContain('standard error 1.22');
    expect(by('GSM8K', 'exact_match (flexible-extract)')?.notes).not.toContain('standard error');
    // The model page reads the settings from here.
    expect(by('GSM8K', 'exact_match (strict-match)')).toMatchObject({
      model_name: 'Qwen/Qwen3-8B',
      model_id: 'qwen3-8b',
      mode: 'non-thinking',
      harness: 'lm-evaluation-harness',
      harness_version: '0.4.9',
      n_shot: '5',
      items_used: '200',
      temperature: '0',
      max_output_tokens: '256',
      chat_template: 'yes',
      host: 'vllm',
      quantization: 'bfloat16',
      run_date: '2025-07-08',
    });
    // A group row, its subgroup and a subtask are three measurements, told apart by version.
    expect(by('MMLU', 'acc')).toMatchObject({ score_text: '72.64' });
    expect(by('MMLU', 'acc')?.notes).toContain('group');
    expect(by('MMLU', 'acc', 'stem')?.score_text).toBe('70.11');
    expect(by('MMLU', 'acc', 'abstract_algebra')?.notes).toContain('subtask of mmlu_stem');
    expect(by('BBH', 'acc_norm', 'navigate')?.n_shot).toBe('3');
    // Infinity is not loaded; the run counts as the user's, independent of the model's maker.
    expect(rows.some((r) => r.metric === 'perplexity')).toBe(false);
    expect(rows.every((r) => r.publisher === 'alice' && r.source_org === '')).toBe(true);
    expect(report.mapped!.plans[0]!.file.skipped.map((s) => s.path)).toEqual([
      'results.leaderboard_bbh',
      'results.lambada_openai["perplexity,none"]',
    ]);
  });

  it('is recorded as one load of the file, and loading it again changes nothing', async () => {
    const { db } = await seededDb();
    const loadsBefore = count(db, 'SELECT count(*) FROM loads');
    expect((await importResultFiles(db, QWEN3_8B_RUN, options)).ok).toBe(true);
    expect(count(db, 'SELECT count(*) FROM loads')).toBe(loadsBefore + 1);
    expect(count(db, 'SELECT count(*) FROM loads WHERE pack = ?', QWEN3_8B_RUN)).toBe(1);
    const again = await importResultFiles(db, QWEN3_8B_RUN, options);
    expect(again.ok).toBe(true);
    expect(Object.values(again.sources).every((c) => c.added === 0 && c.unchanged > 0)).toBe(true);
    expect(count(db, 'SELECT count(*) FROM loads')).toBe(loadsBefore + 1);
  });

  it('a dry run writes nothing and says what each result becomes and what did not map', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const report = await importResultFiles(db, QWEN3_8B_RUN, { ...options, dryRun: true });
    expect(report.ok).toBe(true);
    expect(dumpDb(db)).toEqual(before);
    const text = describeImport(report.mapped!);
    expect(text).toContain('model Qwen/Qwen3-8B (from model_name), mode non-thinking');
    expect(text).toMatch(
      /gsm8k +exact_match \(strict-match\) +73\.12 ± 1\.22 +percent +lm-evaluation-harness 0\.4\.9, 5-shot, 200 items/,
    );
    expect(text).toContain('results.lambada_openai["perplexity,none"]: the value is Infinity');
  });

  it('refuses an unmatched task with a did-you-mean and the option that adds it; nothing is written', async () => {
    const { db } = await seededDb();
    const before = dumpDb(db);
    const report = await importResultFiles(db, QWEN3_8B_RUN, base);
    expect(report.ok).toBe(false);
    expect(messages(report)).toEqual([
      `${QWEN3_8B_RUN}, at results.lambada_openai: "lambada_openai" is not a known benchmark or alias; to add it as a new benchmark, load with --new-benchmark "lambada_openai=<category>" (one of knowledge, reasoning, math, code, alignment, agent, multilingual, long-context)`,
    ]);
    expect(dumpDb(db)).toEqual(before);
  });

  it("--org names who ran it: the maker's own run is self-reported", async () => {
    const { db } = await seededDb();
    const report = await importResultFiles(db, QWEN3_8B_RUN, { ...options, org: 'Alibaba (Qwen Team)' });
    expect(report.ok).toBe(true);
    const rows = stored(db, "r.table_ref = 'qwen3-8b-lm-eval-0.4.json'");
    expect(rows.every((r) => r.source_org === 'Alibaba (Qwen Team)')).toBe(true);
  });
});

describe('lm-evaluation-harness 0.3', () => {
  const v03 = {
    results: {
      'hendrycksTest-anatomy': { acc: 0.4444, acc_stderr: 0.0429, acc_norm: 0.3333, acc_norm_stderr: 0.0407 },
      'hendrycksTest-virology': { acc: 0.4036, acc_stderr: 0.0382 },
    },
    versions: { 'hendrycksTest-anatomy': 0, 'hendrycksTest-virology': 0 },
    config: {
      model: 'hf-causal-experimental',
      model_args: 'pretrained=/home/me/ckpt/step-900,dtype=float16',
      num_fewshot: 5,
      limit: null,
    },
  };

  it('never takes a local path for a model name; --model names it', async () => {
    const { db } = await seededDb();
    const target = file('results.json', v03);
    const refused = await importResultFiles(db, target, base);
    expect(messages(refused)).toEqual([
      `${target}, at (the whole file): config.model_args is "/home/me/ckpt/step-900", a path on the machine that ran it, not a model's name; give the model's name with --model "<name>"`,
    ]);
    const report = await importResultFiles(db, target, { ...base, model: 'Qwen3-8B' });
    expect(report.ok, messages(report).join('\n')).toBe(true);
    const rows = stored(db, "r.table_ref = 'results.json'");
    expect(rows.map((r) => [r.canonical_benchmark, r.benchmark_version, r.metric, r.score_text, r.n_shot])).toEqual([
      ['MMLU', 'anatomy', 'acc', '44.44', '5'],
      ['MMLU', 'anatomy', 'acc_norm', '33.33', '5'],
      ['MMLU', 'virology', 'acc', '40.36', '5'],
    ]);
  });

  it('refuses an unknown model with a did-you-mean', async () => {
    const { db } = await seededDb();
    const target = file('results.json', {
      ...v03,
      config: { ...v03.config, model_args: 'pretrained=Qwen/qwen3-8b-instruct' },
    });
    const report = await importResultFiles(db, target, base);
    expect(messages(report)[0]).toMatch(
      /"Qwen\/qwen3-8b-instruct" is not a known model or alias \(did you mean ".+"\? then load with --model ".+"\); to add it as a new model, load with --new-model/,
    );
  });

  it('reads a lower-cased Hugging Face id as the model it names', async () => {
    const { db } = await seededDb();
    const target = file('results.json', { ...v03, config: { ...v03.config, model_args: 'pretrained=qwen/qwen3-8B' } });
    expect((await importResultFiles(db, target, base)).ok).toBe(true);
    expect(stored(db, "r.table_ref = 'results.json'")[0]).toMatchObject({
      model_id: 'qwen3-8b',
      model_name: 'qwen/qwen3-8B',
    });
  });
});

describe('Hugging Face model cards', () => {
  const card = (results: string) => `---
license: apache-2.0
model-index:
- name: Qwen3-8B
  results:
${results}
---
# A card

| Benchmark | Score |
`;
  const leaderboardV1 = `  - task: {type: text-generation}
    dataset: {name: MMLU (5-Shot), type: cais/mmlu, config: all, args: {num_few_shot: 5}}
    metrics:
    - {type: acc, value: 64.50, name: accuracy}
    source: {url: 'https://huggingface.co/spaces/HuggingFaceH4/open_llm_leaderboard?query=Qwen/Qwen3-8B', name: Open LLM Leaderboard}`;
  const own = `  - task: {type: text-generation}
    dataset: {name: GSM8K (8-shot), type: gsm8k}
    metrics:
    - {type: exact_match, value: "73.8%"}
    - {type: pass@1, value: "N/A"}
  - task: {type: text-generation}
    dataset: {name: IFEval, type: google/IFEval}
    metrics:
    - {type: prompt_level_strict_acc, value: 0.8060}
  - task: {type: text-generation}
    dataset: {name: meta-math/MetaMathQA, type: meta-math/MetaMathQA}
    metrics:
    - {type: ARC (25-shot), value: 66.89}`;

  it('reads a leaderboard block on its own scale, a % sign as percent, and keeps printed digits', async () => {
    const { db } = await seededDb();
    const target = file('README.md', card(`${leaderboardV1}\n${own}`));
    const report = await importResultFiles(db, target, base);
    expect(report.ok, messages(report).join('\n')).toBe(true);
    const rows = stored(db, "r.table_ref = 'README.md'");
    expect(rows.map((r) => [r.canonical_benchmark, r.metric, r.score_text, r.unit, r.n_shot])).toEqual([
      ['MMLU', 'acc', '64.50', 'percent', '5'],
      ['GSM8K', 'exact_match', '73.8', 'percent', '8'],
      ['IFEval', 'prompt_level_strict_acc', '0.8060', 'score', ''],
    ]);
    // The card's own numbers are its author's; the leaderboard's are the leaderboard's.
    expect(rows[0]).toMatchObject({ publisher: 'Open LLM Leaderboard', source_org: '' });
    expect(rows[1]).toMatchObject({ source_org: 'Alibaba (Qwen Team)' });
    expect(rows[2]!.notes).toContain('scale not stated by the card');
    const skipped = report.mapped!.plans[0]!.file.skipped;
    expect(skipped.map((s) => s.path)).toEqual([
      'model-index[0].results[1].metrics[1].value',
      'model-index[0].results[3].metrics[0].type',
    ]);
    expect(skipped[1]!.reason).toContain('names a benchmark, not a metric');
  });

  it('--scale fraction reads a plain 0-1 accuracy as a fraction', async () => {
    const { db } = await seededDb();
    const target = file('README.md', card(own));
    expect((await importResultFiles(db, target, { ...base, scale: 'fraction' })).ok).toBe(true);
    expect(stored(db, "r.metric = 'prompt_level_strict_acc'")[0]).toMatchObject({
      score_text: '80.60',
      unit: 'percent',
    });
  });

  it('reads .eval_results only with --model, and its date as the run date', async () => {
    const { db } = await seededDb();
    const yaml = `- dataset:\n    id: Idavidrein/gpqa\n    task_id: diamond\n  value: 0.412\n  date: '2026-05-23'\n  source:\n    url: https://example.org/card\n    name: Model Card\n`;
    const target = file('gpqa.yaml', yaml);
    expect(messages(await importResultFiles(db, target, base))[0]).toContain(
      "a .eval_results file does not name its model (it is the repository that holds it); give the model's name with --model",
    );
    const report = await importResultFiles(db, target, { ...base, model: 'Qwen3-8B', scale: 'fraction' });
    expect(report.ok, messages(report).join('\n')).toBe(true);
    expect(stored(db, "r.table_ref = 'gpqa.yaml'")[0]).toMatchObject({
      canonical_benchmark: 'GPQA-Diamond',
      score_text: '41.2',
      run_date: '2026-05-23',
    });
  });

  it('names a YAML mistake by its line', () => {
    const target = file('README.md', '---\nmodel-index:\n- name: x\n  results: [\n---\n');
    const read = readResultFile(target);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(formatPackError(read.error)).toMatch(/README\.md, line \d+, character \d+: not valid YAML/);
  });
});

describe('Inspect logs', () => {
  const log = (over: object = {}) => ({
    version: 2,
    status: 'success',
    eval: {
      task: 'inspect_evals/gpqa_diamond',
      model: 'openai/azure/Qwen3-8B',
      created: '2026-03-02T10:00:00+01:00',
      dataset: { name: 'gpqa_diamond', samples: 198 },
      config: { limit: 50, epochs: 4 },
      packages: { inspect_ai: '0.3.140' },
    },
    plan: { config: { temperature: 0.6, max_tokens: 32768 } },
    results: {
      total_samples: 50,
      completed_samples: 50,
      scores: [
        {
          name: 'choice',
          scorer: 'choice',
          scored_samples: 50,
          metrics: {
            accuracy: { name: 'accuracy', value: 0.62 },
            stderr: { name: 'stderr', value: NaN },
          },
        },
      ],
    },
    ...over,
  });
  const json = (v: object) => JSON.stringify(v, null, 1).replace(/null/g, 'NaN');

  it('loads a finished log with its sampling, provider and the part of the test set it ran', async () => {
    const { db } = await seededDb();
    const report = await importResultFiles(db, file('log.json', json(log())), base);
    expect(report.ok, messages(report).join('\n')).toBe(true);
    expect(stored(db, "r.table_ref = 'log.json'")[0]).toMatchObject({
      canonical_benchmark: 'GPQA-Diamond',
      metric: 'accuracy (choice)',
      score_text: '62',
      harness: 'inspect_ai',
      harness_version: '0.3.140',
      temperature: '0.6',
      max_output_tokens: '32768',
      samples: '4',
      items_used: '50',
      host: 'openai (azure)',
      run_date: '2026-03-02',
    });
  });

  it('refuses a log that did not finish, naming the path', async () => {
    const { db } = await seededDb();
    const target = file('log.json', json(log({ status: 'cancelled' })));
    expect(messages(await importResultFiles(db, target, base))).toEqual([
      `${target}, at status: the log's status is "cancelled": only a finished log (success) has final results`,
    ]);
  });

  it('refuses a binary .eval log with what to do', () => {
    const target = file('log.eval', 'PK\u0003\u0004rest');
    const read = readResultFile(target);
    expect(!read.ok && read.error.message).toContain('inspect log dump');
  });
});

describe('Every Eval Ever records', () => {
  const record = {
    schema_version: '0.3.0',
    evaluation_id: 'example-board/qwen_qwen3-8b/1770000000',
    retrieved_timestamp: '1770000000',
    source_metadata: {
      source_name: 'Example Board',
      source_type: 'documentation',
      source_organization_name: 'Example Org',
      evaluator_relationship: 'third_party',
    },
    model_info: { name: 'Qwen3-8B', id: 'qwen/qwen3-8b', additional_details: {} },
    eval_library: { name: 'lm-evaluation-harness', version: '0.4.9' },
    evaluation_results: [
      {
        evaluation_result_id: 'mmlu_pro/overall',
        evaluation_name: 'MMLU-Pro (overall)',
        source_data: { dataset_name: 'MMLU-Pro', source_type: 'hf_dataset', hf_repo: 'TIGER-Lab/MMLU-Pro' },
        metric_config: { lower_is_better: false, score_type: 'continuous', min_score: 0, max_score: 1 },
        score_details: { score: 0.6871, uncertainty: { standard_error: { value: 0.0042 } } },
      },
      {
        evaluation_result_id: 'mmlu_pro/law',
        evaluation_name: 'MMLU-Pro (Law)',
        source_data: { dataset_name: 'MMLU-Pro', source_type: 'hf_dataset', hf_repo: 'TIGER-Lab/MMLU-Pro' },
        metric_config: { lower_is_better: false, score_type: 'continuous', min_score: 0, max_score: 1 },
        score_details: { score: 'NaN' },
      },
    ],
  };

  it('reads the scale its metric_config states, subsets by result id, and names what it skips', async () => {
    const { db } = await seededDb();
    const report = await importResultFiles(db, file('record.json', record), base);
    expect(report.ok, messages(report).join('\n')).toBe(true);
    const rows = stored(db, "r.table_ref = 'record.json'");
    expect(rows.map((r) => [r.canonical_benchmark, r.benchmark_version, r.score_text, r.unit, r.harness])).toEqual([
      ['MMLU-Pro', '', '68.71', 'percent', 'lm-evaluation-harness'],
    ]);
    expect(rows[0]!.notes).toContain('standard error 0.42');
    expect(rows[0]).toMatchObject({ publisher: 'Example Org', source_org: '' });
    expect(report.mapped!.plans[0]!.file.skipped).toEqual([
      { path: 'evaluation_results[1].score_details.score', reason: 'the value is "NaN" (not a number)' },
    ]);
  });
});

describe('files that are not results', () => {
  it.each([
    ['schema.json', { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object' }, 'a JSON Schema'],
    ['details.json', { config_general: {}, results: { 'leaderboard|mmlu:anatomy|5': { acc: 0.5 } } }, 'lighteval'],
    ['stats.json', [{ name: { name: 'exact_match', split: 'test' }, count: 1, mean: 0.1 }], 'HELM'],
    ['other.json', { hello: 'world' }, 'not a results file'],
  ])('%s is refused with what it is', (name, content, what) => {
    const read = readResultFile(file(name, content));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toContain(what);
  });

  it('a broken JSON file is refused with the line and character', () => {
    const read = readResultFile(file('broken.json', '{\n  "results": {\n    "gsm8k": {"acc,none": 0.5,,}\n'));
    expect(!read.ok && formatPackError(read.error)).toMatch(/broken\.json, line 3, character \d+: not valid JSON/);
  });
});
