import path from 'node:path';
import type { RunSettings, SourceRow } from '../format';
import { isFractionMetric, isoDate, modelName, scoreOn } from './common';
import { isObject, pathText } from './parse';
import type { ReaderOptions, ReadFile, ReadResult } from './types';
import { decimalText, Printed } from './values';

// Hugging Face model cards: the `model-index` of a README's YAML front matter, and the newer
// `.eval_results/*.yaml` (a list of {dataset: {id, task_id}, value, date, source, notes}).
//
// Neither format states its scale. Open LLM Leaderboard blocks are read on the leaderboard's own
// scale (v1: percent; v2: normalised scores, unit score); a value with a % sign is a percent;
// any other number is kept as printed with unit score unless the user says --scale.

export const isModelIndex = (v: unknown): boolean => isObject(v) && Array.isArray(v['model-index']);

export const isEvalResults = (v: unknown): boolean =>
  Array.isArray(v) && v.length > 0 && v.every((e) => isObject(e) && isObject(e.dataset) && 'value' in e);

const LEADERBOARD_V1 = /huggingfaceh4\/open_llm_leaderboard/i;
const LEADERBOARD_V2 = /open-llm-leaderboard\/open_llm_leaderboard/i;
const SHOTS = /\((\d+)[- ]shots?\)/i;

type Scale = 'fraction' | 'percent' | 'score';

export function readModelIndex(data: Record<string, unknown>, file: string, options: ReaderOptions = {}): ReadFile {
  const entries = data['model-index'] as unknown[];
  const first = isObject(entries[0]) ? entries[0] : {};
  const named = modelName(first.name, 'model-index[0].name');
  const out: ReadFile = {
    file,
    format: 'model-index',
    model: named.model,
    ...(named.problem ? { modelProblem: named.problem } : {}),
    mode: null,
    source: {
      title: `Model card: ${typeof first.name === 'string' ? first.name : path.basename(file)}`,
      kind: 'model-card',
    },
    selfReported: true,
    results: [],
    skipped: [],
    errors: [],
  };
  const names = new Set(entries.map((e) => (isObject(e) ? e.name : undefined)));
  if (names.size > 1)
    out.errors.push({
      path: 'model-index',
      message: `the card names ${names.size} models (${[...names].join(', ')}); split it into one file per model`,
    });
  entries.forEach((entry, e) => {
    const results = isObject(entry) && Array.isArray(entry.results) ? entry.results : [];
    if (results.length === 0)
      out.skipped.push({ path: pathText(['model-index', e, 'results']), reason: 'no results (an empty list)' });
    results.forEach((r, i) => {
      const at = ['model-index', e, 'results', i] as (string | number)[];
      if (!isObject(r)) return;
      const dataset = isObject(r.dataset) ? r.dataset : {};
      const source = isObject(r.source) ? r.source : null;
      const url = typeof source?.url === 'string' ? source.url : '';
      const v2 = LEADERBOARD_V2.test(url);
      const v1 = LEADERBOARD_V1.test(url);
      const type = text(dataset.type);
      const displayName = text(dataset.name);
      const config = text(dataset.config);
      const args = isObject(dataset.args) ? dataset.args : {};
      const shots = args.num_few_shot ?? SHOTS.exec(displayName)?.[1];
      const settings: RunSettings = {};
      const shotText = typeof shots === 'number' || shots instanceof Printed ? decimalText(shots) : text(shots);
      if (shotText && /^\d+$/.test(shotText)) settings.n_shot = shotText;
      const ownSource: Partial<SourceRow> | undefined = source
        ? {
            title: text(source.name) || url,
            url,
            publisher: text(source.name),
            kind: v1 || v2 ? 'leaderboard' : 'other',
            org: '',
          }
        : undefined;
      const metrics = Array.isArray(r.metrics) ? r.metrics : [];
      metrics.forEach((m, j) => {
        const mPath = pathText([...at, 'metrics', j, 'value']);
        if (!isObject(m)) return;
        const metric = text(m.type) || text(m.name);
        if (SHOTS.test(metric)) {
          out.skipped.push({
            path: pathText([...at, 'metrics', j, 'type']),
            reason: `the metric type "${metric}" names a benchmark, not a metric (under dataset "${type || displayName}"); not read`,
          });
          return;
        }
        const scale: Scale = v1
          ? 'percent'
          : v2
            ? 'score'
            : options.scale === 'fraction' && isFractionMetric(metric)
              ? 'fraction'
              : (options.scale ?? 'score');
        const scored = scoreOn(m.value, scale);
        if (!scored.ok) {
          out.skipped.push({ path: mPath, reason: scored.reason });
          return;
        }
        const notes: string[] = [];
        if (v2) notes.push('Open LLM Leaderboard v2: a normalised score, not raw accuracy');
        if (scale === 'score' && !v2 && scored.unit === 'score')
          notes.push('scale not stated by the card: kept as printed (--scale percent or fraction reads it as one)');
        const result: ReadResult = {
          path: mPath,
          task: {
            name: config && config !== 'all' ? `${type} ${config}` : type || displayName,
            path: pathText([...at, 'dataset']),
          },
          candidates: [config, type, displayName.replace(SHOTS, '').trim()].filter((c) => c && c !== 'all'),
          // "MultiPL-HumanEval (Python)": the part in brackets, when it is not the shots, is a subset.
          subset:
            /\(([^)]+)\)\s*$/.exec(displayName)?.[1] && !SHOTS.test(displayName)
              ? /\(([^)]+)\)\s*$/.exec(displayName)![1]!
              : '',
          partOf: '',
          isGroup: false,
          metric: v2 ? `${metric} (normalised)` : metric,
          score: scored.score,
          unit: scored.unit,
          stderr: '',
          higherIsBetter: null,
          settings,
          notes,
          ...(ownSource ? { source: ownSource } : {}),
        };
        out.results.push(result);
      });
    });
  });
  return out;
}

