/** Process exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** The run finished but at least one document failed (its record says why). */
  completedWithFailures: 1,
  /** The command line was wrong: nothing was done. */
  usage: 2,
  /** Something outside the documents stopped the run (database unusable, disk full...). */
  fatal: 3,
} as const;

/** An error meant for the user: one line saying what happened and what to do next. */
export class DocketError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.fatal,
  ) {
    super(message);
    this.name = 'DocketError';
  }
}

/** Turns anything thrown into a single line (no stack), for stored reasons and stderr. */
export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/\s+/g, ' ').trim() || 'unknown error';
}
