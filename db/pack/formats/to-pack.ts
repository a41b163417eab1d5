import crypto from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { BENCHMARK_KIND, MODEL_KIND, storedNames } from '../declarations';
import {
  BENCHMARK_COLUMNS,
  MODEL_COLUMNS,
  RESULT_COLUMNS,
  RUN_SETTING_COLUMNS,
  slugify,
  SOURCE_COLUMNS,
  SOURCE_OPTIONAL_COLUMNS,
  type Category,
  type Mode,
  type SourceRow,
} from '../format';
import { nearest } from './names';
import { knownBenchmark, KNOWN_NAMES, squash, type KnownBenchmark } from './tasks';
import type { At, ReadFile, ReadResult } from './types';

// Read files -> pack rows, names resolved against the database: the benchmark through its names
// and aliases (and the well-known task names of ./tasks.ts, declared as aliases when used), the
// model through its names and aliases (a Hugging Face id's last part, any case). What cannot be
// resolved is a problem naming the file and the path, with a did-you-mean and the option that
// would add it. The rows then go through the one loader (./import.ts).

export type MapOptions = {
  /** The model every file is of (overrides the file's own name). */
  model?: string;
  /** Who ran or published the numbers: the sources' publisher and org. Default: the user (independent). */
  org?: string;
  /** Thinking mode, where a file does not state it. */
  mode?: Mode;
  /** Task names (or "all") to add as new benchmarks, each with a category or none. */
  newBenchmarks?: Map<string, Category | ''>;
  /** Add a model the database does not know, under the file's name. */
  newModel?: boolean;
  /** Who "the user" is when no --org is given. */
  user: string;
};

type Row = Record<string, string>;

/** Pack rows, each with the place in a result file it comes from. */
export type PackRows = {
  sources: Row[];
  benchmarks: Row[];
  models: Row[];
  results: Row[];
  origins: { results: At[]; sources: At[]; benchmarks: At[]; models: At[] };
};

export type Mapped = {
  rows: PackRows;
  problems: (At & { message: string })[];
  /** Per file, what each of its results became (for the dry run). */
  plans: {
    file: ReadFile;
    model: string;
    mode: Mode;
    rows: { result: ReadResult; benchmark: string; version: string }[];
  }[];
};

