import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DocketError, EXIT, oneLine } from '../errors.ts';
import { migrate } from './migrations.ts';
import { isDiskFull, storageFailure } from './write-lock.ts';

/** The embedded default database path. */
export const DEFAULT_DB = 'out/docket.db';

/** Milliseconds a connection waits for another one's lock before SQLITE_BUSY (ingest's writer waits longer, in steps: see write-lock.ts). */
export const BUSY_TIMEOUT_MS = 30_000;

/**
 * Opens (creating and migrating) a database for writing. WAL: readers (the web page, queries) never wait for
 * the writer and see each document's transaction whole or not at all; several processes may open it at once.
 */
export function openDb(path: string): Database.Database {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (err) {
    if (isDiskFull(err)) throw storageFailure(path, err);
    throw new DocketError(`cannot open database ${path}: ${oneLine(err)}; check the path is writable`, EXIT.fatal);
  }
}

/** Opens an existing database read-only (queries, export, the web page). */
export function openDbReadOnly(path: string): Database.Database {
  if (!existsSync(path)) throw new DocketError(`no database at ${path}: run \`docket ingest <folder> --db ${path}\` first`, EXIT.usage);
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    return db;
  } catch (err) {
    throw new DocketError(`cannot open database ${path}: ${oneLine(err)}`, EXIT.fatal);
  }
}

/** Runs `fn` with a database and always closes it. */
export function withDb<T>(db: Database.Database, fn: (db: Database.Database) => T): T {
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
