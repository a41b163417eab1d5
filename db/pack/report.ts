import { formatPackError, type PackError } from './errors';
import type { LoadReport } from './loader';

const n = (value: number) => value.toLocaleString('en-US');

/** The seed script's summary: per source, per declaration file, then warnings and errors. */
export function formatReport(report: LoadReport, context: { pack: string; seconds: number }): string {
  const lines: string[] = [];
  if (!report.ok) {
    lines.push(
      `✗ ${context.pack}: ${n(report.errorCount)} ${report.errorCount === 1 ? 'error' : 'errors'}; nothing was written.`,
    );
    for (const e of inFileOrder(report.errors)) lines.push(`  ${formatPackError(e)}`);
    if (report.errorCount > report.errors.length)
      lines.push(`  … and ${n(report.errorCount - report.errors.length)} more errors of the same kinds.`);
    lines.push('Fix the file and run the same command again.');
  } else {
    const verb = report.dryRun ? 'Dry run: nothing was written. Would load' : 'Loaded';
    lines.push(`✓ ${verb} ${context.pack}: ${n(report.rows)} result rows checked in ${context.seconds.toFixed(1)} s.`);
  }
  const label = report.dryRun ? 'would be ' : '';
  // After errors nothing was written: per-source counts would only mislead.
  const sources = report.ok ? Object.entries(report.sources) : [];
  if (sources.length > 0) {
    lines.push('', 'Results by source:');
    const width = Math.max(...sources.map(([id]) => id.length));
    for (const [id, c] of sources) {
      lines.push(
        `  ${id.padEnd(width)}  ${label}added ${n(c.added)}, unchanged ${n(c.unchanged)}, ${label}replaced ${n(c.replaced)}, conflicts ${n(c.conflicts)}`,
      );
    }
  }
  const declared = Object.entries(report.ok ? report.declarations : {}).filter(
    ([, c]) => c.added + c.unchanged + c.replaced > 0,
  );
  if (declared.length > 0) {
    lines.push('', 'Declarations:');
    const width = Math.max(...declared.map(([file]) => file.length + 4));
    for (const [file, c] of declared)
      lines.push(
        `  ${`${file}.csv`.padEnd(width)}  ${label}added ${n(c.added)}, unchanged ${n(c.unchanged)}, ${label}replaced ${n(c.replaced)}`,
      );
  }
  if (report.warnings.length > 0) {
    const what = report.warnings.length === 1 ? 'warning' : 'warnings';
    lines.push('', `${n(report.warnings.length)} ${what}${report.ok ? '' : ' (to look at too; nothing was loaded)'}:`);
    for (const w of inFileOrder(report.warnings)) lines.push(`  ${formatPackError(w)}`);
  }
  return lines.join('\n');
}

/**
 * Problems grouped by file (in the order the files were first named) and by line within a file,
 * as a reader goes through them: checks that run after a file is read (names, repeats) would
 * otherwise be listed after the row checks of later lines.
 */
function inFileOrder(problems: readonly PackError[]): PackError[] {
  const files = [...new Set(problems.map((p) => p.file))];
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => files.indexOf(a.p.file) - files.indexOf(b.p.file) || a.p.line - b.p.line || a.i - b.i)
    .map(({ p }) => p);
}
