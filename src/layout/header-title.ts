import { clean, LINK_LINE, wouldHaveFitted, type Line } from './doc-lines.ts';
import type { Doc } from './doc-lines.ts';
import type { Form } from './form.ts';
import type { Cell } from './form-cells.ts';
import { isFieldLabel, labelOf } from './form-cells.ts';
import { AUTHOR_LINE, listingEntry } from './listing-entry.ts';
import { firstPageFromBanner, isBannerOrFormName, orgIn } from './org-names.ts';
import { findDates, YEAR_SPAN } from './dates.ts';
import { BULLET_GLYPHS } from './list-markers.ts';

/**
 * A reference printed before the title on its line: "LCR 194 - ", "Decision Log – 003/2021 ", "WPCC3-0129 ", "AHWB.022.2021 ",
 * "DN 09/2019: " (a decision notice's number: "DN" names the kind of paper, as a label would).
 */
const LEADING_REF = /^(?:[A-Z][A-Za-z]*\s+){0,3}?(?:[–-]\s*)?(?:DN\s+(?=\d))?((?:[A-Z][A-Z&]{0,7}[\s/.-]?){0,3}\d{1,6}(?:[/.-][A-Z\d]{1,6}){0,3})\s*(?:[–-]\s+|:\s+(?=[A-Z])|\s+(?=[A-Z]))/;

/** A reference printed at the end of a title: letters run into figures, and a financial year after it ("OKD09 (22/23)", "OKD74 20-21"), in brackets or not ("Community Initiative Fund (EA03(19/20))"). */
// ("Great Childhoods Ambition: Free Bus Travel Pilot (Cab.02/04.2025/6)": a meeting's minute code in brackets, its parts dotted or slashed.)
// ("Contract for the Refurbishment of Clare Lodge Phase 7 (DfE Funded) - OCT19/CMDN/46": a code whose parts are slashed.)
// ("Send Primary School - Application for Financial Assistance EXE18-112": a report's code, its number after a hyphen, wrapped or not.)
// ("Adur Community Initiative Funding (A05(18/9))": one letter, when a financial year in brackets follows.)
// ("London Councils Grants Scheme - Budget Proposals 2019/20 (G11/18)", "... Delivery Funding (A55711/KSJ)": a code in brackets, its parts slashed;
// "Small Financial Assistance Grants and Gala Funding 2016/17 - CG/16/073": a slashed code after a dash.)
const TRAILING_REF = /\s+\(?([A-Z]\d{2,3}\s*\(\d{2}\/\d{1,2}\)|[A-Z]{2,6}\d{1,5}(?:\s*\(\d{2}\/\d{1,2}\)|\s+\d{2}[-/]\d{2}|(?:\/[A-Z\d]{1,6}){1,3}|-\s?\d{2,5})?)\)?$|\s+\(([A-Z][A-Za-z]{1,5}\.?\d{1,4}(?:[./]\d{1,4}){2,4})\)$|\s+\(([A-Z]{1,6}\d{1,6}(?:\/[A-Z\d]{1,6}){1,3})\)$|\s+[–-]\s+([A-Z]{1,6}\/(?:\d{1,4}|(?=[A-Z]*\d)[\dA-Z]{2,8})(?:\/[\dA-Z]{1,5}){1,2})$/;

/** A series reference in a form's name: letters then figures ("ADD2090", "PCD 1560", "DD 108"). */
const FORM_REF = /\b([A-Z]{2,6}\s?\d{2,6})\b/;

/** The header's title line: the most prominent line under the banner, and a reference printed before it. */
export interface HeaderTitle {
  /** The title as printed; empty when the header names only a decisions list's reference. */
  title: string;
  /** A reference printed at the start of the title line, when there is one. */
  reference: string | null;
  /** A reference printed in the form's name above the title ("ASSISTANT DIRECTOR'S DECISION – ADD2090"). */
  formReference: string | null;
  lines: Line[];
}

