import type { Box, ExtractPage } from '../record/index.ts';
import { unionBox, wordsInRange } from './page-text.ts';

export type { ExtractPage };

/** One line of a document's text, in reading order across pages. */
export interface Line {
  /** Position in the document's line list. */
  index: number;
  /** 1-based page number. */
  page: number;
  text: string;
  /** Offset of the line's first character in its page's text. */
  start: number;
  /** True when a blank line (paragraph break) or a page break comes before it. */
  breakBefore: boolean;
  /** True for the first line of a page. */
  pageStart: boolean;
  /** Right edge of the line's last word as a fraction of the page width (null when unknown). */
  rightEdge?: number | null;
  /** Left edge of the line's first word as a fraction of the page width (null when unknown). */
  leftEdge?: number | null;
}

/** Where a piece of text was read: page, box (page fractions) and OCR confidence (null for the text layer). */
export interface Location {
  page: number;
  box: Box | null;
  confidence: number | null;
}

/** The document being extracted: its pages and lines. */
export interface Doc {
  pages: readonly ExtractPage[];
  lines: readonly Line[];
}

/** Splits the pages' text into lines (blank lines become `breakBefore` on the next line). */
export function buildDoc(pages: readonly ExtractPage[]): Doc {
  const lines: Line[] = [];
  for (const page of pages) {
    let offset = 0;
    let blank = true;
    let first = true;
    for (const raw of page.text.split('\n')) {
      const start = offset;
      offset += raw.length + 1;
      if (!raw.trim()) {
        blank = true;
        continue;
      }
      // OCR reads a box's left or right rule as a glyph ("| (i) Approved ...", "[ Resolved: ...", "|"): not part of the line's words.
      const [from, to] = page.source === 'ocr' ? ruleTrim(raw) : [0, raw.length];
      if (from >= to) {
        blank = true;
        continue;
      }
      const words = wordsInRange(page, start + from, start + to);
      const last = words[words.length - 1];
      const rightEdge = last ? last.box.x + last.box.w : null;
      const leftEdge = words[0] ? words[0].box.x : null;
      lines.push({ index: lines.length, page: page.number, text: raw.slice(from, to), start: start + from, breakBefore: blank, pageStart: first, rightEdge, leftEdge });
      blank = false;
      first = false;
    }
  }
  return { pages, lines };
}

/** The span of an OCR line without a box's rule glyphs at its ends: a lone "|", "[" or "]" set apart by a space (or the whole line). */
function ruleTrim(raw: string): [number, number] {
  const lead = /^\s*[|[\]](?:\s+|$)/.exec(raw)?.[0].length ?? 0;
  const trail = /\s+[|[\]]\s*$/.exec(raw.slice(lead))?.[0].length ?? 0;
  return [lead, raw.length - trail];
}

/** Locates the characters [from, to) of a line: its page, the union of its words' boxes, and their mean OCR confidence. */
export function locate(doc: Doc, line: Line, from = 0, to = line.text.length): Location {
  const page = doc.pages.find((p) => p.number === line.page);
  if (!page) return { page: line.page, box: null, confidence: null };
  const words = wordsInRange(page, line.start + from, line.start + to);
  const confs = words.map((w) => w.conf).filter((c): c is number => c !== null);
  return {
    page: line.page,
    box: unionBox(words.map((w) => w.box)),
    confidence: confs.length ? Math.round((confs.reduce((a, b) => a + b, 0) / confs.length) * 1000) / 1000 : null,
  };
}

/**
 * The first line (of `page`, when given, and after line `after`) that holds the start of `text` (its first twelve characters, spaces
 * evened out), preferring one whose words run on over the next two lines into its first forty: where a passage read from the lines begins.
 */
