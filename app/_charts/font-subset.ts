// A TrueType font cut down to the characters a chart can use, glyph ids unchanged: every glyph
// that no kept character reaches (through the cmap, or as a component of a composite glyph) is
// emptied, and the OpenType layout tables, whose rules point at the emptied glyphs, are dropped.
// Why: resvg's cost for every run of text it shapes grows with the size of the font's file
// (measured: ~20 ms a label in Noto Sans SC, 30,898 glyphs and 10.6 MB a weight, ~1 ms in Inter),
// so a Chinese chart took about seven times as long to rasterise as an English one; in this
// subset (GB 2312 and the dashboard's own messages, 2.5 MB) about one and a half times. Nothing else of the font changes (metrics, names, hinting), so what it draws is the same.

type Tables = Map<string, Buffer>;

/** The font's tables, by tag. */
function readTables(font: Buffer): Tables {
  const tables: Tables = new Map();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const record = 12 + 16 * i;
    const offset = font.readUInt32BE(record + 8);
    tables.set(
      font.toString('latin1', record, record + 4),
      font.subarray(offset, offset + font.readUInt32BE(record + 12)),
    );
  }
  return tables;
}

const checksum = (data: Buffer) => {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum = (sum + data.readUInt32BE(i)) >>> 0;
  return sum;
};
const padded = (data: Buffer) => Buffer.concat([data, Buffer.alloc(((data.length + 3) & ~3) - data.length)]);

/** A font file of these tables (sorted by tag, each 4-byte aligned, with its checksum). */
function writeFont(sfntVersion: number, tables: Tables): Buffer {
  const tags = [...tables.keys()].sort();
  const header = Buffer.alloc(12 + 16 * tags.length);
  const power = 2 ** Math.floor(Math.log2(tags.length));
  header.writeUInt32BE(sfntVersion, 0);
  header.writeUInt16BE(tags.length, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(tags.length * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const body = padded(data);
    const record = 12 + 16 * i;
    header.write(tag, record, 'latin1');
    header.writeUInt32BE(checksum(body), record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(data.length, record + 12);
    bodies.push(body);
    offset += body.length;
  });
  return Buffer.concat([header, ...bodies]);
}

/** The glyphs the cmap gives these code points (from its format 12 or format 4 Unicode subtable). */
function glyphsOfCodePoints(cmap: Buffer, codePoints: Set<number>): Set<number> {
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + 8 * i),
    table: cmap.subarray(cmap.readUInt32BE(8 + 8 * i)),
  })).filter((s) => s.platform === 0 || s.platform === 3);
  const glyphs = new Set<number>();
  const full = subtables.find((s) => s.table.readUInt16BE(0) === 12)?.table;
  if (full) {
    for (let g = 0; g < full.readUInt32BE(12); g++) {
      const [start, end, glyph] = [0, 4, 8].map((o) => full.readUInt32BE(16 + 12 * g + o)) as [number, number, number];
      for (let c = start; c <= end; c++) if (codePoints.has(c)) glyphs.add(glyph + c - start);
    }
    return glyphs;
  }
  const bmp = subtables.find((s) => s.table.readUInt16BE(0) === 4)?.table;
  if (!bmp) throw new Error('the font has no Unicode cmap (format 4 or 12)');
  const segments = bmp.readUInt16BE(6) / 2;
  const at = (array: number, i: number) => 14 + (array * segments + (array > 0 ? 1 : 0)) * 2 + 2 * i;
  for (let s = 0; s < segments; s++) {
    const [end, start, delta, rangeOffset] = [0, 1, 2, 3].map((a) => bmp.readUInt16BE(at(a, s))) as number[];
    for (let c = start!; c <= end! && c !== 0xffff; c++) {
      if (!codePoints.has(c)) continue;
      const raw = rangeOffset === 0 ? c : bmp.readUInt16BE(at(3, s) + rangeOffset! + 2 * (c - start!));
      const glyph = rangeOffset === 0 || raw !== 0 ? (raw + delta!) & 0xffff : 0;
      if (glyph !== 0) glyphs.add(glyph);
    }
  }
  return glyphs;
}

