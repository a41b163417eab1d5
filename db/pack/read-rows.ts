import type { z } from 'zod';
import { controlCharacterProblem } from './control-characters';
import { readCsv } from './csv-reader';
import type { PackError } from './errors';
import { unescapeTextCell } from './spreadsheet';

export type Row<T> = { line: number; value: T };

const emptyFile = (label: string, required: readonly string[]): PackError => ({
  file: label,
  line: 1,
  message: `the file is empty; it must start with the header row: ${required.join(',')}`,
});

/**
 * Checks a file's header against the format's columns (in order; extra columns may follow) and
 * returns each field's column name ('' for an extra column that the loader ignores).
 */
export function checkHeader(
  label: string,
  header: string[],
  required: readonly string[],
  optional: readonly string[] = [],
): { columns: string[] } | { error: PackError } {
  const names = header.map((h) => h.trim());
  for (let i = 0; i < required.length; i++) {
    if (names[i] !== required[i]) {
      const found = names[i] === undefined ? 'nothing' : `"${names[i]}"`;
      return {
        error: {
          file: label,
          line: 1,
          column: required[i],
          columnNumber: i + 1,
          message: `the header should have "${required[i]}" in column ${i + 1} but has ${found}; the header row must be exactly: ${required.join(',')}`,
        },
      };
    }
  }
  const known = new Set(optional);
  return {
    columns: names.map((n, i) => (i < required.length || known.has(n) ? n : '')),
  };
}

/**
 * Reads a CSV file row by row: header check, field counts, characters no page can show
 * (./control-characters.ts), the spreadsheet quote removed from text cells, then the zod schema. Invalid rows are reported through `onError` and skipped.
 */
export async function* readRows<S extends z.ZodType<unknown, Record<string, string>>>(
  file: string,
  label: string,
  schema: S,
  required: readonly string[],
  onError: (e: PackError) => void,
  options: {
    optional?: readonly string[];
    numeric?: readonly string[];
    /** Called with a row that failed the schema, for checks that can still be made on it. */
    onInvalidRow?: (raw: Record<string, string>, line: number) => void;
  } = {},
): AsyncGenerator<Row<z.output<S>>, void, void> {
  let columns: string[] | null = null;
  const numeric = new Set(options.numeric ?? []);
  try {
    for await (const record of readCsv(file, label)) {
      if (!columns) {
        const checked = checkHeader(label, record.values, required, options.optional);
        if ('error' in checked) {
          onError(checked.error);
          return;
        }
        columns = checked.columns;
        continue;
      }
      if (record.values.length !== columns.length) {
        const few = record.values.length < columns.length;
        onError({
          file: label,
          line: record.line,
          message: few
            ? `this row has ${record.values.length} fields but the header has ${columns.length}; a field or a comma is missing`
            : `this row has ${record.values.length} fields but the header has ${columns.length}; a field holding a comma must be in double quotes`,
        });
        continue;
      }
      const raw: Record<string, string> = {};
      let unshowable = false;
      for (let i = 0; i < columns.length; i++) {
        const name = columns[i]!;
        if (name === '') continue;
        const value = record.values[i]!;
        const problem = controlCharacterProblem(name, value);
        if (problem) {
          onError({ file: label, line: record.line, column: name, columnNumber: i + 1, message: problem });
          unshowable = true;
        }
        raw[name] = numeric.has(name) ? value : unescapeTextCell(value);
      }
      if (unshowable) continue;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const column = String(issue.path[0] ?? '');
          onError({
            file: label,
            line: record.line,
            column,
            columnNumber: columns.indexOf(column) + 1 || undefined,
            message: issue.message,
          });
        }
        options.onInvalidRow?.(raw, record.line);
        continue;
      }
      yield { line: record.line, value: parsed.data };
    }
  } catch (error) {
    // The CSV itself is broken (encoding, quotes): nothing after this point can be read.
    if (!Array.isArray(error)) throw error;
    (error as PackError[]).forEach(onError);
    return;
  }
  if (!columns) onError(emptyFile(label, required));
}
