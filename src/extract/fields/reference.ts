import { clean, sharesMostWords } from '../../layout/doc-lines.ts';
import type { ExtractContext } from '../../layout/context.ts';
import { defineExtractor } from '../define-extractor.ts';
import { MONTH_WORD, YEAR_SPAN } from '../../layout/dates.ts';
import { findField } from '../../layout/form.ts';
import { CODE_ONLY, LABELS, REFERENCE_VALUE } from '../form-labels.ts';

// Labelled references: "Report reference number: 089/2017", "DECISION NUMBER: 24/00093", "Decision No. 12/2019", "Title and Reference – PCC/D/111", "Report reference number: 129 – 23" (not "Refused members 25396").
// The value: optional letter prefixes then numbers joined by / - . or spaces: 089/2017, 24/00093, OPCC/2019/05, PCC-DN-2019-04.
// ("With reference to Article 13(b) of the minute ...": a phrase of the prose, no label.)
const LABELLED = /\b(?<!\b(?:with|in)\s)(?:reference(?!\s+to\b)(?:\s+(?:number|no\b\.?))?|ref(?:erence)?\b\.?\s*(?:no\b\.?|number)?|decision\s+(?:number|no\b\.?|reference|ref\.?)|record\s+(?:number|no\b\.?))\s*(?:[:.]|\s[–-])?\s*((?:[A-Z]{1,8}[\s/-]?){0,2}\d{1,5}(?:\s?[/.–-]\s?\d{1,5}){0,3}|(?:[A-Z]{1,8}[\s/-]?){0,2}\d{1,5}(?:\s\d{1,5})?)(?![\d/])/i;
/** A label's last word wrapped alone onto the next line: "Number", "No.", "Reference". */
const LABEL_END = /^(?:number|no\.?|ref(?:erence)?)$/i;
const BARE_LABEL = /(?:reference(?:\s+(?:number|no\b\.?))?|decision\s+(?:number|no\b\.?|reference)|record\s+(?:number|no\b\.?))\s*[:.]?\s*$/i;
// MOPAC / Mayoral references: "PCD 450", "DMPCD 2015 132", "MD2456", "DMPC Decision – PCD 679".
const DATE = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;
const MOPAC = /\b(DMPCD|PCD|MD|DD)\s?[-–]?\s?(\d{4}[\s/-]\d{1,4}|\d{1,5})(?!\d)/;

/** Words that number a part of a paper, or the words of a heading, never a decision's reference. */
const PART_OF_PAPER = /^(?:agenda\s+)?(?:item|part|paragraph|para|section|appendix|annex|page|minute|schedule|table|of|phase|stage|round)\b/i;

/** Normalises a reference: single spaces, no space around slashes, upper-case prefixes. */
export function normaliseReference(raw: string): string {
  return clean(raw).replace(/\s*\/\s*/g, '/').replace(/^([A-Za-z]+)[\s-]*(?=\d)/, (_, p: string) => `${p.toUpperCase()} `).trim();
}

/** The decision's own reference: a labelled one (by layout, then by wording), the title line's prefix, else a MOPAC/Mayoral series number near a "decision" heading. */
export const reference = defineExtractor({
  field: 'reference',
  extract(ctx) {
    const found = printedReference(ctx);
    // ("AGENDA ITEM 1 – Apologies", "PART 1 - BUSINESS ...", "Paragraph 10(d)", "SCHEDULE OF APPLICATIONS 2015/16": a part of the paper, not its reference.)
    if (found && PART_OF_PAPER.test(found)) return null;
    // "75/20/TC To receive a report on ...": a minute's own number is no reference of the decision.
    return found && ctx.minutes.some((i) => i.number && normaliseReference(i.number) === found) ? null : found;
  },
});

/** The reference as the paper prints it: a labelled field, a form's decision code, a labelled line, the header's prefix, a MOPAC code. */
function printedReference(ctx: ExtractContext): string | null {
  const { doc } = ctx;
  // ("Reference | ref: 3948": a list's "ref:" printed again inside the field.)
  const valueOf = (v: string) => clean(v).replace(/^ref[:.]?\s*(?=\d)/i, '');
  const field = findField(ctx.form, LABELS.reference, (v) => REFERENCE_VALUE.test(valueOf(v)) && !DATE.test(valueOf(v)));
  if (field) return normaliseReference(REFERENCE_VALUE.exec(valueOf(field.value))![1]!);
  // ("Report | ES20222": a report's code in a field of its name.)
  const named = findField(ctx.form, /^(?:decision|report)$/i, (v) => CODE_ONLY.test(clean(v)) && !DATE.test(clean(v)));
  if (named) return normaliseReference(clean(named.value));
  // "Record of decision" over "PCC/D/2023/15": a code alone on a line of the opening header is the paper's own, before any cited in its prose.
  const alone = codeAlone(ctx);
  if (alone) return alone;
  const head = doc.lines.slice(0, 80);
  for (const [i, line] of head.entries()) {
    // The value may sit on the label's line or, in two-column forms, on the next line.
    const text = clean(line.text);
    const next = head[i + 1] ? clean(head[i + 1]!.text) : '';
    // ("Decision Record | 94" over "Number": a grid's label whose last word wrapped under it.)
    const wrapped = LABEL_END.test(next) ? /^(.{3,40}?)\s+(\S*\d\S*)$/.exec(line.text.trim()) : null;
    const withNext = wrapped ? `${clean(wrapped[1]!)} ${next}: ${wrapped[2]}` : BARE_LABEL.test(text) && next ? `${text} ${next}` : text;
    const m = LABELLED.exec(withNext);
    // (A year is no reference: "Reference 2019"; "Key decision – reference number 5815" is one.)
    // (Nor is another decision the prose cites: "... should be read in conjunction with decision reference 2024 – 013.")
    if (m && !/^(?:19|20)\d{2}$/.test(m[1]!) && !CITED.test(withNext.slice(0, m.index))) return normaliseReference(m[1]!);
  }
  const prefix = ctx.header?.reference ?? ctx.header?.formReference;
  if (prefix) return normaliseReference(prefix);
  // (A series number the prose cites is another decision's: "In December 2019, a Director Decision (DD2430) approved ...", "set out in DD2430".)
  const hits = doc.lines.map((l) => ({ l, m: MOPAC.exec(clean(l.text)) })).filter((h) => h.m && !CITED.test(clean(h.l.text).slice(0, h.m.index)));
  const best = hits.find((h) => /decision|request/i.test(h.l.text)) ?? hits[0];
  return best ? normaliseReference(`${best.m![1]} ${best.m![2]}`) : (attachedDecision(ctx) ?? itemHeadingCode(ctx));
}

