import type Database from 'better-sqlite3';
import { DocketError, EXIT, oneLine } from '../errors.ts';

/** Milliseconds SQLite itself waits for the write lock in one attempt before the writer backs off (asynchronously). */
export const ATTEMPT_BUSY_MS = 200;
/** Longest pause between two attempts, in ms: the back-off doubles from 25 ms up to this. */
const MAX_PAUSE_MS = 1000;

const codeOf = (err: unknown) => String((err as { code?: unknown })?.code ?? '');

/** True when another connection holds the lock (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED...): waiting helps. */
export const isBusy = (err: unknown) => /^SQLITE_(BUSY|LOCKED)/.test(codeOf(err));

/** True when the disk (or the database's size limit) is full: SQLITE_FULL. */
export const isDiskFull = (err: unknown) => codeOf(err).startsWith('SQLITE_FULL') || /ENOSPC|database or disk is full/i.test(oneLine(err));

/** True for any SQLite failure (the storage, not the document, is at fault). */
export const isStorageError = (err: unknown) => codeOf(err).startsWith('SQLITE');

/** The one-line fatal error for a storage failure while writing `path`: a full disk and other failures say different things. */
export function storageFailure(path: string, err: unknown): DocketError {
  if (isDiskFull(err))
    return new DocketError(`the disk holding ${path} is full (${oneLine(err)}): free some space, then run again (every stored document is kept whole and the database stays usable)`, EXIT.fatal);
  return new DocketError(`cannot write to ${path}: ${oneLine(err)}; check the file and its folder are writable, then run again (stored documents are kept)`, EXIT.fatal);
}

/** The message printed (once) when another process holds the write lock. */
export const waitingMessage = (path: string) => `another docket run is writing to ${path}; waiting for its write lock (this run goes on as soon as it is free)`;

/** Writes to one database from an async program: each write is a transaction that waits its turn without blocking the event loop. */
export interface DbWriter {
  readonly db: Database.Database;
  /** Runs `fn` in a BEGIN IMMEDIATE transaction, retrying (with back-off) while another connection holds the write lock. */
  write<T>(fn: () => T): Promise<T>;
}

/**
 * A writer over `db` (opened by openDb). SQLite waits up to ATTEMPT_BUSY_MS for the lock; after that the writer
 * pauses asynchronously (25 ms doubling to 1 s) and tries again, as long as it takes: another run holding the
 * lock is never an error. `onWait` is called once, the first time this writer has to wait.
 */
export function dbWriter(db: Database.Database, onWait: () => void = () => undefined): DbWriter {
  db.pragma(`busy_timeout = ${ATTEMPT_BUSY_MS}`);
  let warned = false;
  return {
    db,
    async write<T>(fn: () => T): Promise<T> {
      for (let pause = 25; ; pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
        try {
          return db.transaction(fn).immediate();
        } catch (err) {
          // Inside an outer transaction a busy error cannot be retried here: the outer one must be.
          if (!isBusy(err) || db.inTransaction) throw err;
          if (!warned) (warned = true), onWait();
        }
        await new Promise((r) => setTimeout(r, pause));
      }
    },
  };
}
