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
  const x = result.extracted;
  db.prepare(
    `INSERT INTO records (sha256, extractor_version, extracted_at, extracted_json, error, reference, title, authority, decision_date, headline_amount)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(sha256) DO UPDATE SET extractor_version = excluded.extractor_version, extracted_at = excluded.extracted_at,
       extracted_json = excluded.extracted_json, error = excluded.error, reference = excluded.reference, title = excluded.title,
       authority = excluded.authority, decision_date = excluded.decision_date, headline_amount = excluded.headline_amount`,
  ).run(sha256, EXTRACTOR_VERSION, new Date().toISOString(), JSON.stringify(x), result.error, x.reference, x.title, x.authority, x.decisionDate, x.headlineAmount);
  for (const t of ['amounts', 'dates', 'recommendations', 'flags']) db.prepare(`DELETE FROM ${t} WHERE sha256 = ?`).run(sha256);
  const box = (b: unknown) => (b ? JSON.stringify(b) : null);
  const amt = db.prepare('INSERT INTO amounts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  x.amounts.forEach((a, i) => amt.run(sha256, i, a.value, a.text, a.period, a.kind, a.section, a.page, box(a.box), a.confidence, a.context ?? null));
  const dt = db.prepare('INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  x.dates.forEach((d, i) => dt.run(sha256, i, d.role, d.date, d.text, d.page, box(d.box), d.confidence));
  const rec = db.prepare('INSERT INTO recommendations VALUES (?, ?, ?, ?, ?, ?)');
  x.recommendations.forEach((r) => rec.run(sha256, r.index, r.text, r.page, box(r.box), r.confidence));
  const fl = db.prepare('INSERT INTO flags VALUES (?, ?, ?, ?, ?, ?)');
  x.flags.forEach((f, i) => fl.run(sha256, i, f.code, f.severity, f.message, JSON.stringify(f.evidence)));
}

/** Reads a stored document's pages back as extraction input. */
export function storedPages(db: Database.Database, sha256: string): ExtractPage[] {
  const rows = db.prepare('SELECT number, source, text, words_json FROM pages WHERE sha256 = ? ORDER BY number').all(sha256) as { number: number; source: 'text' | 'ocr'; text: string; words_json: string }[];
  return rows.map((r) => ({ number: r.number, source: r.source, text: r.text, words: JSON.parse(r.words_json) as Word[] }));
}

/** Re-extracts stored ok documents whose record is missing or was made by another extractor version (or all, with `all`). */
export function reextractStale(db: Database.Database, sha256s?: readonly string[], all = false): number {
  const stale = db
    .prepare(`SELECT d.sha256 FROM documents d LEFT JOIN records r USING (sha256) WHERE d.status = 'ok' AND (? OR r.sha256 IS NULL OR r.extractor_version != ?)`)
    .pluck()
    .all(all ? 1 : 0, EXTRACTOR_VERSION) as string[];
  const wanted = sha256s ? stale.filter((s) => sha256s.includes(s)) : stale;
  for (const sha of wanted) {
    const result = analyse(storedPages(db, sha));
    db.transaction(() => writeRecord(db, sha, result))();
  }
  return wanted.length;
}