/**
 * Reads the title from the header block of page 1 by layout: skipping banners, form names, form
 * labels and values, it takes the most prominent line (largest, then bold, then first), with the
 * lines of the same style that continue it. Digital and OCR pages alike (OCR: line height as size).
 */
export function headerTitle(ctx: { doc: Doc; form: Form }): HeaderTitle | null {
  const { doc, form } = ctx;
  const head = firstPageFromBanner(doc).slice(0, 14);
  // A decisions list's entry or a decision page's heading names the decision outright.
  const entry = listingEntry(head);
  if (entry?.reference && entry.title) return { title: entry.title, reference: entry.reference, formReference: null, lines: entry.lines };
  const found = prominentTitle(doc, form, head);
  // "23/04/2024 - ref: 632 - Recommendations Approved" under its title: the list's reference, the header's title.
  // With no title found, the list's reference still names the decision (the title is then '': none).
  // ("Gateway 2: Contract award approval for ..." / "04/03/2021 - ref: 7313 - Recommendations Approved" / "To approve the award of ...":
  // the heading right above the entry is its title, not a summary under it that is set as prominently.)
  const above = entry?.reference && !entry.title ? head[head.indexOf(entry.lines[0]!) - 1] : undefined;
  const words = above ? clean(above.text).split(/\s+/).length : 0;
  const heading = above && !found?.lines.includes(above) && !isBannerOrFormName(clean(above.text)) && !isFieldLine(clean(above.text)) && words >= 2 && words <= 30 && !/^[a-z]|[.:]$/.test(clean(above.text)) && !isMeeting(clean(above.text)) ? above : undefined;
  if (entry?.reference && heading && found && found.lines[0]!.index >= entry.lines[0]!.index) return { title: clean(heading.text), reference: entry.reference, formReference: null, lines: [heading] };
  if (entry?.reference) return found ? { ...found, reference: entry.reference } : { title: '', reference: entry.reference, formReference: null, lines: entry.lines };
  // A decision page's heading names the decision when the header offers no title but labels ("Decision status: ...").
  if (entry && (!found || /^[^:]{1,40}:/.test(found.title))) return { title: entry.title, reference: null, formReference: null, lines: entry.lines };
  return found;
}