export function lineHolding(lines: readonly Line[], text: string, page?: number, after = -1): Line | undefined {
  const head = clean(text).slice(0, 12);
  const holding = lines.map((l, k) => ({ l, k })).filter(({ l }) => l.index > after && (page === undefined || l.page === page) && clean(l.text).includes(head));
  // Of lines that share the text's first words ("The Trustees considered ..." above "The Trustees agreed to award ..."), the one
  // whose words, run on over the next lines, hold its opening.
  const opening = clean(text).slice(0, 40);
  const runOn = (k: number) => clean(lines.slice(k, k + 3).map((x) => x.text).join(' '));
  return (holding.find(({ k }) => runOn(k).includes(opening)) ?? holding[0])?.l;
}

/** A passage's lines (joined with single spaces) from the one that holds character `at` of the joined text on: where a sentence found in it starts. */
export function linesFromOffset(taken: readonly Line[], at: number): Line[] {
  let reach = 0;
  const from = taken.findIndex((l) => (reach += l.text.trim().length + 1) > at);
  return taken.slice(Math.max(0, from));
}

/** The words of a line with their boxes (for reading table cells by position). */
export function lineWords(doc: Doc, line: Line) {
  const page = doc.pages.find((p) => p.number === line.page);
  return page ? wordsInRange(page, line.start, line.start + line.text.length) : [];
}

function cleanUncached(s: string): string {
  return s
    .replace(/[\u2013\u2014\u2212]/g, '–')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

// Lines are cleaned many times over by the extractors: the last results are kept (bounded).
const cleaned = new Map<string, string>();

/** A table row's party cell without the row's number: "1. SUMMIT" is SUMMIT, "15.Digital Access Team" Digital Access Team. */
export const withoutRowNumber = (cell: string): string => cell.replace(/^\d{1,3}\.\s*(?=\p{Lu})/u, '');

/** Normalises OCR and typography variants for matching: dashes, quotes, pipes, repeated spaces. */
export function clean(s: string): string {
  const hit = cleaned.get(s);
  if (hit !== undefined) return hit;
  if (cleaned.size > 20_000) cleaned.clear();
  const out = cleanUncached(s);
  cleaned.set(s, out);
  return out;
}

/** A linked document's kind and size as a web page prints its link: "PDF 83 KB", "pdf icon PDF 50 KB" (a pattern's source). */
export const LINK_SIZE = String.raw`(?:pdf\s+icon\s+)?PDF\s+\d+(?:\.\d+)?\s?[KM]B`;
/** A link on a line of its own, as a minutes page prints it under an item's heading. */
export const LINK_LINE = new RegExp(String.raw`^\W*${LINK_SIZE}\W*$`, 'i');

/** Text matched literally inside a RegExp built from it (names, references). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Most (70%) of a name's words of three letters or more, `min` of them at least, in another text, in any order ("Community and Voluntary Organisations - Grant Allocations 2014/15"). */
export function sharesMostWords(text: string, name: string, min: number): boolean {
  const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  const [have, want] = [words(text), words(name)];
  return want.size >= min && [...want].filter((w) => have.has(w)).length / want.size >= 0.7;
}

/**
 * Whether a line's first word would have fitted at the end of the line before it, short of the block's right margin (page
 * fractions): then the line before ended its paragraph rather than wrapped. Widths are estimated from the line's mean character width.
 */
export function wouldHaveFitted(prev: Line, line: Line, margin: number): boolean {
  if (prev.rightEdge == null || line.rightEdge == null || line.leftEdge == null || margin <= 0) return false;
  const text = line.text.trim();
  const charW = (line.rightEdge - line.leftEdge) / Math.max(1, text.length);
  const word = text.split(/\s+/)[0]!.length + 1;
  return prev.rightEdge + 1.5 * word * charW < margin;
}

/** The paragraph that starts on line `i`: its lines up to the next line that `starts` one (at most `max`), and their words joined. */
export function paragraphFrom(lines: readonly Line[], i: number, starts: (k: number) => boolean, max: number): { taken: Line[]; text: string } {
  const taken = [lines[i]!];
  for (let k = i + 1; k < lines.length && !starts(k) && taken.length < max; k++) taken.push(lines[k]!);
  return { taken, text: taken.map((l) => l.text.trim()).join(' ').replace(/\s+/g, ' ') };
}
