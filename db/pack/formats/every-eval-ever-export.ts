import fs from 'node:fs';
import path from 'node:path';
import { asc } from 'drizzle-orm';
import type { ResultFilters } from '../../../lib/filters';
import type { Db } from '../../client';
import { iterateRaw, resultsSelect, type ScoreRow } from '../../queries/results';
import { results } from '../../schema';
import { RESULT_COLUMNS, RUN_SETTING_COLUMNS } from '../format';

// Results as Every Eval Ever records (schema 0.3.0, vendor/every-eval-ever/): one record per
// source and model, as the schema has it, each result with its pack row in score_details.details
// (strings, as the schema allows), so that loading the records back gives the same rows: the
// score as printed ("72.50"), the names as the source printed them, the settings.

export const EEE_SCHEMA_VERSION = '0.3.0';

/** Where the pack columns of a result sit in its record. */
type Details = Record<string, string>;

export type EeeRecord = {
  schema_version: string;
  evaluation_id: string;
  retrieved_timestamp: string;
  source_metadata: Record<string, unknown>;
  model_info: Record<string, unknown>;
  eval_library: { name: string; version: string };
  evaluation_results: Record<string, unknown>[];
};

/** The pack column of each result field the records carry, by ScoreRow key. */
const PACK_OF: Record<string, keyof ScoreRow> = {
  source_id: 'sourceId',
  table: 'tableRef',
  model: 'modelPrinted',
  model_kind: 'modelKind',
  mode: 'mode',
  thinking_budget_tokens: 'budget',
  benchmark: 'benchmarkPrinted',
  benchmark_version: 'version',
  metric: 'metric',
  score: 'scoreText',
  unit: 'unit',
  verified_by: 'verifiedBy',
  notes: 'notes',
  harness: 'harness',
  harness_version: 'harnessVersion',
  n_shot: 'nShot',
  samples: 'samples',
  items_used: 'itemsUsed',
  temperature: 'temperature',
  max_output_tokens: 'maxOutputTokens',
  chat_template: 'chatTemplate',
  host: 'host',
  quantization: 'quantization',
  run_date: 'runDate',
};

const RANGE: Record<string, [number, number] | [null, null]> = {
  percent: [0, 100],
  elo: [0, 4000],
  score: [null, null],
};

/**
 * The records of a view's results (every result: no filters), one per source and model, in
 * source and model order. `retrieved` is the record's creation time (Unix seconds as text).
 */
export function* eeeRecords(db: Db, f: ResultFilters, retrieved: string): Generator<EeeRecord> {
  const sqlite = db.$client;
  const benchmark = new Map(
    (sqlite.prepare('SELECT id, url, higher_is_better FROM benchmarks').raw().all() as [string, string, string][]).map(
      ([id, url, higher]) => [id, { url, higher }],
    ),
  );
  const source = new Map(
    (
      sqlite.prepare('SELECT id, url, kind, published_at, org FROM sources').raw().all() as [
        string,
        string,
        string,
        string,
        string | null,
      ][]
    ).map(([id, url, kind, publishedAt, org]) => [id, { url, kind, publishedAt, org }]),
  );
  const query = resultsSelect(db, f).orderBy(asc(results.sourceId), asc(results.modelId), asc(results.id));
  const keys = Object.keys(query._.selectedFields) as (keyof ScoreRow)[];
  const { sql, params } = query.toSQL();
  let group: ScoreRow[] = [];
  const flush = () => {
    const out = group.length > 0 ? record(group, benchmark, source, retrieved) : null;
    group = [];
    return out;
  };
  for (const raw of iterateRaw(sqlite, sql, params)) {
    const row = Object.fromEntries(keys.map((k, i) => [k, raw[i]])) as ScoreRow;
    const last = group[group.length - 1];
    if (last && (last.sourceId !== row.sourceId || last.modelId !== row.modelId)) yield flush()!;
    group.push(row);
  }
  const rest = flush();
  if (rest) yield rest;
}

/**
 * Writes a view's records as files, <dir>/<source id>/<model id>.json, each record whole; the
 * record's creation time is the data version's (so the same data gives the same files).
 */
