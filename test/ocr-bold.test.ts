// Bold words on a scan, read from the thickness of their strokes (the text layer's font weights, for OCR pages).
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDbReadOnly, withDb } from '../src/db/open-db.ts';
import { readRecords } from '../src/export/export-records.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { boldWords, strokeRun } from '../src/ocr/stroke-weight.ts';
import type { GreyImage } from '../src/pdf/page-images.ts';
import { ROOT, replayEngine, tempDir } from './helpers.ts';

/** A white image with black vertical strokes: each word a few strokes of `stroke` pixels, 20 pixels tall, at (x, y). */
function page(words: { x: number; y: number; stroke: number; strokes?: number; tall?: number }[]): GreyImage {
  const width = 400;
  const height = 100;
  const grey = new Uint8Array(width * height).fill(255);
  for (const w of words)
    for (let s = 0; s < (w.strokes ?? 4); s++)
      for (let y = w.y; y < w.y + (w.tall ?? 20); y++) for (let x = w.x + s * 10; x < w.x + s * 10 + w.stroke; x++) grey[y * width + x] = 20;
  return { width, height, grey };
}
const box = (x: number, y: number, w = 40, h = 20) => ({ x: x / 400, y: y / 100, w: w / 400, h: h / 100 });

describe('stroke weight', () => {
  it('measures the width of a word\'s strokes in pixels', () => {
    expect(strokeRun(page([{ x: 10, y: 10, stroke: 2 }]), box(10, 10))).toBe(2);
    expect(strokeRun(page([{ x: 10, y: 10, stroke: 5 }]), box(10, 10))).toBe(5);
    // Nothing to measure: a blank box, or one too small.
    expect(strokeRun(page([]), box(10, 10))).toBeNull();
    expect(strokeRun(page([{ x: 10, y: 10, stroke: 2, tall: 5 }]), box(10, 10, 40, 5))).toBeNull();
  });

  it('finds the words whose strokes are heavier than the page\'s body text, measured against their line\'s height', () => {
    const words = [
      { text: 'Award', x: 10, y: 10, stroke: 4 },
      { text: 'Contract', x: 60, y: 10, stroke: 4 },
      { text: 'the', x: 10, y: 50, stroke: 2 },
      { text: 'council', x: 60, y: 50, stroke: 2 },
      { text: 'agreed', x: 110, y: 50, stroke: 2 },
      // "as": x-height only, its box shorter than the line's; regular all the same.
      { text: 'as', x: 160, y: 60, stroke: 2, tall: 10 },
      { text: 'grant', x: 10, y: 75, stroke: 2 },
    ];
    const image = page(words);
    const lines = [[words[0]!, words[1]!], [words[2]!, words[3]!, words[4]!, words[5]!], [words[6]!]].map((l) => l.map((w) => ({ text: w.text, box: box(w.x, w.y, 40, w.tall ?? 20) })));
    expect([...boldWords(image, lines)].map((w) => w.text)).toEqual(['Award', 'Contract']);
  });
});

describe('bold titles on real scanned copies (recorded OCR)', () => {
  // Scans whose title is set bold at the body's size, as their digital twins' fonts say: without weights, OCR's
  // header reader found no title or took another line.
  const pairs = ['holdout39/pdf/haringey-2018-63745-road-resurfacing-kenson', 'holdout3/pdf/leics-pcc-exe0045-23', 'holdout5/pdf/heritagefund-ni-2022-04-delegated', 'holdout15/pdf/hampshire-pcc-000835-aldershot-front-counter-hp-contractors'];
  it('reads the same title from the scan as from the text layer', async () => {
    const dir = tempDir();
    const copies = pairs.flatMap((p) => [`${p}.digital.pdf`, existsSync(join(ROOT, 'fixtures/real', `${p}.scanned.pdf`)) ? `${p}.scanned.pdf` : `${p}.rough.pdf`]);
    copies.forEach((c, i) => copyFileSync(join(ROOT, 'fixtures/real', c), join(dir, `${i}-${c.split('/').pop()}`)));
    const db = join(dir, 'd.db');
    await ingest({ inputs: [dir], db, engine: replayEngine() });
    const titles = new Map(withDb(openDbReadOnly(db), (h) => [...readRecords(h)]).map((r) => [r.file.split('/').pop()!.replace(/^\d+-/, ''), r.title]));
    for (const p of pairs) {
      const name = p.split('/').pop()!;
      const digital = titles.get(`${name}.digital.pdf`);
      const scanned = titles.get(`${name}.scanned.pdf`) ?? titles.get(`${name}.rough.pdf`);
      expect(digital).toBeTruthy();
      expect(scanned).toBe(digital);
    }
  }, 60_000);
});
