import type Database from 'better-sqlite3';
import { resolve } from 'node:path';
import type { DocumentResult, DocumentStatus } from '../record/index.ts';
import { storeRecord } from './store-record.ts';
import { wordsJsonOf } from './words-json.ts';

/** What is known of a stored document when deciding whether to redo it. */
export interface StoredDocument {
  sha256: string;
  status: DocumentStatus;
  pipeline_version: string;
}

export function findDocument(db: Database.Database, sha256: string): StoredDocument | undefined {
  return db.prepare('SELECT sha256, status, pipeline_version FROM documents WHERE sha256 = ?').get(sha256) as StoredDocument | undefined;
}

/** Records one more path for bytes already stored. */
export function addPath(db: Database.Database, sha256: string, path: string): void {
  db.prepare('INSERT OR IGNORE INTO document_files (sha256, path, seen_at, abs_path) VALUES (?, ?, ?, ?)').run(sha256, path, new Date().toISOString(), resolve(path));
  db.prepare('DELETE FROM input_errors WHERE path = ?').run(path);
}

/**
 * The single writer's one call: stores a document's result (document, pages, record) seen at `file`,
 * in one IMMEDIATE transaction (the write lock taken before the first read), so a crash leaves it absent,
 * never half-written, and readers see all of it or none of it.
 */
export function storeResult(db: Database.Database, file: string, result: Readonly<DocumentResult>): void {
  db.transaction(() => {
    const old = db.prepare('SELECT file FROM documents WHERE sha256 = ?').get(result.sha256) as { file: string } | undefined;
    db.prepare('DELETE FROM pages_fts WHERE sha256 = ?').run(result.sha256);
    db.prepare('DELETE FROM pages WHERE sha256 = ?').run(result.sha256);
    db.prepare(
      `INSERT INTO documents (sha256, file, status, error, page_count, bytes, ocr_pages, pipeline_version, ocr_engine, ocr_data, processed_at, duration_ms)
       VALUES (@sha256, @file, @status, @error, @pageCount, @bytes, @ocrPages, @pipelineVersion, @ocrEngine, @ocrData, @now, @durationMs)
       ON CONFLICT(sha256) DO UPDATE SET status = excluded.status, error = excluded.error, page_count = excluded.page_count,
         ocr_pages = excluded.ocr_pages, pipeline_version = excluded.pipeline_version, ocr_engine = excluded.ocr_engine,
         ocr_data = excluded.ocr_data, processed_at = excluded.processed_at, duration_ms = excluded.duration_ms`,
    ).run({
      sha256: result.sha256,
      file: old?.file ?? file,
      status: result.status,
      error: result.error,
      pageCount: result.pages.length,
      bytes: result.bytes,
      ocrPages: result.pages.filter((p) => p.source === 'ocr').length,
      ...result.provenance,
      now: new Date().toISOString(),
      durationMs: result.durationMs,
    });
    const insPage = db.prepare(
      `INSERT INTO pages (sha256, number, source, reason, confidence, chars, text, words_json, image, error, ms, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insFts = db.prepare('INSERT INTO pages_fts (text, sha256, number) VALUES (?, ?, ?)');
    for (const p of result.pages) {
      insPage.run(result.sha256, p.number, p.source, p.reason, p.confidence, p.chars, p.text, wordsJsonOf(p), p.image, p.error, p.ms, p.status);
      insFts.run(p.text, result.sha256, p.number);
    }
    for (const t of ['records', 'amounts', 'dates', 'recommendations', 'flags']) db.prepare(`DELETE FROM ${t} WHERE sha256 = ?`).run(result.sha256);
    if (result.status !== 'failed') storeRecord(db, result.sha256, { extracted: result.extracted, error: result.extractError });
    addPath(db, result.sha256, file);
  }).immediate();
}

/** Remembers a path that could not be read at all (missing, unreadable), so the run's failures are on record. */
export function recordInputError(db: Database.Database, path: string, error: string): void {
  db.prepare('INSERT INTO input_errors (path, error, seen_at) VALUES (?, ?, ?) ON CONFLICT(path) DO UPDATE SET error = excluded.error, seen_at = excluded.seen_at').run(path, error, new Date().toISOString());
}
