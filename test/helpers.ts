import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ReplayEngine } from '../src/ocr/fake-engines.ts';
import { readPages } from '../src/pipeline/read-pages.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const FIXTURE_PDFS = join(ROOT, 'fixtures/pdf');
export const fixturePdf = (name: string) => join(FIXTURE_PDFS, name);
export const allFixturePdfs = () => readdirSync(FIXTURE_PDFS).filter((f) => f.endsWith('.pdf')).sort();

/** Replays the tesseract.js output recorded by `npm run record-ocr` for the fixture pages. */
export const replayEngine = () => new ReplayEngine(join(ROOT, 'fixtures/ocr'));

/** The pages of a labelled real PDF (path under fixtures/real), read as ingest reads them, any OCR replayed from its recording. */
export const realPages = (path: string) => readPages(readFileSync(join(ROOT, 'fixtures/real', path)), { ocr: 'auto', renderDpi: 300 }, { ocr: replayEngine() });

export const tempDir = (prefix = 'docket-test-') => mkdtempSync(join(tmpdir(), prefix));

export function query<T = Record<string, unknown>>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export { makeTextPdf, makeScannedPdf, jpegSize } from '../scripts/lib/pdf-makers.ts';
