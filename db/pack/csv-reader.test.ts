import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, tempDir } from '../../tests/helpers';
import { readCsv, type CsvRecord } from './csv-reader';
import type { PackError } from './errors';

afterEach(cleanup);

function file(content: string | Buffer): string {
  const f = path.join(tempDir(), 'x.csv');
  fs.writeFileSync(f, content);
  return f;
}

/** All records of a file, and the errors that ended the read (if any). */
async function read(content: string | Buffer): Promise<{ records: CsvRecord[]; errors: PackError[] }> {
  const records: CsvRecord[] = [];
  try {
    for await (const r of readCsv(file(content), 'x.csv')) records.push(r);
  } catch (e) {
    if (!Array.isArray(e)) throw e;
    return { records, errors: e as PackError[] };
  }
  return { records, errors: [] };
}

describe('readCsv', () => {
  it('gives each record with the line where it starts', async () => {
    const { records, errors } = await read('a,b\n1,"two\nlines"\n\n3,4\n');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, values: ['a', 'b'] },
      { line: 2, values: ['1', 'two\nlines'] },
      { line: 5, values: ['3', '4'] },
    ]);
  });

  it('numbers CRLF and CR-only files as an editor does', async () => {
    const crlf = await read('a,b\r\n1,"x\r\ny"\r\n\r\n3,4\r\n5,6');
    expect(crlf.records.map((r) => r.line)).toEqual([1, 2, 5, 6]);
    expect(crlf.records[1]!.values).toEqual(['1', 'x\r\ny']);
    const cr = await read('a,b\r1,2\r3,4\r');
    expect(cr.records.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('drops a BOM', async () => {
    const { records } = await read('\uFEFFa,b\n1,2\n');
    expect(records[0]!.values).toEqual(['a', 'b']);
  });

  it('gives the records before a broken one, then the error at the line where the broken one starts', async () => {
    const { records, errors } = await read('a,b\n1,2\n"open,3\n4,5\n');
    expect(records.map((r) => r.line)).toEqual([1, 2]);
    expect(errors).toEqual([expect.objectContaining({ file: 'x.csv', line: 3 })]);
    expect(errors[0]!.message).toContain('never closed');
  });

  it('names the start line of a multi-line record with a stray quote, and the line where it shows', async () => {
    const { errors } = await read('a,b\n1,"x\ny"\n2,"p\nq\nr" z\n');
    expect(errors).toEqual([expect.objectContaining({ line: 4 })]);
    expect(errors[0]!.message).toContain('runs on to line 6');
  });

  it('refuses bytes that are not UTF-8, naming line and character', async () => {
    const { errors } = await read(Buffer.concat([Buffer.from('a,b\nüber,'), Buffer.from([0xff]), Buffer.from('\n')]));
    expect(errors).toEqual([expect.objectContaining({ line: 2, characterColumn: 6 })]);
    expect(errors[0]!.message).toContain('byte 0xFF is not UTF-8');
  });

  it('refuses a file that ends in the middle of a UTF-8 character', async () => {
    const { errors } = await read(Buffer.concat([Buffer.from('a,b\n1,'), Buffer.from([0xc3])]));
    expect(errors).toEqual([expect.objectContaining({ line: 2 })]);
    expect(errors[0]!.message).toContain('ends in the middle of a character');
  });

  it('stops reading at once when the caller stops, even in a large file', async () => {
    const big = 'a,b\n' + 'x,y\n'.repeat(300_000);
    const f = file(big);
    const started = Date.now();
    for await (const record of readCsv(f, 'x.csv')) {
      expect(record.line).toBe(1);
      break;
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
