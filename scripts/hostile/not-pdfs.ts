// Inputs named .pdf that are not PDFs: what scrapers save when a download goes wrong, and
// filesystem entries that are not files at all.
import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import type { Rng } from './rng.ts';

/** The error page a server sends instead of the PDF (saved under the PDF's name). */
export const htmlErrorPage = (status: number) =>
  Buffer.from(
    `${status % 2 ? '\ufeff' : ''}<!DOCTYPE html>\n<html lang="en"><head><title>${status} Not Found</title></head>\n<body><h1>Sorry, the page you requested could not be found</h1>\n<p>The document may have moved. <a href="/">Return to the homepage</a>.</p></body></html>\n`,
    'utf8',
  );

/** A valid small grey PNG of `w` x `h` pixels. */
export function png(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 255]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((w + 1) * h, 0x80);
  for (let y = 0; y < h; y++) rows[y * (w + 1)] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** The start of a Word document (a ZIP archive), as saved by mistake under a .pdf name. */
export const zipArchive = () => Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.from('[Content_Types].xml'), Buffer.alloc(300, 0x20)]);

/** Random bytes, possibly behind a PDF header (a file that claims to be a PDF and is not). */
export function randomBytes(rng: Rng, n: number, pdfHeader: boolean): Buffer {
  const body = Buffer.from(Array.from({ length: n }, () => rng.int(0, 256)));
  return pdfHeader ? Buffer.concat([Buffer.from('%PDF-1.4\n', 'latin1'), body]) : body;
}

/** Makes a FIFO (named pipe) at `path`; false where mkfifo is unavailable. */
export function makeFifo(path: string): boolean {
  try {
    execFileSync('mkfifo', [path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
