import { encodePgm, type GreyImage } from '../pdf/page-images.ts';
import type { OcrEngine, OcrResult, OcrWord } from './engine.ts';

/** A band of the image's rows, in pixels: [top, bottom). */
export interface RowBand {
  top: number;
  bottom: number;
}

/** Most bands one page is read again for (a noisy scan must not cost a reading per speck). */
const MAX_BANDS = 8;
/** Tallest run read again, in the page's usual word heights: a paragraph of a few lines that the layout analysis skipped whole (a picture is taller). */
const TALLEST = 10;
/** Of a band's dark pixels, the share that start a run of them (a stroke) for the band to read as text. */
const STROKE_SHARE = 0.15;
/** How far right of the text's left margin (a fraction of the width) a line read again may start: an indent, not a line's end. */
const FROM_MARGIN = 0.15;
/** A word read again is kept from this confidence (0..1) up. */
const MIN_CONF = 0.6;

/**
 * Runs of the image's rows that hold a line's worth of ink no recognised word covers: rows with a few dark pixels (grey < 128,
 * at least 0.5% of the width) outside every word's box, the box padded by a fifth of the page's usual word height. Runs apart by
 * less than a third of that height are one; a run is kept when it is half a word's height to four of them tall (a rule is thinner,
 * a picture taller), its ink spreads over a sixth of the width (a speck or a margin mark does not) and is made of strokes.
 */
export function unreadBands(image: GreyImage, words: readonly { box: { x: number; y: number; w: number; h: number } }[]): RowBand[] {
  if (words.length < 20) return [];
  const heights = words.map((w) => w.box.h * image.height).sort((a, b) => a - b);
  const wordH = heights[Math.floor(heights.length / 2)]!;
  const covered = new Uint8Array(image.height);
  for (const { box } of words) {
    const pad = wordH * 0.2;
    for (let y = Math.max(0, Math.floor(box.y * image.height - pad)); y < Math.min(image.height, Math.ceil((box.y + box.h) * image.height + pad)); y++) covered[y] = 1;
  }
  const need = Math.max(3, Math.round(image.width * 0.005));
  const runs: { top: number; bottom: number; left: number; right: number; dark: number; strokes: number }[] = [];
  for (let y = 0; y < image.height; y++) {
    if (covered[y]) continue;
    let dark = 0, strokes = 0, left = image.width, right = -1;
    for (let x = 0, i = y * image.width; x < image.width; x++, i++) {
      if (image.grey[i]! >= 128) continue;
      dark++;
      if (x === 0 || image.grey[i - 1]! >= 128) strokes++;
      if (x < left) left = x;
      right = x;
    }
    if (dark < need) continue;
    const last = runs[runs.length - 1];
    if (last && y - last.bottom <= wordH / 3) Object.assign(last, { bottom: y + 1, left: Math.min(last.left, left), right: Math.max(last.right, right), dark: last.dark + dark, strokes: last.strokes + strokes });
    else runs.push({ top: y, bottom: y + 1, left, right, dark, strokes });
  }
  // Text is strokes: many short runs of dark pixels across a row (a fifth of its dark pixels start one, or more). A rule, a box's
  // border or a banner's fill is a few long runs.
  return runs
    .filter((r) => r.bottom - r.top >= 0.5 * wordH && r.bottom - r.top <= TALLEST * wordH && r.right - r.left >= image.width / 6 && r.strokes >= STROKE_SHARE * r.dark)
    .slice(0, MAX_BANDS)
    .map(({ top, bottom }) => ({ top, bottom }));
}

/**
 * Reads again, as one block of text each (tesseract --psm 6), the bands of a page whose ink the first reading left unread (the
 * automatic layout analysis of a rough scan may skip a whole line: "1. the update on the proposed Framework ... be noted"), and
 * puts the lines found there into the reading where they stand on the page. Words read with little confidence, with no letter or
 * figure, or where the first reading already has a word, are left out, and so is a line that starts far right of the text's left
 * margin (the end of a skewed line). `dpi` is the image's resolution; boxes are fractions of the image, as the engine gives them.
 * Returns the fuller reading and how many lines it gained.
 */