/** A minute's item heading that repeats the paper's title, then the report's code (and the linked file's kind and size): "37 The Woking Community Furniture Project - Application for Financial Assistance EXE21-123" over "PDF 97 KB". */
const ITEM_HEADING_CODE = /^\d{1,3}\.?\s+(\S.{5,}?)\s+([A-Z]{2,6}\d{1,5}(?:[-/]\d{1,5}){1,2})(?:\s+PDF\s+\d+\s?KB)?$/;

/** The report's code an item heading gives the decision, where the heading repeats the header's title. */
function itemHeadingCode(ctx: ExtractContext): string | null {
  const title = ctx.header?.title ?? '';
  for (const l of ctx.doc.lines.slice(0, 20)) {
    const m = ITEM_HEADING_CODE.exec(clean(l.text));
    if (m && sharesMostWords(m[1]!, title, 3)) return normaliseReference(m[2]!);
  }
  return null;
}

/** Words before a series number that cite another decision: "a Director Decision (", "set out in", "in conjunction with", "under". */
const CITED = /(?:\b(?:a|an|the|previous|earlier|prior|last\s+year's)\s+(?:[A-Z][a-z]+\s+){0,2}decision\s*\(?|\b(?:set\s+out\s+in|in\s+conjunction\s+with|under|see|per|following|supersed\w*|amend\w*|var(?:y|ies|ying)|extend\w*)\s+(?:\w+\s+){0,2})$/i;

/** "Decision 17301. Mutual Aid to other police forces (application, 109kB)": a decision notice's attachment, named by its number. */
const ATTACHED = /^\W*(?:attachment\s+)?decision\s+(\d{1,4}[-/]\d{1,6}|\d{1,6})(?:\s+[A-Z]{2,4})?[.:]\s+(\S.{5,})$/i;
/** A linked file's kind and size after its name: "(application, 109kB)", "(PDF, 1.2MB)". */
const FILE_SIZE = /\((?:application|pdf|word|document|docx?)\b[^)]{0,20}\d+(?:\.\d+)?\s?[kKmM]B\)\s*$/i;

/** The reference an attachment's name gives the decision: the file is the decision's own (its kind and size printed), or its name repeats the header's title. */
function attachedDecision(ctx: ExtractContext): string | null {
  for (const l of ctx.doc.lines) {
    const m = ATTACHED.exec(clean(l.text).replace(/\t/g, ' '));
    if (m && (FILE_SIZE.test(m[2]!) || sharesMostWords(m[2]!, ctx.header?.title ?? '', 2))) return normaliseReference(m[1]!);
  }
  return null;
}

const MONTH = new RegExp(String.raw`\b${MONTH_WORD}\b`, 'i');

/**
 * A reference printed alone on a line of page 1's opening header block ("PCC/D/2023/15", "OPCC 2019/05"): a code with a figure and
 * a slash or a letter prefix, not a date, a span of years or a part of the paper.
 */
function codeAlone(ctx: ExtractContext): string | null {
  const header = ctx.sections[0];
  // (A title that prints its own reference, "... Winter Gritter Fleet OKD09 (22/23)", gives it: the title is read whole.)
  if (!header || header.kind !== 'header' || ctx.header?.reference) return null;
  for (const line of header.lines.slice(0, 10)) {
    if (line.page !== 1) break;
    const t = clean(line.text);
    // (Not a line that ends the one above it: a heading wrapped at the margin, "... ON WEDNESDAY 27" / "JANUARY 2021", or cut after a
    // dash, "Award of contracts for children's centres –" / "FEB19/CMDN/89".)
    const prev = ctx.doc.lines[line.index - 1];
    if (prev && ((prev.rightEdge ?? 0) > 0.8 || /[–:,&-]\s*$/.test(prev.text))) continue;
    if (MONTH.test(t) || /\d[.:]\d{2}\s*[ap]\.?m\b/i.test(t)) continue;
    const m = REFERENCE_VALUE.exec(t);
    if (!m || m[1] !== t || t.length > 24 || !/\d/.test(t) || !(/\//.test(t) || /^[A-Z]{2,}/.test(t))) continue;
    if (DATE.test(t) || YEAR_SPAN.test(t) || PART_OF_PAPER.test(t)) continue;
    return normaliseReference(t);
  }
  return null;
}
