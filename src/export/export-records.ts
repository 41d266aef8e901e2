import type Database from 'better-sqlite3';
import { DecisionRecord, EMPTY_EXTRACTED, Extracted, type DocumentResult, type DocumentStatus } from '../record/index.ts';

interface DocRow {
  sha256: string;
  file: string;
  status: DocumentStatus;
  error: string | null;
  page_count: number;
  pipeline_version: string;
  ocr_engine: string | null;
  ocr_data: string | null;
  processed_at: string;
  extracted_json?: string | null;
}

/** Reads every stored document (or those of one type) as a record of the export contract, in file order. */
export function* readRecords(db: Database.Database, opts: { withText?: boolean; sha256?: string; type?: string } = {}): Generator<DecisionRecord> {
  const docs = db
    .prepare(`SELECT d.*, r.extracted_json FROM documents d LEFT JOIN records r USING (sha256) WHERE (@sha IS NULL OR d.sha256 = @sha) AND (@type IS NULL OR r.document_type = @type) ORDER BY d.file`)
    .all({ sha: opts.sha256 ?? null, type: opts.type ?? null }) as DocRow[];
  const paths = db.prepare('SELECT path FROM document_files WHERE sha256 = ? ORDER BY seen_at, path').pluck();
  const pages = db.prepare(`SELECT number, source, reason, confidence, chars, status, error${opts.withText ? ', text' : ''} FROM pages WHERE sha256 = ? ORDER BY number`);
  for (const d of docs) {
    const extracted = d.extracted_json && d.status !== 'failed' ? Extracted.parse(JSON.parse(d.extracted_json)) : EMPTY_EXTRACTED;
    yield DecisionRecord.parse({
      sha256: d.sha256,
      file: d.file,
      files: paths.all(d.sha256) as string[],
      status: d.status,
      error: d.error,
      pageCount: d.page_count,
      pages: pages.all(d.sha256),
      ...extracted,
      provenance: { pipelineVersion: d.pipeline_version, ocrEngine: d.ocr_engine, ocrData: d.ocr_data, processedAt: d.processed_at },
    });
  }
}

/** One pipeline result as a record of the export contract, without a database (`docket run`). */
export function toRecord(result: Readonly<DocumentResult>, file: string, opts: { withText?: boolean } = {}): DecisionRecord {
  return DecisionRecord.parse({
    sha256: result.sha256,
    file,
    files: [file],
    status: result.status,
    error: result.error,
    pageCount: result.pages.length,
    pages: result.pages.map(({ number, source, reason, confidence, chars, status, error, text }) => ({ number, source, reason, confidence, chars, status, error, ...(opts.withText ? { text } : {}) })),
    ...result.extracted,
    provenance: { ...result.provenance, processedAt: new Date().toISOString() },
  });
}
