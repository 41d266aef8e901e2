import type { Box, PageText, Word } from '../record/index.ts';

/** A word before layout: text, box and confidence, with the line and paragraph it belongs to. */
export interface LaidWord {
  text: string;
  box: Box;
  conf: number | null;
  /** Font size as a fraction of the page height, when the reader knows it. */
  size?: number;
  /** Bold face, when the reader knows it. */
  bold?: boolean;
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
    out.push({ text: w.text, box: roundBox(w.box), conf: w.conf, offset: text.length, ...(w.size ? { size: r4(w.size) } : {}), ...(w.bold ? { bold: true } : {}) });
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
