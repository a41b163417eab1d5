import { databasePath, migrateDb, openDb } from '../db/client';
import { BUNDLED_PACKS, loadBundledPacks } from '../db/pack/bundled';
import os from 'node:os';
import { CATEGORIES, MODES, type Category, type Mode } from '../db/pack/format';
import { describeImport } from '../db/pack/formats/describe';
import { importResultFiles, isPack } from '../db/pack/formats/import';
import { loadPack } from '../db/pack/loader';
import { formatReport } from '../db/pack/report';
import { EXIT, run, UsageError } from './lib/command';

// `npm run seed`: loads a pack, or the bundled packs, into the database.
const usage = `Usage: npm run seed -- [pack | result file or folder] [options]

  pack        a pack folder (results.csv, and optionally sources.csv, models.csv,
              benchmarks.csv, benchmark-facts.csv, tables.csv) or a single results
              .csv file; without it, the bundled packs are loaded in order
              (${BUNDLED_PACKS.map((p) => `db/seed/${p}`).join(', ')})
  result file or folder
              files other tools write, recognised by their content:
              lm-evaluation-harness results (0.3 and 0.4), a Hugging Face model
              card README (model-index) or .eval_results YAML, an Inspect JSON log,
              an Every Eval Ever record; a folder: every .json/.yaml/.yml/.md in it
  --dry-run   check everything and report what would change, writing nothing;
              for result files, also what each result becomes and what did not map
  --replace   replace stored values that the pack contradicts (the old values
              are kept in the history tables and the record of loads); without
              a pack, the bundled packs' values replace your own as well

  For result files:
  --model NAME          the model the files are of (else the name the file gives)
  --new-model           add the model when the database does not know it
  --org NAME            who ran it or published it (default: you, ${os.userInfo().username},
                        so the numbers count as independent of the model's maker)
  --mode MODE           ${MODES.join(', ')} (else what the file says, else n/a)
  --new-benchmark TASK[=CATEGORY]
                        add a task no benchmark matches as a new benchmark (repeat it;
                        "all" for every one); CATEGORY: ${CATEGORIES.join(', ')}
  --scale percent|fraction
                        the scale of a model card's or .eval_results' plain numbers
                        (they do not say; without it they are kept as printed, unit score)

The database is ${databasePath()} (set DATABASE_PATH to change it).
Exits 0 when everything loaded, 1 when a pack was refused (nothing of it is written), 2 for a
mistake in the command line.`;

run(
  {
    usage,
    options: {
      'dry-run': { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      model: { type: 'string' },
      'new-model': { type: 'boolean', default: false },
      org: { type: 'string' },
      mode: { type: 'string' },
      'new-benchmark': { type: 'string', multiple: true },
      scale: { type: 'string' },
    },
    positionals: { max: 1 },
  },
  async ({ values, positionals: [pack] }) => {
    const options = {
      dryRun: values['dry-run'],
      replace: values.replace,
      onProgress: (rows: number) => process.stderr.write(`  ${rows.toLocaleString('en-US')} result rows read…\n`),
    };
    const db = openDb();
    try {
      migrateDb(db);
      if (pack === undefined) {
        const results = await loadBundledPacks(db, {
          ...options,
          only: 'all',
          onDone: ({ name, report }, seconds) =>
            console.log(`${formatReport(report!, { pack: `the bundled pack ${name} (db/seed/${name})`, seconds })}\n`),
        });
        return results.every((r) => r.report?.ok) ? EXIT.ok : EXIT.failed;
      }
      const started = Date.now();
      if (!isPack(pack)) {
        const report = await importResultFiles(db, pack, { ...options, ...importOptions(values) });
        if (report.mapped && (values['dry-run'] || !report.ok)) console.log(describeImport(report.mapped));
        console.log(formatReport(report, { pack, seconds: (Date.now() - started) / 1000 }));
        return report.ok ? EXIT.ok : EXIT.failed;
      }
      const report = await loadPack(db, pack, options);
      console.log(formatReport(report, { pack, seconds: (Date.now() - started) / 1000 }));
      return report.ok ? EXIT.ok : EXIT.failed;
    } finally {
      db.$client.close();
    }
  },
);

/** The options of an import of result files, checked. */
function importOptions(values: {
  model?: string;
  'new-model': boolean;
  org?: string;
  mode?: string;
  'new-benchmark'?: string[];
  scale?: string;
}) {
  if (values.mode !== undefined && !(MODES as readonly string[]).includes(values.mode))
    throw new UsageError(`--mode must be one of ${MODES.join(', ')} (got "${values.mode}")`);
  if (values.scale !== undefined && values.scale !== 'percent' && values.scale !== 'fraction')
    throw new UsageError(`--scale must be percent or fraction (got "${values.scale}")`);
  const newBenchmarks = new Map<string, Category | ''>();
  for (const spec of values['new-benchmark'] ?? []) {
    const i = spec.lastIndexOf('=');
    const [name, category] = i > 0 ? [spec.slice(0, i).trim(), spec.slice(i + 1).trim()] : [spec.trim(), ''];
    if (category !== '' && !(CATEGORIES as readonly string[]).includes(category))
      throw new UsageError(
        `--new-benchmark ${spec}: "${category}" is not a category; use one of ${CATEGORIES.join(', ')}`,
      );
    if (name === '') throw new UsageError(`--new-benchmark ${spec}: give the task's name before the =`);
    newBenchmarks.set(name, category as Category | '');
  }
  return {
    model: values.model?.trim() || undefined,
    newModel: values['new-model'],
    org: values.org?.trim() || undefined,
    mode: values.mode as Mode | undefined,
    newBenchmarks: newBenchmarks.size > 0 ? newBenchmarks : undefined,
    scale: values.scale as 'percent' | 'fraction' | undefined,
    user: os.userInfo().username,
  };
}
