import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ReplayEngine } from '../src/ocr/fake-engines.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const FIXTURE_PDFS = join(ROOT, 'fixtures/pdf');
export const fixturePdf = (name: string) => join(FIXTURE_PDFS, name);
export const allFixturePdfs = () => readdirSync(FIXTURE_PDFS).filter((f) => f.endsWith('.pdf')).sort();

/** Replays the tesseract.js output recorded by `npm run record-ocr` for the fixture pages. */
export const replayEngine = () => new ReplayEngine(join(ROOT, 'fixtures/ocr'));

export const tempDir = (prefix = 'docket-test-') => mkdtempSync(join(tmpdir(), prefix));

export function query<T = Record<string, unknown>>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

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
