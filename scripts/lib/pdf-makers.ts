// Minimal PDF writers for test inputs the fixtures lack: a text-layer page and an image-only (scanned) page.

/** A minimal one-page PDF with the given lines in Helvetica (a real text layer), for inputs the fixtures lack. */
export function makeTextPdf(lines: string[]): Buffer {
  const escPdf = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 11 Tf 72 770 Td 14 TL ${lines.map((l) => `(${escPdf(l)}) '`).join(' ')} ET`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Pixel size of a JPEG from its SOF marker. */
export function jpegSize(jpg: Buffer): { width: number; height: number } {
  for (let i = 2; i < jpg.length; ) {
    const marker = jpg[i + 1]!;
    const len = jpg.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { height: jpg.readUInt16BE(i + 5), width: jpg.readUInt16BE(i + 7) };
    i += 2 + len;
  }
  throw new Error('no JPEG size');
}

/** An image-only (scanned) one-page A4 PDF painting a greyscale JPEG over the whole page. */
export function makeScannedPdf(jpg: Buffer): Buffer {
  const { width, height } = jpegSize(jpg);
  const content = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
  const parts: (string | Buffer)[] = [];
  const objs: (string | Buffer[])[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>',
    [Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpg.length} >>\nstream\n`), jpg, Buffer.from('\nendstream')],
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let size = 0;
  const push = (b: string | Buffer) => { parts.push(b); size += typeof b === 'string' ? Buffer.byteLength(b, 'latin1') : b.length; };
  push('%PDF-1.4\n');
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(size);
    push(`${i + 1} 0 obj\n`);
    if (typeof o === 'string') push(o);
    else o.forEach(push);
    push('\nendobj\n');
  });
  const xref = size;
  push(`xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
}
