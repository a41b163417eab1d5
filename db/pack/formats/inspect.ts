import path from 'node:path';
import type { RunSettings } from '../format';
import { isoDate, modelName, scoreOn, stderrOn } from './common';
import { isObject, pathText } from './parse';
import type { ReadFile, ReadResult } from './types';
import { decimalText } from './values';

// UK AISI Inspect eval logs (.json; the binary .eval is a zip: `inspect log dump` gives JSON).
// One log = one model on one task; results.scores[] holds each scorer's metrics, a `stderr`
// metric beside the value it belongs to. Only a finished log (status success) has final results.

export const isInspectLog = (v: unknown): boolean =>
  isObject(v) &&
  isObject(v.eval) &&
  typeof v.eval.task === 'string' &&
  typeof v.eval.model === 'string' &&
  isObject(v.results) &&
  Array.isArray(v.results.scores);

/** Metrics that describe the spread of the scores, not a score. */
const SPREAD = new Set(['stderr', 'std', 'var', 'variance']);
/** Inspect's fraction-valued metrics (its accuracy is the mean of 0/1 per sample). */
const FRACTIONS = new Set(['accuracy']);

export function readInspect(data: Record<string, unknown>, file: string): ReadFile {
  const ev = data.eval as Record<string, unknown>;
  const [provider, ...rest] = String(ev.model).split('/');
  // openai/azure/gpt-4o-mini: the provider, then the service it went through, then the model.
  const service = provider === 'openai' && rest.length > 1 && rest[0] === 'azure' ? rest.shift() : undefined;
  const named = modelName(rest.join('/'), 'eval.model');
  const task = String(ev.task).replace(/^inspect_evals\//, '');
  const config = isObject(ev.config) ? ev.config : {};
  const dataset = isObject(ev.dataset) ? ev.dataset : {};
  const plan = isObject(data.plan) && isObject(data.plan.config) ? data.plan.config : {};
  const generate = { ...(isObject(ev.model_generate_config) ? ev.model_generate_config : {}), ...plan };
  const packages = isObject(ev.packages) ? ev.packages : {};
  const runDate = isoDate(ev.created);
  const results = data.results as Record<string, unknown>;
  const settings: RunSettings = {
    harness: 'inspect_ai',
    harness_version: typeof packages.inspect_ai === 'string' ? packages.inspect_ai : '',
    host: service ? `${provider} (${service})` : (provider ?? ''),
    run_date: runDate,
  };
  const temperature = typeof generate.temperature === 'number' ? decimalText(generate.temperature) : null;
  if (temperature && Number(temperature) >= 0) settings.temperature = temperature;
  if (typeof generate.max_tokens === 'number' && Number.isInteger(generate.max_tokens) && generate.max_tokens >= 1)
    settings.max_output_tokens = String(generate.max_tokens);
  if (typeof config.epochs === 'number' && config.epochs > 1) settings.samples = String(config.epochs);
  const total = typeof dataset.samples === 'number' ? dataset.samples : null;

  const out: ReadFile = {
    file,
    format: 'inspect',
    model: named.model,
    ...(named.problem ? { modelProblem: named.problem } : {}),
    mode: null,
    source: { title: `Inspect log: ${path.basename(file)}`, published_at: runDate, kind: 'other' },
    results: [],
    skipped: [],
    errors: [],
  };
  if (data.status !== undefined && data.status !== 'success')
    out.errors.push({
      path: 'status',
      message: `the log's status is "${String(data.status)}": only a finished log (success) has final results`,
    });
  if (data.invalidated === true)
    out.errors.push({ path: 'invalidated', message: 'the log is marked invalidated: its results do not stand' });

  (results.scores as unknown[]).forEach((s, i) => {
    if (!isObject(s) || !isObject(s.metrics)) return;
    const scorer = typeof s.name === 'string' ? s.name : `scorer ${i}`;
    const metrics = s.metrics as Record<string, unknown>;
    const scored = typeof s.scored_samples === 'number' ? s.scored_samples : null;
    const items = scored ?? (typeof results.completed_samples === 'number' ? results.completed_samples : null);
    const own: RunSettings = { ...settings };
    // A part of the test set: a limit, or fewer items scored than the dataset holds.
    if (items !== null && items >= 1 && ((total !== null && items < total) || config.limit !== undefined))
      own.items_used = String(items);
    for (const [name, m] of Object.entries(metrics)) {
      const at = pathText(['results', 'scores', i, 'metrics', name, 'value']);
      if (SPREAD.has(name)) continue;
      if (!isObject(m)) continue;
      const scale = FRACTIONS.has(name) ? 'fraction' : 'score';
      const value = scoreOn(m.value, scale);
      if (!value.ok) {
        out.skipped.push({ path: at, reason: value.reason });
        continue;
      }
      const notes = [`scorer ${scorer}`];
      const std = isObject(metrics.std) ? metrics.std.value : undefined;
      if (std !== undefined && typeof std === 'number') notes.push(`std ${decimalText(std)}`);
      const result: ReadResult = {
        path: at,
        task: { name: task, path: 'eval.task' },
        candidates: [typeof dataset.name === 'string' ? dataset.name : ''].filter(Boolean),
        subset: '',
        partOf: '',
        isGroup: false,
        metric: scorer === name ? name : `${name} (${scorer})`,
        score: value.score,
        unit: value.unit,
        stderr: isObject(metrics.stderr) ? stderrOn(metrics.stderr.value, scale) : '',
        higherIsBetter: null,
        settings: own,
        notes,
      };
      out.results.push(result);
    }
  });
  if (out.results.length === 0 && out.errors.length === 0)
    out.errors.push({ path: 'results.scores', message: 'the log holds no scores' });
  return out;
}
