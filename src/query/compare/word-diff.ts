// The word diff itself. jsdiff's diffArrays (Myers' O(ND) algorithm, with a comparator) runs over
// the two word streams; this file only turns its output into hunks and drops the hunks that are
// layout or OCR noise rather than a change of words.
import { diffArrays } from 'diff';
import { compactKey, editDistance, sameWordOcr } from './normalise.ts';
import type { Token } from './tokens.ts';

/** One place where the words differ: tokens `[aFrom, aTo)` of A became tokens `[bFrom, bTo)` of B. */
export interface Hunk {
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
}

/** Give up on a word-level alignment after this long (the documents are then mostly different). */
const TIMEOUT_MS = 20_000;

/** Same word: equal keys, or, where either side was read by OCR, the same word with a slip or two (never a figure). */
export const sameToken = (a: Token, b: Token) => a.key === b.key || ((a.ocr || b.ocr) && sameWordOcr(a.key, b.key));

/**
 * Aligns two word streams and returns where they differ. A hunk whose words are the same once
 * joined (a word split or merged by the reader, a hyphen, a line break inside a figure) is not a
 * difference; nor is, where a side was read by OCR, a hunk of words (no figure) that differ only by
 * reading slips, or stray marks of low confidence.
 */
export function diffStreams(a: readonly Token[], b: readonly Token[]): Hunk[] {
  const parts = diffArrays([...a], [...b], { comparator: sameToken, timeout: TIMEOUT_MS });
  if (!parts) return [{ aFrom: 0, aTo: a.length, bFrom: 0, bTo: b.length }];
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | null = null;
  for (const p of parts) {
    if (!p.added && !p.removed) {
      if (open) hunks.push(open);
      open = null;
      i += p.count;
      j += p.count;
      continue;
    }
    open ??= { aFrom: i, aTo: i, bFrom: j, bTo: j };
    if (p.removed) open.aTo = i += p.count;
    else open.bTo = j += p.count;
  }
  if (open) hunks.push(open);
  return joinSlid(hunks, a, b).filter((h) => !isNoise(a.slice(h.aFrom, h.aTo), b.slice(h.bFrom, h.bTo), ocrAt(h, a, b)));
}

/** Equal words between two hunks with figures that are taken as one place (`£000 £000 £000` → `£000 £300 £000`). */
const SLIDE_GAP = 4;

/**
 * Among repeated words (a table's `£000` headings) the aligner may put a replacement's deletion and
 * its insertion a few words apart, so that the old figure and the new one land in different hunks.
 * Two hunks with figures that close are one (the words between are on both sides), so the figures
 * pair up.
 */
function joinSlid(hunks: readonly Hunk[], a: readonly Token[], b: readonly Token[]): Hunk[] {
  const out: Hunk[] = [];
  const figured = (h: Hunk) => a.slice(h.aFrom, h.aTo).some((t) => t.figure) || b.slice(h.bFrom, h.bTo).some((t) => t.figure);
  for (const h of hunks) {
    const prev = out[out.length - 1];
    if (prev && h.aFrom - prev.aTo <= SLIDE_GAP && figured(prev) && figured(h)) out[out.length - 1] = { aFrom: prev.aFrom, aTo: h.aTo, bFrom: prev.bFrom, bTo: h.bTo };
    else out.push({ ...h });
  }
  return out;
}

/** A mark OCR made of a bullet, a tick or a speck: a word of one or two characters read with low confidence. */
const isSpeck = (t: Token) => t.ocr && !t.figure && t.key.length <= 2 && (t.conf ?? 1) < 0.5;
/** Words OCR drops or invents most: one or two letters (`I`, `a`, `of`), never a figure. */
const isSlight = (t: Token) => !t.figure && t.key.length <= 2;

/**
 * Is this hunk layout or reading noise rather than different words? `ocrAt` says whether each
 * side was read by OCR where the hunk is (a side with no words there takes its neighbours').
 */
export function isNoise(x0: readonly Token[], y0: readonly Token[], ocrAt: { a: boolean; b: boolean } = { a: false, b: false }): boolean {
  const [x, y] = [x0.filter((t) => !isSpeck(t)), y0.filter((t) => !isSpeck(t))];
  const [jx, jy] = [x.map((t) => compactKey(t.key)).join(''), y.map((t) => compactKey(t.key)).join('')];
  if (jx === jy) return true;
  const figures = (ts: readonly Token[]) => ts.filter((t) => t.figure).map((t) => t.key).join(' ');
  if (!(ocrAt.a || ocrAt.b) || figures(x) !== figures(y)) return false;
  // From here on the figures agree and a side was read by OCR: only words differ.
  if (!y.length && ocrAt.b) return x.every(isSlight);
  if (!x.length && ocrAt.a) return y.every(isSlight);
  const slack = Math.max(1, Math.floor(Math.max(jx.length, jy.length) * 0.2));
  if (editDistance(jx, jy, slack) <= slack) return true;
  // OCR drops letters (faint print, a dark banner): the read side's letters, in order, within the other's.
  return (ocrAt.a && dropsLetters(jx, jy)) || (ocrAt.b && dropsLetters(jy, jx));
}

/** Is `read` what is left of `printed` with some letters lost (at least 60% of them kept, in order)? */
function dropsLetters(read: string, printed: string): boolean {
  if (!read.length || read.length < 0.6 * printed.length) return false;
  let k = 0;
  for (const c of printed) if (c === read[k]) k++;
  return k === read.length;
}

/** Was each side read by OCR at this hunk? (Its own words, else the words either side of it.) */
export function ocrAt(h: Hunk, a: readonly Token[], b: readonly Token[]) {
  const at = (ts: readonly Token[], from: number, to: number) => (from < to ? ts.slice(from, to) : [ts[from - 1], ts[from]]).some((t) => t?.ocr);
  return { a: at(a, h.aFrom, h.aTo), b: at(b, h.bFrom, h.bTo) };
}
