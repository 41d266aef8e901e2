import type Database from 'better-sqlite3';
import { clearDeadClaims, heartbeat, HEARTBEAT_MS, releaseRunClaims } from '../db/claims.ts';
import { dbWriter, storageFailure, waitingMessage, type DbWriter } from '../db/write-lock.ts';

/** The database writer of one ingest run; `stop` ends its heartbeat and drops its claims. */
export interface RunWriter extends DbWriter {
  stop(): Promise<void>;
}

/**
 * Starts an ingest run's writing to `db` (at `path`), which other runs may be writing too: deletes the claims
 * of runs that are gone (killed), keeps this run's claims alive while it lives, and says once, through `note`,
 * when another run holds the write lock (this run then waits its turn; it never fails for it). On a storage
 * failure (a full disk) it closes `db` and throws the fatal DocketError.
 */
export async function startRunWriter(db: Database.Database, path: string, note: (message: string) => void): Promise<RunWriter> {
  const writer = dbWriter(db, () => note(waitingMessage(path)));
  try {
    await writer.write(() => clearDeadClaims(db));
  } catch (err) {
    db.close();
    throw storageFailure(path, err);
  }
  let beating = false;
  const timer = setInterval(() => {
    if (beating) return;
    beating = true;
    void writer.write(() => heartbeat(db)).catch(() => undefined).finally(() => (beating = false));
  }, HEARTBEAT_MS);
  timer.unref();
  return {
    ...writer,
    async stop() {
      clearInterval(timer);
      // On a full disk this may fail too: the claims are then dead with this process, and the next run drops them.
      await writer.write(() => releaseRunClaims(db)).catch(() => undefined);
    },
  };
}
