import fs from "node:fs";
import { parse, CsvError } from "csv-parse";
import type { PackError } from "./errors";

export type CsvRecord = { line: number; values: string[] };

/**
 * Streams a CSV file as records with the line (as an editor numbers it) where each starts.
 * Refuses bytes that are not UTF-8 and reports csv-parse's errors (unterminated quotes, stray
 * quotes) as PackErrors; field counts are left to the caller, which knows the header.
 */
export async function* readCsv(
  file: string,
  label: string,
): AsyncGenerator<CsvRecord, void, void> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    raw: true,
  });
  const input = fs.createReadStream(file);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let decodedLines = 1;
  let lastLineText = "";
  let failure = null as PackError | null;

  const pump = (async () => {
    try {
      for await (const chunk of input as AsyncIterable<Buffer>) {
        let text: string;
        try {
          text = decoder.decode(chunk, { stream: true });
        } catch {
          failure = notUtf8(label, chunk, decodedLines, lastLineText);
          break;
        }
        const lastNewline = text.lastIndexOf("\n");
        decodedLines += countNewlines(text);
        lastLineText =
          lastNewline >= 0 ? text.slice(lastNewline + 1) : lastLineText + text;
        if (!parser.write(text))
          await new Promise((resolve) => parser.once("drain", resolve));
      }
      if (!failure) {
        try {
          decoder.decode();
        } catch {
          failure = {
            file: label,
            line: decodedLines,
            message:
              "the file ends in the middle of a character: it is not valid UTF-8; save it as UTF-8",
          };
        }
      }
    } catch (error) {
      failure = {
        file: label,
        line: 0,
        message: `could not read the file: ${(error as Error).message}`,
      };
    } finally {
      parser.end();
    }
  })();

  let nextLine = 1;
  try {
    for await (const item of parser as AsyncIterable<{
      record: string[];
      raw: string;
    }>) {
      if (failure) break;
      const line = nextLine;
      // Counted from the raw text: csv-parse's own count is off for CRLF inside quotes.
      nextLine += countNewlines(item.raw);
      if (
        item.record.length === 1 &&
        item.record[0] === "" &&
        item.raw.trim() === ""
      )
        continue; // blank line
      yield { line, values: item.record };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      throw [csvError(label, error, nextLine)];
    }
    throw error;
  } finally {
    input.destroy();
    await pump;
  }
  if (failure) throw [failure];
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Finds the first byte that is not UTF-8 in a chunk and names its line and column. */
function notUtf8(
  label: string,
  chunk: Buffer,
  lineBefore: number,
  lineTextBefore: string,
): PackError {
  const lenient = new TextDecoder("utf-8").decode(chunk);
  let byte = 0;
  let line = lineBefore;
  let column = lineTextBefore.length + 1;
  for (const char of lenient) {
    const code = char.codePointAt(0)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (
      code === 0xfffd &&
      !(
        chunk[byte] === 0xef &&
        chunk[byte + 1] === 0xbf &&
        chunk[byte + 2] === 0xbd
      )
    ) {
      const hex = chunk[byte]?.toString(16).toUpperCase().padStart(2, "0");
      return {
        file: label,
        line,
        characterColumn: column,
        message: `byte 0x${hex} is not UTF-8 (the file may be saved as Latin-1 or Windows-1252); save it as UTF-8 and load it again`,
      };
    }
    byte += width;
    if (char === "\n") {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return {
    file: label,
    line,
    message: "the file is not valid UTF-8; save it as UTF-8 and load it again",
  };
}

function csvError(
  label: string,
  error: CsvError,
  recordStart: number,
): PackError {
  const lines = (error as unknown as { lines?: number }).lines;
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return {
        file: label,
        line: recordStart,
        message:
          'a quoted field opened on this line is never closed: the file ends inside quotes; add the closing " (a " inside a quoted field is written "")',
      };
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return {
        file: label,
        line: lines ?? recordStart,
        message:
          'a quoted field is followed by other characters before the next comma; quote the whole field, and write a " inside it as ""',
      };
    case "INVALID_OPENING_QUOTE":
      return {
        file: label,
        line: lines ?? recordStart,
        message:
          'a " appears inside a field that is not quoted; quote the whole field and write the " as ""',
      };
    default:
      return {
        file: label,
        line: lines ?? recordStart,
        message: `the file is not valid CSV: ${error.message}`,
      };
  }
}
