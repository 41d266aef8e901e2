import { DocketError, EXIT, oneLine } from '../errors.ts';
import type { Command } from './command.ts';
import { exportCommand } from './commands/export.ts';
import { ingestCommand } from './commands/ingest.ts';
import { serveCommand } from './commands/serve.ts';
import { extractCommand } from './commands/extract.ts';
import { runCommand } from './commands/run.ts';
import { flagsCommand, queryCommand, searchCommand, showCommand, spendCommand } from './commands/query-commands.ts';
import { diffCommand } from './commands/diff.ts';
import { evidenceCommand } from './commands/evidence.ts';
import { workerCommand } from './commands/worker.ts';

/** Every CLI command; adding one is one file and one line here. */
export const COMMANDS: readonly Command[] = [ingestCommand, runCommand, extractCommand, exportCommand, searchCommand, showCommand, spendCommand, flagsCommand, queryCommand, diffCommand, evidenceCommand, serveCommand, workerCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `docket: structured, checkable records from UK public-body decision PDFs

usage: docket <command> [options]   (docket <command> --help for its options)

commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Exit codes: 0 ok, 1 completed with failures, 2 bad arguments, 3 fatal error.
`;
}

/** Runs the CLI; the only place exit codes and user-facing errors are decided. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`docket: unknown command "${name}": run \`docket --help\` for the list\n`);
    return EXIT.usage;
  }
  const verbose = rest.includes('--verbose');
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof DocketError) {
      process.stderr.write(`docket ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`docket ${name}: unexpected error: ${oneLine(err)} (run again with --verbose for details)\n`);
    if (verbose) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    return EXIT.fatal;
  }
}
