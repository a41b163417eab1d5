// Numbers read from result files, as decimal text. A score is kept as its digits: a fraction
// becomes a percent by moving the decimal point two places in the text (0.7312 -> 73.12), never
// by multiplying a float (0.7312 * 100 is 73.12000000000001).

/** A number as its file printed it: YAML keeps the source text ("0.9060"), so its digits stay. */
export class Printed {
  constructor(
    readonly text: string,
    readonly value: number,
  ) {}
}

const PLAIN = /^-?\d+(\.\d+)?$/;
const EXPONENT = /^(-?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/i;

/**
 * The plain decimal text of a number: its shortest round-trip digits (what Python's json and
 * pydantic write, so the digits of the file), exponent written out (1e-05 -> 0.00001). A printed
 * number keeps its own text. Null for NaN and the infinities.
 */
export function decimalText(n: number | Printed): string | null {
  if (n instanceof Printed) {
    const t = n.text.trim().replace(/^\+/, '');
    if (PLAIN.test(t)) return t.replace(/^(-?)0+(?=\d)/, '$1');
    return Number.isFinite(n.value) ? decimalText(n.value) : null;
  }
  if (!Number.isFinite(n)) return null;
  const text = String(n);
  const m = EXPONENT.exec(text);
  if (!m) return text;
  const [, sign, int, frac = '', exp] = m;
  const digits = int! + frac;
  const point = int!.length + Number(exp);
  const plain =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + plain.replace(/^0+(?=\d)/, '');
}

/** Moves the decimal point of a plain decimal text two places right: "0.7312" -> "73.12", "1" -> "100". */
export function percentOfFraction(text: string): string {
  const negative = text.startsWith('-');
  const [int = '', frac = ''] = (negative ? text.slice(1) : text).split('.');
  const padded = frac.padEnd(2, '0');
  const whole = `${int}${padded.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2);
  // Digits the file printed stay ("0.9060" -> "90.60"); none are added ("0.5" -> "50").
  const out = rest === '' ? whole : `${whole}.${rest}`;
  return negative && /[1-9]/.test(out) ? `-${out}` : out;
}

export type ReadValue = { ok: true; text: string; percentSign: boolean } | { ok: false; reason: string };

/**
 * A value as a file gives it: a number, a printed number, or text holding one ("73.8%", " 0.5 ").
 * NaN, the infinities, "N/A" and other text are refused with the reason, for the caller to name
 * with the file and the path.
 */
export function readValue(v: unknown): ReadValue {
  if (typeof v === 'number' || v instanceof Printed) {
    const text = decimalText(v);
    if (text !== null) return { ok: true, text, percentSign: false };
    const n = v instanceof Printed ? v.value : v;
    return { ok: false, reason: Number.isNaN(n) ? 'the value is NaN (not a number)' : `the value is ${n}` };
  }
  if (typeof v === 'string') {
    const t = v.trim();
    const m = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(t);
    if (m) return { ok: true, text: m[1]!.replace(/^(-?)0+(?=\d)/, '$1'), percentSign: true };
    if (PLAIN.test(t)) return { ok: true, text: t.replace(/^(-?)0+(?=\d)/, '$1'), percentSign: false };
    if (/^[-+]?(nan|inf(inity)?)$/i.test(t)) return { ok: false, reason: `the value is "${v}" (not a number)` };
    if (/^n\/?a$/i.test(t) || t === '') return { ok: false, reason: `the value is "${v}" (not available)` };
    return { ok: false, reason: `"${v}" is not a number` };
  }
  if (v === null || v === undefined) return { ok: false, reason: 'there is no value' };
  return { ok: false, reason: `the value is ${JSON.stringify(v)}, not a number` };
}

/** A plain decimal text within [low, high], compared as numbers. */
export function within(text: string, low: number, high: number): boolean {
  const n = Number(text);
  return n >= low && n <= high;
}
