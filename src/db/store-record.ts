import type Database from 'better-sqlite3';
import type { Extracted, ExtractPage, Word } from '../record/index.ts';
import { EXTRACTOR_VERSION } from '../version.ts';

/** Stores a document's extracted record and its browsable rows (inside the caller's transaction when there is one). */
export function storeRecord(db: Database.Database, sha256: string, extraction: { extracted: Extracted; error: string | null }): void {
  const x = extraction.extracted;
  db.prepare(
    `INSERT INTO records (sha256, extractor_version, extracted_at, extracted_json, error, reference, title, authority, decision_date, headline_amount, document_type, decision_maker)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(sha256) DO UPDATE SET extractor_version = excluded.extractor_version, extracted_at = excluded.extracted_at,
       extracted_json = excluded.extracted_json, error = excluded.error, reference = excluded.reference, title = excluded.title,
       authority = excluded.authority, decision_date = excluded.decision_date, headline_amount = excluded.headline_amount,
       document_type = excluded.document_type, decision_maker = excluded.decision_maker`,
  ).run(sha256, EXTRACTOR_VERSION, new Date().toISOString(), JSON.stringify(x), extraction.error, x.reference, x.title, x.authority, x.decisionDate, x.headlineAmount, x.documentType, x.decisionMaker);
  for (const t of ['amounts', 'dates', 'recommendations', 'flags']) db.prepare(`DELETE FROM ${t} WHERE sha256 = ?`).run(sha256);
  const box = (b: unknown) => (b ? JSON.stringify(b) : null);
  const amt = db.prepare(
    'INSERT INTO amounts (sha256, idx, value, text, period, kind, section, page, box_json, confidence, context, subject, year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  x.amounts.forEach((a, i) => amt.run(sha256, i, a.value, a.text, a.period, a.kind, a.section, a.page, box(a.box), a.confidence, a.context ?? null, a.subject, a.year));
  const dt = db.prepare('INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  x.dates.forEach((d, i) => dt.run(sha256, i, d.role, d.date, d.text, d.page, box(d.box), d.confidence));
  const rec = db.prepare('INSERT INTO recommendations VALUES (?, ?, ?, ?, ?, ?)');
  x.recommendations.forEach((r) => rec.run(sha256, r.index, r.text, r.page, box(r.box), r.confidence));
  const fl = db.prepare('INSERT INTO flags (sha256, idx, code, severity, message, evidence_json, explanation) VALUES (?, ?, ?, ?, ?, ?, ?)');
  x.flags.forEach((f, i) => fl.run(sha256, i, f.code, f.severity, f.message, JSON.stringify(f.evidence), f.explanation));
}

/** Reads a stored document's pages back as extraction input. */
export function storedPages(db: Database.Database, sha256: string): ExtractPage[] {
  const rows = db.prepare('SELECT number, source, text, words_json FROM pages WHERE sha256 = ? ORDER BY number').all(sha256) as { number: number; source: 'text' | 'ocr'; text: string; words_json: string }[];
  return rows.map((r) => ({ number: r.number, source: r.source, text: r.text, words: JSON.parse(r.words_json) as Word[] }));
}

/** Stored documents (not failed) whose record is missing or was made by another extractor version (or all, with `all`). */
export function staleRecords(db: Database.Database, all = false): string[] {
  return db
    .prepare(`SELECT d.sha256 FROM documents d LEFT JOIN records r USING (sha256) WHERE d.status != 'failed' AND (? OR r.sha256 IS NULL OR r.extractor_version != ?)`)
    .pluck()
    .all(all ? 1 : 0, EXTRACTOR_VERSION) as string[];
}
