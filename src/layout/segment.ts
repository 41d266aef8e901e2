import type { Doc, Line } from './doc-lines.ts';

/** The parts of a decision document a line can belong to. */
export type SectionKind = 'header' | 'summary' | 'recommendation' | 'body' | 'signature' | 'access' | 'part2';

/** A run of lines under one heading. */
export interface Section {
  kind: SectionKind;
  /** The heading line (null for the opening header block). */
  heading: Line | null;
  /** Lines after the heading, up to the next heading. */
  lines: Line[];
}

/** A minuted resolution that carries its own words after the label ("RESOLVED that ...", "AGREED: that ...", a committee's "RECOMMENDED: That the Council ...", marked "*RESOLVED –" as some minutes mark a decision, a Teesside "ORDERED that ..."). */
export const INLINE_RESOLUTION = /^\*?(?:it was\s+)?(?:resolved\s*(?:[–—:-]\s*|,?\s+(?:by\s+(?:a\s+)?majority\s+)?(?=(?:that|to)\b))|agreed\s*[–—:-]\s*|recommended\s*[–—:-]\s*(?=\S)|ordered\s*(?:[–—:-]\s*|\s+(?=that\b)))/i;

/** A body's resolution on a line of its own over the list it resolves ("Committee agreed:-", "Content: The Cabinet RESOLVED:", "Cabinet resolved to:"). */
const BODY_RESOLVED = /^(?:[A-Z][a-z]+:\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w&'’-]*\s+){1,5}(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED)(?:\s+(?:to|that|TO|THAT))?\s*:-?\s*$/;

/** ModernGov's "Minutes:" line under an item's heading. */
const MINUTES_LINE = /^\s*minutes\s*:\s*$/i;

/** A short line with no stop: a heading's words. */
const headingWords = (text: string) => text.trim().length <= 120 && !/[.;:,]\s*$/.test(text.trim());
/** The line at `i` heads a ModernGov minute: its "Minutes:" line follows, right after it or after the heading's second line. */
// (A list's last item wrapped over the line above a decision page's "Minutes:" is none: a heading starts with a capital, after a
// break or a finished sentence.)
const isItemHeading = (doc: Doc, i: number) => {
  const [line, prev] = [doc.lines[i]!, doc.lines[i - 1]];
  const [next, after] = [doc.lines[i + 1]?.text ?? '', doc.lines[i + 2]?.text ?? ''];
  const starts = /^\s*(?:\d{1,3}\.?\s+)?[A-Z]/.test(line.text) && (line.breakBefore || !prev || /[.;:]\s*$/.test(prev.text));
  return starts && headingWords(line.text) && (MINUTES_LINE.test(next) || (MINUTES_LINE.test(after) && headingWords(next)));
};

const NUM = String.raw`^(?:[A-Za-z]?\d{1,2}[.)]?\s*|[a-h][.)]\s+|[ivx]{1,4}[.)]\s+)?`;
/** A heading that names who decided, over what was decided: "Decision of the Executive Councillor for Planning Policy and Open Spaces." */
export const DECISION_OF = new RegExp(`${NUM}[Dd]ecisions?\\s+of\\s+the\\s+(?:[A-Z][\\w'’&,-]*\\s+(?:(?:for|of|and|&)\\s+)?){1,10}?[A-Z][\\w'’&-]*\\.?\\s*:?\\s*$`);
/** Heading patterns by section kind, first match wins. Tolerant of numbering, case and a trailing colon. */
const HEADINGS: readonly [SectionKind, RegExp][] = [
  // ("Executive Summary and recommendation:" heads the recommendation the summary ends on.)
  ['recommendation', new RegExp(`${NUM}(?:executive\\s+)?summary\\s+(?:and|&)\\s+recommendations?\\s*:?\\s*$`, 'i')],
  // ("Matter for Decision" over what the decision is asked to do: the issue's purpose; "Decision of the Executive Councillor for
  // Planning Policy and Open Spaces." over what was agreed: the decision.)
  ['summary', new RegExp(`${NUM}matters?\\s+for\\s+decision\\s*:?\\s*$`, 'i')],
  ['recommendation', DECISION_OF],
  ['summary', new RegExp(`${NUM}(executive summary|summary|purpose of (the )?report|decision summary|reasons?(?:\\(s\\))? for (the )?(?:decision|recommendations?)|background and purpose|(?:the )?subject of (?:the )?decision|(?:alternative|other) options(?: considered)?(?: and rejected)?)\\b`, 'i')],
  ['recommendation', new RegExp(`${NUM}(?:the\\s+)?(recommendations?(?:\\(s\\))?|recommended decision|proposed decision|decisions?( taken| made)?)\\s*:?\\s*$`, 'i')],
  ['recommendation', new RegExp(`${NUM}(recommendations?(?:\\(s\\))?|decision)\\s*:`, 'i')],
  // Minutes: "Resolved – That the following amount ... be approved.", "RESOLVED: that ..."
  ['recommendation', INLINE_RESOLUTION],
  ['recommendation', /^(?:it was\s+)?resolved\s*:?\s*$/i],
  ['recommendation', BODY_RESOLVED],
  ['signature', /^(signature|signed|date signed|the above request has my approval|decision and final sign off|officer approval|report approval|originating officer declaration|deputy mayor for policing and crime\W*$|i agree the recommendations|approved by|decision maker\s*(?::|\t|$))/i],
  ['access', /^(public access to information|part 1 deferral|part\s*2 confidentiality|(publication|redaction)\s*:?\s*$)/i],
  ['part2', /^part\s*2\s*[–—-]|^part\s*2 of\b.*exempt|^exempt (information|from publication)/i],
  ['body', new RegExp(`${NUM}(introduction|background|issues for consideration|financial|legal|equality|privacy|gdpr|time sensitivity|commercial|benefits|police and crime plan|contributes to|implications|consultation|risk|real estate|environmental|staffing|police operational|options|non-confidential facts|part i\\b|part 1\\b|decision required|supporting papers|personal data|declaration of interests?|notes?\\s*:\\s*$)`, 'i')],
];

/** Is this line a heading? Short, matching a known heading, and (unless numbered) not inside a running sentence. */
export function headingKind(line: Line, prev?: Line): SectionKind | null {
  const t = line.text.replace(/^[\s«»•·*|~-]+/, '').trim();
  const kind = HEADINGS.find(([, re]) => re.test(t))?.[0] ?? null;
  if (!kind) return null;
  // "... (previously circulated) be" over "approved by the Chairman and signed as a true record.": a sentence running on, no heading.
  // (A form's label cell wrapping over two rows, "Reasons for the | ..." over "decision: | ...", is the grid's, not a sentence.)
  // ("West Mercia Police and Crime Commissioner – Record of" over "Decision": a banner's last word, after the word that wanted it.)
  if (prev && !line.breakBefore && !line.pageStart && !/\t/.test(line.text + prev.text) && ((/^[a-z]/.test(t) && /[A-Za-z,]$/.test(prev.text.trim())) || /\b(?:of|and|for|to|the|in|on|at|by|with|&)$/i.test(prev.text.trim()))) return null;
  // "Decision" printed in the page's top right corner is a label of the page (a register's name), not a section heading.
  if ((line.leftEdge ?? 0) > 0.6 && t.split(/\s+/).length <= 3) return null;
  if (kind === 'part2') return t.length <= 160 ? kind : null; // "Part 2 – This section refers to ..." runs long
  // A heading that carries its own words ("Resolved – That ...") may run long.
  if (kind === 'recommendation' && INLINE_RESOLUTION.test(t)) return kind;
  if (t.length > 90) return null;
  if (kind !== 'body') return kind;
  const numbered = /^\d{1,2}[.)]?\s/.test(t);
  const afterSentence = !prev || line.breakBefore || line.pageStart || /[.:;)?!]\s*$|^\W*$/.test(prev.text.trim());
  return numbered || (t.split(/\s+/).length <= 10 && afterSentence && !/[,;]$/.test(t)) ? kind : null;
}

