import type Database from 'better-sqlite3';
import { readRecords } from '../export/export-records.ts';
import type { DecisionRecord } from '../record/index.ts';
import { DocketError, EXIT } from '../errors.ts';

/** One stored record, as exported. */
export function loadRecord(db: Database.Database, sha256: string, withText = false): DecisionRecord {
  for (const r of readRecords(db, { withText, sha256 })) return r;
  throw new DocketError(`no stored document ${sha256.slice(0, 12)}`, EXIT.usage);
}
