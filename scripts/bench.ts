// npm run bench [-- --jobs N] [--soak PAGES]
// Side by side in one run: docket's text layer vs poppler's pdftotext, docket's OCR (tesseract.js
// pool) vs the native tesseract CLI on the same page images and the same model, character error
// rates against fixtures/text, a full ingest of the fixtures, and peak RSS. Writes out/bench.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { ingest } from '../src/ingest/ingest.ts';
import { ocrToPageText } from '../src/ocr/ocr-page-text.ts';
import { TesseractEngine } from '../src/ocr/tesseract-engine.ts';
import { withPdf } from '../src/pdf/open-pdf.ts';
import { encodePgm, findPageImages, loadImageGrey } from '../src/pdf/page-images.ts';
import { readTextLayer } from '../src/pdf/text-layer.ts';
import { measureText, routePage } from '../src/route/route-page.ts';
import { cer } from './bench/cer.ts';
import { ensureTool, runAll, version } from './bench/tools.ts';

const { values } = parseArgs({ options: { jobs: { type: 'string' }, soak: { type: 'string' } } });
const jobs = Number(values.jobs ?? cpus().length);
const PDF_DIR = 'fixtures/pdf';
const TEXT_DIR = 'fixtures/text';
const work = mkdtempSync(join(tmpdir(), 'docket-bench-'));
const pdfs = readdirSync(PDF_DIR).filter((f) => f.endsWith('.pdf')).sort();
const log = (s: string) => process.stderr.write(`${s}\n`);
const report: Record<string, unknown> = { jobs, cores: cpus().length, node: process.version };

ensureTool('pdftotext', 'poppler-utils');
ensureTool('tesseract', 'tesseract-ocr');
ensureTool('/usr/bin/time', 'time');

// 1. Text layer: docket (pdf.js) against pdftotext on the digital PDFs.
const digital = pdfs.filter((f) => f.includes('.digital.'));
const textRounds = 5;
let textPages = 0;
const t0 = performance.now();
for (let r = 0; r < textRounds; r++)
  for (const f of digital)
    await withPdf(readFileSync(join(PDF_DIR, f)), async (doc) => {
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        await readTextLayer(page);
        page.cleanup();
        textPages++;
      }
    });
const docketTextS = (performance.now() - t0) / 1000;
const t1 = performance.now();
for (let r = 0; r < textRounds; r++) for (const f of digital) execFileSync('pdftotext', ['-layout', join(PDF_DIR, f), '-'], { stdio: ['ignore', 'pipe', 'ignore'] });
const popplerTextS = (performance.now() - t1) / 1000;
report.textLayer = {
  pages: textPages,
  docketPagesPerS: textPages / docketTextS,
  pdftotextPagesPerS: textPages / popplerTextS,
  ratio: docketTextS / popplerTextS,
  pdftotext: version('pdftotext', ['-v']),
};
log(`text layer: docket ${(textPages / docketTextS).toFixed(0)} pages/s, pdftotext ${(textPages / popplerTextS).toFixed(0)} pages/s`);

// 2. The images docket OCRs: every OCR-routed page's embedded scan at its own resolution.
interface PageImage { doc: string; page: number; path: string; width: number; height: number; dpi: number }
const images: PageImage[] = [];
for (const f of pdfs.filter((p) => !p.includes('.digital.')))
  await withPdf(readFileSync(join(PDF_DIR, f)), async (doc) => {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [layer, imgs] = await Promise.all([readTextLayer(page), findPageImages(page)]);
      const scan = imgs.find((i) => i.coverage > 0.5);
      if (scan && routePage(measureText(layer.text, scan.coverage)).source === 'ocr') {
        const grey = await loadImageGrey(page, scan.name);
        if (grey) {
          const dpi = Math.round(grey.width / (Math.abs(scan.bottomRight[0] - scan.topLeft[0]) / 72));
          const path = join(work, `${basename(f, '.pdf')}-p${n}.pgm`);
          writeFileSync(path, encodePgm(grey));
          images.push({ doc: f, page: n, path, width: grey.width, height: grey.height, dpi });
        }
      }
      page.cleanup();
    }
  });
log(`OCR images: ${images.length} pages`);

// 3. OCR: docket's tesseract.js pool against native tesseract (OMP_THREAD_LIMIT=1, one process per job), same model.
const require = createRequire(import.meta.url);
const variant = '4.0.0_best_int';
const tessdata = join(work, 'tessdata');
mkdirSync(tessdata);
writeFileSync(join(tessdata, 'eng.traineddata'), gunzipSync(readFileSync(join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), variant, 'eng.traineddata.gz'))));
const engine = new TesseractEngine({ size: jobs, psm: 3, variant });
// Warm-up: every worker loads the model before the clock starts (native tesseract loads it per page, inside its time).
await Promise.all(Array.from({ length: jobs }, () => engine.recognize({ data: readFileSync(images[0]!.path), width: images[0]!.width, height: images[0]!.height, dpi: images[0]!.dpi })));
const docketText = new Map<string, string>();
const t2 = performance.now();
await Promise.all(
  images.map(async (im) => {
    const res = await engine.recognize({ data: readFileSync(im.path), width: im.width, height: im.height, dpi: im.dpi });
    docketText.set(im.path, ocrToPageText(res).text);
  }),
);
const docketOcrS = (performance.now() - t2) / 1000;
await engine.close();
const t3 = performance.now();
const native = await runAll(
  images.map((im) => ({ file: 'tesseract', args: [im.path, 'stdout', '--psm', '3', '--dpi', String(im.dpi), '-l', 'eng', '--tessdata-dir', tessdata], env: { OMP_THREAD_LIMIT: '1' } })),
  jobs,
);
const nativeOcrS = (performance.now() - t3) / 1000;
const nativeText = new Map(images.map((im, i) => [im.path, native[i]!.stdout]));

