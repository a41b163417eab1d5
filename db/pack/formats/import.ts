import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../client';
import type { PackError } from '../errors';
import { stringify } from 'csv-stringify/sync';
import { NUMERIC_COLUMNS, RESULT_COLUMNS, RUN_SETTING_COLUMNS } from '../format';
import { escapeTextCell } from '../spreadsheet';
import { loadPack, type LoadOptions, type LoadReport } from '../loader';
import { isEveryEvalEver, readEveryEvalEver } from './every-eval-ever';
import { isInspectLog, readInspect } from './inspect';
import { isLmEval, readLmEval } from './lm-eval';
import { isEvalResults, isModelIndex, readEvalResults, readModelIndex } from './model-card';
import { frontMatter, isObject, parseJson, parseYaml } from './parse';
import { toPackRows, type MapOptions, type Mapped, type PackRows } from './to-pack';
import type { ReaderOptions, ReadFile } from './types';

// `npm run seed -- <file or folder>` for result files other tools write: each file is read by the
// reader its content calls for, its results become pack rows (./to-pack.ts), and those rows are
// loaded by the one loader from a pack folder written for the purpose: the same validation, one
// transaction, the same history and record of loads as any pack. Errors point back at the file
// and the path inside it.

/** The extensions a folder's result files may have; other files in it are not looked at. */
const RESULT_FILE = /\.(json|ya?ml|md)$/i;

/** True when `target` is a pack (a folder with results.csv, or a .csv file) rather than result files. */
export function isPack(target: string): boolean {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return true; // the loader names the missing path
  if (stat.isFile()) return target.toLowerCase().endsWith('.csv');
  return fs.existsSync(path.join(target, 'results.csv'));
}

/** The result files of a target: the file itself, or a folder's files (recursively), in name order. */
export function resultFiles(target: string): string[] {
  if (fs.statSync(target).isFile()) return [target];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (RESULT_FILE.test(entry.name)) out.push(full);
    }
  };
  walk(target);
  return out;
}

export type ReadOutcome = { ok: true; read: ReadFile } | { ok: false; error: PackError };

/** Reads one file by its content: which format it is, then that format's reader. */
export function readResultFile(file: string, options: ReaderOptions = {}): ReadOutcome {
  const refuse = (message: string, at: Partial<PackError> = {}): ReadOutcome => ({
    ok: false,
    error: { file, line: 0, ...at, message },
  });
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return refuse(`could not read the file: ${(e as Error).message}`);
  }
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    return refuse(
      'this is a zip archive (an Inspect .eval log?); write it as JSON first (inspect log dump <file> > log.json) and load that',
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('the file is not UTF-8 text; save it as UTF-8');
  }
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = parseJson(text);
    if (!parsed.ok) return refuse(parsed.message, { line: parsed.line, characterColumn: parsed.column });
    const v = parsed.value;
    if (isInspectLog(v)) return { ok: true, read: readInspect(v as Record<string, unknown>, file) };
    if (isEveryEvalEver(v)) return { ok: true, read: readEveryEvalEver(v as Record<string, unknown>, file) };
    if (isObject(v) && 'config_general' in v)
      return refuse('this is a lighteval results file, which is not read; its task keys are not lm-eval task names');
    if (isLmEval(v)) return { ok: true, read: readLmEval(v as Record<string, unknown>, file) };
    if (isObject(v) && typeof v.$schema === 'string')
      return refuse('this is a JSON Schema (a format definition), not results', { path: '$schema' });
    if (Array.isArray(v) && v.some((s) => isObject(s) && isObject(s.name) && 'count' in s))
      return refuse("this is a HELM stats.json (a run directory's statistics), which is not read", { path: '[0]' });
    return refuse(
      'not a results file this loader reads: expected an lm-evaluation-harness results file, an Inspect log or an Every Eval Ever record',
    );
  }
  const card = frontMatter(text);
  if (card) {
    const parsed = parseYaml(card.yaml, card.firstLine);
    if (!parsed.ok) return refuse(parsed.message, { line: parsed.line, characterColumn: parsed.column });
    if (isModelIndex(parsed.value))
      return { ok: true, read: readModelIndex(parsed.value as Record<string, unknown>, file, options) };
    return refuse('this model card has no model-index in its front matter: it states no results', {
      path: 'model-index',
    });
  }
  if (/\.ya?ml$/i.test(file) || /^\s*-\s/.test(trimmed)) {
    const parsed = parseYaml(text);
    if (!parsed.ok) return refuse(parsed.message, { line: parsed.line, characterColumn: parsed.column });
    if (isEvalResults(parsed.value))
      return { ok: true, read: readEvalResults(parsed.value as unknown[], file, options) };
    return refuse('not a .eval_results file: expected a list of {dataset: {id, task_id}, value}');
  }
  return refuse(
    'not a results file this loader reads (JSON results, a model card with model-index, or .eval_results YAML)',
  );
}

