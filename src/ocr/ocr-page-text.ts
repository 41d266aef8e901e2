import type { Box, PageText } from '../record/index.ts';
import { layoutWords, type LaidWord } from '../layout/page-text.ts';
import type { OcrResult } from './engine.ts';

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Lays OCR words out as page text: words by spaces, lines by newlines, paragraphs by blank lines.
 * `place` maps a box from image fractions to page fractions (identity for a rendered page). Each
 * word's `size` is its line's height as a fraction of the page height (the OCR reader's font size).
 */
export function ocrToPageText(result: OcrResult, place: (b: Box) => Box = (b) => b): PageText {
  const laid: LaidWord[] = [];
  result.paragraphs.forEach((para, p) =>
    para.forEach((line, l) => {
      const placed = line.map((w) => place(w.box));
      const size = median(placed.map((b) => b.h));
      line.forEach((w, i) => laid.push({ text: w.text, box: placed[i]!, conf: round3(w.conf), size, sep: i > 0 ? ' ' : l > 0 ? '\n' : p > 0 ? '\n\n' : '' }));
    }),
  );
  return layoutWords(laid);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}
