import type Database from 'better-sqlite3';
import { oneLine } from '../errors.ts';
import { EMPTY_EXTRACTED, type Extracted } from '../export/record-schema.ts';
import type { Word } from '../page-text.ts';
import { EXTRACTOR_VERSION } from '../version.ts';
import type { ExtractPage } from './doc-lines.ts';
import { extractRecord } from './extract-record.ts';
import { runChecks } from '../checks/run-checks.ts';

/** Extraction then checks; an extraction that throws yields an empty record carrying the reason. */
export function analyse(pages: readonly ExtractPage[]): { extracted: Extracted; error: string | null } {
  try {
    const { record, ctx } = extractRecord(pages);
    return { extracted: { ...record, flags: runChecks(record, ctx) }, error: null };
  } catch (err) {
    return { extracted: EMPTY_EXTRACTED, error: `extraction failed: ${oneLine(err)}` };
  }
}

/** Stores a document's extracted record (inside the caller's transaction when there is one). */
export function writeRecord(db: Database.Database, sha256: string, result: ReturnType<typeof analyse>): void {
  db.prepare(
    `INSERT INTO records (sha256, extractor_version, extracted_at, extracted_json, error) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(sha256) DO UPDATE SET extractor_version = excluded.extractor_version, extracted_at = excluded.extracted_at,
       extracted_json = excluded.extracted_json, error = excluded.error`,
  ).run(sha256, EXTRACTOR_VERSION, new Date().toISOString(), JSON.stringify(result.extracted), result.error);
}

/** Reads a stored document's pages back as extraction input. */
export function storedPages(db: Database.Database, sha256: string): ExtractPage[] {
  const rows = db.prepare('SELECT number, source, text, words_json FROM pages WHERE sha256 = ? ORDER BY number').all(sha256) as { number: number; source: 'text' | 'ocr'; text: string; words_json: string }[];
  return rows.map((r) => ({ number: r.number, source: r.source, text: r.text, words: JSON.parse(r.words_json) as Word[] }));
}

/** Re-extracts stored ok documents whose record is missing or was made by another extractor version. */
export function reextractStale(db: Database.Database, sha256s?: readonly string[]): number {
  const stale = db
    .prepare(`SELECT d.sha256 FROM documents d LEFT JOIN records r USING (sha256) WHERE d.status = 'ok' AND (r.sha256 IS NULL OR r.extractor_version != ?)`)
    .pluck()
    .all(EXTRACTOR_VERSION) as string[];
  const wanted = sha256s ? stale.filter((s) => sha256s.includes(s)) : stale;
  for (const sha of wanted) {
    const result = analyse(storedPages(db, sha));
    db.transaction(() => writeRecord(db, sha, result))();
  }
  return wanted.length;
}
