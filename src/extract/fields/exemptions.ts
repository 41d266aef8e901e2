import type { Exemptions } from '../../record/index.ts';
import { clean } from '../../layout/doc-lines.ts';
import type { ExtractContext } from '../../layout/context.ts';
import { defineExtractor } from '../define-extractor.ts';

const YES_NO = String.raw`\s*[-–—:?]*\s*\(?\s*(YES|NO|Y|N)\b`;
const DEFERRED = new RegExp(String.raw`(?:part\s*1[^\n?]{0,60}deferr?ed\??|deferral of part\s*1\??)${YES_NO}`, 'i');
const PART2 = new RegExp(String.raw`is there a part\s*2(?: form)?\??${YES_NO}|part\s*2 (?:form|report|paper)\??${YES_NO}`, 'i');
// "Section 43", "s.31", "sections 40(2), 42 and 43" — but not "Section 57 of the DPA 2018".
const SECTION_LIST = /\b(?:s\.?\s?|ss\.?\s?|sections?\s+|§\s?)((?:\d{2}(?:\s?\(\d+\))?(?:\s?\([a-z]\))?(?:\s*(?:,|and|&|or)\s*(?=\d))?)+)(?!\s*of the (?:DPA|Data Protection|Local Government|Police|Crime))/gi;
const FOIA_CONTEXT = /\bFOIA\b|freedom of information|\bexempt/i;
const NAMED: readonly [number, RegExp][] = [
  [43, /commercial interests?/i], [31, /law enforcement/i], [40, /personal (?:data|information)/i], [38, /health and safety/i],
  [22, /intended for future publication/i], [42, /legal professional privilege/i], [24, /national security/i], [41, /provided in confidence/i], [36, /conduct of public affairs/i],
];
const CLASSIFICATION = /OFFICIAL\s?[-–—]?\s?SENSITIVE(?:\s*\[[A-Z ]+\])?|\bSECRET\b|OFFICIAL\s?[-–—]\s?PUBLIC|NOT PROTECTIVELY MARKED/gi;
const RANK = (c: string) => (/SECRET/i.test(c) && !/SENSITIVE/i.test(c) ? 4 : /SENSITIVE/i.test(c) ? 3 : /PUBLIC/i.test(c) ? 1 : 0);
const UNTIL = /(?:until|reviewed? (?:after|in|on|by)|cease to be exempt|confidential until|exempt until)\s+([^.]{3,120})/gi;
// Blank form labels and boilerplate, not an answer: "Until what date:", "deferred until a specific date".
const NOT_UNTIL = /^(?:what date|a specific date|such time)|:\s*$/i;
const GROUND = /(?:section|sections|s\.)\s?\d{2}[^.;]{0,60}|article\s?2\s?\(2\)\s?\([a-z]\)[^.;]{0,120}|[A-Z][a-z]+(?: [A-Z]?[a-z]+){0,3} (?:Interests?|Enforcement|Security|Privilege)\s+Section\s+\d{2}/gi;

/** A confidential part said to exist: "set out in the Part B report appended", "a confidential appendix is attached". */
/** "Appendix 2 (Legal Advice) to this report is exempt from publication", "The part II report provided ...": a confidential part exists. */
// ("Appendix 1 to this report has been marked as exempt under Access to Information Procedure Rules 10.4 (3)": the same.)
const EXEMPT_PART = /\b(?:appendix|appendices|annex|report)\b[^.]{0,60}\b(?:is|are)\s+(?:exempt|not)\s+(?:from\s+)?(?:for\s+)?publication\b|\b(?:appendix|appendices|annex)\b[^.]{0,40}\b(?:has|have)\s+been\s+(?:marked|designated)\s+(?:as\s+)?exempt\b|\bthe\s+part\s*(?:b|2|ii)\s+(?:report|appendix|paper)\b/i;
const CONFIDENTIAL_PART = /\b(?:set out in|contained in|see|detailed in|appended|attached|accompanying)\b[^.]{0,30}\b(?:part\s*(?:b|2|ii)|confidential|exempt)\s+(?:report|appendix|annex|paper)|\b(?:part\s*(?:b|2|ii)|confidential|exempt)\s+(?:report|appendix|annex|paper)s?\b[^.]{0,30}\b(?:appended|attached|enclosed)/i;

/**
 * Other ways papers say a confidential part exists: "(Not for publication by virtue of Paragraph 3 ...)", "set out in the exempt
 * section of this paper", "Restricted enclosure", "included in part 2 of this Decision Notice", "Appendix 1 should be designated
 * exempt from publication", "that the press and public be excluded", "consideration of the officer report, confidential appendix and
 * discussion" (not "does not contain exempt information").
 */
