import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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

let cache: string | undefined;

/**
 * The page-image cache: this user's own folder (mode 0700) in the system temp folder, or a fresh private one when
 * that name is taken by something else (another user's folder, a symlink): no one else can plant an image in it.
 */
function cacheDir(): string {
  if (cache) return cache;
  const uid = process.getuid?.() ?? 0;
  const dir = join(tmpdir(), `docket-page-cache-${uid}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (st.isDirectory() && st.uid === uid && (st.mode & 0o077) === 0) return (cache = dir);
  } catch {
    // fall through to a private folder
  }
  return (cache = mkdtempSync(join(tmpdir(), 'docket-page-cache-')));
}

/** Renders run one at a time: a flood of page requests queues up instead of holding many decoded pages in memory. */
let rendering: Promise<unknown> = Promise.resolve();

/**
 * A page of a stored PDF as PNG, `width` pixels wide, rendered with pdf.js once and cached on disk by hash. The file
 * must still hold the bytes that were ingested (`sha256`): a different file now at that path is never rendered.
 */
export async function pageImage(pdfPath: string, sha256: string, page: number, width = 900): Promise<Buffer> {
  if (!/^[0-9a-f]{64}$/.test(sha256) || !Number.isInteger(page) || !Number.isInteger(width)) throw new RangeError('not a stored page');
  const file = join(cacheDir(), `${sha256}-${page}-${width}.png`);
  if (existsSync(file) && lstatSync(file).isFile()) return readFileSync(file);
  const bytes = readFileSync(pdfPath);
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new Error('the file at its ingested path has changed since it was ingested: ingest it again');
  const render = rendering.then(() => withPdf(bytes, async (doc) => {
    if (page < 1 || page > doc.numPages) throw new RangeError(`page ${page} is not in this PDF (1-${doc.numPages})`);
    const p = await doc.getPage(page);
    try {
      // At most four widths tall: a hostile 10 x 1,000,000 point page is drawn small, never as a giant canvas.
      const size = p.getViewport({ scale: 1 });
      return await withRenderedPage(p, doc.canvasFactory, Math.min(width / size.width, (4 * width) / size.height), ({ canvas }) => canvas.toBuffer('image/png'));
    } finally {
      p.cleanup();
    }
  }));
  rendering = render.catch(() => undefined);
  const png = await render;
  // Written under another name and renamed: a concurrent request never reads half an image.
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  try {
    writeFileSync(partial, png);
    renameSync(partial, file);
  } catch {
    // A full or read-only temp folder only costs the cache.
  }
  return png;
}
