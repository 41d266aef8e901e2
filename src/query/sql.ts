import Database from 'better-sqlite3';
import { DocketError, EXIT, oneLine } from '../errors.ts';
import { openDbReadOnly, withDb } from '../db/open-db.ts';

/** Runs one SQL statement on a read-only connection; writes are refused by SQLite itself. */
export function runSql(dbPath: string, sql: string): Record<string, unknown>[] {
  return withDb(openDbReadOnly(dbPath), (db: Database.Database) => {
    try {
      const stmt = db.prepare(sql);
      if (!stmt.reader) {
        stmt.run(); // a read-only connection throws here: nothing is changed
        return [];
      }
      return stmt.all() as Record<string, unknown>[];
    } catch (err) {
      const msg = oneLine(err);
      if (/readonly|read-only/i.test(msg)) throw new DocketError(`the database is opened read-only: queries cannot change it (${msg}); use SELECT`, EXIT.usage);
      throw new DocketError(`SQL error: ${msg}; the tables are listed by \`docket query "SELECT name FROM sqlite_master"\``, EXIT.usage);
    }
  });
}
