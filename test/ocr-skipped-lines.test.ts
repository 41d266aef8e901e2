// A rough scan whose layout analysis skipped a line between two it read ("1. the update on the proposed Framework ... be noted"):
// the band of ink no word covers is read again as a block and the line put back where it stands. Rules, borders and banners are
// no text and are not read again. Recorded OCR replayed (fixtures/ocr, both readings).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OcrEngine, OcrImage, OcrResult, OcrWord } from '../src/ocr/engine.ts';
import { readSkippedLines, unreadBands } from '../src/ocr/skipped-lines.ts';
import { readPages } from '../src/pipeline/read-pages.ts';
import { ROOT, replayEngine } from './helpers.ts';

const W = 400, H = 400;
/** A white page with "text" (2-pixel strokes every 5 pixels) in rows [top, top+10) across most of the width, and solid bars. */
function page(textRows: number[], solid: [number, number][]) {
  const grey = new Uint8Array(W * H).fill(255);
  for (const top of textRows) for (let y = top; y < top + 10; y++) for (let x = 20; x < 380; x += 5) grey.fill(0, y * W + x, y * W + x + 2);
  for (const [top, bottom] of solid) for (let y = top; y < bottom; y++) grey.fill(0, y * W + 20, y * W + 380);
  return { width: W, height: H, grey };
}
/** Words covering the text rows read (ten to a line, so the page has enough words to judge). */
const wordsOn = (tops: number[]): OcrWord[][] => tops.map((top) => Array.from({ length: 10 }, (_, k) => ({ text: `word${k}`, conf: 0.95, box: { x: (20 + k * 36) / W, y: top / H, w: 30 / W, h: 10 / H } })));

describe('lines the layout analysis skipped', () => {
  it('finds the band of text no word covers, not a rule or a banner', () => {
    const image = page([40, 60, 80, 100, 120], [[200, 202], [260, 275]]);
    const bands = unreadBands(image, wordsOn([40, 60, 100, 120]).flat());
    expect(bands).toHaveLength(1);
    expect(bands[0]!.top).toBe(80);
  });
  it('puts the line read again between the lines above and below it', async () => {
    const image = page([40, 60, 80, 100, 120], []);
    const first: OcrResult = { paragraphs: [wordsOn([40, 60, 100, 120])], confidence: 0.95 };
    const asked: (number | undefined)[] = [];
    const again: OcrResult = { paragraphs: [[[{ text: 'skipped', conf: 0.9, box: { x: 0.05, y: 0.2, w: 0.1, h: 0.5 } }, { text: 'line', conf: 0.9, box: { x: 0.2, y: 0.2, w: 0.1, h: 0.5 } }]]], confidence: 0.9 };
    const engine: OcrEngine = { info: { engine: 'fake', data: 'none' }, concurrency: 1, recognize: async (img: OcrImage) => (asked.push(img.psm), again), close: async () => undefined };
    const out = await readSkippedLines(engine, image, 150, first);
    expect(asked).toEqual([6]);
    expect(out.lines).toBe(1);
    const lines = out.result.paragraphs[0]!.map((l) => l[0]!.text);
    expect(lines).toEqual(['word0', 'word0', 'skipped', 'word0', 'word0']);
    const y = out.result.paragraphs[0]![2]![0]!.box.y;
    expect(y).toBeGreaterThan(60 / H);
    expect(y).toBeLessThan(100 / H);
  });
  it('reads again the item a rough scan\'s layout analysis left out', async () => {
    const pdf = readFileSync(join(ROOT, 'fixtures/real/holdout124/pdf/cardiff-2018-977-framework-b-property-maintenance.rough.pdf'));
    const [p] = await readPages(pdf, { ocr: 'auto', renderDpi: 300 }, { ocr: replayEngine() });
    expect(p!.text).toMatch(/1\. the update on the proposed Framework for the provision of specialist roofing works be\s+noted/);
    expect(p!.image).toMatch(/skipped lines? read again/);
  });
});
