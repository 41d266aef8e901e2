import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDocument } from '../src/pipeline/run-document.ts';
import { popplerProbe } from '../src/pipeline/poppler-pages.ts';
import { applyFonts, parsePopplerTsv } from '../src/pdf/poppler/poppler-tsv.ts';
import { parsePopplerXml } from '../src/pdf/poppler/poppler-xml.ts';
import { layoutRuns } from '../src/pdf/text-runs.ts';
import { ReplayEngine } from '../src/ocr/fake-engines.ts';

const HEAD = 'level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const row = (level: number, page: number, line: number, word: number, x: number, top: number, w: number, h: number, text: string) =>
  [level, page, 0, 0, line, word, x, top, w, h, level === 5 ? 100 : -1, text].join('\t');

describe('poppler output, parsed', () => {
  it('reads words with boxes into lines, keeping a space between words poppler split even where the gap is small', () => {
    const tsv = [HEAD, row(1, 1, 0, 0, 0, 0, 595, 842, '###PAGE###'), row(5, 1, 0, 0, 56.7, 99.8, 16.8, 14.4, '31.'), row(5, 1, 0, 1, 74.5, 99.8, 20.7, 14.4, 'The'), row(5, 1, 0, 2, 300, 99.8, 30, 14.4, 'Total'), row(5, 1, 1, 0, 56.7, 116, 40, 14.4, 'next'), row(1, 2, 0, 0, 0, 0, 595, 842, '###PAGE###')].join('\n');
    const pages = parsePopplerTsv(tsv);
    expect(pages.map((p) => p.number)).toEqual([1, 2]);
    expect(pages[1]!.runs).toEqual([]);
    const text = layoutRuns(pages[0]!.runs, pages[0]!.width, pages[0]!.height);
    expect(text.text).toBe('31. The\tTotal\nnext');
    expect(text.words[0]!.box.x).toBeCloseTo(56.7 / 595, 3);
    expect(pages[0]!.sideways).toBe(0);
  });

  it('counts sideways words and lines read right to left (upside down), which send a page to pdf.js', () => {
    const sideways = [HEAD, row(1, 1, 0, 0, 0, 0, 595, 842, '###PAGE###'), row(5, 1, 0, 0, 50, 100, 12, 60, 'Rotated')].join('\n');
    expect(parsePopplerTsv(sideways)[0]!.sideways).toBe(1);
    const upsideDown = [HEAD, row(1, 1, 0, 0, 0, 0, 595, 842, '###PAGE###'), row(5, 1, 0, 0, 400, 700, 40, 14, 'Police'), row(5, 1, 0, 1, 340, 700, 40, 14, 'and')].join('\n');
    expect(parsePopplerTsv(upsideDown)[0]!.sideways).toBe(1);
  });

  it('marks words bold from pdftohtml spans and sizes them by their font, the rest by the document ratio', () => {
    const xml = `<page number="1" position="absolute" top="0" left="0" height="2526" width="1785">
\t<fontspec id="0" size="36" family="Arial" color="#000000"/>
<text top="300" left="150" width="400" height="40" font="0"><b>Decision Title</b> rest</text>`;
    const bold = parsePopplerXml(xml);
    expect(bold[0]!.runs.map((r) => [r.str, r.bold ?? false])).toEqual([['Decision Title', true], [' rest', false]]);
    const tsv = [HEAD, row(1, 1, 0, 0, 0, 0, 595, 842, '###PAGE###'), row(5, 1, 0, 0, 50, 100, 50, 16.38, 'Decision'), row(5, 1, 0, 1, 104, 100, 30, 16.38, 'Title'), row(5, 1, 0, 2, 160, 100, 20, 16.38, 'rest'), row(5, 1, 1, 0, 50, 400, 40, 16.38, 'body')].join('\n');
    const pages = parsePopplerTsv(tsv);
    applyFonts(pages, bold);
    const runs = pages[0]!.runs;
    expect(runs.map((r) => r.bold ?? false)).toEqual([true, true, false, false]);
    expect(runs[0]!.size).toBeCloseTo(12, 1); // 36 at zoom 3
    expect(runs[3]!.size).toBeCloseTo(12, 1); // unmatched: box height over the document's height-per-size
  });
});

// The same page gives the same record fields whichever reader gave its text (born-digital pages).
const probe = popplerProbe();
describe.skipIf(!probe)('text engines agree', () => {
  const dirs = ['fixtures/pdf', 'fixtures/real/pdf'];
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.digital.pdf')).map((f) => join(d, f)));
  const engines = { ocr: new ReplayEngine('fixtures/ocr') };
  const fields = (r: Awaited<ReturnType<typeof runDocument>>) => {
    const { title, reference, authority, decisionMaker, decisionDate, headlineAmount, recommendations, recipients } = r.extracted as unknown as Record<string, unknown> & { recommendations: unknown[] };
    return { title, reference, authority, decisionMaker, decisionDate, headlineAmount, recommendations: recommendations.length, recipients };
  };

  it(`poppler and pdf.js give the same fields on ${files.length} born-digital PDFs, and poppler says it read them`, async () => {
    let viaPoppler = 0;
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      const a = await runDocument(bytes, { ocr: 'auto', renderDpi: 300, text: 'pdfjs' }, engines);
      const b = await runDocument(bytes, { ocr: 'auto', renderDpi: 300, text: 'poppler' }, engines);
      expect(fields(b), file).toEqual(fields(a));
      viaPoppler += b.pages.filter((p) => p.reason.includes('poppler')).length;
      expect(a.pages.some((p) => p.reason.includes('poppler'))).toBe(false);
    }
    expect(viaPoppler).toBeGreaterThan(files.length);
  }, 120_000);
});
