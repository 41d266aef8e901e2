import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DocketError, EXIT, oneLine } from '../errors.ts';
import { migrate } from './migrations.ts';

/** The embedded default database path. */
export const DEFAULT_DB = 'out/docket.db';

/** Opens (creating and migrating) a database for writing. */
export function openDb(path: string): Database.Database {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (err) {
    throw new DocketError(`cannot open database ${path}: ${oneLine(err)}; check the path is writable`, EXIT.fatal);
  }
}

/** Opens an existing database read-only (queries, export, the web page). */
export function openDbReadOnly(path: string): Database.Database {
  if (!existsSync(path)) throw new DocketError(`no database at ${path}: run \`docket ingest <folder> --db ${path}\` first`, EXIT.usage);
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
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
