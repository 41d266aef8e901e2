import type Database from 'better-sqlite3';
import { resolveLinks } from '../db/links.ts';
import { staleRecords, storeRecord, storedPages } from '../db/store-record.ts';
import { extractFromPages } from '../pipeline/extract-from-pages.ts';

/**
 * Re-extracts stored documents whose record is missing or was made by another extractor version
 * (or all, with `all`; only those in `sha256s` when given), from their stored pages: no PDF is read.
 */
export function reextractStale(db: Database.Database, sha256s?: readonly string[], all = false): number {
  const stale = staleRecords(db, all);
  const wanted = sha256s ? stale.filter((s) => sha256s.includes(s)) : stale;
  for (const sha of wanted) {
    const extraction = extractFromPages(storedPages(db, sha));
    db.transaction(() => storeRecord(db, sha, extraction)).immediate();
  }
  if (wanted.length) resolveLinks(db);
  return wanted.length;
}