// Composite glyph flags (the 'glyf' table's component records).
const WORDS = 0x0001;
const SCALE = 0x0008;
const MORE = 0x0020;
const XY_SCALE = 0x0040;
const TWO_BY_TWO = 0x0080;

/** A font with only the glyphs of these code points (and .notdef) drawn; see the file's header. */
export function subsetFont(font: Buffer, codePoints: Iterable<number>): Buffer {
  const tables = readTables(font);
  const [head, maxp, loca, glyf, cmap] = ['head', 'maxp', 'loca', 'glyf', 'cmap'].map((t) => tables.get(t));
  if (!head || !maxp || !loca || !glyf || !cmap) throw new Error('not a TrueType font with glyf outlines');
  const long = head.readInt16BE(50) === 1;
  const count = maxp.readUInt16BE(4);
  const start = (g: number) => (long ? loca.readUInt32BE(4 * g) : 2 * loca.readUInt16BE(2 * g));
  const kept = glyphsOfCodePoints(cmap, new Set(codePoints));
  kept.add(0);
  // A composite glyph is drawn from others: keep them too.
  const queue = [...kept];
  while (queue.length > 0) {
    const g = queue.pop()!;
    if (g >= count || start(g + 1) === start(g) || glyf.readInt16BE(start(g)) >= 0) continue;
    let at = start(g) + 10;
    for (let flags = MORE; flags & MORE;) {
      flags = glyf.readUInt16BE(at);
      const component = glyf.readUInt16BE(at + 2);
      if (!kept.has(component)) {
        kept.add(component);
        queue.push(component);
      }
      at += 4 + (flags & WORDS ? 4 : 2) + (flags & SCALE ? 2 : flags & XY_SCALE ? 4 : flags & TWO_BY_TWO ? 8 : 0);
    }
  }
  const pieces: Buffer[] = [];
  const offsets: number[] = [0];
  for (let g = 0; g < count; g++) {
    if (kept.has(g)) pieces.push(glyf.subarray(start(g), start(g + 1)));
    offsets.push(offsets[g]! + (kept.has(g) ? start(g + 1) - start(g) : 0));
  }
  const newLoca = Buffer.alloc((count + 1) * (long ? 4 : 2));
  offsets.forEach((o, g) => (long ? newLoca.writeUInt32BE(o, 4 * g) : newLoca.writeUInt16BE(o / 2, 2 * g)));
  tables.set('glyf', Buffer.concat(pieces));
  tables.set('loca', newLoca);
  for (const layout of ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH']) tables.delete(layout);
  const newHead = Buffer.from(head);
  newHead.writeUInt32BE(0, 8); // checkSumAdjustment, computed over the whole file below
  tables.set('head', newHead);
  const out = writeFont(font.readUInt32BE(0), tables);
  const headAt = readTables(out).get('head')!.byteOffset - out.byteOffset;
  out.writeUInt32BE((0xb1b0afba - checksum(padded(out))) >>> 0, headAt + 8);
  return out;
}

/**
 * What a Chinese chart may contain: ASCII and Latin-1, general and CJK punctuation, arrows and
 * math signs, full-width forms, GB 2312 (its 6,763 hanzi and its symbols, decoded by the
 * platform's own GB 18030 decoder), and every character of `also` (the Chinese messages).
 */
export function chineseCodePoints(also: string): Set<number> {
  const points = new Set<number>();
  const range = (from: number, to: number) => {
    for (let c = from; c <= to; c++) points.add(c);
  };
  range(0x20, 0x7e);
  range(0xa0, 0xff);
  range(0x2000, 0x22ff); // punctuation, super/subscripts, letterlike, number forms, arrows, maths
  range(0x3000, 0x303f);
  range(0xff00, 0xffef);
  const gb = new TextDecoder('gb18030');
  for (let row = 0xa1; row <= 0xf7; row++)
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const ch = gb.decode(Uint8Array.of(row, cell));
      if (ch.length === 1 && ch !== '\ufffd') points.add(ch.codePointAt(0)!);
    }
  for (const ch of also) points.add(ch.codePointAt(0)!);
  return points;
}