export type ImportReport = LoadReport & {
  /** The files read, what each became, and what did not map. */
  mapped: Mapped | null;
};

/**
 * Imports result files into the database through the loader: all of them or (on any error,
 * or a dry run) nothing.
 */
export async function importResultFiles(
  db: Db,
  target: string,
  options: MapOptions & ReaderOptions & Pick<LoadOptions, 'dryRun' | 'replace'>,
): Promise<ImportReport> {
  const errors: PackError[] = [];
  const read: ReadFile[] = [];
  const files = resultFiles(target);
  if (files.length === 0)
    errors.push({ file: target, line: 0, message: 'the folder holds no result files (.json, .yaml, .yml or .md)' });
  for (const file of files) {
    const outcome = readResultFile(file, options);
    if (!outcome.ok) errors.push(outcome.error);
    else if (outcome.read.results.length === 0 && outcome.read.errors.length === 0)
      errors.push({
        file,
        line: 0,
        message: `no result in this ${outcome.read.format} file could be read: ${outcome.read.skipped.map((s) => `${s.path}: ${s.reason}`).join('; ') || 'it holds none'}`,
      });
    else read.push(outcome.read);
  }
  const mapped = toPackRows(db.$client, read, options);
  for (const p of mapped.problems) errors.push({ file: p.file, path: p.path, line: 0, message: p.message });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchboard-import-'));
  try {
    writePack(dir, mapped.rows);
    const report = await loadPack(db, dir, {
      dryRun: options.dryRun || errors.length > 0,
      replace: options.replace,
      label: target,
    });
    const remapped = (list: PackError[]) => list.map((e) => placeOf(e, mapped.rows));
    const all = [...errors, ...remapped(report.errors)];
    return {
      ...report,
      ok: all.length === 0,
      dryRun: Boolean(options.dryRun),
      errors: all,
      errorCount: errors.length + report.errorCount,
      warnings: remapped(report.warnings),
      mapped,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const FILES = {
  'sources.csv': 'sources',
  'benchmarks.csv': 'benchmarks',
  'models.csv': 'models',
  'results.csv': 'results',
} as const;

function writePack(dir: string, rows: PackRows): void {
  for (const [file, key] of Object.entries(FILES)) {
    const list = rows[key];
    if (list.length === 0 && file !== 'results.csv') continue;
    const header = file === 'results.csv' ? [...RESULT_COLUMNS, ...RUN_SETTING_COLUMNS] : Object.keys(list[0] ?? {});
    const numeric = new Set<string>(NUMERIC_COLUMNS[file as keyof typeof NUMERIC_COLUMNS]);
    // Text cells as an export writes them, so that loading gives back exactly the text read.
    const cells = (r: Record<string, string>) =>
      header.map((c) => (numeric.has(c) ? r[c]! : escapeTextCell(r[c] ?? '')));
    fs.writeFileSync(path.join(dir, file), stringify([header, ...list.map(cells)]));
  }
}

/** A loader problem at a line of a written pack file, placed at the result file and path it came from. */
function placeOf(e: PackError, rows: PackRows): PackError {
  const key = FILES[path.basename(e.file) as keyof typeof FILES];
  const origin = key && e.line >= 2 ? rows.origins[key][e.line - 2] : undefined;
  if (!origin) return e;
  const column = e.column ? `${e.column}: ` : '';
  return { file: origin.file, path: origin.path, line: 0, message: `${column}${e.message}` };
}