export function readEvalResults(data: unknown[], file: string, options: ReaderOptions = {}): ReadFile {
  const out: ReadFile = {
    file,
    format: 'eval-results',
    model: null,
    modelProblem: 'a .eval_results file does not name its model (it is the repository that holds it)',
    mode: null,
    source: { title: `Eval results: ${path.basename(file)}`, kind: 'model-card' },
    selfReported: true,
    results: [],
    skipped: [],
    errors: [],
  };
  data.forEach((entry, i) => {
    const e = entry as Record<string, unknown>;
    const dataset = e.dataset as Record<string, unknown>;
    const id = text(dataset.id);
    const taskId = text(dataset.task_id);
    const source = isObject(e.source) ? e.source : null;
    const scale: Scale = options.scale === 'fraction' ? 'fraction' : (options.scale ?? 'score');
    const scored = scoreOn(e.value, scale);
    if (!scored.ok) {
      out.skipped.push({ path: pathText([i, 'value']), reason: scored.reason });
      return;
    }
    const notes = [text(e.notes)].filter(Boolean);
    if (scored.unit === 'score')
      notes.push('scale not stated by the file: kept as printed (--scale percent or fraction reads it as one)');
    const url = typeof source?.url === 'string' ? source.url : '';
    out.results.push({
      path: pathText([i, 'value']),
      task: { name: taskId && taskId !== id ? `${id} ${taskId}` : id, path: pathText([i, 'dataset']) },
      candidates: [taskId, id].filter(Boolean),
      subset: '',
      partOf: '',
      isGroup: false,
      metric: '',
      score: scored.score,
      unit: scored.unit,
      stderr: '',
      higherIsBetter: null,
      settings: { run_date: isoDate(e.date) },
      notes,
      ...(source
        ? {
            source: {
              title: text(source.name) || url,
              url,
              publisher: text(source.org) || text(source.user) || text(source.name),
              kind: 'other' as const,
            },
          }
        : {}),
    });
  });
  return out;
}

const text = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : v instanceof Printed ? v.text : typeof v === 'number' ? String(v) : '';