export function toPackRows(sqlite: Database.Database, files: ReadFile[], options: MapOptions): Mapped {
  const benchmarkIds = storedNames(sqlite, BENCHMARK_KIND);
  const modelIds = storedNames(sqlite, MODEL_KIND);
  const benchmarkNames = new Map(
    (sqlite.prepare('SELECT id, name FROM benchmarks').raw().all() as [string, string][]).map(([id, n]) => [id, n]),
  );
  const storedSources = new Set(sqlite.prepare('SELECT id FROM sources').pluck().all() as string[]);
  const modelOrgs = new Map(
    (sqlite.prepare('SELECT id, org FROM models').raw().all() as [string, string][]).map(([id, o]) => [id, o]),
  );
  const rows: PackRows = {
    sources: [],
    benchmarks: [],
    models: [],
    results: [],
    origins: { results: [], sources: [], benchmarks: [], models: [] },
  };
  const problems: Mapped['problems'] = [];
  const plans: Mapped['plans'] = [];
  const declared = { sources: new Set<string>(), benchmarks: new Set<string>(), models: new Set<string>() };
  /** Benchmarks this import adds: name -> squashed names that lead to it. */
  const added = new Map<string, string>();

  const declareBenchmark = (row: Row, at: At) => {
    if (declared.benchmarks.has(row.benchmark!) || benchmarkIds.has(row.benchmark!)) return;
    declared.benchmarks.add(row.benchmark!);
    rows.benchmarks.push(full(BENCHMARK_COLUMNS, row));
    rows.origins.benchmarks.push(at);
  };
  const declareModel = (row: Row, at: At) => {
    if (declared.models.has(row.model!) || modelIds.has(row.model!)) return;
    declared.models.add(row.model!);
    rows.models.push(full(MODEL_COLUMNS, row));
    rows.origins.models.push(at);
  };

  for (const file of files) {
    const at = (p: string): At => ({ file: file.file, path: p });
    for (const e of file.errors) problems.push({ ...at(e.path), message: e.message });
    // An unknown model is a problem; the benchmarks are still checked, so one run shows every problem.
    const model = resolveModel(file, options, modelIds, declareModel, problems) ?? { printed: '', id: null };
    const mode = options.mode ?? file.mode ?? 'n/a';
    const org = options.org;
    const modelOrg = model.id ? (modelOrgs.get(model.id) ?? '') : '';
    const sourceFor = (own: Partial<SourceRow> | undefined): string => {
      const s = { ...file.source, ...own };
      // Stable for the same file's content wherever it lies, so loading it again changes nothing.
      const stem = own ? (s.title ?? '') : path.basename(file.file).replace(/\.[^.]+$/, '');
      const id = `${slugify(stem).slice(0, 48)}-${hash(`${path.basename(file.file)}|${model.printed}|${JSON.stringify(s)}|${org ?? ''}`)}`;
      if (declared.sources.has(id)) return id;
      declared.sources.add(id);
      const selfReported = own ? false : Boolean(file.selfReported);
      rows.sources.push(
        full([...SOURCE_COLUMNS, ...SOURCE_OPTIONAL_COLUMNS], {
          source_id: id,
          title: s.title ?? id,
          url: s.url ?? '',
          publisher: org ?? (s.publisher || (selfReported ? modelOrg : options.user)),
          published_at: s.published_at ?? '',
          kind: s.kind ?? 'other',
          org: org ?? (selfReported ? modelOrg : ''),
        }),
      );
      rows.origins.sources.push(at(own ? 'source' : '(the whole file)'));
      return id;
    };
    const plan: Mapped['plans'][number] = { file, model: model.printed, mode, rows: [] };
    if (model.printed !== '') plans.push(plan);
    const unmatched = new Set<string>();
    for (const result of file.results) {
      if (result.pack) {
        ownRow(file, plan, result, result.pack);
        continue;
      }
      const found = resolveBenchmark(result, benchmarkIds, benchmarkNames, added);
      let benchmark: string;
      if (found.kind === 'stored') {
        benchmark = found.printed;
        if (found.aliasOf)
          declareBenchmark({ benchmark: found.printed, alias_of: found.aliasOf }, at(result.task.path));
      } else {
        const name = found.known?.benchmark ?? (result.partOf || result.task.name);
        const category = categoryFor(options.newBenchmarks, [result.task.name, result.partOf, name], found.known);
        if (category === null) {
          if (!unmatched.has(name)) {
            unmatched.add(name);
            const near = nearest(result.task.name, [...benchmarkIds.keys(), ...KNOWN_NAMES]);
            const define = found.known?.define;
            problems.push({
              ...at(result.task.path),
              message: define
                ? `"${result.task.name}" is ${name}, which is not in the database yet; to add it, load with --new-benchmark "${name}" (category ${define.category})`
                : `"${result.task.name}" is not a known benchmark or alias${near ? ` (did you mean "${near}"?)` : ''}; to add it as a new benchmark, load with --new-benchmark "${name}=<category>" (one of knowledge, reasoning, math, code, alignment, agent, multilingual, long-context)`,
            });
          }
          continue;
        }
        if (category === '') {
          if (!unmatched.has(name)) {
            unmatched.add(name);
            problems.push({
              ...at(result.task.path),
              message: `"${name}" would be a new benchmark but has no category; give one: --new-benchmark "${name}=reasoning" (or knowledge, math, code, alignment, agent, multilingual, long-context)`,
            });
          }
          continue;
        }
        declareBenchmark(
          {
            benchmark: name,
            category,
            unit: result.unit,
            higher_is_better: result.higherIsBetter === false ? 'no' : 'yes',
            description: found.known?.define?.description ?? `Added from ${path.basename(file.file)}`,
            url: found.known?.define?.url ?? '',
          },
          at(result.task.path),
        );
        added.set(squash(name), name);
        const printed = result.partOf && found.viaGroup ? result.partOf : result.task.name;
        if (printed !== name) declareBenchmark({ benchmark: printed, alias_of: name }, at(result.task.path));
        benchmark = printed;
      }
      const version = found.subset;
      if (model.printed === '') continue;
      plan.rows.push({ result, benchmark, version });
      const notes = [...result.notes];
      if (result.stderr) notes.push(`standard error ${result.stderr}`);
      rows.results.push(
        full([...RESULT_COLUMNS, ...RUN_SETTING_COLUMNS], {
          source_id: sourceFor(result.source),
          table: path.basename(file.file),
          model: model.printed,
          mode,
          benchmark,
          benchmark_version: version,
          metric: result.metric,
          score: result.score,
          unit: result.unit,
          notes: notes.join('; '),
          ...result.settings,
        }),
      );
      rows.origins.results.push(at(result.path));
    }
  }
  return { rows, problems, plans };

  /** A row the file carries whole (Benchboard's own export): its names must be known, its source is declared if new. */
  function ownRow(file: ReadFile, plan: Mapped['plans'][number], result: ReadResult, pack: Record<string, string>) {
    const at: At = { file: file.file, path: result.path };
    if (!modelIds.has(pack.model ?? '')) {
      problems.push({
        ...at,
        message: `"${pack.model}" is not a known model or alias; load the pack that declares it first`,
      });
      return;
    }
    if (!benchmarkIds.has(pack.benchmark ?? '')) {
      problems.push({
        ...at,
        message: `"${pack.benchmark}" is not a known benchmark or alias; load the pack that declares it first`,
      });
      return;
    }
    const sourceId = pack.source_id ?? '';
    if (!storedSources.has(sourceId) && !declared.sources.has(sourceId) && file.sourceRow) {
      declared.sources.add(sourceId);
      const s = file.sourceRow;
      rows.sources.push(
        full([...SOURCE_COLUMNS, ...SOURCE_OPTIONAL_COLUMNS], {
          ...s,
          source_id: sourceId,
          org: s.org ?? s.publisher ?? '',
        }),
      );
      rows.origins.sources.push({ file: file.file, path: 'source_metadata.additional_details' });
    }
    plan.rows.push({ result, benchmark: pack.benchmark!, version: pack.benchmark_version ?? '' });
    rows.results.push(full([...RESULT_COLUMNS, ...RUN_SETTING_COLUMNS], pack));
    rows.origins.results.push(at);
  }
}

