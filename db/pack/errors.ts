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

/** Case-insensitive near miss, to suggest "did you mean". */
export function suggest(name: string, known: Iterable<string>): string {
  const lower = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  for (const k of known) {
    if (k.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') === lower) return ` (did you mean "${k}"?)`;
  }
  return '';
}
