import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DocketError, EXIT } from '../errors.ts';

/** A CLI command: parses its own arguments, calls the API, prints data on stdout; returns an exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

/** Parses arguments strictly: an unknown option is a usage error with the command's usage line. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new DocketError(`${(err as Error).message.split('\n')[0]}\nusage: ${usage}`, EXIT.usage);
  }
}

/** Reads a whole-number option, or fails with a usage error. */
export function intOption(value: string | undefined, name: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new DocketError(`--${name} takes a whole number >= ${min}, got "${value}"`, EXIT.usage);
  return n;
}

/** Reads an option restricted to a few words. */
export function choice<T extends string>(value: string | undefined, name: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new DocketError(`--${name} takes one of ${allowed.join('|')}, got "${value}"`, EXIT.usage);
  return value as T;
}

const wantsHelp = (argv: string[]) => argv.includes('--help') || argv.includes('-h');

/** Defines a command whose --help prints its usage line and help text; `run` only sees real invocations. */
export function defineCommand(c: { name: string; summary: string; usage: string; help: string; run: (argv: string[]) => Promise<number> | number }): Command {
  return {
    name: c.name,
    summary: c.summary,
    usage: c.usage,
    async run(argv) {
      if (wantsHelp(argv)) {
        process.stdout.write(`${c.usage}\n\n${c.help}\n`);
        return 0;
      }
      return c.run(argv);
    },
  };
}