// Character error rate per document, pages in order, against the source transcription.
const cerRows: { doc: string; docket: number; native: number }[] = [];
for (const doc of [...new Set(images.map((i) => i.doc))].filter((d) => /\.(scanned|rough)\./.test(d))) {
  const name = basename(doc).replace(/(-draft)?\.(scanned|rough)\.pdf$/, '');
  if (doc.includes('-draft')) continue; // a draft differs from the transcription by design
  const ref = readFileSync(join(TEXT_DIR, `${name}.txt`), 'utf8');
  const pages = images.filter((i) => i.doc === doc).sort((a, b) => a.page - b.page);
  cerRows.push({
    doc,
    docket: cer(pages.map((p) => docketText.get(p.path)).join('\n'), ref),
    native: cer(pages.map((p) => nativeText.get(p.path)).join('\n'), ref),
  });
}
report.ocr = {
  pages: images.length,
  docketSecondsPerPage: docketOcrS / images.length,
  nativeSecondsPerPage: nativeOcrS / images.length,
  ratio: docketOcrS / nativeOcrS,
  nativePeakRssMb: Math.max(...native.map((n) => n.maxRssKb)) / 1024,
  tesseract: version('tesseract', ['--version']),
  model: `@tesseract.js-data/eng ${variant} (same file for both)`,
  cer: cerRows,
};
log(`OCR: docket ${(docketOcrS / images.length).toFixed(2)} s/page, native ${(nativeOcrS / images.length).toFixed(2)} s/page`);

// 4. The whole pipeline on every fixture.
const db = join(work, 'bench.db');
const t4 = performance.now();
const summary = await ingest({ inputs: [PDF_DIR], db, jobs });
const ingestS = (performance.now() - t4) / 1000;
report.ingest = { documents: summary.files, pages: summary.pages, ocrPages: summary.ocrPages, seconds: ingestS, pagesPerS: summary.pages / ingestS };

// 5. Optional soak: RSS over many OCR pages, sampled every 50.
if (values.soak) {
  const n = Number(values.soak);
  const soak = new TesseractEngine({ size: jobs, variant });
  const samples: { pages: number; rssMb: number }[] = [];
  for (let done = 0; done < n; done += jobs * 5) {
    await Promise.all(Array.from({ length: jobs * 5 }, (_, k) => {
      const im = images[(done + k) % images.length]!;
      return soak.recognize({ data: readFileSync(im.path), width: im.width, height: im.height, dpi: im.dpi });
    }));
    if ((done / (jobs * 5)) % 5 === 0) samples.push({ pages: done + jobs * 5, rssMb: process.memoryUsage().rss / 2 ** 20 });
    if (done % 100 === 0) log(`soak: ${done} pages, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  }
  await soak.close();
  report.soak = samples;
}
report.docketPeakRssMb = process.resourceUsage().maxRSS / 1024;

// The table.
const f = (n: number, d = 2) => n.toFixed(d);
const t = report.textLayer as { docketPagesPerS: number; pdftotextPagesPerS: number; ratio: number; pages: number };
const o = report.ocr as { docketSecondsPerPage: number; nativeSecondsPerPage: number; ratio: number; nativePeakRssMb: number; pages: number };
const i = report.ingest as { documents: number; pages: number; ocrPages: number; seconds: number; pagesPerS: number };
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(`docket bench — ${jobs} job(s) on ${cpus().length} cores, ${process.version}

                          docket            other tool           ratio (docket/other time)
text layer (${t.pages} pages)     ${f(t.docketPagesPerS, 0).padStart(5)} pages/s     pdftotext ${f(t.pdftotextPagesPerS, 0).padStart(5)} pages/s   ${f(t.ratio)}x
OCR (${o.pages} pages)            ${f(o.docketSecondsPerPage)} s/page       tesseract ${f(o.nativeSecondsPerPage)} s/page    ${f(o.ratio)}x
OCR CER, mean              ${f(100 * mean(cerRows.map((r) => r.docket)))}%             tesseract ${f(100 * mean(cerRows.map((r) => r.native)))}%
${cerRows.map((r) => `  ${r.doc.padEnd(28)} ${f(100 * r.docket)}%             tesseract ${f(100 * r.native)}%`).join('\n')}
peak RSS                   ${f(report.docketPeakRssMb as number, 0)} MB (whole bench process)   tesseract ${f(o.nativePeakRssMb, 0)} MB per process
full ingest of fixtures    ${i.documents} PDFs, ${i.pages} pages (${i.ocrPages} OCR) in ${f(i.seconds, 1)} s = ${f(i.pagesPerS)} pages/s
${report.soak ? `soak RSS (MB by pages):    ${(report.soak as { pages: number; rssMb: number }[]).map((s) => `${s.pages}:${f(s.rssMb, 0)}`).join(' ')}` : ''}`);
mkdirSync('out', { recursive: true });
writeFileSync('out/bench.json', JSON.stringify(report, null, 2));
