import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findEmbeddedJpeg, readJpegFrame } from '../src/pdf/embedded-jpeg.ts';
import { withPdf } from '../src/pdf/open-pdf.ts';
import { findStoredScan } from '../src/pdf/page-scan.ts';
import { RawPdf } from '../src/pdf/raw/raw-pdf.ts';
import { runDocument } from '../src/pipeline/run-document.ts';
import { fixturePdf } from './helpers.ts';

// The page-1 scan of a fixture, as `pdfimages -j` extracts it (checked byte for byte when written).
const scanned = readFileSync(fixturePdf('pcd450.scanned.pdf'));
const jpeg = findEmbeddedJpeg(new RawPdf(scanned), { num: 1, gen: 0 })!.data;
const { width, height } = readJpegFrame(jpeg)!;

/** A one-page PDF painting the JPEG with `content`; with `compressed`, page objects sit in an object stream and the table is an xref stream. */
function onePage(content: string, compressed = false): Buffer {
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>';
  const image = Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`), jpeg, Buffer.from('\nendstream')]);
  const body = deflateSync(content);
  const stream = Buffer.concat([Buffer.from(`<< /Length ${body.length} /Filter /FlateDecode >>\nstream\n`), body, Buffer.from('\nendstream')]);
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n')];
  const offsets: Record<number, number> = {};
  const add = (n: number, obj: Buffer | string) => {
    offsets[n] = parts.reduce((a, b) => a + b.length, 0);
    parts.push(Buffer.concat([Buffer.from(`${n} 0 obj\n`), Buffer.from(obj as never), Buffer.from('\nendobj\n')]));
  };
  const size = () => parts.reduce((a, b) => a + b.length, 0);
  if (!compressed) {
    [[1, '<< /Type /Catalog /Pages 2 0 R >>'], [2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'], [3, page]].forEach(([n, o]) => add(n as number, o as string));
    add(4, image);
    add(5, stream);
    const xref = size();
    const rows = [1, 2, 3, 4, 5].map((n) => `${String(offsets[n]).padStart(10, '0')} 00000 n \n`).join('');
    parts.push(Buffer.from(`xref\n0 6\n0000000000 65535 f \n${rows}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
    return Buffer.concat(parts);
  }
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page];
  let header = '';
  let data = '';
  objs.forEach((o, i) => ((header += `${i + 1} ${data.length} `), (data += `${o}\n`)));
  const packed = deflateSync(header + data);
  add(6, Buffer.concat([Buffer.from(`<< /Type /ObjStm /N 3 /First ${header.length} /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`), packed, Buffer.from('\nendstream')]));
  add(4, image);
  add(5, stream);
  const row = (t: number, a: number, b: number) => [t, (a >>> 24) & 255, (a >>> 16) & 255, (a >>> 8) & 255, a & 255, b >> 8, b & 255];
  const table = Buffer.from([row(0, 0, 65535), row(2, 6, 0), row(2, 6, 1), row(2, 6, 2), row(1, offsets[4]!, 0), row(1, offsets[5]!, 0), row(1, offsets[6]!, 0), row(1, size(), 0)].flat());
  const xref = size();
  add(7, Buffer.concat([Buffer.from(`<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Length ${table.length} >>\nstream\n`), table, Buffer.from('\nendstream')]));
  parts.push(Buffer.from(`startxref\n${xref}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const scanOf = (pdf: Buffer) => withPdf(pdf, async (doc) => findStoredScan(await doc.getPage(1), new RawPdf(pdf)));

describe('a page that is one stored JPEG', () => {
  it('gives the JPEG bytes as stored, placed over the page (classic table and xref stream with object streams)', async () => {
    for (const compressed of [false, true]) {
      const scan = await scanOf(onePage('q 595 0 0 842 0 0 cm /Im0 Do Q', compressed));
      expect(Buffer.from(scan!.jpeg).equals(jpeg), `compressed: ${compressed}`).toBe(true);
      expect(scan!.placed).toMatchObject({ width, height, topLeft: [0, 0], bottomRight: [595, 842], coverage: 1 });
    }
  });

  it('is not used when the page also paints vector content, or shows the scan rotated', async () => {
    expect(await scanOf(onePage('q 595 0 0 842 0 0 cm /Im0 Do Q 0 0 100 100 re f'))).toBeNull();
    expect(await scanOf(onePage('q 0 842 -595 0 595 0 cm /Im0 Do Q'))).toBeNull();
  });

  it('goes to the OCR engine as it is, with its resolution from its placement', async () => {
    const seen: { head: string; width: number; dpi: number }[] = [];
    const engine = {
      info: { engine: 'capture', data: 'none' },
      concurrency: 1,
      async recognize(img: { data: Uint8Array; width: number; dpi: number }) {
        seen.push({ head: Buffer.from(img.data.subarray(0, 2)).toString('hex'), width: img.width, dpi: Math.round(img.dpi) });
        return { paragraphs: [], confidence: 0 };
      },
      async close() {},
    };
    const result = await runDocument(scanned, { ocr: 'auto', renderDpi: 300 }, { ocr: engine });
    expect(result.pages).toHaveLength(7);
    expect(seen[0]).toEqual({ head: 'ffd8', width: 1659, dpi: 201 });
    expect(seen.every((s) => s.head === 'ffd8')).toBe(true);
    expect(result.pages[0]!.image).toBe('embedded 1659x2345 @ 201 dpi');
  });
});
