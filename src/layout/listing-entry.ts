import { clean, type Line } from './doc-lines.ts';
import { isFieldLabel } from './form-cells.ts';
import { isBannerOrFormName, orgIn } from './org-names.ts';

/** A decision as a published decisions list or decision page names it: its title and the list's reference. */
export interface ListingEntry {
  /** Empty when the entry names only its reference (the title is printed above it). */
  title: string;
  /** The list's number for the decision ("ref: 6569"), when printed. */
  reference: string | null;
  lines: Line[];
}

// "06/04/2020 - Payment for Services ... ref: 6569 Recommendations Approved": a decisions list's entry
// (the date it was made, the title, the list's reference, its status), wrapping over up to three lines.
/** The list's "ref:" before its number; a scan may lose the colon, or read it as a point or semicolon ("ref 7008", "ref. 7008"). */
const REF = String.raw`ref[:;.]?\s*`;
const ENTRY = new RegExp(String.raw`^(?:\d{1,2}\/\d{1,2}\/\d{2,4}\s*[-–]\s*)?(.{6,}?)\s+${REF}(\d{1,7})\b(?:\s+[A-Z][a-z]+(?:\s+[A-Za-z]+){0,3})?\s*$`);
/** An entry's reference, anywhere on a line. */
const HAS_REF = new RegExp(String.raw` ${REF}\d`);
const DATED = /^\d{1,2}\/\d{1,2}\/\d{2,4}\s*[-–]\s+\S/;
/** A decisions list's dated entry on a line of its own ("09/03/2018 - Area Flexibility Funding - Friends of ..."): a heading, not a sentence. */
export const isDatedEntry = (text: string) => DATED.test(clean(text)) && !/[.;]\s*$/.test(text.trim()) && text.trim().split(/\s+/).length <= 24;
// A decision page's heading ("Decision details", "Issue details"): the decision's title is the line(s) under it.
const DETAILS = /^(?:decision|issue)\s+details$/i;
const LABEL_LINE = /^[A-Z][A-Za-z ?()/]{2,40}:/;
/** A report's author line ("REPORT OF THE INTERIM EXECUTIVE DIRECTOR OF FINANCE"), not its title. */
export const AUTHOR_LINE = /^(?:report\s+(?:of|by|from)|presented\s+by)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,4}(?:director|officer|head|chief|executive|treasurer|manager|leader|member|clerk|secretary|holder)\b|[A-Z]{2,5}\s*$)/i;
/** A short title of a scheme's code and a word ("A629 Phase 1b", "M62 J26 Improvements"): letters run into figures, then a word. */
const CODE_AND_WORD = /^(?=.*\b[A-Z]{1,3}\d{1,5}\b)(?=.*\b[A-Za-z]{4,}\b)[\w\s/&-]{4,40}$/;
/** A row of a grid's labels: every cell a form's field label. */
const isLabelRow = (text: string) => text.includes('\t') && text.split('\t').every((c) => isFieldLabel(c.trim()));

/**
 * Finds the decision's entry at the top of a published decisions list or decision page: a dated line
 * carrying "ref: N" (wrapped lines rejoined), else the line under a "Decision details" heading (and
 * the lines it wraps onto, up to a "Label:" line). Null when the page has neither.
 */
