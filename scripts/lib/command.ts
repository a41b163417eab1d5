import { parseArgs } from 'node:util';

// What every command line of scripts/ shares: its options parsed by node:util parseArgs, --help,
// the usage printed with a mistake in the command line, and one meaning for each exit code.

/** 0: done. 1: the work failed (a bad pack, no database). 2: the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

type Options = Record<
  string,
  { type: 'string' | 'boolean'; short?: string; default?: string | boolean; multiple?: boolean }
>;
type Value<T> = T extends { type: 'boolean' } ? boolean : T extends { multiple: true } ? string[] : string;
/** The parsed options: an option with a default always has a value. */
type Values<O extends Options> = {
  [K in keyof O]: O[K] extends { default: string | boolean } ? Value<O[K]> : Value<O[K]> | undefined;
};

export type Command<O extends Options> = {
  /** The usage text: printed by --help, and after a mistake in the command line. */
  usage: string;
  options?: O;
  /** How many positional arguments the command takes (default none). */
  positionals?: { min?: number; max?: number };
};

export type Args<O extends Options> = { values: Values<O>; positionals: string[] };

/** A mistake in the command line: its message is printed above the usage, and the exit code is 2. */
export class UsageError extends Error {}

export type Io = { out: (text: string) => void; err: (text: string) => void };
const stdio: Io = { out: (text) => console.log(text), err: (text) => console.error(text) };

/** Parses `argv` for `command`; null when it asks for --help. Throws UsageError. */
export function parseCommand<O extends Options>(command: Command<O>, argv: string[]): Args<O> | null {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) return null;
  const { min = 0, max = 0 } = command.positionals ?? {};
  const n = parsed.positionals.length;
  if (n < min) throw new UsageError(`Missing ${min - n === 1 ? 'an argument' : `${min - n} arguments`}.`);
  if (n > max)
    throw new UsageError(
      max === 0 ? `Unexpected argument "${parsed.positionals[0]}".` : `Too many arguments (at most ${max}, got ${n}).`,
    );
  return { values: parsed.values as Values<O>, positionals: parsed.positionals };
}

/**
 * Runs a command's `main` on `argv` and gives its exit code: main's own (0 when it gives none);
 * 0 after --help; 2, with the message and the usage, for a mistake in the command line (also one
 * that main throws as a UsageError); 1, with the error, for anything else thrown.
 */
export async function execute<O extends Options>(
  command: Command<O>,
  main: (args: Args<O>) => Promise<number | void> | number | void,
  argv: string[],
  io: Io = stdio,
): Promise<number> {
  try {
    const args = parseCommand(command, argv);
    if (args === null) {
      io.out(command.usage);
      return EXIT.ok;
    }
    return (await main(args)) ?? EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT.failed;
  }
}

/** Runs a command with the process's arguments and exits with its code. */
export function run<O extends Options>(
  command: Command<O>,
  main: (args: Args<O>) => Promise<number | void> | number | void,
): void {
  void execute(command, main, process.argv.slice(2)).then((code) => process.exit(code));
}

/** A whole number from an option's text ("1_000_000" reads as 1000000), at least `min`; else a UsageError. */
export function wholeNumber(option: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = text.trim() === '' ? NaN : Number(text.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(
      `--${option} must be a whole number ${max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`} (got "${text}")`,
    );
  return n;
}
