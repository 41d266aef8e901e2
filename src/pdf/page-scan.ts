import { findEmbeddedJpeg } from './embedded-jpeg.ts';
import type { PlacedImage } from './page-images.ts';
import { pdfjs, type PDFPageProxy } from './pdfjs.ts';
import type { RawPdf } from './raw/raw-pdf.ts';
import type { Matrix } from './matrix.ts';

/** A page's scan as the PDF stores it (JPEG bytes, no decoding) and where it lands on the page. */
export interface StoredScan {
  jpeg: Uint8Array;
  placed: PlacedImage;
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/**
 * The page's one embedded JPEG, placed in viewport units, when the page is just that scan, upright
 * and unrotated (so its pixels are the page as seen); null otherwise, or when the PDF's structure
 * cannot be read without pdf.js. Costs a few milliseconds: nothing is decoded.
 */
export function findStoredScan(page: PDFPageProxy, raw: RawPdf | null): StoredScan | null {
  if (!raw || !page.ref) return null;
  let found;
  try {
    found = findEmbeddedJpeg(raw, page.ref);
  } catch {
    return null; // structure this small reader does not follow: pdf.js decodes or renders the page instead
  }
  if (!found) return null;
  const viewport = page.getViewport({ scale: 1 });
  const m = pdfjs().Util.transform(viewport.transform, found.ctm) as Matrix;
  const tiny = 1e-6 * (Math.abs(m[0]) + Math.abs(m[3]));
  // Upright: no rotation or shear, the image's first row at the top and first column at the left.
  if (Math.abs(m[1]) > tiny || Math.abs(m[2]) > tiny || m[0] <= 0 || m[3] >= 0) return null;
  const topLeft = apply(m, 0, 1);
  const bottomRight = apply(m, 1, 0);
  const area = (bottomRight[0] - topLeft[0]) * (bottomRight[1] - topLeft[1]);
  const coverage = Math.min(1, area / (viewport.width * viewport.height));
  return { jpeg: found.data, placed: { name: 'stored', width: found.width, height: found.height, topLeft, bottomRight, coverage } };
}
