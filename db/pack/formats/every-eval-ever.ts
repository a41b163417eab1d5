import path from 'node:path';
import type { RunSettings } from '../format';
import { isoDate, modelName, scoreOn, stderrOn, unixDate } from './common';
import { isObject, pathText } from './parse';
import type { ReadFile, ReadResult } from './types';
import { squash } from './tasks';
import { decimalText, Printed } from './values';

// Every Eval Ever records (EvalEval): one model x one source, many results. The scale is stated
// by each result's metric_config (min_score, max_score): 0 to 1 is a fraction, 0 to 100 a percent.

export const isEveryEvalEver = (v: unknown): boolean =>
  isObject(v) && 'schema_version' in v && 'evaluation_id' in v && Array.isArray(v.evaluation_results);

export function readEveryEvalEver(data: Record<string, unknown>, file: string): ReadFile {
  const info = isObject(data.model_info) ? data.model_info : {};
  const meta = isObject(data.source_metadata) ? data.source_metadata : {};
  const library = isObject(data.eval_library) ? data.eval_library : {};
  const named = modelName(typeof info.id === 'string' ? info.id : info.name, 'model_info.id');
  const collection = String(data.evaluation_id).split('/')[0] ?? '';
  const runDate = dateOf(data.evaluation_timestamp);
  const retrieved = dateOf(data.retrieved_timestamp);
  const known = (v: unknown) => (typeof v === 'string' && v !== 'unknown' ? v : '');
  const common: RunSettings = {
    harness: known(library.name),
    harness_version: known(library.version),
    host: [known(info.inference_platform), known(info.inference_engine)].filter(Boolean).join(', '),
    run_date: runDate,
  };
  const out: ReadFile = {
    file,
    format: 'every-eval-ever',
    model: named.model,
    ...(named.problem ? { modelProblem: named.problem } : {}),
    mode: null,
    source: {
      title: known(meta.source_name) || `Every Eval Ever record: ${path.basename(file)}`,
      url: typeof meta.source_organization_url === 'string' ? withScheme(meta.source_organization_url) : '',
      publisher: known(meta.source_organization_name),
      published_at: runDate || retrieved,
      kind: meta.source_type === 'documentation' ? 'leaderboard' : 'other',
    },
    selfReported: meta.evaluator_relationship === 'first_party',
    results: [],
    skipped: [],
    errors: [],
  };
  const results = data.evaluation_results as unknown[];
  // Benchboard's own export carries each result's pack row: loaded back as it was.
  const ownExport = String(data.evaluation_id).startsWith('benchboard/') && isObject(meta.additional_details);
  if (ownExport) out.sourceRow = stringValues(meta.additional_details as Record<string, unknown>);
  // How many results name each dataset: a dataset shared by several is the benchmark, their names its parts.
  const datasetCount = new Map<string, number>();
  for (const r of results) {
    const d = isObject(r) && isObject(r.source_data) ? r.source_data.dataset_name : undefined;
    if (typeof d === 'string') datasetCount.set(d, (datasetCount.get(d) ?? 0) + 1);
  }
  results.forEach((r, i) => {
    if (!isObject(r)) return;
    const at = pathText(['evaluation_results', i, 'score_details', 'score']);
    const config = isObject(r.metric_config) ? r.metric_config : {};
    const details = isObject(r.score_details) ? r.score_details : {};
    const data = isObject(r.source_data) ? r.source_data : {};
    const [low, high] = [num(config.min_score), num(config.max_score)];
    const scale = low === 0 && high === 1 ? 'fraction' : low === 0 && high === 100 ? 'percent' : 'score';
    const value = scoreOn(details.score, scale);
    if (!value.ok) {
      out.skipped.push({ path: at, reason: value.reason });
      return;
    }
    const name = typeof r.evaluation_name === 'string' ? r.evaluation_name : '';
    const { task, subset } = benchmarkOf(r, datasetCount, results.length > 1);
    const gen =
      isObject(r.generation_config) && isObject(r.generation_config.generation_args)
        ? r.generation_config.generation_args
        : {};
    const settings: RunSettings = { ...common };
    const t = num(gen.temperature);
    if (t !== null && t >= 0) settings.temperature = decimalText(t) ?? '';
    const max = num(gen.max_tokens);
    if (max !== null && Number.isInteger(max) && max >= 1) settings.max_output_tokens = String(max);
    const uncertainty = isObject(details.uncertainty) ? details.uncertainty : {};
    const se = isObject(uncertainty.standard_error) ? uncertainty.standard_error.value : undefined;
    const items = num(uncertainty.num_samples);
    const notes: string[] = [];
    const description = typeof config.evaluation_description === 'string' ? config.evaluation_description : '';
    if (description) notes.push(description);
    if (items !== null) notes.push(`${items} samples scored`);
    const hfRepo = typeof data.hf_repo === 'string' ? data.hf_repo : '';
    const datasetName = typeof data.dataset_name === 'string' ? data.dataset_name : '';
    const metric =
      (typeof config.metric_name === 'string' && config.metric_name) ||
      (typeof config.metric_id === 'string' && config.metric_id) ||
      (/^pass@\d+/i.exec(description)?.[0] ?? (scale === 'fraction' ? 'accuracy' : 'score'));
    const carried = isObject(details.details) ? details.details : {};
    const pack = ownExport && typeof carried.source_id === 'string' ? stringValues(carried) : undefined;
    const result: ReadResult = {
      path: at,
      task: { name: task || collection, path: pathText(['evaluation_results', i, 'evaluation_name']) },
      candidates: [name, datasetName, hfRepo, collection].filter(Boolean),
      subset,
      partOf: '',
      isGroup: false,
      metric,
      score: value.score,
      unit: value.unit,
      stderr: se === undefined ? '' : stderrOn(se, scale),
      higherIsBetter: typeof config.lower_is_better === 'boolean' ? !config.lower_is_better : null,
      settings,
      notes,
      ...(pack ? { pack } : {}),
    };
    out.results.push(result);
  });
  return out;
}