export async function readSkippedLines(engine: OcrEngine, image: GreyImage, dpi: number, result: OcrResult): Promise<{ result: OcrResult; lines: number }> {
  const bands = unreadBands(image, result.paragraphs.flat(2));
  if (!bands.length) return { result, lines: 0 };
  const paragraphs = result.paragraphs.map((p) => p.map((l) => [...l]));
  const read = result.paragraphs.flat(2);
  // The text's left margin: a line skipped whole starts near it; a piece far to its right is the end of a skewed line read before.
  const lefts = result.paragraphs.flat().filter((l) => l.length).map((l) => Math.min(...l.map((w) => w.box.x))).sort((a, b) => a - b);
  const margin = lefts[Math.floor(lefts.length / 4)] ?? 0;
  let gained = 0;
  for (const band of bands) {
    const pad = Math.round((band.bottom - band.top) * 0.4);
    const top = Math.max(0, band.top - pad);
    const bottom = Math.min(image.height, band.bottom + pad);
    const crop: GreyImage = { width: image.width, height: bottom - top, grey: image.grey.subarray(top * image.width, bottom * image.width) };
    const again = await engine.recognize({ data: encodePgm(crop), width: crop.width, height: crop.height, dpi, psm: 6 });
    for (const line of again.paragraphs.flat()) {
      // (A word the first reading already has where it stands, the skewed end of a line read before, is not read twice.)
      const words = line
        .filter((w) => w.conf >= MIN_CONF && /[A-Za-z0-9£]/.test(w.text))
        .map((w): OcrWord => ({ ...w, box: { x: w.box.x, y: (top + w.box.y * crop.height) / image.height, w: w.box.w, h: (w.box.h * crop.height) / image.height } }))
        .filter((w) => !read.some((r) => overlap(r.box, w.box) > 0.3));
      // (Two words or more and six letters or figures, or one word of three letters or more read with high confidence: an item's last word, "noted".)
      const letters = words.map((w) => w.text).join('').replace(/[^A-Za-z0-9£]/g, '').length;
      if (!(words.length >= 2 && letters >= 6) && !(words.length === 1 && letters >= 3 && words[0]!.conf >= 0.85)) continue;
      if (Math.min(...words.map((w) => w.box.x)) > margin + FROM_MARGIN) continue;
      placeLine(paragraphs, words);
      gained++;
    }
  }
  return { result: gained ? { ...result, paragraphs } : result, lines: gained };
}

/** Puts a line into the reading before the first line below it that shares some of its width (a paragraph of its own when that line starts one). */
function placeLine(paragraphs: OcrWord[][][], line: OcrWord[]): void {
  const top = Math.min(...line.map((w) => w.box.y));
  const x0 = Math.min(...line.map((w) => w.box.x));
  const x1 = Math.max(...line.map((w) => w.box.x + w.box.w));
  for (const [p, para] of paragraphs.entries())
    for (const [k, l] of para.entries()) {
      if (!l.length) continue;
      const lTop = Math.min(...l.map((w) => w.box.y));
      const overlaps = Math.min(x1, Math.max(...l.map((w) => w.box.x + w.box.w))) > Math.max(x0, Math.min(...l.map((w) => w.box.x)));
      if (lTop <= top || !overlaps) continue;
      if (k === 0) paragraphs.splice(p, 0, [line]);
      else para.splice(k, 0, line);
      return;
    }
  paragraphs.push([line]);
}

/** The share of the smaller of two boxes that they have in common. */
function overlap(a: OcrWord['box'], b: OcrWord['box']): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? (w * h) / Math.min(a.w * a.h, b.w * b.h) : 0;
}
