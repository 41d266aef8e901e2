/**
 * Turns the first pages of a document into the text zones the document-type signals read:
 * the heading zone at the top of the lead page, the header block under it, and the body.
 * Pure: no I/O.
 */

/** A positioned word; `box` is in fractions of the page's width and height from the top left. */
export interface ClassifyWord {
  readonly text: string;
  readonly box: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
}

/** One page as the classifier needs it: its 1-based number, its text, optionally its words. */
export interface ClassifyPage {
  readonly number: number;
  readonly text: string;
  readonly words?: readonly ClassifyWord[];
}

/** The zones of a document that signals are matched against (lines are trimmed, non-empty). */
export interface TextZones {
  /** The first {@link TOP_LINES} lines from the lead page on: titles and headings. */
  readonly top: readonly string[];
  /** The first {@link HEAD_LINES} lines from the lead page on: the header block. */
  readonly head: readonly string[];
  /** Every line of the pages read (at most {@link BODY_PAGES} pages from the lead page). */
  readonly body: readonly string[];
  /** Number of the page the zones start on (covering letters and blank pages are skipped). */
  readonly leadPage: number;
}

/** Lines in the heading zone. */
export const TOP_LINES = 12;
/** Lines in the header zone. */
export const HEAD_LINES = 40;
/** Pages read for body signals: the genre shows on the first pages. */
export const BODY_PAGES = 3;

/** Rebuilds a page's lines from its words, grouping words whose vertical centres are close. */
function linesFromWords(words: readonly ClassifyWord[]): string[] {
  const sorted = [...words].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  const rows: ClassifyWord[][] = [];
  for (const word of sorted) {
    const row = rows.at(-1);
    const first = row?.[0];
    const centre = word.box.y + word.box.h / 2;
    if (row && first && Math.abs(first.box.y + first.box.h / 2 - centre) < Math.max(first.box.h, word.box.h) * 0.6) {
      row.push(word);
    } else {
      rows.push([word]);
    }
  }
  return rows.map((row) => row.sort((a, b) => a.box.x - b.box.x).map((w) => w.text).join(" "));
}

/** A page's non-empty lines, trimmed, runs of spaces (layout columns) kept as " | ". */
export function pageLines(page: ClassifyPage): string[] {
  const raw = page.text.trim() === "" && page.words?.length ? linesFromWords(page.words) : page.text.split(/\r?\n/);
  return raw.map((l) => l.trim().replace(/\s{3,}/g, " | ").replace(/[ \t]+/g, " ")).filter((l) => l !== "");
}

const BLANK_PAGE = /this page (is )?(intentionally|deliberately) (left )?blank/i;
const ENCLOSURE = /\b(please find enclosed|enclosed (are|is|please find)|i enclose|please find attached|attached (are|is) the)\b/i;
const ENCLOSED_WHAT = /\b(agenda|items?|papers?|documents?|amendments?|reports?|supplement)\b/i;

/**
 * Whether a page only wraps the papers after it: blank, "intentionally left blank", or a short
 * dispatch letter ("Please find enclosed the documents for Item 3"). A pack or supplement takes
 * the type of its first paper, so such pages are skipped.
 */
export function isWrapperPage(lines: readonly string[]): boolean {
  if (lines.length === 0) return true;
  const text = lines.join("\n");
  if (BLANK_PAGE.test(text) && lines.length <= 5) return true;
  return lines.length <= 30 && ENCLOSURE.test(text) && ENCLOSED_WHAT.test(text);
}

/** Splits the first pages into zones, starting at the first page that is not a wrapper. */
export function readZones(pages: readonly ClassifyPage[]): TextZones {
  const ordered = [...pages].sort((a, b) => a.number - b.number);
  const lined = ordered.map((p) => ({ number: p.number, lines: pageLines(p) }));
  let start = lined.findIndex((p) => !isWrapperPage(p.lines));
  if (start < 0) start = 0;
  const read = lined.slice(start, start + BODY_PAGES).filter((p) => !isWrapperPage(p.lines));
  const body = read.flatMap((p) => p.lines);
  return {
    top: body.slice(0, TOP_LINES),
    head: body.slice(0, HEAD_LINES),
    body,
    leadPage: lined[start]?.number ?? 1,
  };
}

/** A number as printed in a money table cell: `1,234.5`, `-836.6`, `(250)`, `£75k`, `0`. */
const FIGURE = /^[(-]?£?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?[)]?[km]?$/i;
const YEAR = /^(19|20)\d\d$/;

/** Whether a line is a row of a figures table: at least three money-like numbers, years excluded. */
export function isFigureRow(line: string): boolean {
  const cleaned = line.replace(/\(pages?\s+\d+\s*[-–]\s*\d+\)/gi, " ");
  const tokens = cleaned.split(/[\s|]+/).filter((t) => t !== "");
  return tokens.filter((t) => FIGURE.test(t) && !YEAR.test(t)).length >= 3;
}

/** Share (0..1) of the body's lines that are figure rows. */
export function figureRowShare(lines: readonly string[]): number {
  if (lines.length === 0) return 0;
  return lines.filter(isFigureRow).length / lines.length;
}
