import path from 'node:path';
import type { Mode, RunSettings } from '../format';
import { isFractionMetric, modelName, scoreOn, stderrOn, unixDate } from './common';
import { isObject, pathText } from './parse';
import type { ReadFile, ReadResult } from './types';
import { decimalText, Printed } from './values';

// EleutherAI lm-evaluation-harness results JSON, 0.3 ({results, versions, config}) and 0.4.x
// (results with "metric,filter" keys, configs, n-shot, n-samples, group_subtasks, ...). Fields and
// pitfalls: ../../../docs/importing.md, after the format notes that came with the examples.

/** Both shapes have results (an object of objects) and versions; 0.3 has config.num_fewshot. */
export function isLmEval(v: unknown): boolean {
  if (!isObject(v) || !isObject(v.results) || !('versions' in v)) return false;
  return Object.values(v.results).every(isObject) && !('config_general' in v);
}

/** Keys of a task's row that are not metrics. */
const NOT_METRICS = new Set(['alias', 'name', 'sample_len', 'sample_count', 'samples', ' ']);

export function readLmEval(data: Record<string, unknown>, file: string): ReadFile {
  const config = isObject(data.config) ? data.config : {};
  const args = modelArgs(config.model_args);
  const named = modelName(
    typeof data.model_name === 'string' ? data.model_name : (args.pretrained ?? args.model ?? args.peft ?? args.delta),
    typeof data.model_name === 'string' ? 'model_name' : 'config.model_args',
  );
  const version = str(data.lm_eval_version) || (str(data.git_hash) ? `git ${str(data.git_hash)}` : '');
  const backend = str(config.model);
  const transformers = str(data.transformers_version);
  const dtype = (str(args.dtype) || str(config.model_dtype)).replace(/^torch\./, '');
  const runDate = unixDate(data.date) || fileNameDate(file);
  const common: RunSettings = {
    harness: 'lm-evaluation-harness',
    harness_version: version,
    chat_template: 'chat_template' in data ? (data.chat_template ? 'yes' : 'no') : '',
    host: backend === 'hf' && transformers ? `hf (transformers ${transformers})` : backend,
    quantization: dtype === 'auto' ? '' : dtype,
    run_date: runDate,
  };
  const thinking = args.enable_thinking;
  const mode: Mode | null =
    thinking === true || thinking === 'True' || thinking === 'true'
      ? 'thinking'
      : thinking === false || thinking === 'False' || thinking === 'false'
        ? 'non-thinking'
        : null;

  const out: ReadFile = {
    file,
    format: 'lm-eval',
    model: named.model,
    ...(named.problem ? { modelProblem: named.problem } : {}),
    mode,
    source: {
      title: `lm-evaluation-harness run: ${path.basename(file)}`,
      published_at: runDate,
      kind: 'other',
    },
    results: [],
    skipped: [],
    errors: [],
  };
  const parents = parentsOf(data.group_subtasks);
  const groups = new Set(parents.values());
  const results = data.results as Record<string, Record<string, unknown>>;
  const obj = (key: string) => (isObject(data[key]) ? (data[key] as Record<string, unknown>) : {});
  const configs = obj('configs');
  const nShot = obj('n-shot');
  const nSamples = obj('n-samples');
  const higher = obj('higher_is_better');
  const versions = obj('versions');

  for (const [task, row] of Object.entries(results)) {
    const taskConfig = isObject(configs[task]) ? configs[task] : {};
    const top = topOf(task, parents);
    const isGroup = groups.has(task) || (isObject(data.groups) && task in data.groups);
    const settings: RunSettings = { ...common, ...taskSettings(task, taskConfig, config, nShot, nSamples) };
    const taskVersion = versions[task];
    const notes: string[] = [];
    if (taskVersion !== undefined && taskVersion !== null && taskVersion !== 'N/A')
      notes.push(`lm-eval task version ${taskVersion instanceof Printed ? taskVersion.text : String(taskVersion)}`);
    if (isGroup) notes.push(`group: the harness's aggregate of its subtasks`);
    if (top !== task) notes.push(`subtask of ${parents.get(task)}`);
    if (config.limit !== null && config.limit !== undefined && !settings.items_used)
      notes.push(`limit ${decimalText(config.limit as number) ?? String(config.limit)}`);
    if (' ' in row && Object.keys(row).every((k) => NOT_METRICS.has(k))) {
      out.skipped.push({ path: pathText(['results', task]), reason: 'a group row without an aggregate value' });
      continue;
    }
    for (const [key, value] of Object.entries(row)) {
      if (NOT_METRICS.has(key) || /_stderr(,|$)/.test(key)) continue;
      const at = pathText(['results', task, key]);
      const [metric = key, filter = ''] = key.split(',');
      if (metric === 'bypass') {
        out.skipped.push({ path: at, reason: 'bypass: a predict-only run has no score' });
        continue;
      }
      const scale = isFractionMetric(metric) ? 'fraction' : 'score';
      const scored = scoreOn(value, scale);
      if (!scored.ok) {
        out.skipped.push({ path: at, reason: scored.reason });
        continue;
      }
      const stderrKey = filter || key.includes(',') ? `${metric}_stderr,${filter}` : `${metric}_stderr`;
      const hib = isObject(higher[task]) ? higher[task][metric] : undefined;
      const result: ReadResult = {
        path: at,
        task: { name: task, path: pathText(['results', task]) },
        candidates: top !== task ? [top] : [],
        subset: top !== task ? task.replace(new RegExp(`^${escapeRe(top)}[_-]?`), '') : '',
        partOf: top !== task ? top : '',
        isGroup,
        metric: filter && filter !== 'none' ? `${metric} (${filter})` : metric,
        score: scored.score,
        unit: scored.unit,
        stderr: stderrOn(row[stderrKey], scale),
        higherIsBetter: typeof hib === 'boolean' ? hib : null,
        settings,
        notes,
      };
      out.results.push(result);
    }
  }
  if (Object.keys(results).length === 0) out.errors.push({ path: 'results', message: 'the file holds no results' });
  return out;
}