type Found =
  | { kind: 'stored'; printed: string; aliasOf?: string; subset: string; viaGroup: boolean }
  | { kind: 'new'; known?: KnownBenchmark; subset: string; viaGroup: boolean };

/** The benchmark a result is of: stored names and aliases first, then well-known task names, then any spelling. */
function resolveBenchmark(
  result: ReadResult,
  ids: Map<string, string>,
  names: Map<string, string>,
  added: Map<string, string>,
): Found {
  const tries = [result.task.name, ...(result.candidates ?? [])].filter(Boolean);
  // A subtask keeps its subset only when it is read as its group's part (mmlu_formal_logic as MMLU "formal_logic").
  const subsetOf = (n: string, extra?: string) => {
    const own = result.partOf && n === result.task.name ? '' : result.subset;
    return [extra, own].filter(Boolean).join(': ');
  };
  const via = (n: string) => Boolean(result.partOf) && n !== result.task.name;
  for (const n of tries) if (ids.has(n)) return { kind: 'stored', printed: n, subset: subsetOf(n), viaGroup: via(n) };
  for (const n of tries) {
    const known = knownBenchmark(n);
    if (!known) continue;
    const id = ids.get(known.benchmark);
    if (id !== undefined)
      return {
        kind: 'stored',
        printed: n,
        aliasOf: names.get(id) ?? known.benchmark,
        subset: subsetOf(n, known.subset),
        viaGroup: via(n),
      };
    if (added.has(squash(known.benchmark)) || known.define)
      return { kind: 'new', known, subset: subsetOf(n, known.subset), viaGroup: via(n) };
  }
  for (const n of tries) {
    const s = squash(n);
    const stored = [...ids.keys()].find((k) => squash(k) === s);
    if (stored)
      return {
        kind: 'stored',
        printed: n,
        aliasOf: names.get(ids.get(stored)!) ?? stored,
        subset: subsetOf(n),
        viaGroup: via(n),
      };
  }
  return { kind: 'new', subset: subsetOf(result.partOf || result.task.name), viaGroup: Boolean(result.partOf) };
}

/** The category --new-benchmark gives one of `names`; '' when it is named without one and nothing knows it; null when not named. */
function categoryFor(
  option: Map<string, Category | ''> | undefined,
  names: string[],
  known: KnownBenchmark | undefined,
): Category | '' | null {
  if (!option) return null;
  for (const n of names) {
    const c = option.get(n);
    if (c !== undefined) return c || known?.define?.category || '';
  }
  const all = option.get('all');
  if (all === undefined) return null;
  return all || known?.define?.category || '';
}

/** The model a file is of: --model, else the file's name, resolved through names, aliases and any spelling. */
function resolveModel(
  file: ReadFile,
  options: MapOptions,
  ids: Map<string, string>,
  declare: (row: Row, at: At) => void,
  problems: Mapped['problems'],
): { printed: string; id: string | null } | null {
  const at: At = { file: file.file, path: options.model ? '--model' : (file.model?.path ?? '(the whole file)') };
  const name = options.model ?? file.model?.name;
  if (!name) {
    problems.push({
      ...at,
      message: `${file.modelProblem ?? 'the file does not name its model'}; give the model's name with --model "<name>"`,
    });
    return null;
  }
  if (ids.has(name)) return { printed: name, id: ids.get(name)! };
  const last = name.split('/').pop()!;
  const spelled = [...ids.keys()].find((k) => k === last) ?? [...ids.keys()].find((k) => squash(k) === squash(last));
  if (spelled) {
    declare({ model: name, alias_of: spelled }, at);
    return { printed: name, id: ids.get(spelled)! };
  }
  if (options.newModel) {
    declare({ model: last }, at);
    if (last !== name) declare({ model: name, alias_of: last }, at);
    return { printed: name, id: null };
  }
  const near = nearest(last, ids.keys());
  problems.push({
    ...at,
    message: `"${name}" is not a known model or alias${near ? ` (did you mean "${near}"? then load with --model "${near}")` : ''}; to add it as a new model, load with --new-model`,
  });
  return null;
}

/** A row with every column of a file, empty where not given. */
function full(columns: readonly string[], row: Row): Row {
  return Object.fromEntries(columns.map((c) => [c, row[c] ?? '']));
}

const hash = (text: string) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 8);
