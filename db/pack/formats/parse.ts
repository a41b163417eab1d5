import JSON5 from 'json5';
import YAML, { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { Printed } from './values';

// Reading a result file's text into plain values, leniently where its writers are lenient:
// lm-eval and Inspect write Python's bare NaN / Infinity, which JSON.parse refuses, so JSON goes
// through json5 (which reads them as numbers). YAML numbers keep their printed text (Printed).

export type Parsed = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

/** JSON as lm-eval, Inspect and Every Eval Ever write it (NaN, Infinity, -Infinity allowed). */
export function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON5.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const e = error as SyntaxError & { lineNumber?: number; columnNumber?: number };
    return {
      ok: false,
      line: e.lineNumber ?? 0,
      column: e.columnNumber ?? 0,
      message: `not valid JSON: ${e.message.replace(/^JSON5: /, '')}`,
    };
  }
}

/** YAML (one document), numbers as Printed so that "0.9060" keeps its last zero. */
export function parseYaml(text: string, lineOffset = 0): Parsed {
  const doc = YAML.parseDocument(text, { keepSourceTokens: true, prettyErrors: true, uniqueKeys: false });
  const problem = doc.errors[0];
  if (problem) {
    const at = problem.linePos?.[0];
    return {
      ok: false,
      line: (at?.line ?? 0) + lineOffset,
      column: at?.col ?? 0,
      message: `not valid YAML: ${problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    };
  }
  return { ok: true, value: plain(doc.contents, doc) };
}

function plain(node: unknown, doc: Document): unknown {
  if (isAlias(node)) return plain(node.resolve(doc), doc);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      out[key] = plain(pair.value, doc);
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => plain(item, doc));
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'number') {
      const source = (node as Node & { source?: string }).source;
      return new Printed(typeof source === 'string' ? source : String(v), v);
    }
    return v;
  }
  return node ?? null;
}

/**
 * The YAML front matter of a Markdown file (a model card): the text between a first line "---"
 * and the next line "---", with the line where it starts; null when the file has none.
 */
export function frontMatter(text: string): { yaml: string; firstLine: number } | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return null;
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return null;
  return { yaml: lines.slice(1, end).join('\n'), firstLine: 1 };
}

/** A path inside a file, as a reader finds it: results["gsm8k"]["acc,none"], model-index[0].results[2]. */
export function pathText(parts: readonly (string | number)[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(p)) out += out === '' ? p : `.${p}`;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out || '(the whole file)';
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Printed);