/** The settings of one task: shots, items run, sampling. */
function taskSettings(
  task: string,
  taskConfig: Record<string, unknown>,
  config: Record<string, unknown>,
  nShot: Record<string, unknown>,
  nSamples: Record<string, unknown>,
): RunSettings {
  const s: RunSettings = {};
  const shots = nShot[task] ?? taskConfig.num_fewshot ?? config.num_fewshot;
  const shotsText = typeof shots === 'number' || shots instanceof Printed ? decimalText(shots) : str(shots);
  if (shotsText && /^\d+$/.test(shotsText)) s.n_shot = shotsText;
  const counts = nSamples[task];
  if (isObject(counts) && typeof counts.effective === 'number' && typeof counts.original === 'number')
    if (counts.effective < counts.original && counts.effective >= 1) s.items_used = String(counts.effective);
  if (typeof taskConfig.repeats === 'number' && taskConfig.repeats > 1) s.samples = String(taskConfig.repeats);
  if (taskConfig.output_type === 'generate_until') {
    const gen = { ...kwargs(taskConfig.generation_kwargs), ...kwargs(config.gen_kwargs) };
    const temperature = gen.temperature;
    const t = typeof temperature === 'number' ? decimalText(temperature) : str(temperature);
    if (t && /^\d+(\.\d+)?$/.test(t)) s.temperature = t;
    const max = gen.max_gen_toks;
    const m = typeof max === 'number' ? String(max) : str(max);
    if (/^[1-9]\d*$/.test(m)) s.max_output_tokens = m;
  }
  return s;
}

/** group_subtasks as each subtask's group. */
function parentsOf(groupSubtasks: unknown): Map<string, string> {
  const parents = new Map<string, string>();
  if (!isObject(groupSubtasks)) return parents;
  for (const [group, tasks] of Object.entries(groupSubtasks))
    if (Array.isArray(tasks)) for (const t of tasks) if (typeof t === 'string' && t !== group) parents.set(t, group);
  return parents;
}

/** The outermost group of a task (mmlu for mmlu_formal_logic through mmlu_humanities). */
function topOf(task: string, parents: Map<string, string>): string {
  let top = task;
  const seen = new Set<string>();
  while (parents.has(top) && !seen.has(top)) {
    seen.add(top);
    top = parents.get(top)!;
  }
  return top;
}

/** model_args: "k=v,k=v" text or (newest) an object. */
function modelArgs(v: unknown): Record<string, unknown> {
  if (isObject(v)) return v;
  return kwargs(v);
}

/** "k=v,k=v" or an object, as an object (values as text, or as given). */
function kwargs(v: unknown): Record<string, unknown> {
  if (isObject(v)) return v;
  if (typeof v !== 'string') return {};
  const out: Record<string, unknown> = {};
  for (const part of v.split(',')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

/** results_2025-01-25T04-48-43.622918.json: the date of the run (local time, as named). */
function fileNameDate(file: string): string {
  const m = /(\d{4}-\d{2}-\d{2})T\d{2}-\d{2}-\d{2}/.exec(path.basename(file));
  return m ? m[1]! : '';
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
