import { describe, expect, it } from 'vitest';
import { EXIT, execute, parseCommand, UsageError, wholeNumber, type Io } from './command';

const command = {
  usage: 'Usage: demo [--rows N] [--dry-run] <dir>',
  options: { rows: { type: 'string' as const }, 'dry-run': { type: 'boolean' as const, default: false } },
  positionals: { min: 1, max: 1 },
};

function io(): Io & { outText: string; errText: string } {
  const out = { outText: '', errText: '' };
  return Object.assign(out, {
    out: (t: string) => void (out.outText += `${t}\n`),
    err: (t: string) => void (out.errText += `${t}\n`),
  });
}

describe('parseCommand', () => {
  it('gives the options and positionals, with defaults', () => {
    expect(parseCommand(command, ['pack', '--rows', '10'])).toEqual({
      values: { rows: '10', 'dry-run': false },
      positionals: ['pack'],
    });
  });

  it('is null for --help and -h, whatever else is given', () => {
    expect(parseCommand(command, ['--help'])).toBeNull();
    expect(parseCommand(command, ['-h', 'a', 'b'])).toBeNull();
  });

  it('refuses an unknown option, a missing or an extra argument', () => {
    expect(() => parseCommand(command, ['pack', '--fast'])).toThrow(UsageError);
    expect(() => parseCommand(command, [])).toThrow('Missing an argument.');
    expect(() => parseCommand(command, ['a', 'b'])).toThrow('Too many arguments (at most 1, got 2).');
    expect(() => parseCommand({ usage: '' }, ['x'])).toThrow('Unexpected argument "x".');
  });
});

describe('execute', () => {
  it("returns main's exit code, 0 when it gives none", async () => {
    expect(await execute(command, () => EXIT.failed, ['pack'], io())).toBe(1);
    expect(await execute(command, async () => undefined, ['pack'], io())).toBe(0);
  });

  it('prints the usage on stdout for --help, and exits 0 without running main', async () => {
    const out = io();
    let ran = false;
    expect(await execute(command, () => void (ran = true), ['--help'], out)).toBe(0);
    expect(ran).toBe(false);
    expect(out.outText).toBe(`${command.usage}\n`);
    expect(out.errText).toBe('');
  });

  it('exits 2 with the mistake and the usage on stderr for a wrong command line', async () => {
    const out = io();
    expect(await execute(command, () => 0, ['pack', '--rows'], out)).toBe(EXIT.usage);
    expect(out.errText).toContain("Option '--rows <value>' argument missing");
    expect(out.errText).toContain(command.usage);
    expect(out.outText).toBe('');
  });

  it('exits 2 for a UsageError that main throws (a value it checks itself)', async () => {
    const out = io();
    const code = await execute(command, ({ values }) => void wholeNumber('rows', values.rows ?? '', 1), ['p'], out);
    expect(code).toBe(2);
    expect(out.errText).toContain('--rows must be a whole number of at least 1 (got "")');
  });

  it('exits 1 with the error for anything else main throws', async () => {
    const out = io();
    expect(await execute(command, () => Promise.reject(new Error('disk full')), ['pack'], out)).toBe(1);
    expect(out.errText).toContain('disk full');
  });
});

describe('wholeNumber', () => {
  it('reads whole numbers, underscores allowed, within bounds', () => {
    expect(wholeNumber('rows', '1_000_000', 10)).toBe(1_000_000);
    expect(wholeNumber('seed', '0', 0, 9)).toBe(0);
    expect(() => wholeNumber('rows', '5', 10)).toThrow('--rows must be a whole number of at least 10 (got "5")');
    expect(() => wholeNumber('seed', '10', 0, 9)).toThrow('--seed must be a whole number from 0 to 9 (got "10")');
    expect(() => wholeNumber('rows', '1.5', 1)).toThrow(UsageError);
    expect(() => wholeNumber('rows', 'many', 1)).toThrow(UsageError);
    expect(() => wholeNumber('seed', '', 0)).toThrow(UsageError);
  });
});