const EXEMPT_WORDING = /\bnot\s+for\s+publication\b|\b(?:the|an?)\s+(?:exempt|confidential|restricted)\s+(?:section|part|appendix|annex|report|enclosure)\b|\b(?:report|paper)s?,\s+(?:exempt|confidential)\s+(?:appendix|appendices|annex)\b|\bin\s+part\s*(?:2|ii|b)\s+of\s+this\s+(?:decision(?:\s+notice)?|notice|report|paper)\b|\bdesignated\s+(?:as\s+)?exempt\b|\bexclude\s+the\s+(?:press\s+and\s+)?public\b|\b(?:press\s+and\s+)?public\s+(?:be|are|were)\s+excluded\b/i;
/** A line naming a confidential paper of the decision (a published page's link to it): "Restricted enclosure", "Exempt appendix". */
const CONFIDENTIAL_LINE = /^\W*(?:restricted|exempt|confidential|part\s*(?:2|ii|b))\s+(?:enclosure|appendix|annex|report)\b/i;
/** "Decision Papers/Reason for Restricted | RESTRICTED – ... restricted as it contains ...": a form that says the decision's papers are restricted (not "| Decision Notice Recommendation Report"). */
const RESTRICTED_FIELD = /\b(?:reason\s+for\s+restricted|decision\s+papers\s*\/\s*reason)\s*:?\s*restricted\b/i;

/** The local-government access-to-information regime, not FOIA: "Access to Information Procedure Rules", "Schedule 12A", "Local Government Act 1972". */
const LOCAL_REGIME = /\bAccess\s+to\s+Information\s+(?:Procedure\s+)?Rules?\b|\bSchedule\s*12\s?A\b|\bLocal\s+Government\s+Act\s+1972\b/i;
/** A form's answer whether the item has a confidential part: "Item Contains Exempt/Private Reports | No". */
const EXEMPT_FIELD = /\b(?:exempt|private|confidential)(?:\s*\/\s*(?:exempt|private|confidential))?\s+(?:reports?|information|appendi(?:x|ces)|items?|papers?)\b/i;

const yes = (m: RegExpExecArray | null) => (m ? /^y/i.test(m.slice(1).find(Boolean) ?? '') : null);

/** The exemption paragraph(s): Part 2 / exempt sections, and any paragraph that cites FOIA exemptions. */
function exemptionText(ctx: ExtractContext): string {
  const lines = ctx.doc.lines;
  const keep = new Set<number>();
  // From each Part 2 heading, the paragraph(s) that follow; and around every line that says "exempt".
  for (const s of ctx.sections.filter((s) => s.kind === 'part2')) for (let i = s.heading!.index; i < Math.min(lines.length, s.heading!.index + 25); i++) keep.add(i);
  lines.forEach((l, i) => {
    if (/exempt/i.test(l.text)) for (let j = Math.max(0, i - 1); j <= Math.min(lines.length - 1, i + 3); j++) keep.add(j);
  });
  return clean([...keep].sort((a, b) => a - b).map((i) => lines[i]!.text).join(' '));
}

/** Part 1 deferral, Part 2, FOIA sections, classification, grounds and until when. */
export const exemptions = defineExtractor({
  field: 'exemptions',
  extract(ctx): Exemptions {
    const all = clean(ctx.doc.lines.map((l) => l.text).join('\n'));
    const ex = exemptionText(ctx);
    const sections = new Set<number>();
    if (FOIA_CONTEXT.test(ex))
      for (const m of ex.matchAll(SECTION_LIST)) for (const n of m[1]!.replace(/\(\w+\)/g, '').match(/\d{2}/g) ?? []) if (Number(n) >= 21 && Number(n) <= 44) sections.add(Number(n));
    // (A council's exemption under its own regime, "Access to Information Procedure Rules 10.4 (3)", "Schedule 12A", names no FOIA section
    // however it words the interest it protects.)
    if (!sections.size && /exempt/i.test(ex) && !LOCAL_REGIME.test(ex)) for (const [n, re] of NAMED) if (re.test(ex)) sections.add(n);
    const classes = [...(ex || all).matchAll(CLASSIFICATION)].map((m) => clean(m[0]).toUpperCase().replace(/\s?[-–—]\s?/, '-').replace(/(SENSITIVE)(\[)/, '$1 $2'));
    const classification = classes.sort((a, b) => RANK(b) - RANK(a))[0] ?? null;
    const field = ctx.form.fields.find((f) => EXEMPT_FIELD.test(f.label) && /^(?:yes|no)\b/i.test(f.value.trim()));
    const part2Answer = yes(PART2.exec(all)) ?? (field ? /^yes/i.test(field.value.trim()) : null);
    return {
      part1Deferred: yes(DEFERRED.exec(all)),
      part2: part2Answer ?? ((ctx.sections.some((s) => s.kind === 'part2') && sections.size) || CONFIDENTIAL_PART.test(all) || EXEMPT_PART.test(all) || EXEMPT_WORDING.test(all) || RESTRICTED_FIELD.test(all) || ctx.doc.lines.some((l) => CONFIDENTIAL_LINE.test(l.text)) ? true : null),
      foiaSections: [...sections].sort((a, b) => a - b),
      classification,
      grounds: [...new Set([...ex.matchAll(GROUND)].map((m) => clean(m[0]).replace(/\)\s+\(/g, ')(')))],
      until: [...ex.matchAll(UNTIL)].map((m) => m[1]!.trim()).find((u) => !NOT_UNTIL.test(u) && !/^what date/i.test(u)) ?? null,
    };
  },
});
