import { constants, inflateSync } from 'node:zlib';
import { isName, isRef, type PdfDict, type PdfRef, type PdfValue } from './raw/pdf-syntax.ts';
import type { RawPdf } from './raw/raw-pdf.ts';

/**
 * Bytes of page content (decoded) above which a page's fonts are not looked up: pdf.js builds an
 * operator list for that, and for a content-stream bomb (millions of path operators that Flate
 * squeezes into a few KB) the list alone takes gigabytes. A normal page holds a few KB to a few
 * hundred KB of content; a detailed vector plan a few MB.
 */
export const MAX_FONT_CONTENT_BYTES = 8 << 20;

/** A page's /Contents entries: a stream or an array of streams (the array itself possibly held by reference). */
export function contentRefs(raw: RawPdf, page: PdfDict): (PdfValue | undefined)[] {
  const listed = raw.resolve(page.get('Contents'));
  return Array.isArray(listed) ? listed : [page.get('Contents')];
}

/**
 * The page's content streams decoded (plain or Flate), each inflated with a cap so that nothing larger than `limit` in all is
 * ever held: `'huge'` past it, `undefined` for a stream that cannot be read or is otherwise encoded, null when the page cannot be.
 */
export function decodedContent(raw: RawPdf, pageRef: PdfRef, limit: number): (Uint8Array | undefined)[] | 'huge' | null {
  try {
    const page = raw.dict(pageRef);
    if (!page) return null;
    const out: (Uint8Array | undefined)[] = [];
    let total = 0;
    for (const ref of contentRefs(raw, page).filter(isRef)) {
      const dict = raw.dict(ref);
      const bytes = raw.rawStream(ref);
      const filter = dict ? [raw.get(dict, 'Filter')].flat() : [];
      const part = !dict || !bytes ? undefined : !filter.length || filter[0] === undefined ? bytes : filter.length === 1 && isName(filter[0], 'FlateDecode') ? inflateSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: limit - total + 1 }) : undefined;
      total += part?.length ?? 0;
      if (total > limit) return 'huge';
      out.push(part);
    }
    return out;
  } catch (err) {
    return err instanceof RangeError ? 'huge' : null; // over maxOutputLength; anything else: unknown
  }
}

/**
 * Whether the page's content streams decode to more than `limit` bytes, inflated with a cap so that
 * nothing larger than `limit` is ever held. False when the structure cannot be read (pdf.js still reads it).
 */
export function hasHugeContent(raw: RawPdf, pageRef: PdfRef, limit = MAX_FONT_CONTENT_BYTES): boolean {
  return decodedContent(raw, pageRef, limit) === 'huge';
}
