import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPdfjs, type PDFDocumentProxy } from './pdfjs.ts';
import { DocketError, EXIT, oneLine } from '../errors.ts';
import { MAX_IMAGE_PIXELS } from './oversized-images.ts';

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
const dirUrl = (sub: string) => pathToFileURL(join(pdfjsRoot, sub)).href + '/';

/** Why a file could not be opened as a PDF, as one line that says what to do. */
export function describeOpenFailure(bytes: Uint8Array, err: unknown): string {
  const name = (err as { name?: string })?.name ?? '';
  if (bytes.length === 0) return 'empty file (0 bytes): download or copy it again';
  if (name === 'PasswordException' || /password/i.test(oneLine(err)))
    return 'encrypted: remove the password (qpdf --decrypt in.pdf out.pdf) and ingest again';
  const kind = sniffNonPdf(bytes);
  if (kind) return `not a PDF (the bytes are ${kind}): convert it to PDF and ingest again`;
  if (!startsWithPdfHeader(bytes)) return 'not a PDF (no %PDF header): check the file is a PDF and ingest again';
  if (!Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1').includes('%%EOF'))
    return `truncated PDF (it ends before %%EOF; ${oneLine(err)}): download it again, or repair what is left (qpdf in.pdf out.pdf)`;
  return `unreadable PDF (${oneLine(err)}): the file may be truncated or damaged; download it again or repair it (qpdf in.pdf out.pdf)`;
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** Recognises common file types that get renamed to .pdf. */
function sniffNonPdf(bytes: Uint8Array): string | null {
  const b = Buffer.from(bytes.subarray(0, 16));
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'a PNG image';
  if (b[0] === 0xff && b[1] === 0xd8) return 'a JPEG image';
  if (b.subarray(0, 4).toString('latin1') === 'II*\0' || b.subarray(0, 4).toString('latin1') === 'MM\0*') return 'a TIFF image';
  if (b.subarray(0, 2).toString('latin1') === 'PK') return 'a ZIP archive (perhaps a Word/Excel file)';
  if (b.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'an old Office document';
  if (/^(\xef\xbb\xbf)?\s*<(!doctype|html)/i.test(b.toString('latin1'))) return 'an HTML page (a failed download?)';
  return null;
}

/** Opens a PDF from its bytes, runs `fn`, and always destroys the document. */
export async function withPdf<T>(bytes: Uint8Array, fn: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  let doc: PDFDocumentProxy;
  try {
    const { getDocument } = await loadPdfjs();
    doc = await getDocument({
      // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
      data: new Uint8Array(bytes),
      standardFontDataUrl: dirUrl('standard_fonts'),
      cMapUrl: dirUrl('cmaps'),
      cMapPacked: true,
      wasmUrl: dirUrl('wasm'),
      isOffscreenCanvasSupported: false,
      isEvalSupported: false,
      stopAtErrors: false,
      // Larger images are dropped, never decoded (decompression bombs): see MAX_IMAGE_PIXELS.
      maxImageSize: MAX_IMAGE_PIXELS,
      verbosity: 0,
    }).promise;
  } catch (err) {
    throw new DocketError(describeOpenFailure(bytes, err), EXIT.completedWithFailures);
  }
  try {
    if (doc.numPages < 1) throw new DocketError('PDF has no pages: nothing to ingest; check the source file', EXIT.completedWithFailures);
    return await fn(doc);
  } finally {
    await doc.destroy();
  }
}
