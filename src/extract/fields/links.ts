import type { Link } from '../../record/index.ts';
import { clean } from '../../layout/doc-lines.ts';
import { defineExtractor } from '../define-extractor.ts';

// References to other decisions, as printed: MOPAC "PCD 658" / "DMPCD 2015 132", Mayoral "MD2456" / "DD1234" / "ADD266",
// council decision numbers "24/00093" (two digits, slash, five digits: never a date).
const REFS = [
  /\b(?:DMPCD|PCD)\s?[-–]?\s?(?:\d{4}[\s/-]\d{1,4}|\d{1,5})(?![\d/])/g,
  /\b(?:MD|DD|ADD)\s?[-–]?\s?\d{2,5}(?![\d/])/g,
  /(?<![\d/])\d{2}\/\d{5}(?![\d/])/g,
];

/** A reference squashed for matching: case, spaces, slashes and dashes ignored ("PCD 658" = "pcd658", "24/00115" = "24-00115"). */
export const refKey = (ref: string): string => ref.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Every reference to a decision in a text, as printed (whitespace single), in order of appearance. */
export function referencesIn(text: string): string[] {
  const hits: { at: number; ref: string }[] = [];
  for (const re of REFS) for (const m of text.matchAll(re)) hits.push({ at: m.index, ref: m[0].replace(/\s+/g, ' ').replace(/\s?[-–]\s?(?=\d)/, ' ').trim() });
  return hits.sort((a, b) => a.at - b.at).map((h) => h.ref);
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** "the decision of 30 January", "the Cabinet's decision taken on 4 March 2024": a decision named by its date. */
const DATED_DECISION = new RegExp(String.raw`\bdecisions?\s+(?:(?:was\s+)?(?:made|taken|dated|agreed)\s+)?(?:of|on)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTHS})(?:\s+(\d{4}))?\b`, 'gi');

/** A decision named by its date, as a link reference: "decision of 30 January 2025" (the year only when printed). */
export function datedDecisionsIn(text: string): string[] {
  return [...text.matchAll(DATED_DECISION)].map((m) => `decision of ${Number(m[1])} ${m[2]![0]!.toUpperCase()}${m[2]!.slice(1).toLowerCase()}${m[3] ? ` ${m[3]}` : ''}`);
}

/** The date a "decision of D Month [YYYY]" reference names: [month 1-12, day, year or null], or null for other references. */
export function datedRef(ref: string): { month: number; day: number; year: number | null } | null {
  const m = /^decision of (\d{1,2}) ([A-Za-z]+)(?: (\d{4}))?$/.exec(ref);
  const month = m ? MONTHS.split('|').indexOf(m[2]!) + 1 : 0;
  return m && month ? { month, day: Number(m[1]), year: m[3] ? Number(m[3]) : null } : null;
}

/**
 * Other decisions this paper names (kind `cites`), once each, never its own reference. Which of them the paper
 * belongs with (a report's, an assessment's decision) is decided after classification (`links-kind.ts`).
 */
export const links = defineExtractor({
  field: 'links',
  extract({ doc }, soFar) {
    const own = soFar.reference ? refKey(soFar.reference) : null;
    const seen = new Set<string>();
    const out: Link[] = [];
    for (const line of doc.lines)
      for (const ref of [...referencesIn(clean(line.text)), ...datedDecisionsIn(clean(line.text))]) {
        const key = refKey(ref);
        if (key === own || seen.has(key)) continue;
        seen.add(key);
        out.push({ kind: 'cites', ref, sha256: null });
      }
    return out;
  },
});
