// End-to-end with the real OCR engine (tesseract.js + @tesseract.js-data/eng, offline) on one scanned page.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.ts';
import { fixturePdf, query, tempDir } from './helpers.ts';

describe('live OCR', () => {
  it('OCRs the scanned signed form of a mixed PDF from the embedded image', async () => {
    const db = join(tempDir(), 'live.db');
    const summary = await ingest({ inputs: [fixturePdf('pcd450.mixed.pdf')], db, jobs: 1 });
    expect(summary).toMatchObject({ ok: 1, ocrPages: 1 });
    const [page] = query<{ source: string; confidence: number; text: string; image: string }>(db, 'SELECT source, confidence, text, image FROM pages WHERE number = 1');
    expect(page!.source).toBe('ocr');
    expect(page!.image).toMatch(/^embedded 1659x2345 @ 20\d dpi$/);
    expect(page!.confidence).toBeGreaterThan(0.85);
    expect(page!.text).toMatch(/Title: ANPR NAS Management Server/);
    expect(page!.text).toMatch(/£1\.164M/);
    const [doc] = query<{ ocr_engine: string; ocr_data: string }>(db, 'SELECT ocr_engine, ocr_data FROM documents');
    expect(doc!.ocr_engine).toMatch(/^tesseract\.js 7/);
    expect(doc!.ocr_data).toMatch(/best_int/);
  });
});