export function listingEntry(head: readonly Line[]): ListingEntry | null {
  for (const [i, line] of head.entries()) {
    const text = clean(line.text);
    if (DATED.test(text) || HAS_REF.test(text)) {
      // "23/04/2024 - ref: 632 - Recommendations Approved": an entry under its title names only its reference.
      const bare = new RegExp(String.raw`^\d{1,2}\/\d{1,2}\/\d{2,4}\s*[-–]\s*${REF}(\d{1,7})\b`).exec(text);
      if (bare) return { title: '', reference: bare[1]!, lines: [line] };
      // Rejoin the entry's wrapped lines until its "ref:" shows (at most three lines).
      const lines = [line];
      let joined = text;
      for (let k = i + 1; k < head.length && lines.length < 3 && !HAS_REF.test(joined); k++) {
        const next = clean(head[k]!.text);
        if ((LABEL_LINE.test(next) && !HAS_REF.test(next)) || DATED.test(next)) break;
        lines.push(head[k]!);
        joined += ` ${next}`;
      }
      // The status may wrap alone onto the next line ("Recommendations" / "Approved").
      const m = ENTRY.exec(joined) ?? ENTRY.exec(joined.replace(new RegExp(String.raw`\s+${REF}\d+\s+\S.*$`), (s) => s.split(/\s+/).slice(0, 3).join(' ')));
      // "Officer and Mayoral decisions – ref: 3373": the list's name before the reference is no title.
      if (m) {
        // "Ringwood Town Centre Improvements (Phase 2) and A31 Slip" over "Road Closure ref: 1660": a title wrapped at the margin
        // before the line its reference ends starts on the line above (an entry that opens on its date starts there).
        const above = i > 0 ? head[i - 1]! : null;
        const wrapped = !!above && !DATED.test(text) && !line.breakBefore && (above.rightEdge ?? 0) >= 0.75 && !/[.:;]\s*$/.test(above.text) && !isBannerOrFormName(clean(above.text)) && !LABEL_LINE.test(clean(above.text)) && !DATED.test(clean(above.text)) && !above.text.includes('\t');
        // (A list's or body's name, "Officer and Mayoral decisions", a label or a date; not a short title of a code and a word, "A629 Phase 1b".)
        const listName = isBannerOrFormName(m[1]!) && !CODE_AND_WORD.test(m[1]!);
        const title = listName ? '' : `${wrapped ? `${clean(above!.text)} ` : ''}${m[1]!}`.replace(/[\s.;,]+$/, '');
        return { title, reference: m[2]!, lines: wrapped && title ? [above!, ...lines] : lines };
      }
      // "Ross Enterprise Park Phase 1; Construction Phase" over "22/07/2025 - Ross Enterprise Park Phase 1; Construction Phase": an issue's
      // decision entry that repeats its heading, with no list reference.
      const rest = text.replace(/^\d{1,2}\/\d{1,2}\/\d{2,4}\s*[-–]\s*/, '');
      const above = i > 0 ? clean(head[i - 1]!.text) : '';
      if (DATED.test(text) && above.length >= 6 && rest.toLowerCase() === above.toLowerCase()) return { title: rest.replace(/[\s.;,]+$/, ''), reference: null, lines: [line] };
    }
    if (DETAILS.test(text)) {
      const lines: Line[] = [];
      let passed = false;
      for (let k = i + 1; k < head.length && lines.length < 3; k++) {
        const next = clean(head[k]!.text);
        // "Decision Maker | Decision status" over their values: a grid's row of labels, not a title; nor "REPORT OF THE DIRECTOR ...", its author.
        // ("Issue details" / "South Cambridgeshire District Council" / "Community Chest: Funding Applications": the body's banner under the heading is passed over.)
        // (... but what follows it must then be a heading of its own, not a grid's labels: "Decision Maker | Decision status".)
        if (!lines.length && isBannerOrFormName(next) && orgIn(next) !== null) {
          passed = true;
          continue;
        }
        if (passed && (head[k]!.text.includes('\t') || isFieldLabel(next))) break;
        if (!next || LABEL_LINE.test(next) || isLabelRow(head[k]!.text) || AUTHOR_LINE.test(next) || (lines.length && (head[k]!.breakBefore || (head[k - 1]!.rightEdge ?? 0) < 0.8))) break;
        lines.push(head[k]!);
      }
      const title = clean(lines.map((l) => l.text).join(' ')).replace(/[\s.;,]+$/, '');
      if (title.split(/\s+/).length >= 2 && title.split(/\s+/).length <= 40) return { title, reference: null, lines };
    }
  }
  return null;
}
