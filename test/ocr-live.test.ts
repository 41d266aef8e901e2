// End-to-end with the real OCR engines on one scanned page: tesseract.js (+ @tesseract.js-data/eng,
// offline) always; the system's tesseract CLI where it is installed (.ci/run installs it).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.ts';
import { probeNative } from '../src/ocr/native-engine.ts';
import { fixturePdf, query, tempDir } from './helpers.ts';

const native = probeNative();
if (!native) console.warn('native OCR tests skipped: no working `tesseract` with English data (apt-get install tesseract-ocr tesseract-ocr-eng)');

async function ocrFirstPage(ocrEngine: 'js' | 'native') {
  const db = join(tempDir(), 'live.db');
  const summary = await ingest({ inputs: [fixturePdf('pcd450.mixed.pdf')], db, jobs: 1, ocrEngine });
  expect(summary).toMatchObject({ ok: 1, ocrPages: 1 });
  const [page] = query<{ source: string; confidence: number; text: string; image: string }>(db, 'SELECT source, confidence, text, image FROM pages WHERE number = 1');
  expect(page!.source).toBe('ocr');
  expect(page!.image).toMatch(/^embedded 1659x2345 @ 20\d dpi$/);
  expect(page!.confidence).toBeGreaterThan(0.85);
  expect(page!.text).toMatch(/Title: ANPR NAS Management Server/);
  expect(page!.text).toMatch(/£1\.164M/);
  const [doc] = query<{ ocr_engine: string; ocr_data: string }>(db, 'SELECT ocr_engine, ocr_data FROM documents');
  const [record] = query<{ reference: string }>(db, 'SELECT reference FROM decisions');
  return { doc: doc!, text: page!.text, reference: record!.reference };
}

describe('live OCR', () => {
  it('OCRs the scanned signed form of a mixed PDF from the embedded image (js engine, reader process)', async () => {
    const { doc } = await ocrFirstPage('js');
    expect(doc.ocr_engine).toMatch(/^tesseract\.js 7/);
    expect(doc.ocr_data).toMatch(/best_int/);
  }, 60_000);

  it.skipIf(!native)('OCRs the same page with the native tesseract CLI, giving the same record fields', async () => {
    const { doc, reference } = await ocrFirstPage('native');
    expect(doc.ocr_engine).toMatch(/^tesseract \d+\.\d+.* \(native, psm 3\)$/);
    expect(doc.ocr_data).toMatch(/eng\.traineddata/);
    expect(reference).toBe('PCD 450');
  }, 60_000);
});
