import { unionBox } from '../../layout/page-text.ts';
import type { Place } from './schema.ts';
import type { Token, WordStream } from './tokens.ts';

/** Words of context a sentence may reach either side of a change before it is cut with an ellipsis. */
const SENTENCE_REACH = 40;

/** The words of tokens as printed, one space apart. */
export const printed = (tokens: readonly Token[]) => tokens.map((t) => t.text).join(' ');

/** Lowest OCR confidence among tokens, null when none was OCR'd. */
export function lowestConfidence(tokens: readonly (Token | undefined)[]): number | null {
  const confs = tokens.filter((t): t is Token => Boolean(t?.ocr) && t!.conf !== null).map((t) => t.conf!);
  return confs.length ? Math.min(...confs) : null;
}

/**
 * Where tokens `[from, to)` of a side are: the page of the first, the box of those on that page,
 * the words, the sentence around them and their section. An empty range (words the other side
 * added) is placed at the word before it (or after it, at the start of the document).
 */
export function placeOf(s: WordStream, from: number, to: number): Place | null {
  const words = s.tokens.slice(from, to);
  const anchor = words[0] ?? s.tokens[from - 1] ?? s.tokens[from];
  if (!anchor) return null;
  const page = anchor.spots[0]!.page;
  const located = words.length ? words : [anchor];
  const boxes = located.flatMap((t) => t.spots.filter((p) => p.page === page).map((p) => p.box));
  return {
    page,
    box: unionBox(boxes),
    text: printed(words),
    ...sentenceAround(s, from, to),
    section: s.sections[anchor.section]?.heading ?? '(opening)',
    source: located.some((t) => t.ocr) ? 'ocr' : 'text',
    confidence: lowestConfidence(located),
  };
}

/** The sentence holding tokens `[from, to)`: back to the previous sentence end, on to the next, within the section; and where the tokens are in it. */
export function sentenceAround(s: WordStream, from: number, to: number): { sentence: string; mark: [number, number] } {
  const t = s.tokens;
  const at = t[from] ?? t[from - 1];
  // A sentence stays in its section, and a heading is a sentence of its own.
  const same = (x: Token | undefined) => x !== undefined && x.section === at?.section && x.heading === at.heading;
  let i = from;
  while (i > 0 && from - i < SENTENCE_REACH && !t[i - 1]!.stop && same(t[i - 1])) i--;
  let j = Math.max(to, from);
  while (j < t.length && j - to < SENTENCE_REACH && same(t[j]) && (j === i || !t[j - 1]!.stop)) j++;
  const cutStart = i > 0 && !t[i - 1]!.stop && same(t[i - 1]);
  const cutEnd = j < t.length && !t[j - 1]?.stop && same(t[j]);
  const head = `${cutStart ? '… ' : ''}${printed(t.slice(i, from))}${from > i ? ' ' : ''}`;
  const body = printed(t.slice(from, to));
  const tail = printed(t.slice(Math.max(from, to), j));
  const sentence = `${head}${body}${body && tail ? ' ' : ''}${tail}${cutEnd ? ' …' : ''}`;
  return { sentence: sentence.trimEnd(), mark: [head.length, head.length + body.length] };
}

/** Does a box (page fractions) overlap another on the same page? Small margins absorb rounding. */
export function overlaps(a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }, margin = 0.002): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin;
}

/** Is a token printed where a value was read (same page, overlapping boxes)? */
export const tokenAt = (t: Token, page: number, box: { x: number; y: number; w: number; h: number } | null) =>
  box !== null && t.spots.some((p) => p.page === page && overlaps(p.box, box));
