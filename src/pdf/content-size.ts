import { constants, inflateSync } from 'node:zlib';
import { isName, isRef, type PdfRef } from './raw/pdf-syntax.ts';
import type { RawPdf } from './raw/raw-pdf.ts';

/**
 * Bytes of page content (decoded) above which a page's fonts are not looked up: pdf.js builds an
 * operator list for that, and for a content-stream bomb (millions of path operators that Flate
 * squeezes into a few KB) the list alone takes gigabytes. A normal page holds a few KB to a few
 * hundred KB of content; a detailed vector plan a few MB.
 */
export const MAX_FONT_CONTENT_BYTES = 8 << 20;

/**
 * Whether the page's content streams decode to more than `limit` bytes, inflated with a cap so that
 * nothing larger than `limit` is ever held. False when the structure cannot be read (pdf.js still reads it).
 */
export function hasHugeContent(raw: RawPdf, pageRef: PdfRef, limit = MAX_FONT_CONTENT_BYTES): boolean {
  try {
    const page = raw.dict(pageRef);
    const listed = page && raw.resolve(page.get('Contents'));
    const refs = (Array.isArray(listed) ? listed : [page?.get('Contents')]).filter(isRef);
    let total = 0;
    for (const ref of refs) {
      const dict = raw.dict(ref);
      const bytes = raw.rawStream(ref);
      if (!dict || !bytes) continue;
      const filter = [raw.get(dict, 'Filter')].flat();
      if (!filter.length || filter[0] === undefined) total += bytes.length;
      else if (filter.length === 1 && isName(filter[0], 'FlateDecode')) total += inflateSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: limit - total + 1 }).length;
      if (total > limit) return true;
    }
    return false;
  } catch (err) {
    return err instanceof RangeError; // over maxOutputLength; anything else: unknown, so not huge
  }
}
