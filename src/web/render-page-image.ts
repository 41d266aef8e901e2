import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { withPdf } from '../pdf/open-pdf.ts';
import { withRenderedPage } from '../pdf/render-page.ts';

/** Where a stored decision's PDF is now: the first recorded path that still holds a file of the stored size. */
export function pdfPathOf(db: Database.Database, sha256: string): string | null {
  const doc = db.prepare('SELECT bytes FROM documents WHERE sha256 = ?').get(sha256) as { bytes: number } | undefined;
  if (!doc) return null;
  const paths = db.prepare('SELECT coalesce(abs_path, path) FROM document_files WHERE sha256 = ? ORDER BY seen_at').pluck().all(sha256) as string[];
  return paths.find((p) => existsSync(p) && statSync(p).isFile() && statSync(p).size === doc.bytes) ?? null;
}

const CACHE = join(tmpdir(), 'docket-page-cache');

/** A page of a stored PDF as PNG, `width` pixels wide, rendered with pdf.js once and cached on disk by hash. */
export async function pageImage(pdfPath: string, sha256: string, page: number, width = 900): Promise<Buffer> {
  const file = join(CACHE, `${sha256}-${page}-${width}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await withPdf(readFileSync(pdfPath), async (doc) => {
    if (page < 1 || page > doc.numPages) throw new RangeError(`page ${page} is not in this PDF (1-${doc.numPages})`);
    const p = await doc.getPage(page);
    try {
      return await withRenderedPage(p, doc.canvasFactory, width / p.getViewport({ scale: 1 }).width, ({ canvas }) => canvas.toBuffer('image/png'));
    } finally {
      p.cleanup();
    }
  });
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, png);
  return png;
}
