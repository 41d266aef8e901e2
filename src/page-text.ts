import { z } from 'zod';

/** A rectangle as fractions (0..1) of the page's width and height, origin at the top left. */
export const Box = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() }).strict();
export type Box = z.infer<typeof Box>;

/** One word of a page's text, where it was read and how sure the reader was. */
export const Word = z
  .object({
    /** The word as read. */
    text: z.string(),
    /** Position on the page (fractions of page size, top-left origin). */
    box: Box,
    /** OCR confidence 0..1; null for text-layer words. */
    conf: z.number().nullable(),
    /** Character offset of the word's first character in the page's `text`. */
    offset: z.number().int(),
  })
  .strict();
export type Word = z.infer<typeof Word>;

/** A page's text in reading order together with its words. */
export const PageText = z.object({ text: z.string(), words: z.array(Word) }).strict();
export type PageText = z.infer<typeof PageText>;

/** A word before layout: text, box and confidence, with the line and paragraph it belongs to. */
export interface LaidWord {
  text: string;
  box: Box;
  conf: number | null;
  /** Separator placed before this word: '' (first), ' ', '\t' (column gap), '\n', '\n\n'. */
  sep: '' | ' ' | '\t' | '\n' | '\n\n';
}

/** Joins laid-out words into page text, recording each word's offset (the one place text is built). */
export function layoutWords(words: readonly LaidWord[]): PageText {
  let text = '';
  const out: Word[] = [];
  for (const w of words) {
    if (!w.text) continue;
    text += text ? w.sep || ' ' : '';
    out.push({ text: w.text, box: roundBox(w.box), conf: w.conf, offset: text.length });
    text += w.text;
  }
  return { text, words: out };
}

const r4 = (n: number) => Math.round(n * 10000) / 10000;
function roundBox(b: Box): Box {
  return { x: r4(b.x), y: r4(b.y), w: r4(b.w), h: r4(b.h) };
}

/** The smallest box holding all the given boxes, or null for none. */
export function unionBox(boxes: readonly Box[]): Box | null {
  if (!boxes.length) return null;
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.w));
  const y1 = Math.max(...boxes.map((b) => b.y + b.h));
  return roundBox({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 });
}

/** The words overlapping the character range [start, end) of the page text. */
export function wordsInRange(page: Readonly<PageText>, start: number, end: number): Word[] {
  return page.words.filter((w) => w.offset < end && w.offset + w.text.length > start);
}
