import { nearest } from './formats/names';

/** A problem in a pack, placed as a text editor would place it. */
export type PackError = {
  file: string;
  line: number;
  /** The column's name from the header, when the problem is in one field. */
  column?: string;
  /** 1-based field number of `column`. */
  columnNumber?: number;
  /** 1-based character position, for problems below the field level (encoding). */
  characterColumn?: number;
  /** Where inside a result file that is not a CSV (JSON, YAML) the problem is: results["gsm8k"]["acc,none"]. */
  path?: string;
  message: string;
};

export function formatPackError(e: PackError): string {
  const where = [e.file];
  if (e.path) where.push(`at ${e.path}`);
  if (e.line > 0) where.push(`line ${e.line}`);
  if (e.columnNumber) where.push(`column ${e.columnNumber} (${e.column})`);
  else if (e.column) where.push(`column ${e.column}`);
  else if (e.characterColumn) where.push(`character ${e.characterColumn}`);
  return `${where.join(', ')}: ${e.message}`;
}

/**
 * A near miss, to suggest "did you mean": the same letters and digits in another case or spacing,
 * one name containing the other, or a few typos away. The importers' own rule (./formats/names.ts),
 * so a pack and an lm-eval file suggest the same name for the same mistake.
 */
export function suggest(name: string, known: Iterable<string>): string {
  const near = nearest(name, known);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}
