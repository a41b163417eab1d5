import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../client';
import { PACK_FILES } from './format';
import { loadPack, type LoadOptions, type LoadReport } from './loader';

// The packs that ship with Benchboard (db/seed/<name>), loaded in this order: a later one names
// models and benchmarks that an earlier one declares.
//
// A database remembers, in bundled_packs, the version (a sha256 of the pack's files) of each
// bundled pack it loaded. `npm start` loads a bundled pack that the database has not loaded, or
// not at this version; `npm run seed` without a pack loads them all again. Corrections of a newer
// version replace only values that an earlier version printed, never a user's own (journal.ts).
// The files of earlier versions, as far as a later version changed them, are kept in
// db/seed/earlier/<name>/<version>/ (see the README: "Correcting a bundled pack").

export const BUNDLED_PACKS = ['qwen3', 'qwen3-2507'] as const;

export function seedDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'seed');
}

/** sha256 over the pack's files (name, size and bytes of each PACK_FILES file present). */
export function packHash(dir: string): string {
  const hash = createHash('sha256');
  for (const name of PACK_FILES) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The folders of a bundled pack's earlier versions (db/seed/earlier/<name>/*), in name order. */
export function earlierVersions(seed: string, name: string): string[] {
  const dir = path.join(seed, 'earlier', name);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(dir, e.name))
    .sort();
}

export type BundledResult = { name: string; dir: string; skipped: boolean; report: LoadReport | null };

/**
 * Loads the bundled packs in order. `only: 'new'` skips a pack whose version this database
 * loaded already (npm start); `'all'` loads each again (npm run seed), which is a no-op when
 * nothing changed. Each pack is its own transaction, except in a dry run, where all of them run
 * in one that is rolled back (so that the second sees what the first would add). Stops at the
 * first pack that fails.
 */
export async function loadBundledPacks(
  db: Db,
  options: Pick<LoadOptions, 'dryRun' | 'replace' | 'onProgress'> & {
    only: 'new' | 'all';
    seed?: string;
    packs?: readonly string[];
    /** Called before a pack is loaded (not for skipped ones), and after, with its report. */
    onStart?: (name: string, dir: string) => void;
    onDone?: (result: BundledResult, seconds: number) => void;
  },
): Promise<BundledResult[]> {
  const seed = options.seed ?? seedDir();
  const sqlite = db.$client;
  const results: BundledResult[] = [];
  const stored = sqlite.prepare('SELECT content_hash FROM bundled_packs WHERE name = ?').pluck();
  if (options.dryRun) sqlite.exec('BEGIN IMMEDIATE');
  try {
    for (const name of options.packs ?? BUNDLED_PACKS) {
      const dir = path.join(seed, name);
      const hash = packHash(dir);
      if (options.only === 'new' && stored.get(name) === hash) {
        results.push({ name, dir, skipped: true, report: null });
        continue;
      }
      options.onStart?.(name, dir);
      const started = Date.now();
      const report = await loadPack(db, dir, {
        dryRun: options.dryRun,
        replace: options.replace,
        onProgress: options.onProgress,
        label: path.relative(path.dirname(path.dirname(seed)), dir) || dir,
        bundled: { name, hash, earlier: earlierVersions(seed, name) },
      });
      const result = { name, dir, skipped: false, report };
      results.push(result);
      options.onDone?.(result, (Date.now() - started) / 1000);
      if (!report.ok) break;
    }
  } finally {
    if (options.dryRun && sqlite.inTransaction) sqlite.exec('ROLLBACK');
  }
  return results;
}
