import { createHash } from 'node:crypto';
import { DocketError, oneLine } from '../errors.ts';
import { findDamage } from '../pdf/raw/find-damage.ts';
import { DocumentResult, EMPTY_EXTRACTED, type PageRecord } from '../record/index.ts';
import { PIPELINE_VERSION } from '../version.ts';
import { extractFromPages } from './extract-from-pages.ts';
import { readPages, type Engines, type ReadPagesOptions } from './read-pages.ts';

/** Hex SHA-256 of a PDF's bytes: the record's identity. */
export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The story of one PDF: read its pages, then extract and check. Returns a plain, serialisable
 * result and never touches a database; runners (in-process, pool, queue) only move it to the writer.
 */
export async function runDocument(bytes: Uint8Array, opts: ReadPagesOptions, engines: Engines): Promise<DocumentResult> {
  const started = performance.now();
  let pages: PageRecord[] = [];
  let error: string | null = null;
  try {
    pages = await readPages(bytes, opts, engines);
  } catch (err) {
    error = err instanceof DocketError ? err.message : `could not process the PDF (${oneLine(err)}): report this with the file`;
  }
  if (!error && pages.length && pages.every((p) => p.error?.startsWith('page unreadable')))
    error = 'no page could be read: the file may be damaged; repair it (qpdf in.pdf out.pdf) and ingest again';
  const failedPages = error ? [] : pages.filter((p) => p.status !== 'ok');
  // pdf.js reads past a damaged structure; the record says so, since content may be missing.
  const damage = error ? null : findDamage(bytes);
  const status = error ? 'failed' : failedPages.length || damage ? 'partial' : 'ok';
  const extraction = error ? { extracted: EMPTY_EXTRACTED, error: null } : extractFromPages(pages);
  const usedOcr = pages.some((p) => p.source === 'ocr');
  return DocumentResult.parse({
    sha256: sha256Of(bytes),
    bytes: bytes.length,
    status,
    error: error ?? describePartial(damage, failedPages),
    pages: error ? [] : pages,
    extracted: extraction.extracted,
    extractError: extraction.error,
    provenance: { pipelineVersion: PIPELINE_VERSION, ocrEngine: usedOcr ? engines.ocr.info.engine : null, ocrData: usedOcr ? engines.ocr.info.data : null },
    durationMs: performance.now() - started,
  });
}

/** Why a document that opened is partial, in one line (null when it is whole). */
function describePartial(damage: string | null, failedPages: readonly PageRecord[]): string | null {
  const pages = failedPages.length ? describeFailedPages(failedPages) : null;
  if (!damage) return pages;
  const dmg = `damaged file (${damage}): its pages were read but content may be missing; download it again or repair it (qpdf in.pdf out.pdf) and ingest again`;
  return pages ? `${pages}; ${dmg}` : dmg;
}

/** "pages 3, 7 not read: OCR timed out" — one line naming the failed pages and the first reason. */
function describeFailedPages(pages: readonly PageRecord[]): string {
  const numbers = pages.map((p) => p.number);
  const list = numbers.length > 6 ? `${numbers.slice(0, 6).join(', ')} and ${numbers.length - 6} more` : numbers.join(', ');
  return `page${numbers.length > 1 ? 's' : ''} ${list} not read: ${pages[0]!.error ?? 'unknown reason'}`;
}
