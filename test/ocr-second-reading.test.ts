// A rough scan whose automatic page segmentation skipped paragraphs is read again as one block of text
// (tesseract --psm 6) when much of its ink went unread; recorded OCR replayed (fixtures/ocr, both readings).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OcrEngine, OcrImage } from '../src/ocr/engine.ts';
import { unreadInk } from '../src/pdf/page-images.ts';
import { readPages } from '../src/pipeline/read-pages.ts';
import { ROOT, replayEngine } from './helpers.ts';

describe('unread ink', () => {
  it('is the share of rows of ink that no word covers', () => {
    const width = 200;
    const height = 100;
    const grey = new Uint8Array(width * height).fill(255);
    for (const band of [[10, 16], [40, 46], [70, 76]]) for (let y = band[0]!; y < band[1]!; y++) grey.fill(0, y * width + 20, y * width + 180);
    const some = unreadInk({ width, height, grey }, [{ y: 0.1, h: 0.06 }]);
    expect(some.share).toBeCloseTo(2 / 3, 2);
    expect(some.height).toBeCloseTo(0.12, 2);
    expect(unreadInk({ width, height, grey }, [{ y: 0.1, h: 0.06 }, { y: 0.4, h: 0.06 }, { y: 0.7, h: 0.06 }]).share).toBe(0);
  });
});

describe('a second reading of a page whose layout analysis skipped paragraphs', () => {
  it('reads the skewed decisions of a rough scan as one block and keeps the fuller reading', async () => {
    const asked: (number | undefined)[] = [];
    const replay = replayEngine();
    const engine: OcrEngine = { ...replay, info: replay.info, concurrency: 1, recognize: (image: OcrImage) => (asked.push(image.psm), replay.recognize(image)), close: () => replay.close() };
    const pdf = readFileSync(join(ROOT, 'fixtures/real/holdout30/pdf/plymouth-2024-armada-way-construction-cost.rough.pdf'));
    const [page] = await readPages(pdf, { ocr: 'auto', renderDpi: 300 }, { ocr: engine });
    expect(asked).toEqual([undefined, 6]);
    expect(page!.text).toMatch(/Recommended the Leader approves additions to the Capital Programme/);
    expect(page!.image).toMatch(/read again as one block/);
  });

  it('does not read a full page twice', async () => {
    const asked: (number | undefined)[] = [];
    const replay = replayEngine();
    const engine: OcrEngine = { ...replay, info: replay.info, concurrency: 1, recognize: (image: OcrImage) => (asked.push(image.psm), replay.recognize(image)), close: () => replay.close() };
    const pdf = readFileSync(join(ROOT, 'fixtures/real/holdout30/pdf/sheffield-2021-2894-hsf-food-vouchers-edenred.rough.pdf'));
    await readPages(pdf, { ocr: 'auto', renderDpi: 300 }, { ocr: engine });
    expect(asked.every((p) => p === undefined)).toBe(true);
  });
});
