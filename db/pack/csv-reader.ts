import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import { parse, CsvError } from 'csv-parse';
import type { PackError } from './errors';

export type CsvRecord = { line: number; values: string[] };

/**
 * Streams a CSV file as records with the line (as an editor numbers it) where each starts.
 * Refuses bytes that are not UTF-8 and reports csv-parse's errors (unterminated quotes, stray
 * quotes) as PackErrors at the line where the broken record starts; field counts are left to
 * the caller, which knows the header.
 *
 * The parser is driven chunk by chunk from here: write() parses a chunk synchronously, and its
 * records are taken out of the parser's buffer with read() straight after, before the next chunk
 * is read. So reading stops as soon as the caller stops, and the records parsed before a broken
 * one are all given to the caller before the error. (Not csv-parse's on_record hook, which does
 * the same but builds an info object for every record: a third of the parsing time.)
 */
export async function* readCsv(file: string, label: string): AsyncGenerator<CsvRecord, void, void> {
  for await (const records of readCsvChunks(file, label)) yield* records;
}

/**
 * readCsv's records a chunk of the file at a time (about 64 kB: hundreds of rows), for a caller
 * that handles each row synchronously: one step of the async iteration per chunk instead of per
 * row, which for a big pack was a tenth of the load's time.
 */
export async function* readCsvChunks(file: string, label: string): AsyncGenerator<CsvRecord[], void, void> {
  const queue: CsvRecord[] = [];
  let nextLine = 1; // the line where the next record starts
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false, raw: true });
  parser.on('error', () => {}); // read from parser.errored instead
  const take = ({ record, raw }: { record: string[]; raw: string }) => {
    const line = nextLine;
    // Counted from the raw text: csv-parse's own count is off for CRLF inside quotes. Its raw
    // text leaves out the "\n" of a CRLF record delimiter (it ends in "\r"): count that one too.
    nextLine += countNewlines(raw) + (raw.endsWith('\r') ? 1 : 0);
    const blank = record.length === 1 && record[0] === '' && raw.trim() === '';
    if (!blank) queue.push({ line, values: record });
  };
  /** The records parsed so far, out of the parser's buffer. */
  const takeParsed = () => {
    for (let item = parser.read(); item !== null; item = parser.read()) take(item);
  };
  const input = fs.createReadStream(file);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let decodedLines = 1;
  let lastLineText = '';
  let heldBytes: Buffer = Buffer.alloc(0); // an incomplete character at the end of the last chunk

  const broken = (): PackError[] => {
    const error = parser.errored;
    if (!(error instanceof CsvError)) throw error;
    return [csvError(label, error, nextLine)];
  };

  try {
    try {
      for await (const chunk of input as AsyncIterable<Buffer>) {
        let text: string;
        try {
          text = decoder.decode(chunk, { stream: true });
        } catch {
          throw [notUtf8(label, Buffer.concat([heldBytes, chunk]), decodedLines, lastLineText)];
        }
        heldBytes = incompleteTail(Buffer.concat([heldBytes, chunk.subarray(-4)]));
        const lastNewline = text.lastIndexOf('\n');
        decodedLines += countNewlines(text);
        lastLineText = lastNewline >= 0 ? text.slice(lastNewline + 1) : lastLineText + text;
        parser.write(text);
        takeParsed();
        if (queue.length > 0) yield queue.splice(0);
        if (parser.errored) throw broken();
      }
    } catch (error) {
      if (Array.isArray(error)) throw error;
      throw [{ file: label, line: 0, message: `could not read the file: ${(error as Error).message}` }];
    }
    try {
      decoder.decode();
    } catch {
      throw [
        {
          file: label,
          line: decodedLines,
          message: 'the file ends in the middle of a character: it is not valid UTF-8; save it as UTF-8',
        },
      ];
    }
    // The last record is parsed when the parser flushes, after end(): wait for that (or its error).
    parser.end();
    await finished(parser, { readable: false }).catch(() => undefined);
    takeParsed();
    if (queue.length > 0) yield queue.splice(0);
    if (parser.errored) throw broken();
  } finally {
    input.destroy();
    parser.destroy();
  }
}

/** The bytes of a character that a chunk of valid UTF-8 ends in the middle of, if any. */
function incompleteTail(bytes: Buffer): Buffer {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const width = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return width > back ? bytes.subarray(bytes.length - back) : Buffer.alloc(0);
  }
  return Buffer.alloc(0);
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Finds the first byte that is not UTF-8 in a chunk and names its line and column. */
function notUtf8(label: string, chunk: Buffer, lineBefore: number, lineTextBefore: string): PackError {
  const lenient = new TextDecoder('utf-8').decode(chunk);
  let byte = 0;
  let line = lineBefore;
  let column = Array.from(lineTextBefore).length + 1; // characters, not UTF-16 units
  for (const char of lenient) {
    const code = char.codePointAt(0)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (code === 0xfffd && !(chunk[byte] === 0xef && chunk[byte + 1] === 0xbf && chunk[byte + 2] === 0xbd)) {
      const hex = chunk[byte]?.toString(16).toUpperCase().padStart(2, '0');
      return {
        file: label,
        line,
        characterColumn: column,
        message: `byte 0x${hex} is not UTF-8 (the file may be saved as Latin-1 or Windows-1252); save it as UTF-8 and load it again`,
      };
    }
    byte += width;
    if (char === '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return {
    file: label,
    line,
    message: 'the file is not valid UTF-8; save it as UTF-8 and load it again',
  };
}

/** A CSV syntax error, placed at the line where the broken record starts (PACK-FORMAT "line"). */
function csvError(label: string, error: CsvError, recordStart: number): PackError {
  // The raw text of the broken record up to the problem: where on its lines the problem is.
  const raw = (error as unknown as { raw?: string }).raw ?? '';
  const problemLine = recordStart + countNewlines(raw);
  const onLine = problemLine > recordStart ? ` (the problem shows on line ${problemLine})` : '';
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return {
        file: label,
        line: recordStart,
        message:
          'a quoted field opened on this line is never closed: the file ends inside quotes; add the closing " (a " inside a quoted field is written "")',
      };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return {
        file: label,
        line: recordStart,
        message:
          problemLine > recordStart
            ? `a quoted field that opens on this line runs on to line ${problemLine}, where its closing quote is followed by other characters; a closing " is probably missing on this line (a " inside a quoted field is written "")`
            : 'a quoted field is followed by other characters before the next comma; quote the whole field, and write a " inside it as ""',
      };
    case 'INVALID_OPENING_QUOTE':
      return {
        file: label,
        line: recordStart,
        message: `a " appears inside a field that is not quoted${onLine}; quote the whole field and write the " as ""`,
      };
    default:
      return {
        file: label,
        line: recordStart,
        message: `the file is not valid CSV${onLine}: ${error.message}`,
      };
  }
}