/** The header's most prominent title-shaped line, with the lines that continue it and a reference printed before it. */
function prominentTitle(doc: Doc, form: Form, head: Line[]): HeaderTitle | null {
  const formLines = new Set(form.fields.flatMap((f) => [f.labelCell, ...f.valueCells].map((c) => c.line.index)));
  const cellsOf = (l: Line) => form.cells.get(l.index) ?? [];
  const body = bodySize(doc.lines.slice(0, 60).map(cellsOf).flat());
  const candidates: { line: Line; cell: Cell; score: number }[] = [];
  const ratio = (c: Cell) => (body && c.size ? c.size / body : 1);
  // A prominent line is a title even when a colon makes it read like "Label: value".
  // Bold at body size counts too, unless it reads as a short label before a colon ("Decision Maker: ...").
  // (OCR's weights, read from stroke widths, may miss a bold line: its lines get the benefit of the doubt.)
  const ocr = (c: Cell) => c.words.some((w) => w.conf !== null);
  const largeType = (c: Cell) => ratio(c) >= 1.15 && !ocr(c);
  const prominent = (c: Cell) => ratio(c) >= 1.15 || (c.bold && ratio(c) >= 1.05) || ((c.bold || ocr(c)) && ratio(c) >= 0.95 && (c.text.split(':')[0] ?? '').split(/\s+/).length >= 3);
  // A banner may wrap ("CAMBRIDGESHIRE & PETERBOROUGH COMBINED" / "AUTHORITY"): read it with its same-style neighbour.
  const banner = (line: Line) => {
    const text = clean(line.text);
    if (isBannerOrFormName(text)) return true;
    const [prev, next] = [doc.lines[line.index - 1], doc.lines[line.index + 1]];
    const style = (l: Line | undefined) => (l && cellsOf(l).length === 1 ? cellsOf(l)[0]! : null);
    const me = style(line);
    // "CITY OF BRADFORD METROPOLITAN DISTRICT" / "COUNCIL": a body's name whose last word wrapped alone, whatever OCR made of the heights.
    if (next && /^(?:council|authority|commissioner|corporation)$/i.test(clean(next.text)) && orgIn(`${text} ${clean(next.text)}`) !== null) return true;
    // (A banner whole on its own line wraps onto nothing: "Police and Crime Commissioner for Cleveland" / "Unsuccessful Funding Applications".)
    const whole = (l: Line | undefined) => !!l && isBannerOrFormName(clean(l.text)) && orgIn(clean(l.text)) !== null && !/\b(?:of|and|for|the|&)\s*$/i.test(clean(l.text));
    return [prev && !whole(prev) && `${clean(prev.text)} ${text}`, next && `${text} ${clean(next.text)}`].some(
      (joined, k) => joined && me && style(k ? next : prev) && sameStyle(me, style(k ? next : prev)!) && isBannerOrFormName(joined) && orgIn(joined) !== null,
    );
  };
  const usable = (line: Line) => {
    const cells = cellsOf(line);
    // ("Grant Funding Acceptance —- SOC Community Coordinator": a title's dash that a scan spaced out parts no cells; a row of a
    // grid, a numbered form's name or an item's marker is another thing.)
    const dashJoined = cells.length === 2 && !/[\t|\d]/.test(line.text) && !/^\W*\(?[a-z]\)/i.test(line.text) && /\s[–—-]{1,2}\s/.test(line.text);
    if ((cells.length !== 1 && !dashJoined) || isHeadingOfBody(clean(line.text)) || banner(line)) return null;
    const text = clean(line.text);
    // "Is Key Decision?: Yes", "Decision status: Recommendations Approved": a form's field and its value, however prominent.
    if (isFieldLine(text)) return null;
    // "Supporting documents:": a line that ends on a colon introduces what follows it.
    if (/:\s*$/.test(text)) return null;
    // "Email: Vicki.plytas@portsmouthcc.gov.uk", "Tel: 023 9283 4000": how to reach an officer names nothing decided.
    if (CONTACT.test(text)) return null;
    // "PDF 295 KB" under an item's heading: a link to its report.
    if (LINK_LINE.test(text)) return null;
    // A title set larger than the body may end on a full stop ("To support the Council on the ... Project."); OCR's
    // line heights are too rough to tell a larger font from a body line.
    const shape = largeType(cells[0]!) ? text.replace(/:/g, ' ').replace(/\.$/, '') : text.replace(/:/g, ' ');
    const ok = !isMeeting(text) && (prominent(cells[0]!) ? looksLikeTitle(shape) : !formLines.has(line.index) && looksLikeTitle(text));
    return ok ? cells[0]! : null;
  };
  // The page's right margin: where its longest lines end.
  const margin = Math.max(0, ...doc.lines.filter((l) => l.page === head[0]?.page).map((l) => l.rightEdge ?? 0));
  // Lines under the title's first line that continue it: same style, whatever their first letter.
  const continues = (line: Line) => {
    const cells = cellsOf(line);
    const t = clean(line.text);
    // A list item ("1. To award ...") or a dated entry ("12/04/2022 - Capital grants") starts something else.
    const starts = /^\s*(?:\(?\d{1,2}[.)]\s|\d{1,2}\/\d{1,2}\/\d{2,4}\b)/.test(t);
    // A title cut mid-phrase (its line runs to the margin or ends on a joining word) goes on, colon or not;
    // after a line that ended on its own, prose is the body starting ("Having considered a report, ...").
    const prev = doc.lines[line.index - 1];
    // (... or on an article: "Approval to Award the Contract for Postal Services – A" / "collaborative tender with ...".)
    // (A line that stopped short of the page's margin by more than the next line's first word ended there: "Awarding of Contract for
    // ... Rescue Helmets" / "To consider the report relating to ...".)
    const cut = !!prev && (((prev.rightEdge ?? 0) > 0.8 && !wouldHaveFitted(prev, line, margin)) || /(?:\b(?:of|and|for|to|the|at|in|on|with|by)|[–&:-])$/i.test(clean(prev.text)) || /(?:\s[–-]\s+A|\s(?:a|an))$/.test(clean(prev.text)));
    // ... but never onto a form's field ("Decision Maker: Chief Executive", "Decision status: ..."), a report's author line
    // ("Report of the Director of Public Health") or a line that starts on a date ("November 12, 2024 Garioch Area Committee").
    // (A date that completes a heading cut after a comma stays: "Meeting for the Leader - Wednesday," / "26th January, 2022 10.00 am".)
    const dated = (findDates(t)[0]?.start === 0 && !/[,–-]\s*$/.test(doc.lines[line.index - 1]?.text ?? '')) || /^date\b/i.test(t);
    if (isFieldLine(t) || AUTHOR_LINE.test(t) || dated) return null;
    // A left-aligned line that stopped well short of the margin ended the title: the short line under it is a heading ("Award of 7F
    // Cleaning Contract" / "Overview" on a scan, where every line has one style).
    const endedShort = !!prev && (prev.rightEdge ?? 1) < 0.6 && Math.abs((prev.leftEdge ?? 0) - (line.leftEdge ?? 0)) < 0.02 && t.split(/\s+/).length <= 2;
    const shaped = cut ? true : !endedShort && !/^[^:]{1,40}:\s/.test(t) && !isProse(t);
    // ... nor onto a form's name and number ("Decision Record Number 196").
    // (A form reader may take a cut title's next line for a field, "People Applications: September 2023": the cut decides.)
    // (A heading cut on a joining word runs on into the body it names: "Approved Minutes of the Meeting of" / "ESKDALEMUIR COMMUNITY COUNCIL".)
    const cutOnWord = !!prev && /\b(?:of|for|by)$/i.test(clean(prev.text));
    return cells.length === 1 && !starts && (cut || !formLines.has(line.index)) && !isHeadingOfBody(t) && !(orgIn(t) && banner(line) && !cutOnWord) && !/^(?:\w+\s+){0,3}(?:decision|record|notice)\b.{0,30}\b(?:number|no\.?|ref(?:erence)?)\s*:?\s*[\w/-]*\d[\w/-]*$/i.test(t) && t.split(/\s+/).length <= 20 && shaped ? cells[0]! : null;
  };
  const bodyStarts = head.findIndex((l) => isHeadingOfBody(clean(l.text)));
  for (const [k, line] of head.entries()) {
    // The header ends at the first body heading, unless nothing before it reads as a title (a page heading such as "Decisions").
    if (k === bodyStarts && candidates.length) break;
    const cell = usable(line);
    if (cell) candidates.push({ line, cell, score: ratio(cell) + (cell.bold ? 0.25 : 0) - k * 0.01 });
  }
  // The title's other lines: neighbours of the same style (a wrapped title), before and after; and a reference printed before it.
  const withItsLines = (best: { line: Line; cell: Cell }): HeaderTitle => {
    const joins = (line: Line | undefined, below: boolean) => {
      const cell = line && line.page === best.line.page ? (below ? continues(line) : usable(line)) : null;
      return cell && sameStyle(best.cell, cell) && !(below ? line!.breakBefore && !/^[a-z(]/.test(cell.text) : best.line.breakBefore) ? line! : null;
    };
    const lines = [best.line];
    for (let i = best.line.index + 1, l = joins(doc.lines[i], true); l && lines.length < 3; l = joins(doc.lines[++i], true)) lines.push(l);
    for (let i = best.line.index - 1, l = joins(doc.lines[i], false); l && lines.length < 3; l = joins(doc.lines[--i], false)) lines.unshift(l);
    const joined = clean(lines.map((l) => l.text).join(' ')).replace(/[\s:;,]+$/, '');
    const ref = LEADING_REF.exec(joined);
    // An item number ("1 ELECTION OF CHAIRPERSON") is not a reference, nor is a statute's section ("S106 Community Facilities"),
    // nor a road's number ("A62 Oldham Road & Wall Hill Road Resurfacing", "A4130 Steventon Lights Integrated Transport Corridor Scheme").
    const road = !!ref && /^[ABM]\s?\d{1,4}$/.test(ref[1]!) && /^(?:[A-Z][\w'’-]*\s+){1,6}(?:Road|Street|Lane|Way|Avenue|Bypass|Corridor|Link|Junction|Roundabout)\b/.test(joined.slice(ref[0].length));
    // ... nor a name with one figure in it ("HS2 Amenity Fund", "M5 Junction 10").
    // ... nor an age range ("0-19 Service Procurement", "16-25 Skills") or a pair of numbers ("Berth 4/5 - Port of Ramsgate").
    // ... nor a year or a span of years ("Vehicle Replacement 2023-2024 – Former Districts").
    // (A financial year that a number follows is a series' part: "Decision 2024/25 – 0008: Autumn Activity Fund".)
    const years = !!ref && YEAR_SPAN.test(ref[1]!) && !/^\d/.test(joined.slice(ref[0].length));
    // ("Decision Record 23 – Purchase of Leased Vehicles": a form's own number, however small, after the form's name.)
    const formNumber = !!ref && /\b(?:decision|record|notice)\s+$/i.test(joined.slice(0, ref.index + ref[0].indexOf(ref[1]!)));
    // ... nor words of the title ("ALLOCATION OF SECTION 106 CONTRIBUTIONS": a code's letters hold no "of" and name no statute's section).
    // ("NORTH WALES CORPORATE JOINT COMMITTEE 2022/23 BUDGET": two long words before a year are the body's name, no code's letters.)
    // (... nor a heading's own word and number, "RECOMMENDATION 1 - Grant Funding 2005/06": a code's letters are few, "WPCC", "LCR".)
    const words = !!ref && (/\b(?:OF|TO|THE|AND|FOR|IN|ON|AT|BY|SECTION)\s/i.test(ref[1]!) || (ref[1]!.match(/\b[A-Za-z]{5,}\b/g) ?? []).length >= 2 || /[A-Za-z]{9,}/.test(ref[1]!));
    const useRef = ref && !road && !years && !words && /\d/.test(ref[1]!) && (formNumber || !/^\d{1,2}$/.test(ref[1]!)) && !/^\d{1,2}\s?[-–]\s?\d{1,2}$/.test(ref[1]!) && !/^\d\/\d$/.test(ref[1]!) && !/^S\s?\d{2,3}$/i.test(ref[1]!) && !/^[A-Z]{1,3}\d$/.test(ref[1]!) && joined.length - ref[0].length >= 8;
    // ... nor a date: "25/04/2019 - Leeds City Region Growth Service", a decisions list's dated entry, is titled after its dash.
    const dated = !!ref && (findDates(ref[1]!).some((d) => d.start === 0 && d.end === ref[1]!.length) || /^(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}$/.test(ref[1]!));
    const formName = head.slice(0, head.indexOf(lines[0]!)).map((l) => clean(l.text)).find((t) => /decision/i.test(t) && isBannerOrFormName(t) && FORM_REF.test(t));
    const formReference = formName ? FORM_REF.exec(formName)![1]! : null;
    if (useRef || dated) return { title: joined.slice(ref![0].length).trim(), reference: useRef && !dated ? ref[1]! : null, formReference, lines };
    // "Award of Contract for a leased Winter Gritter Fleet OKD09 (22/23)": a reference printed at the end of the title line.
    const trailing = TRAILING_REF.exec(joined);
    // (A slashed code after a dash, "Place Based Investment Programme - COM/22/205", is printed as part of the title and stays in it.)
    if (trailing && joined.slice(0, trailing.index).split(/\s+/).length >= 3) return { title: trailing[4] ? joined : joined.slice(0, trailing.index).replace(/[\s:;,–-]+$/, ''), reference: (trailing[1] ?? trailing[2] ?? trailing[3] ?? trailing[4])!, formReference, lines };
    return { title: joined, reference: null, formReference, lines };
  };
  // The most prominent candidate whose lines, once joined, are not a sentence of the body nor a meeting's heading.
  for (const best of candidates.sort((a, b) => b.score - a.score)) {
    const found = withItsLines(best);
    // (A title set large or bold may end on a full stop: "Award of Contract for Resurfacing ... Budget.")
    const last = found.lines[found.lines.length - 1]!;
    const after = doc.lines[last.index + 1];
    // The first lines of a paragraph that runs on past them are no title ("For the Director ... to approve ..." / "sum of £445,960.85 ...").
    const runsOn = found.lines.length >= 3 && (last.rightEdge ?? 0) > 0.85 && !!after && !after.breakBefore && after.page === last.page && !/[.:;]\s*$/.test(last.text);
    if (runsOn) continue;
    if (!(largeType(best.cell) || best.cell.bold ? endsSentenceInside(found.title) : isSentence(found.title)) && !isMeeting(found.title) && !isLeadInOrResolution(found.title) && !midSentence(found.lines[0]!, doc.lines)) return found;
  }
  return null;
}

/** A resolution or the sentence that introduces one, not a title: "That approval be given to ...", "Having considered ..., the Mayor and Cabinet agreed that:". */
// ("Additional net expenditure of £148,500 ... at the public inquiry, as follows": a sentence that introduces a list.)
export const isLeadInOrResolution = (t: string) => /^(?:That|Having)\s/.test(t) || /\b(?:that|agreed|resolved|decided|to|as\s+follows|the\s+following)\s*:?-?\s*$/i.test(t);

/**
 * A line that carries on the sentence of the line above it, on the same page with no break between: the line above ran to the
 * margin without ending ("... between WMCA and Coventry City" / "Council would not exceed ..."). The middle of a paragraph is no title.
 */
function midSentence(first: Line, lines: readonly Line[]): boolean {
  const prev = lines[first.index - 1];
  // (A paragraph's lines share its left margin: a right-aligned breadcrumb above the title is no sentence it carries on.)
  const sameMargin = prev?.leftEdge == null || first.leftEdge == null || Math.abs(prev.leftEdge - first.leftEdge) < 0.05;
  return !!prev && prev.page === first.page && !first.breakBefore && !first.pageStart && sameMargin && (prev.rightEdge ?? 0) > 0.8 && prev.text.trim().split(/\s+/).length >= 8 && !/[.:;!?]\s*$/.test(prev.text) && !prev.text.includes('\t');
}

/** A form's field and its value on one line: a question label ("Is Key Decision?: Yes") or a field label ("Decision status: ..."). */
function isFieldLine(text: string): boolean {
  if (/^[^:]{1,60}\?\s*:/.test(text)) return true;
  const label = /^([^:]{1,40}):(?:\s|$)/.exec(text)?.[1];
  return !!label && (isFieldLabel(label) || PAPER_FIELD.test(label.trim()));
}

/** A paper's own fields about itself, however prominent a scan makes them: "Author and Job Role: George Bell, ...", "Protective Marking: Official". */
const PAPER_FIELD = /^(?:(?:report\s+)?author(?:\s+and\s+job\s+role)?|job\s+role|protective\s+marking|(?:security\s+)?classification|contact(?:\s+officer)?|telephone|e-?mail)$/i;

/**
 * A meeting's heading, not a decision's title: its time ("Meeting held at The Curve at 11.00am", "6 Mar 2024 -
 * 10:30 to 12:00", "at 19.15 hrs") or its minutes and date ("Cabinet Members – Minutes – 11 July 2014", "Minutes of a meeting held ...").
 */
export const isMeeting = (t: string) =>
  /\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}[.:]\d{2}\s*(?:to|-|–)\s*\d{1,2}[.:]\d{2}\b|\b\d{1,2}[.:]\d{2}\s*(?:hrs|hours)\b/i.test(t) ||
  (/\bminutes\b/i.test(t) && /\b(?:19|20)\d{2}\s*$/.test(t)) ||
  // "Minutes of a meeting held Tuesday 3rd November 2015 ...", "Minute of the previous meeting of the X Fund held on ...".
  /^\W*(?:\d+\w?\s+)?minutes?\s+of\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}meeting\b/i.test(t);

/** Running text, not a heading: a full stop after eight words or more, or one sentence ending inside it (long titles may read as sentences, but stop short of a full stop). */
const isSentence = (t: string) => (/[.]$/.test(t) && t.split(/\s+/).length >= 8) || endsSentenceInside(t);

/** One sentence ends inside the text and another starts ("... outbreaks. These funds ..."): running text. */
export const endsSentenceInside = (t: string) => /[a-z0-9][.!?]\s+[A-Z]/.test(t);

/** Median font size of the cells' words (the body text size), 0 when unknown. */
function bodySize(cells: readonly Cell[]): number {
  const sizes = cells.flatMap((c) => c.words.map((w) => w.size ?? 0)).filter((s) => s > 0).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}

/**
 * Same face and size: within 8% on a text layer (a heading one size up is another style), 30% for OCR (line heights vary
 * with ascenders and descenders; and its weights, read from stroke widths, may miss one line of a bold title).
 */
const sameStyle = (a: Cell, b: Cell) => {
  const ocr = a.words.some((w) => w.conf !== null);
  return (ocr || a.bold === b.bold) && (!a.size || !b.size || Math.abs(a.size - b.size) / Math.max(a.size, b.size) < (ocr ? 0.3 : 0.08));
};

/** A line of running prose: five words or more, most after the first in lower case, or a full stop at its end. */
function isProse(t: string): boolean {
  const words = t.split(/\s+/).slice(1).filter((w) => /^[A-Za-z]/.test(w));
  return /[.]$/.test(t) || (words.length >= 4 && words.filter((w) => /^[a-z]/.test(w)).length / words.length >= 0.6);
}

/** A heading that starts the body (the header block ends there). */
// ("Purpose of the Report", "Key information": a body's headings a scan may set as high as the title above them.)
const isHeadingOfBody = (t: string) => /^(?:\d+\.?\s*)?(?:executive summary|summary|purpose(?: of (?:the )?report)?|background|recommendations?|decisions?(?: made| taken)?|resolved|introduction|decision summary|report summary|key information)\s*(?::|$)/i.test(t);

/** A line that starts on a bullet (as printed, or as OCR reads one: "+") or a table's border ("|"). */
/** An officer's contact details: a labelled e-mail, telephone or web address, or an address alone. */
const CONTACT = /^(?:e-?mail|tel(?:ephone)?|phone|mobile|fax|web(?:site)?|contact)\b\s*(?:no\.?\s*)?:|^\S+@\S+\.\w+$|^(?:https?:\/\/|www\.)\S+$/i;

const BULLET_OR_BORDER = new RegExp(String.raw`^[${BULLET_GLYPHS}+|]`);

/** The words of a section's heading ("Decision(s) and Reason(s)", "Reasons for Urgency"). */
const SECTION_WORD = /^(?:decisions?|decision\(s\)|reasons?|reason\(s\)|recommendations?|recommendation\(s\)|summary|purpose|background|details|urgency|key|information|alternative|options?|considered|rejected|any|declarations?|interests?|and|for|the|of|&|\/)$/i;

/** A line shaped like a title: 2-30 words, not a sentence, not a label, a date or a banner. */
function looksLikeTitle(t: string): boolean {
  const words = t.split(/\s+/);
  if (words.length < 2 && !/^[A-Z][a-z]{3,}/.test(t)) return false;
  // A full stop ends a sentence, not a title, unless the line is a short heading in title case ("Procurement of Fire Pumping Appliances.").
  const heading = words.length <= 10 && words.filter((w) => w.length > 3).every((w) => /^[A-Z0-9(£]/.test(w));
  if (words.length > 30 || (/[.]$/.test(t) && !heading) || /^[a-z]/.test(t) || /\w\.\s+[A-Z]/.test(t)) return false;
  // A bullet or a table's border before it, as printed or as a scan reads them ("« Reducing anti-social behaviour", "| Community Centre"): a list's item or a cell.
  if (BULLET_OR_BORDER.test(t)) return false;
  // A web page's link to its broadcasts or pages ("View live meetings on YouTube") names nothing.
  if (/\b(?:YouTube|webcasts?|live\s+stream\w*|click\s+here)\b/i.test(t)) return false;
  // A note wholly in brackets ("(‘a’ denotes absence)", "(Open to the public)") names nothing.
  if (/^\s*[([][^()[\]]*[)\]]\W*$/.test(t)) return false;
  if (labelOf(t)?.colon || /^[^:]{1,40}:\s/.test(t)) return false;
  if (/^(?:date|signed|signature|ref(?:erence)?)\b/i.test(t) || /^\W*\d{1,2}[/. -]\w+[/. -]\d{2,4}\W*$/.test(t)) return false;
  if (/^(?:page \d|official|not protectively marked|restricted|confidential|protect)/i.test(t)) return false;
  // A publication's banner ("Valley FM – Local News") and a report's author line ("REPORT OF THE DIRECTOR OF FINANCE") name no decision.
  if (/\s[–—-]\s*(?:Local\s+|Latest\s+)?News$/i.test(t) || AUTHOR_LINE.test(t)) return false;
  if (isMeeting(t)) return false;
  // A website's breadcrumb ("Home > Council and Democracy > Decision details") names no decision.
  if (/\s>\s.*\s>\s/.test(t)) return false;
  // Minutes' attendance lines, their standing items and form statuses are not titles ("Apologies; H Wilson", "Clr M Tysoe, Town Mayor",
  // "1 Apologies for Absence", "2 Declarations of Interest", "Recommendations Approved").
  const item = t.replace(/^\d{1,2}\.?\s+/, '');
  if (/;/.test(t) || /^(?:present|apologies|attendance|in attendance|also present|clerk|cl[il1]r|cllr|welcome(?:\s+and\s+apologies)?|order\s+of\s+business)\b/i.test(item) || /^(?:recommendations? approved|decision made|for determination)\b/i.test(t)) return false;
  if (/^(?:declarations? of (?:members['’]? )?interests?|(?:named )?substitutes|minutes of the (?:last|previous) meeting|public (?:participation|questions)|urgent (?:items|business)|chair(?:man)?['’]?s? announcements)\b/i.test(item)) return false;
  // A decision maker's office alone ("Lead Member for Strategic Management and Economic Development", "Portfolio Holder for Leisure") names who decides, not what.
  // (Nor does the line that introduces a meeting's decisions: "DECISIONS made by the Lead Member for Transport ... on 20 October 2021".)
  if (/^(?:(?:Lead|Cabinet|Executive)\s+(?:Cabinet\s+)?Member|Portfolio\s+Holder|Deputy\s+Mayor|Executive\s+Councillor)\s+for\s+[A-Z][\w,&' -]*$/.test(t) || /^decisions?\s+(?:made|taken)\s+by\b/i.test(t)) return false;
  // A form's instruction to whoever fills it in ("If partially-confidential or confidential please detail the FOI exemption ...") names nothing.
  if (/^If\s/.test(t) || /\bplease\b/i.test(t)) return false;
  // A section's heading of its kind's words only ("Decision(s) and Reason(s)", "Reasons for Urgency", "Decision Details") names none.
  if (words.every((w) => SECTION_WORD.test(w.replace(/[:,]$/, '')))) return false;
  // A sentence that reports ("Members were provided with answers ...") is not a title.
  if (words.length > 6 && /\b(?:was|were|has been|have been|had been)\s+\w+ed\b/i.test(t)) return false;
  return !isBannerOrFormName(t);
}
