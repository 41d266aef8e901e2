import type { Box, ExtractPage, Word } from '../../record/index.ts';
import { buildContext } from '../../layout/context.ts';
import { clean, type Line } from '../../layout/doc-lines.ts';
import type { SectionKind } from '../../layout/segment.ts';
import { furnitureLines } from './furniture.ts';
import { isFigure, wordKey } from './normalise.ts';

/** Where a word (or part of one) was printed: 1-based page and box (page fractions, top-left origin). */
export interface Spot {
  page: number;
  box: Box;
}

/** One word of a document's running text, as compared. */
export interface Token {
  /** The comparison key (see `wordKey`); never empty. */
  key: string;
  /** The word as printed; a word hyphenated over two lines is joined (`environ-` + `ment`). */
  text: string;
  /** Where it was printed: one spot, two for a word hyphenated over a line or page break. */
  spots: Spot[];
  /** OCR confidence 0..1 of the word; null for text-layer words. */
  conf: number | null;
  /** True when the word came from OCR. */
  ocr: boolean;
  /** True when the key has a digit: figures are compared exactly, never loosely. */
  figure: boolean;
  /** Index of its section in `WordStream.sections`. */
  section: number;
  /** True when the printed word ends a sentence (or a line that ends a paragraph). */
  stop: boolean;
  /** True for the words of a section's heading line. */
  heading: boolean;
}

/** A section of one side: its heading as printed, the key it is matched by across sides, and where it starts. */
export interface StreamSection {
  heading: string;
  /** The heading's words as keys, joined by spaces: what matches sections across sides. */
  key: string;
  kind: SectionKind;
  page: number;
}

/** A document as a stream of words in reading order, with its sections. */
export interface WordStream {
  tokens: Token[];
  sections: StreamSection[];
  /** Words left out as page furniture (page numbers, running heads and feet). */
  furniture: number;
}

/** The key of a heading: its words' keys, so sections match by heading text whatever its layout. */
export const headingKey = (text: string) => text.split(/\s+/).map((w) => wordKey(w)).filter(Boolean).join(' ');

/**
 * Reads a document's pages into one word stream: page furniture left out, bullets and rules
 * dropped (they have no key), words hyphenated at a line end joined, each word with its page,
 * box, OCR confidence and section. Line and page breaks leave no trace in the stream.
 */
export function wordStream(pages: readonly ExtractPage[]): WordStream {
  const ctx = buildContext(pages);
  const skip = furnitureLines(ctx.doc);
  const sections: StreamSection[] = [];
  const sectionOfLine = new Map<number, number>();
  const { headingLines } = ctx;
  for (const s of ctx.sections) {
    const heading = s.heading ? clean(s.heading.text) : '(opening)';
    sections.push({ heading, key: s.heading ? headingKey(heading) : '', kind: s.kind, page: s.heading?.page ?? s.lines[0]?.page ?? 1 });
    for (const l of s.heading ? [s.heading, ...s.lines] : s.lines) sectionOfLine.set(l.index, sections.length - 1);
  }
  const tokens: Token[] = [];
  let furniture = 0;
  let prevLineEnd = false;
  for (const page of pages) {
    const ocr = page.source === 'ocr';
    const lines = ctx.doc.lines.filter((l) => l.page === page.number);
    const words = [...page.words].sort((a, b) => a.offset - b.offset);
    const small = footnoteMarkHeight(words);
    let li = 0;
    for (const [wi, w] of words.entries()) {
      while (li < lines.length - 1 && w.offset >= lines[li + 1]!.start) li++;
      const line = lines[li];
      if (!line) continue;
      if (skip.has(line.index)) {
        furniture++;
        continue;
      }
      const key = wordKey(w.text, ocr);
      if (!key || (/^\d{1,2}$/.test(key) && w.box.h < small)) continue; // no key, or a footnote mark
      const lineEnd = isLastOnLine(w, words[wi + 1], line);
      const prev = tokens[tokens.length - 1];
      const hyphenated = prev && prevLineEnd && joinsHyphenated(prev, w);
      prevLineEnd = lineEnd;
      if (hyphenated) {
        tokens[tokens.length - 1] = joined(prev, w, page.number, ocr);
        continue;
      }
      tokens.push({
        key,
        text: w.text,
        spots: [{ page: page.number, box: w.box }],
        conf: w.conf,
        ocr,
        figure: isFigure(key),
        section: sectionOfLine.get(line.index) ?? 0,
        heading: headingLines.has(line.index),
        stop: (/[.;:!?]["'”’)]*$/.test(w.text) && !(startsLine(words, wi, line, ocr) && LIST_MARK.test(w.text))) || (lineEnd && nextBreaks(ctx.doc.lines, line)),
      });
    }
  }
  return { tokens, sections, furniture };
}

/** Words shorter than this (page fractions) are set small: a lone digit that short is a footnote mark. */
function footnoteMarkHeight(words: readonly Word[]): number {
  const heights = words.filter((w) => /\p{L}{3}/u.test(w.text)).map((w) => w.box.h).sort((a, b) => a - b);
  return heights.length ? heights[Math.floor(heights.length / 2)]! * 0.7 : 0;
}

/** A paragraph or list number at the start of a line (`3.1.`, `2.`, `a)`, `(iv)`): its stop does not end a sentence. */
const LIST_MARK = /^\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]$/i;
/** Whether word `wi` opens its line, a bullet before it aside ("• 3.1. The £353K ...": a drawn or printed disc is no word). */
function startsLine(words: readonly Word[], wi: number, line: Line, ocr: boolean): boolean {
  let k = wi - 1;
  while (k >= 0 && words[k]!.offset >= line.start && !wordKey(words[k]!.text, ocr)) k--;
  return k < 0 || words[k]!.offset < line.start;
}
const isLastOnLine = (w: Word, next: Word | undefined, line: Line) => !next || next.offset >= line.start + line.text.length;
const nextBreaks = (lines: readonly Line[], line: Line) => lines[line.index + 1]?.breakBefore ?? true;

/** A word hyphenated at a line end: the previous token ends its line with `-` and this word goes on in lower case. */
function joinsHyphenated(prev: Token, w: Word): boolean {
  return !prev.figure && /\p{L}[-\u00ad\u2010]$/u.test(prev.text) && /^\p{Ll}/u.test(w.text);
}

function joined(prev: Token, w: Word, page: number, ocr: boolean): Token {
  const text = `${prev.text.replace(/[-\u00ad\u2010]$/, '')}${w.text}`;
  const conf = prev.conf === null || w.conf === null ? (prev.conf ?? w.conf) : Math.min(prev.conf, w.conf);
  return { ...prev, key: wordKey(text, ocr), text, spots: [...prev.spots, { page, box: w.box }], conf, stop: /[.;:!?]["'”’)]*$/.test(w.text) };
}