/** A "Decision:" label with the decision's own words after it ("Decision:- The Trustees agreed to award up to the sum of £1250 towards ..."). */
const LABELLED_DECISION = /^\W*decision\s*:-?\s+[A-Z]/i;

/** Cuts the document into sections at its headings. Sections can repeat (decision form, then supporting report). */
export function segment(doc: Doc): Section[] {
  const sections: Section[] = [{ kind: 'header', heading: null, lines: [] }];
  for (const line of doc.lines) {
    // Minutes that label each item's decision ("Decision:- The Trustees agreed to award the full amount ...") label a long one too.
    const labelledAgain = LABELLED_DECISION.test(line.text) && sections.some((s) => s.kind === 'recommendation' && LABELLED_DECISION.test(s.heading?.text ?? ''));
    const kind = headingKind(line, doc.lines[line.index - 1]) ?? (labelledAgain ? 'recommendation' : null);
    const current = sections[sections.length - 1]!;
    // "Decision:" then "Summary of Decision": a sub-heading that names the decision, not a new section (but "The subject of the
    // decision:" is what the decision is about, its summary, before "The decision:" itself).
    if (kind && current.kind === 'recommendation' && !current.lines.length && kind !== 'recommendation' && /\bdecisions?\b/i.test(line.text) && !/\breasons?\b|\bsubject\s+of\b/i.test(line.text)) continue;
    // ("The Committee RESOLVED:" again within resolutions goes on with them: the section already holds its list.)
    if (kind && !(current.kind === 'recommendation' && BODY_RESOLVED.test(line.text.trim()))) sections.push({ kind, heading: line, lines: [] });
    // ModernGov's next item ("2. Annual Budget Report" over its own "Minutes:", its heading maybe on two lines) ends the
    // resolutions of the item before it.
    else if (!kind && current.kind === 'recommendation' && (current.lines.length || INLINE_RESOLUTION.test(current.heading?.text.trim() ?? '')) && isItemHeading(doc, line.index)) sections.push({ kind: 'body', heading: line, lines: [] });
    else sections[sections.length - 1]!.lines.push(line);
  }
  return listingTitle(sections);
}

/**
 * "Decisions" as the page's first line over a listing's entry that has its own "Decision:" label further down ("Decisions" /
 * "Decisions taken by the Council ... can be viewed ..." / "Decisions published" / ... / "Decision:" / "Enter into a contract ..."):
 * the listing's name, not a section of the decision; its lines belong to the header.
 */
function listingTitle(sections: Section[]): Section[] {
  const [header, first] = sections;
  if (!header || !first || first.kind !== 'recommendation' || header.lines.length || first.heading?.index !== 0 || !/^\W*decisions\s*$/i.test(first.heading.text)) return sections;
  if (!sections.slice(2).some((s) => s.kind === 'recommendation' && /^\W*decision\s*:/i.test(s.heading?.text ?? ''))) return sections;
  return [{ kind: 'header', heading: null, lines: [first.heading, ...first.lines] }, ...sections.slice(2)];
}

/** The section kind of every line (headings belong to their own section). */
export function sectionOfLines(sections: readonly Section[]): Map<number, SectionKind> {
  const map = new Map<number, SectionKind>();
  for (const s of sections) {
    if (s.heading) map.set(s.heading.index, s.kind);
    for (const l of s.lines) map.set(l.index, s.kind);
  }
  return map;
}