export function writeEeeRecords(db: Db, f: ResultFilters, dir: string): { records: number; results: number } {
  const updated = db.$client.prepare('SELECT updated_at FROM data_version WHERE id = 1').pluck().get() as
    string | undefined;
  const retrieved = String(Math.floor(Date.parse(updated ?? '1970-01-01T00:00:00Z') / 1000));
  let records = 0;
  let count = 0;
  for (const r of eeeRecords(db, f, retrieved)) {
    const [, sourceId, modelId] = r.evaluation_id.split('/');
    const folder = path.join(dir, safeName(sourceId!));
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `${safeName(modelId!)}.json`), `${JSON.stringify(r, null, 2)}\n`);
    records++;
    count += r.evaluation_results.length;
  }
  return { records, results: count };
}

/** A source id or model id as a file name (ids are slugs, source ids free text). */
const safeName = (id: string) => id.replace(/[^A-Za-z0-9._-]+/g, '_');

function record(
  rows: ScoreRow[],
  benchmarks: Map<string, { url: string; higher: string }>,
  sources: Map<string, { url: string; kind: string; publishedAt: string; org: string | null }>,
  retrieved: string,
): EeeRecord {
  const first = rows[0]!;
  const s = sources.get(first.sourceId)!;
  const harnesses = new Set(rows.map((r) => `${r.harness}\u0000${r.harnessVersion}`));
  const [harness = '', version = ''] = harnesses.size === 1 ? [...harnesses][0]!.split('\u0000') : [];
  return {
    schema_version: EEE_SCHEMA_VERSION,
    evaluation_id: `benchboard/${first.sourceId}/${first.modelId}`,
    retrieved_timestamp: retrieved,
    source_metadata: {
      source_name: first.sourceTitle,
      source_type: s.kind === 'other' && harness ? 'evaluation_run' : 'documentation',
      source_organization_name: first.sourcePublisher,
      evaluator_relationship: first.reporter === 'self' ? 'first_party' : 'third_party',
      // The source as sources.csv declares it ('' org: an independent evaluator; none: not stated).
      additional_details: {
        source_id: first.sourceId,
        title: first.sourceTitle,
        url: s.url,
        publisher: first.sourcePublisher,
        published_at: s.publishedAt,
        kind: s.kind,
        ...(s.org === null ? {} : { org: s.org }),
      },
    },
    model_info: {
      name: first.model,
      id: first.model,
      developer: first.org,
      additional_details: {
        deployment_type: 'unknown',
        model_availability:
          first.openWeights === 'yes' ? 'open_weights' : first.openWeights === 'no' ? 'closed_weights' : 'unknown',
        benchboard_model_id: first.modelId,
      },
    },
    // One library for the record where its results agree; per result it is in the details.
    eval_library: { name: harness || 'unknown', version: version || 'unknown' },
    evaluation_results: rows.map((r) => result(r, benchmarks.get(r.benchmarkId))),
  };
}

function result(r: ScoreRow, b: { url: string; higher: string } | undefined): Record<string, unknown> {
  const [min, max] = RANGE[r.unit] ?? [null, null];
  const details: Details = {};
  for (const c of [...RESULT_COLUMNS, ...RUN_SETTING_COLUMNS]) {
    const v = r[PACK_OF[c]!];
    if (v !== null && v !== '') details[c] = String(v);
  }
  const generation: Record<string, number> = {};
  if (r.temperature !== '') generation.temperature = Number(r.temperature);
  if (r.maxOutputTokens !== '') generation.max_tokens = Number(r.maxOutputTokens);
  return {
    evaluation_result_id: `${r.benchmarkId}/${r.id}`,
    evaluation_name: [r.benchmark, r.version].filter(Boolean).join(' - '),
    source_data: b?.url
      ? { dataset_name: r.benchmark, source_type: 'url', url: [b.url] }
      : { dataset_name: r.benchmark, source_type: 'other' },
    ...(r.runDate ? { evaluation_timestamp: r.runDate } : {}),
    metric_config: {
      evaluation_description: r.metric,
      metric_name: r.metric || 'score',
      metric_unit: r.unit,
      lower_is_better: b?.higher === 'no',
      score_type: 'continuous',
      min_score: min,
      max_score: max,
    },
    score_details: { score: r.score, details },
    ...(Object.keys(generation).length > 0 ? { generation_config: { generation_args: generation } } : {}),
  };
}
