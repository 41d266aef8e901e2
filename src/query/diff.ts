import type Database from 'better-sqlite3';
import { storedPages } from '../db/store-record.ts';
import { compareDocuments } from './compare/compare.ts';
import type { DiffResult } from './compare/schema.ts';
import { loadRecord } from './load-record.ts';

export type { Change, DiffResult, Place, RedlineHunk, SectionChanges, DiffSide } from './compare/schema.ts';
export { resolveSide } from './compare/sides.ts';

/**
 * The auditor's comparison of two stored documents, A the old and B the new: every place their
 * words differ, read for what changed (amounts with old and new values in pounds, dates, other
 * figures, reference, title, recommendations, exemptions, words), each with its page, box,
 * sentence and section on both sides. Line breaks, page breaks, hyphenation, page furniture,
 * bullets, ligatures and, on OCR pages, reading slips in words (never in figures) make no change.
 */
export function diff(db: Database.Database, shaA: string, shaB: string): DiffResult {
  return compareDocuments({ record: loadRecord(db, shaA), pages: storedPages(db, shaA) }, { record: loadRecord(db, shaB), pages: storedPages(db, shaB) });
}
