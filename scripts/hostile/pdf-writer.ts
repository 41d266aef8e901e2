// A small PDF writer for crafted hostile inputs: numbered objects (dictionaries as text, streams as
// bytes) laid out with a classic cross-reference table. Nothing here validates: the point is to write
// what a broken or hostile producer would.
import { deflateSync } from 'node:zlib';

/** One indirect object: its dictionary (or other value) as PDF text, and stream bytes when it is a stream. */
export interface PdfObject {
  body: string;
  stream?: Uint8Array;
  /** Written as the stream's /Length; the real byte count when omitted. */
  length?: number | string;
}

/** A stream object: `extra` holds dictionary entries besides /Length. */
export const streamObject = (data: Uint8Array | string, extra = '', length?: number | string): PdfObject => ({
  body: extra,
  stream: typeof data === 'string' ? Buffer.from(data, 'latin1') : data,
  ...(length === undefined ? {} : { length }),
});

/** A Flate-compressed stream object. */
export const flateObject = (data: Uint8Array | string, extra = ''): PdfObject =>
  streamObject(deflateSync(typeof data === 'string' ? Buffer.from(data, 'latin1') : data, { level: 9 }), `/Filter /FlateDecode ${extra}`);

/** Writes objects 1..n (object 1 is the catalog) with an xref table and a trailer carrying `trailerExtra`. */
export function writePdf(objects: readonly PdfObject[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [];
  let size = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    size += buf.length;
  };
  push('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(size);
    push(`${i + 1} 0 obj\n`);
    if (o.stream) {
      push(`<< ${o.body} /Length ${o.length ?? o.stream.length} >>\nstream\n`);
      push(Buffer.from(o.stream));
      push('\nendstream');
    } else push(o.body);
    push('\nendobj\n');
  });
  const xref = size;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/** PDF literal-string escaping for text drawn with a standard font. */
export const pdfString = (s: string) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** A content stream drawing `lines` in 11 pt Helvetica (font resource /F1) from the top of an A4 page. */
export const textContent = (lines: readonly string[]) => `BT /F1 11 Tf 72 770 Td 14 TL ${lines.map((l) => `${pdfString(l)} '`).join(' ')} ET`;

/** The font dictionary the text pages use. */
export const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
