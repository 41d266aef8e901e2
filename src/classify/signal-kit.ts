/**
 * Building blocks for document-type signals: each reads a {@link DocumentView} and returns a
 * {@link Hit} (weight and a few words of evidence) or `undefined`. Pure.
 */
import type { DocumentType } from "../record/index.ts";
import type { TextZones } from "./page-lines.ts";

/** The document as signals see it: its zones and the share of its lines that are figure rows. */
export interface DocumentView extends TextZones {
  /** 0..1: share of body lines with three or more money-like numbers. */
  readonly figureShare: number;
}

/** A matched signal: points for its type and the evidence, e.g. `heading 'AGENDA'`. */
export interface Hit {
  readonly weight: number;
  readonly evidence: string;
}

/** One weighted piece of evidence for one document type. */
export interface TypeSignal {
  readonly type: DocumentType;
  /** Short id, used in tests and debugging. */
  readonly id: string;
  readonly read: (doc: DocumentView) => Hit | undefined;
}

/** Weights by zone: a phrase near the top of page 1 counts most. */
export interface ZoneWeights {
  /** Weight when found in the first {@link TITLE_LINES} lines, the document's title; default `top`. */
  readonly title?: number;
  readonly top: number;
  readonly head?: number;
  readonly body?: number;
}

/** Lines that make up the document's title block. */
export const TITLE_LINES = 4;

/** How far into a line a heading phrase may start and still read as a heading. */
const HEADING_START = 40;

/** Shortens matched text for a reason string. */
export function quote(text: string): string {
  const t = text.replace(/\s*\|\s*/g, " ").trim();
  return `'${t.length > 40 ? `${t.slice(0, 37)}...` : t}'`;
}

/** A contents-page entry ("Budget Risk Register | J", "Introduction......5"): not a heading. */
const CONTENTS_ENTRY = /(\.{4,}\s*\d*|\|\s*(\d{1,3}|[A-Z])(\s*[-–]\s*\d{1,3})?(\s*\|\s*\d{1,3})?)$/;

/** The first line where `re` matches at most {@link HEADING_START} characters in (contents entries skipped). */
export function findHeading(lines: readonly string[], re: RegExp): RegExpExecArray | undefined {
  for (const line of lines) {
    // (A line that starts in lower case goes on from the one above: "agenda in accordance with the Council's Code of Conduct." is no heading.)
    if (CONTENTS_ENTRY.test(line) || /^[a-z]/.test(line)) continue;
    const m = re.exec(line);
    if (m && m.index <= HEADING_START) return m;
  }
  return undefined;
}

/** A heading phrase, weighted by the zone it is first found in (top, then head). */
export function heading(type: DocumentType, id: string, re: RegExp, w: ZoneWeights, what = "heading"): TypeSignal {
  return {
    type,
    id,
    read: (doc) => {
      const title = w.title ? findHeading(doc.top.slice(0, TITLE_LINES), re) : undefined;
      if (title && w.title) return { weight: w.title, evidence: `${what} ${quote(title[0])}` };
      const top = findHeading(doc.top, re);
      if (top) return { weight: w.top, evidence: `${what} ${quote(top[0])}` };
      const head = w.head ? findHeading(doc.head, re) : undefined;
      if (head && w.head) return { weight: w.head, evidence: `${what} ${quote(head[0])}` };
      return undefined;
    },
  };
}

/** A phrase anywhere in a line, weighted by the zone it is first found in. */
export function phrase(type: DocumentType, id: string, re: RegExp, w: ZoneWeights, what = ""): TypeSignal {
  const hit = (weight: number, m: RegExpExecArray): Hit => ({ weight, evidence: `${what}${quote(m[0])}`.trim() });
  return {
    type,
    id,
    read: (doc) => {
      for (const [lines, weight] of [
        [doc.top, w.top],
        [doc.head, w.head ?? 0],
        [doc.body, w.body ?? 0],
      ] as const) {
        if (weight <= 0) continue;
        for (const line of lines) {
          const m = re.exec(line);
          if (m) return hit(weight, m);
        }
      }
      return undefined;
    },
  };
}

/** Lines of `lines` that `re` matches. */
export function countLines(lines: readonly string[], re: RegExp): number {
  return lines.filter((l) => re.test(l)).length;
}

/** A signal that fires when at least `min` lines of a zone match `re`. */
export function repeated(
  type: DocumentType,
  id: string,
  zone: keyof TextZones & ("head" | "body"),
  re: RegExp,
  min: number,
  weight: number,
  evidence: string,
): TypeSignal {
  return { type, id, read: (doc) => (countLines(doc[zone], re) >= min ? { weight, evidence } : undefined) };
}

/** A signal that fires when every pattern matches some line of the zone. */
export function allOf(
  type: DocumentType,
  id: string,
  zone: "head" | "body",
  res: readonly RegExp[],
  weight: number,
  evidence: string,
): TypeSignal {
  return {
    type,
    id,
    read: (doc) => (res.every((re) => doc[zone].some((l) => re.test(l))) ? { weight, evidence } : undefined),
  };
}
