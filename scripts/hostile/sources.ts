// What the hostile corpus is made from: real PDFs (the fixtures and the shared corpus) and real
// decision texts (for the crafted PDFs, so their text can be checked after reading).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** A real PDF to damage or disguise. */
export interface SourcePdf {
  /** Short name for generated file names. */
  slug: string;
  path: string;
  bytes: Buffer;
  /** A text-layer PDF (scans and mixed PDFs need OCR, which is slow and engine-dependent). */
  digital: boolean;
}

/** Largest shared-corpus PDF taken, in bytes (long council packs would make the fuzz run slow). */
const MAX_CORPUS_BYTES = 400_000;

/** The fixture PDFs and the shared corpus's smaller PDFs, in a stable order. */
export function findSources(corpusDir = resolve(ROOT, '../shared/corpus')): SourcePdf[] {
  const pdfs = (dir: string): string[] =>
    existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pdfs(join(dir, e.name)) : /\.pdf$/i.test(e.name) ? [join(dir, e.name)] : [])) : [];
  const fixtures = [...pdfs(join(ROOT, 'fixtures/pdf')), ...pdfs(join(ROOT, 'fixtures/real/pdf'))];
  const corpus = pdfs(corpusDir).filter((p) => statSync(p).size <= MAX_CORPUS_BYTES);
  return [...fixtures, ...corpus].sort().map((path) => ({
    slug: basename(path, '.pdf').replace(/[^A-Za-z0-9.-]+/g, '-').slice(0, 40),
    path,
    bytes: readFileSync(path),
    digital: !/\.(scanned|rough|mixed)\./.test(basename(path)),
  }));
}

/** Lines of real decision texts, in latin-1 (the crafted PDFs draw them in Helvetica), at most 90 characters each. */
export function textSamples(): string[][] {
  const dir = join(ROOT, 'fixtures/real/text');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => toLines(readFileSync(join(dir, f), 'utf8')))
    .filter((lines) => lines.length >= 6);
}

function toLines(text: string): string[] {
  const plain = text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^\n\x20-\x7e£]/g, ' ');
  const lines: string[] = [];
  for (const para of plain.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => /[A-Za-z]{3}/.test(l))) {
    let line = '';
    for (const word of para.split(' ')) {
      if (line && line.length + word.length + 1 > 90) lines.push(line), (line = '');
      line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  return lines.slice(0, 40);
}