/**
 * The benchmark and subset of a result: its evaluation_result_id ("mmlu_pro/biology"), else its
 * name's parts ("GAIA - GAIA Level 1", "MMLU-Pro (Biology)"), else the dataset several results
 * share (Global MMLU Lite's languages), else, for a record of several results each named only by
 * its part ("Hard Problems" in livecodebenchpro), none: the collection stands in. "overall" is no subset.
 */
function benchmarkOf(
  r: Record<string, unknown>,
  datasetCount: Map<string, number>,
  several: boolean,
): { task: string; subset: string } {
  const name = typeof r.evaluation_name === 'string' ? r.evaluation_name : '';
  const data = isObject(r.source_data) ? r.source_data : {};
  const dataset = typeof data.dataset_name === 'string' ? data.dataset_name : '';
  const id = typeof r.evaluation_result_id === 'string' ? r.evaluation_result_id : '';
  const clean = (subset: string) => (/^overall$/i.test(subset.trim()) ? '' : subset.trim());
  const idParts = /^([^/.]+)[/.](.+)$/.exec(id);
  if (idParts) return { task: idParts[1]!, subset: clean(idParts[2]!) };
  if (id) return { task: id, subset: '' };
  const parts = /^(.*?)(?: - (.+)| \((.+)\))$/.exec(name);
  if (parts) return { task: parts[1]!, subset: clean(parts[2] ?? parts[3] ?? '') };
  if (dataset && (datasetCount.get(dataset) ?? 0) > 1)
    return { task: dataset, subset: squash(name) === squash(dataset) ? '' : clean(name) };
  if (several && dataset === name && typeof data.hf_repo !== 'string') return { task: '', subset: clean(name) };
  return { task: name, subset: '' };
}

const stringValues = (o: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'string')) as Record<string, string>;

const num = (v: unknown): number | null =>
  typeof v === 'number'
    ? v
    : v instanceof Printed
      ? v.value
      : typeof v === 'string' && v.trim() !== ''
        ? Number(v)
        : null;

/** A timestamp as EEE writes it: Unix seconds (a number or text), or an ISO date. */
function dateOf(v: unknown): string {
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) return isoDate(v);
  return unixDate(v);
}

const withScheme = (url: string) => (/^https?:\/\//i.test(url) ? url : url ? `https://${url}` : '');
