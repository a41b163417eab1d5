import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT } from './compile-hints';

function build(files: Record<string, string>, rootMainFiles: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'));
  fs.mkdirSync(path.join(root, '.next', 'static', 'chunks'), { recursive: true });
  fs.writeFileSync(path.join(root, '.next', 'build-manifest.json'), JSON.stringify({ rootMainFiles }));
  for (const [name, code] of Object.entries(files)) fs.writeFileSync(path.join(root, '.next', name), code);
  return root;
}

const read = (root: string, name: string) => fs.readFileSync(path.join(root, '.next', name), 'utf8');

describe('compile hints', () => {
  it('go at the top of the chunks every page loads at start, once, and nowhere else', () => {
    const root = build(
      {
        'static/chunks/react-dom.js': 'var a=1;',
        'static/chunks/router.js': 'var b=2;',
        'static/chunks/pages-only.js': 'var c=3;',
        'static/chunks/app.css': 'body{}',
      },
      ['static/chunks/react-dom.js', 'static/chunks/router.js', 'static/chunks/app.css'],
    );
    expect(addCompileHints(root)).toEqual(['static/chunks/react-dom.js', 'static/chunks/router.js']);
    addCompileHints(root); // a second run (a build that was not redone) adds nothing
    expect(read(root, 'static/chunks/react-dom.js')).toBe(`${COMPILE_HINT}var a=1;`);
    expect(read(root, 'static/chunks/router.js')).toBe(`${COMPILE_HINT}var b=2;`);
    expect(read(root, 'static/chunks/pages-only.js')).toBe('var c=3;');
    expect(read(root, 'static/chunks/app.css')).toBe('body{}');
  });
});
