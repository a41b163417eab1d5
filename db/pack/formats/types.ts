import type { Mode, RunSettings, SourceRow, Unit } from '../format';

// What a reader makes of one result file: results named as the file names them, with their
// settings, the path inside the file that each comes from, and what did not map and why. The
// mapping to pack rows (./to-pack.ts) resolves the names against the database.

export const FORMATS = ['lm-eval', 'model-index', 'eval-results', 'inspect', 'every-eval-ever'] as const;
export type FormatName = (typeof FORMATS)[number];

export const FORMAT_NAMES: Record<FormatName, string> = {
  'lm-eval': 'lm-evaluation-harness results',
  'model-index': 'Hugging Face model card (model-index)',
  'eval-results': 'Hugging Face .eval_results',
  inspect: 'Inspect log',
  'every-eval-ever': 'Every Eval Ever record',
};

/** A place in a file: which file, and the path inside it. */
export type At = { file: string; path: string };

/** A name the file gives a model or benchmark, where it gives it. */
export type Named = { name: string; path: string };

export type ReadResult = {
  path: string;
  /** The task or dataset as the file names it (gsm8k, leaderboard_ifeval, ai2_arc ARC-Challenge). */
  task: Named;
  /** Names to try, most specific first, before the task itself (a dataset id with its config). */
  candidates?: string[];
  /** A subset of the task (an MMLU subject), written as benchmark_version. */
  subset: string;
  /** The group this row is a part of (lm-eval group_subtasks), or '' for a task or a group row. */
  partOf: string;
  /** A group's own row: the harness's aggregate of its subtasks. */
  isGroup: boolean;
  metric: string;
  score: string;
  unit: Unit;
  /** Standard error in the score's unit, as text, or ''. */
  stderr: string;
  higherIsBetter: boolean | null;
  settings: RunSettings;
  notes: string[];
  /** A source of its own for this result (a model card's per-result leaderboard source). */
  source?: Partial<SourceRow>;
  /** The result's whole pack row, when the file carries one (Benchboard's own Every Eval Ever export). */
  pack?: Record<string, string>;
};

export type ReadFile = {
  file: string;
  format: FormatName;
  /** The model as the file names it, or null when it does not (or names a local path). */
  model: Named | null;
  /** Why the file's model name was not taken (a local path), for the message asking for --model. */
  modelProblem?: string;
  mode: Mode | null;
  /** The source every result cites unless it has its own. */
  source: Partial<SourceRow> & { title: string };
  /** The source's whole sources.csv row, when the file carries one (Benchboard's own export). */
  sourceRow?: Record<string, string>;
  /** True when the file states who published the numbers (EEE first party, a card's own numbers). */
  selfReported?: boolean;
  results: ReadResult[];
  /** Values that did not map, and why: shown by a dry run and in the summary. */
  skipped: { path: string; reason: string }[];
  /** Problems that refuse the whole file. */
  errors: { path: string; message: string }[];
};

export type ReaderOptions = {
  /** How the file's plain numbers are scaled, where the format does not say: model cards, .eval_results. */
  scale?: 'percent' | 'fraction';
};
