import { inheritedResources } from './embedded-jpeg.ts';
import { isDict, isName, isRef, type PdfDict, type PdfRef } from './raw/pdf-syntax.ts';
import type { RawPdf } from './raw/raw-pdf.ts';

/**
 * Pixels (width x height) of the largest image docket decodes or renders: a 600 dpi A4 scan is
 * 35 MP. pdf.js drops larger images (its `maxImageSize`), so that a decompression bomb (a 0.4 MB
 * PDF holding a 20,000 x 20,000 image, 400 MB grey and 1.6 GB as RGBA) is never decoded.
 */
export const MAX_IMAGE_PIXELS = 40e6;

/** An image too large to decode, by its declared size in pixels. */
export interface OversizedImage {
  width: number;
  height: number;
}

/**
 * The first image the page (or a form it draws, three levels deep) declares larger than
 * MAX_IMAGE_PIXELS, read from the PDF's structure without decoding anything; null when none.
 */
export function findOversizedImage(raw: RawPdf, pageRef: PdfRef): OversizedImage | null {
  const page = raw.dict(pageRef);
  return page ? inResources(raw, inheritedResources(raw, page), 0, new Set()) : null;
}

function inResources(raw: RawPdf, resources: PdfDict | undefined, depth: number, seen: Set<number>): OversizedImage | null {
  const xobjects = resources && raw.get(resources, 'XObject');
  if (!isDict(xobjects)) return null;
  for (const ref of xobjects.values()) {
    if (!isRef(ref) || seen.has(ref.num)) continue;
    seen.add(ref.num); // forms that draw each other are looked at once
    const dict = raw.dict(ref);
    if (!dict) continue;
    const subtype = raw.get(dict, 'Subtype');
    if (isName(subtype, 'Image')) {
      const width = Number(raw.get(dict, 'Width'));
      const height = Number(raw.get(dict, 'Height'));
      if (width * height > MAX_IMAGE_PIXELS) return { width, height };
    } else if (isName(subtype, 'Form') && depth < 3) {
      const own = raw.get(dict, 'Resources');
      const found = inResources(raw, isDict(own) ? own : undefined, depth + 1, seen);
      if (found) return found;
    }
  }
  return null;
}

/** The one-line reason a page with such an image is skipped. */
export const describeOversized = (img: OversizedImage) =>
  `image of ${img.width} x ${img.height} pixels (${Math.round((img.width * img.height) / 1e6)} MP) is over the ${MAX_IMAGE_PIXELS / 1e6} MP limit (a decompression bomb?): not decoded; if it is a genuine scan, downsample it (e.g. to 300 dpi) and ingest again`;
