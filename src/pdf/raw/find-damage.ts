import { isDict, latin1 } from './pdf-syntax.ts';
import { RawPdf } from './raw-pdf.ts';

/**
 * What is wrong with a PDF's structure, in a few words, or null when it looks whole: truncated (no
 * `%%EOF` at the end), a cross-reference table that cannot be read, objects not where the table
 * says, streams whose /Length is wrong. pdf.js reads past all of these (it rebuilds the table and
 * looks for `endstream`), so pages may still come out, but the file is damaged and some of its
 * content may be missing. Reads the structure only (no stream is decoded): milliseconds.
 */
export function findDamage(bytes: Uint8Array): string | null {
  const tail = latin1(bytes, Math.max(0, bytes.length - 1024), bytes.length);
  if (!tail.includes('%%EOF')) return 'truncated: it does not end with %%EOF';
  let raw: RawPdf;
  try {
    raw = RawPdf.of(bytes);
  } catch {
    return 'its structure cannot be read';
  }
  if (!raw.xrefReadable) return 'its cross-reference table is missing or unreadable';
  let misplaced = 0;
  let badLength = 0;
  const text = latin1(bytes, 0, bytes.length);
  const header = /\s*(\d+)\s+\d+\s+obj\b/y;
  const keyword = /stream|endobj/g;
  try {
    for (const [num, offset] of raw.offsets()) {
      header.lastIndex = offset;
      if (Number(header.exec(text)?.[1] ?? -1) !== num) {
        misplaced++;
        continue;
      }
      // Only streams are parsed (the cost of this check is parsing): an object with no `stream` before its `endobj` is none.
      // (One search for whichever comes first: searching for `stream` alone would run on to the end of the file from every object after the last stream.)
      keyword.lastIndex = offset;
      if (keyword.exec(text)?.[0] !== 'stream') continue;
      const obj = raw.objectAt(num, offset);
      if (obj?.streamStart !== undefined && isDict(obj.value) && !lengthFits(raw, obj.value.get('Length'), obj.streamStart)) badLength++;
    }
  } catch {
    return null; // syntax this small reader does not follow (pdf.js may): not evidence of damage
  }
  if (misplaced) return `${misplaced} object${misplaced > 1 ? 's are' : ' is'} not where its cross-reference table says`;
  if (badLength) return `${badLength} stream${badLength > 1 ? 's have' : ' has'} a wrong /Length`;
  return null;
}

/** Whether `endstream` follows a stream's bytes where its /Length says they end. */
function lengthFits(raw: RawPdf, length: Parameters<RawPdf['resolve']>[0], start: number): boolean {
  const n = raw.resolve(length);
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || start + n >= raw.bytes.length) return false;
  return /^[\s\0]*endstream/.test(latin1(raw.bytes, start + n, Math.min(raw.bytes.length, start + n + 32)));
}
