import type { z } from 'zod';
import { controlCharacterProblem, mayHoldControlCharacters } from './control-characters';
import { readCsvChunks, type CsvRecord } from './csv-reader';
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
  // The format's own strings, not the header's: as the keys of every row's object they are
  // found at once, where a string read from the file is looked up for each row (zod's checks of a
  // results row took half again as long).
  const known = new Map(optional.map((name) => [name, name]));
  return {
    columns: names.map((n, i) => (i < required.length ? required[i]! : (known.get(n) ?? ''))),
  };
}

type ReadOptions = {
  optional?: readonly string[];
  numeric?: readonly string[];
  /** Called with a row that failed the schema, for checks that can still be made on it. */
  onInvalidRow?: (raw: Record<string, string>, line: number) => void;
};

/**
 * Reads a CSV file row by row: header check, field counts, characters no page can show
 * (./control-characters.ts), the spreadsheet quote removed from text cells, then the zod schema.
 * Invalid rows are reported through `onError` and skipped.
 */
export async function* readRows<S extends z.ZodType<unknown, Record<string, string>>>(
  file: string,
  label: string,
  schema: S,
  required: readonly string[],
  onError: (e: PackError) => void,
  options: ReadOptions = {},
): AsyncGenerator<Row<z.output<S>>, void, void> {
  const rows: Row<z.output<S>>[] = [];
  const reader = fileReader(label, schema, required, onError, options, (row) => rows.push(row));
  for await (const records of reader.chunks(file)) {
    for (const record of records) {
      if (!reader.take(record)) return;
      yield* rows.splice(0);
    }
  }
  reader.end();
}

/**
 * readRows for a caller that handles each row at once (the results of a big pack): the same
 * checks, errors and rows in the same order, with `onRow` called synchronously for each valid
 * row instead of one step of an async iteration per row.
 */
export async function forEachRow<S extends z.ZodType<unknown, Record<string, string>>>(
  file: string,
  label: string,
  read: ReadOptions & { schema: S; required: readonly string[]; onError: (e: PackError) => void },
  onRow: (row: Row<z.output<S>>) => void,
): Promise<void> {
  const reader = fileReader(label, read.schema, read.required, read.onError, read, onRow);
  for await (const records of reader.chunks(file)) for (const record of records) if (!reader.take(record)) return;
  reader.end();
}

/** The checks of readRows, one record at a time: `take` is false once nothing more can be read. */
function fileReader<S extends z.ZodType<unknown, Record<string, string>>>(
  label: string,
  schema: S,
  required: readonly string[],
  onError: (e: PackError) => void,
  options: ReadOptions,
  onRow: (row: Row<z.output<S>>) => void,
) {
  let columns: string[] | null = null;
  /** By column: a text column, whose spreadsheet quote comes off (numbers keep theirs). */
  let text: boolean[] = [];
  let broken = false;
  const numeric = new Set(options.numeric ?? []);
  return {
    /** The file's records a chunk at a time; a broken CSV is reported, and ends them. */
    async *chunks(file: string): AsyncGenerator<CsvRecord[], void, void> {
      try {
        yield* readCsvChunks(file, label);
      } catch (error) {
        // The CSV itself is broken (encoding, quotes): nothing after this point can be read.
        if (!Array.isArray(error)) throw error;
        broken = true;
        (error as PackError[]).forEach(onError);
      }
    },
    take(record: CsvRecord): boolean {
      if (!columns) {
        const checked = checkHeader(label, record.values, required, options.optional);
        if ('error' in checked) {
          onError(checked.error);
          return false;
        }
        columns = checked.columns;
        text = columns.map((name) => !numeric.has(name));
        return true;
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
        return true;
      }
      const raw: Record<string, string> = {};
      let unshowable = false;
      const suspect = mayHoldControlCharacters(record.values);
      for (let i = 0; i < columns.length; i++) {
        const name = columns[i]!;
        if (name === '') continue;
        const value = record.values[i]!;
        const problem = suspect ? controlCharacterProblem(name, value) : undefined;
        if (problem) {
          onError({ file: label, line: record.line, column: name, columnNumber: i + 1, message: problem });
          unshowable = true;
        }
        raw[name] = text[i] ? unescapeTextCell(value) : value;
      }
      if (unshowable) return true;
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
        return true;
      }
      onRow({ line: record.line, value: parsed.data });
      return true;
    },
    /** After the last record: a file without even a header is an error. */
    end(): void {
      if (!columns && !broken) onError(emptyFile(label, required));
    },
  };
}
