import type { ExtractContext } from './context.ts';
import { lineWords, linesFromOffset, paragraphFrom, wouldHaveFitted, type Doc, type Line } from './doc-lines.ts';
import type { DocumentType } from '../record/index.ts';
import { BODY_DECIDED, CLAUSE_OPENING, DECIDES, DECIDES_IN_PRESENT, IT_WAS_REST, MINUTE_NARRATIVE, THIRD_PERSON_VERB, isMinuteNarrative } from './item-wording.ts';
import { motionSubject, motionsIn } from './motions.ts';
import { itemText, joinLines, parseList, type ListItem } from './list-items.ts';
import { isSpeck, readMarker } from './list-markers.ts';
import { DECISION_OF, INLINE_RESOLUTION, type Section } from './segment.ts';
import { findField } from './form.ts';
import { SENTENCE_BREAK, sentences } from './sentences.ts';
import { isFieldLabel } from './form-cells.ts';
import { routineLines } from './minute-items.ts';
import { minutedSentences, ROUTINE_SENTENCE } from './minuted-sentences.ts';
import { isDatedEntry } from './listing-entry.ts';
import { isNewsStory, spoken } from './news.ts';
import { reportedAwards } from './awards-told.ts';

/**
 * Share of items that end as a finished sentence or list entry (a scrambled or cut list scores lower),
 * plus half the share that read as decisions ("Approval of ...") rather than narrative.
 */
const quality = (items: readonly ListItem[]) =>
  (items.filter((i) => /[.;:]$|\b(and|or)$/.test(itemText(i))).length + 0.5 * items.filter((i) => DECIDES.test(i.text)).length) / Math.max(1, items.length);

/** Every recommendations block of the document (decision form, supporting report...) parsed into items. */
export function recommendationLists(ctx: ExtractContext): { items: ListItem[]; quality: number; inferred?: boolean }[] {
  // A minute's routine items ("RESOLVED: That the minutes ... be approved") are the decisions only of a meeting that decided nothing else.
  const routine = routineLines(ctx.minutes);
  let routineOnly: { items: ListItem[]; quality: number }[] = [];
  for (const find of [headedLists, leadInLists, unheadedDecisions, movedMotions, resolvedInProse, thatResolutions, decidedInProse, decisionField, headerDecision, instructionParagraphs, afterCallIn, recommendedSentences, awardsReported, decisionSentence, actSentence]) {
    const found = withConditions(ctx, withoutFormFields(ctx, find(ctx)));
    const lists = found.filter((l) => l.items.some((i) => !routine.has(i.lines[0]!.index)));
    if (lists.length) return lists;
    if (!routineOnly.length) routineOnly = found;
  }
  return routineOnly;
}

/** A minute's resolution in capitals, in prose: "... seconded by Councillor Stoyel and RESOLVED that the ASDM obtains three quotes ...". */
const PROSE_RESOLVED = /\bRESOLVED\s+(?:unanimously\s+)?(?:that|to)\s+(?=\S)(?![^.]*:\s*$)/;

/**
 * Minutes that print each resolution "RESOLVED ...", one in prose ("... and RESOLVED that the ASDM obtains three quotes ...") and
 * another leading in to a list ("... and RESOLVED to:" over "1. Appoint contractor A ..."): the prose ones are decisions too, in
 * their places among the list's items. Only where the list's own lead-in says "RESOLVED".
 */
function withProseResolutions(ctx: ExtractContext, list: { items: ListItem[]; quality: number }): { items: ListItem[]; quality: number } {
  const lines = ctx.doc.lines;
  const first = list.items[0]?.lines[0]?.index;
  if (first === undefined || !/\bRESOLVED\b/.test(`${lines[first - 2]?.text ?? ''} ${lines[first - 1]?.text ?? ''}`)) return list;
  const inList = new Set(list.items.flatMap((i) => [...i.lines, ...i.children.flatMap((c) => c.lines)].map((l) => l.index)));
  const routine = routineLines(ctx.minutes);
  const prose = lines
    .map((l, i) => i)
    .filter((i) => i < first - 2 && PROSE_RESOLVED.test(lines[i]!.text) && !inList.has(lines[i]!.index) && !routine.has(lines[i]!.index) && ctx.sectionOf.get(lines[i]!.index) !== 'signature' && !/:\s*$/.test(lines[i]!.text) && RESOLVED_IN_PROSE.test(lines[i]!.text) && !reportedEarlier(lines, i))
    .map((i) => resolvedItem(lines, i));
  if (!prose.length) return list;
  const items = [...prose, ...list.items];
  return { items, quality: quality(items) };
}

/** A form's recommendation box left without one: "Not applicable as direct decision for the PCC.", "N/A", "None". */
const NOT_APPLICABLE = /^(?:not\s+applicable|n\/a|none|nil)\b(?!\s+of\b)/i;

/** A form's own title in capitals, three words or more and no verb of a decision: "RECORD OF OFFICER EXECUTIVE DECISION", "DECISION NOTICE". */
const FORM_TITLE = /^(?!.*\b(?:APPROVED|AGREED|RESOLVED|REFUSED|DEFERRED|GRANTED|NOTED|ACCEPTED|REJECTED|WITHDRAWN)\b)[A-Z][A-Z'’&/() -]*\b(?:DECISION|RECORD|NOTICE|REPORT)S?\b[A-Z'’&/() -]*$/;

/** A form's bare "Decision" label, whose value is the decision (a grid's "Decision | That ...", a schedule's "Decision | Reject"). */
const DECISION_LABEL = /^decisions?$/i;

/** A web page's own instructions kept with its text ("Use this page to search for decisions taken by Committees ...", "Use the below search options ..."). */
// ("Alternatively you can visit the officer decisions page for information on officer delegated decisions ...")
// ("In accordance with the constitution, the council publishes decisions taken by the City Mayor, ...": what the page lists, no decision.)
export const PAGE_INSTRUCTION = /^\W*(?:Alternatively,?\s+)?(?:you\s+(?:can|may)\s+)?(?:Use|Click|Select|Browse|Search|Visit)\b[^£]{0,80}?\b(?:page|search\s+options?|to\s+search|the\s+link)\b|^\W*(?:In\s+accordance\s+with\s+[^,.]{3,40},\s+)?the\s+(?:council|authority)\s+publishes\s+(?:details\s+of\s+)?(?:the\s+)?decisions\b/i;

/** A paper's notice that a part of it is confidential ("Appendix 2 ... is exempt from publication ..."): not an item decided (unlike "To agree that Appendix 1 is not for publication"). */
const EXEMPT_NOTICE = /\b(?:is|are)\s+exempt\s+from\s+publication\b|\bnot\s+for\s+publication\b/i;

/**
 * Drops a register's own fields from lists ("Decision Ref:" with nothing after it, "Issue: ..." on a
 * form's label line), rescoring what is left: a page heading such as "Decisions" above a form is not a list.
 */
function withoutFormFields(ctx: ExtractContext, lists: { items: ListItem[]; quality: number }[]): { items: ListItem[]; quality: number }[] {
  const labels = new Set(ctx.form.fields.map((f) => f.labelCell.line.index));
  // "Decision Maker | Outcome" over "Leader of the Council | Recommendations Approved": a grid's row of values is no item either.
  const gridValues = new Set(ctx.form.fields.filter((f) => f.how === 'below' && f.valueCells.length && f.labelCell.line.index !== f.valueCells[0]!.line.index).flatMap((f) => f.valueCells.map((c) => c.line.index)));
  // (A "Decision" field's own value is the decision, wherever the row prints it.)
  const decided = new Set(ctx.form.fields.filter((f) => DECISION_LABEL.test(f.label.trim())).map((f) => f.value));
  // "Decision Record 56 – Joint Estates Strategy" printed again under the decision: the header's line repeated, no item.
  const headerOnly = ctx.sections.filter((s) => s.kind === 'header').flatMap((s) => s.lines);
  const headerLines = new Set(headerOnly.map((l) => l.index));
  const header = new Set(headerOnly.map((l) => l.text.trim()));
  const field = (i: ListItem) => {
    const t = i.text.trim();
    if (i.lines.length === 1 && !i.marker && header.has(t) && !headerLines.has(i.lines[0]!.index) && !DECIDES.test(t)) return true;
    const at = i.lines[0]!.index;
    // ... nor a field and its value on one line ("Is subject to call in? | No", "Report author | Craig Jordan").
    // ("Publication date | Date of decision | Effective from" over "14/01/2019 | 14/01/2019 | 18/01/2019": its rows of labels and values, together.)
    const row = (l: Line) => (gridValues.has(l.index) || (labels.has(l.index) && !ctx.headingLines.has(l.index))) && (ctx.form.cells.get(l.index)?.length ?? 0) >= 2;
    // (A table of awards, "Applicant | Project | Award" over "St Clears Town Council | ... | £33,697", is the decision's detail, no field.)
    const labelsOverValues = i.lines.length === 2 && labels.has(at) && gridValues.has(i.lines[1]!.index) && !/£\s?\d/.test(i.text);
    const gridRow = !i.marker && !decided.has(i.text) && (i.lines.length === 1 || labelsOverValues) && i.lines.every(row);
    // ("That the Chief Executive approves: A total expenditure of up to £100,000 ...": a decision the form reader took for a field.)
    // (A numbered item whose lettered items follow, "2. Delegates to officers authority to:" / "(a) Seek ...", is a decision's lead-in.)
    return (/^[A-Z][^:]{0,40}:$/.test(t) && !(i.marker && i.children.length && ACTS_ON.test(t))) || FORM_TITLE.test(t) || NOT_APPLICABLE.test(t) || PAGE_INSTRUCTION.test(t) || (labels.has(at) && !ctx.headingLines.has(at) && /^[A-Z][^:]{0,40}:(?:\s|$)/.test(t) && !DECIDES.test(t)) || (EXEMPT_NOTICE.test(t) && !DECIDES.test(t)) || gridRow;
  };
  return lists.map((l) => (l.items.some(field) ? { items: l.items.filter((i) => !field(i)), quality: quality(l.items.filter((i) => !field(i))) } : l)).filter((l) => l.items.length);
}

/** A lead-in that acts ("Delegates to officers authority to:", "To approve:"), not one that only brings a topic ("To consider points of ..."). */
const ACTS_ON = /^(?:To\s+)?(?:approve|agree|delegate|authori[sz]e|note|award|allocate|accept|endorse|request|instruct|grant|commission)s?\b/i;

/** A decision worded as an instruction: "To approve the award of ...", "For the Director ... to approve ...", "Approve the reallocations of ..." (not "Award of ...", a title). */
const HEADER_DECISION = /^(?:(?:For (?:the )?[A-Z][^.;:]{2,80}?\s+)?[Tt]o (?:approve|award|agree|accept|allocate|authori[sz]e|endorse|grant|fund|commission|procure)\b|(?:Approve|Agree|Accept|Allocate|Authori[sz]e|Endorse|Commission|Procure)\s+(?!of\b)[a-z])/;

/**
 * "Award of ... Grant" then "To approve the award of a Crime and Disorder Reduction grant to ...": a decision page that
 * states its decision in a paragraph of the header, under its title and before any heading (no list anywhere else).
 */
function headerDecision(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  const header = ctx.sections.find((s) => s.kind === 'header' || !s.heading);
  const lines = header?.lines ?? [];
  // A paragraph starts after a break or right under the title ("Community Safety ... Grants 2015-16" / "Approve the reallocations of ...").
  const titleEnd = ctx.header?.lines.at(-1)?.index;
  // ... or after a line that ended a sentence (an issue page's dated entry: "10/08/2018 - Award of Contract ... Budget.").
  const starts = (l: ExtractContext['doc']['lines'][number]) => l.breakBefore || (titleEnd !== undefined && l.index === titleEnd + 1) || /\.\s*$/.test(ctx.doc.lines[l.index - 1]?.text ?? '');
  const at = lines.findIndex((l) => starts(l) && HEADER_DECISION.test(l.text.trim()));
  if (at < 0) return [];
  const { taken, text } = paragraphFrom(lines, at, (k) => lines[k]!.breakBefore, 8);
  // The first of several paragraphs worded alike, each under its own heading ("To award X £5,000 ..."): all of them.
  const alike = instructionParagraphs(ctx)[0];
  if (alike && alike.items.length > 1 && alike.items[0]!.lines[0]!.index === taken[0]!.index) return [alike];
  const items: ListItem[] = [{ type: 'para', marker: '', lines: taken, text, children: [] }];
  return [{ items, quality: quality(items) }];
}

/**
 * "GASP – Classroom and Wellbeing Suite" then "To award GASP £10,000 towards ...", for each application in turn: a paper whose
 * decisions are paragraphs worded as instructions, each under its own heading or after a finished sentence, with no list,
 * heading or lead-in naming them anywhere. Each paragraph is one decision.
 */
function instructionParagraphs(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  const lines = ctx.doc.lines;
  const starts = (k: number) => lines[k]!.breakBefore || lines[k]!.pageStart || k === 0 || /[.:]\s*$/.test(lines[k - 1]!.text) || (lines[k - 1]!.rightEdge ?? 1) < 0.75;
  const items: ListItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!starts(i) || !HEADER_DECISION.test(lines[i]!.text.trim()) || ctx.sectionOf.get(lines[i]!.index) === 'signature') continue;
    const { taken, text } = paragraphFrom(lines, i, starts, 8);
    // A sentence, not a table's cell ("Commission effective targeted PH services and support").
    if (text.split(' ').length >= 8 && (/£\s?\d/.test(text) || /\.$/.test(text))) items.push({ type: 'para', marker: '', lines: taken, text, children: [] });
    i += taken.length - 1;
  }
  return items.length ? [{ items, quality: quality(items) }] : [];
}

/** A schedule's outcome for one application: "Award grant of £87,922", "Reject", "Approved", "Deferred", "Change Grant % from 67% to 98%", "That ...". */
const SCHEDULE_OUTCOME = /^(?:Award|Reject|Refuse|Approve|Decline|Defer|Grant|Agree|Accept|Withdraw|Change|Increase|Decrease|Reduce|Extend|Vary|Amend|That|To)\w*\b/i;

/** A form's label for its decision's words: "Text of decision", "Decision details", "Decision summary", "Approved decision". */
const DECISION_TEXT = /^(?:(?:text|details|summary|wording)\s+of\s+(?:the\s+)?decision|decision\s+(?:text|details|wording|approved|made|taken|summary)|approved\s+decision)$/i;

/** "Text of decision | Decrease the Council's threshold ...": a form that gives the decision as a field's value. */
function decisionField(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  // ("Approved decision: To allocate £384,816 to Staying Put ...", a log of decisions.)
  // ("Decision made | To proceed with purchasing the 4 ride on mowers ...", a decision page's grid.)
  // ("Decision | That a new modern community kitchen be created ...": a grid's bare "Decision" label over a decision's words.)
  // ("Decision | Award grant of £30,335" ... "Decision | Reject": a schedule's rows, one decision on each application.)
  const each = ctx.form.fields.filter((g) => DECISION_LABEL.test(g.label.trim()) && g.valueCells.length && /[A-Za-z]{4}/.test(g.value) && !/^(?:recommendations?\s+approved|for\s+determination|decision\s+made)\b/i.test(g.value.trim()));
  if (each.length >= 2 && each.every((g) => SCHEDULE_OUTCOME.test(g.value.trim()))) {
    const items: ListItem[] = each.map((g) => ({ type: 'para', marker: '', lines: g.valueCells.map((c) => c.line), text: g.value, children: [] }));
    return [{ items, quality: quality(items) }];
  }
  // ("DETAILS OF DECISION | North East Retail Crime Partnership" over "DECISION SUMMARY | To agree a contribution ...": the field worded as a decision.)
  const texts = ctx.form.fields.filter((g) => DECISION_TEXT.test(g.label.trim()) && g.value.length > 10);
  const f =
    (texts.find((g) => DECIDES.test(g.value.trim())) ?? texts[0]) ??
    findField(ctx.form, DECISION_LABEL, (v) => v.length > 20 && /^That\s/.test(v.trim()));
  if (!f) return [];
  const items: ListItem[] = [{ type: 'para', marker: '', lines: f.valueCells.map((c) => c.line), text: f.value, children: [] }];
  return [{ items, quality: quality(items) }];
}

/** "12/04/2022 - Capital grants" then "1. To award ... 2. To transfer ..." (or "a) Approve ..."): a decisions list printed with no heading, its items worded as decisions. */
function unheadedDecisions(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  const lines = ctx.doc.lines;
  // "2.0. To agree the proposals ...", "3.1 To delegate authority ...": a report's numbered paragraphs of decisions start at N.0 or N.1.
  // (Only before a decision's "To" or "That": "1.1 Members resolved to appoint ..." is a minute, each one its own.)
  // ("1 Cabinet noted the progress ...", "3 Cabinet approved the release of £560,000 ...": a minute's numbered decisions, no closing mark.)
  const FIRST = new RegExp(String.raw`^\s*(?:\(?(?:1|a|i)[.)](?:\s+|(?=[A-Z][a-z]))|\d{1,2}\.[01]\.?\s+(?=(?:To|That)\s)|1\s+(?=${BODY_DECIDED}))`);
  // "1. the list of projects ... be approved.": a resolution worded in the passive decides too.
  // "(1) The Home Office's response ... was noted.", "(2) Acceptance of the proposals ... was confirmed": minuted in the past;
  // "a) The £2M of funding for the ... scheme is approved ...", "b) Authority is delegated to ...": or in the present.
  // "2. Further exploration of potential improvements ... be supported.": minutes in the passive, capitalised or not.
  // "(i) awards up to £11,000 to ...", "(iii) instructs the Chief Officer to ...": a committee's decisions in the third person.
  // "a) Members note the contents of the report; b) approve one-off grants ...": a committee's decisions with their subject.
  // "1. The PCC and Bedfordshire Police have agreed to ...", "3. The PCC has issued £9,000 towards ...": a report of decisions made.
  // "1.The Portfolio Holder for Lifestyles ... approves the proposed allocations ...": a decision maker's decision in the present.
  const decides = (t: string) => DECIDES.test(t) || /^(?:Members|(?:The\s+)?(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel))\s+(?:note|approve|agree|award|endorse|accept|resolve|authori[sz]e|delegate|acknowledge)d?\b/.test(t) || DECIDES_IN_PRESENT.test(t) || /^The\s+(?:\S+\s+){1,6}(?:has|have)\s+(?:agreed|approved|awarded|funded|issued|allocated|decided|endorsed|granted|authori[sz]ed)\b/.test(t) || THIRD_PERSON_VERB.test(t) || /^[A-Za-z][^.]{0,200}?\bbe\s+(?:approved|agreed|delegated|noted|awarded|granted|adopted|authori[sz]ed|supported|endorsed|accepted)\b/.test(t) || PASSIVE_DECISION.test(t);
  const at = lines.findIndex((l, i) => i < 80 && FIRST.test(l.text) && decides(`${l.text} ${lines[i + 1]?.text ?? ''}`.replace(FIRST, '')));
  if (at < 0) return [];
  const items = parseList(lines.slice(at, at + 80));
  // "(a) that the progress ... is noted;" ... "(c) that the ... programme is increased by £9,390,800": a resolution's clauses, each opening "that".
  const clauses = items.length >= 2 && items.every((i) => /^that\s/i.test(i.text));
  return items.length && (clauses || items.filter((i) => decides(i.text)).length * 2 >= items.length) ? [{ items, quality: quality(items) }] : [];
}

/** "(1) The Home Office's response ... was noted.", "(e) the programme ... is also approved": a decision in the passive, minuted in the past or the present. */
const PASSIVE_DECISION = /^[A-Za-z][^.]{0,200}?\b(?:was|were|is|are)\s+(?:also\s+)?(?:approved|agreed|noted|confirmed|endorsed|adopted|delegated|authori[sz]ed)\b/;

/** "Following discussion, Members unanimously resolved to agree the proposed awards ...": minutes that record the decision in a sentence (not one still to take: "The short term use of reserves may be agreed to ..."). */
/** "AGREED a grant of £646.32 (subject to ...)": a minute's verb in capitals opening its line, the thing agreed after it (its own first word). */
const VERB_FIRST = /^\W*(?:AGREED|APPROVED)\s+(?=(?:a|an|the)\s)/;
const RESOLVED_IN_PROSE = new RegExp(String.raw`(?<!\b(?:may|to|should|will|would|could|can|must|shall)\s+be\s+)\b(?:RESOLVED|[Rr]esolved|agreed)\s+(?:unanimously\s+)?(?=(?:not\s+)?(?:to|that)\s)|${VERB_FIRST.source}`);

/** The decisions minutes record in sentences, when no heading or lead-in names a list: each minute that resolves is one (else the first sentence that agrees). */
function resolvedInProse(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  const lines = ctx.doc.lines;
  const usable = (i: number) => RESOLVED_IN_PROSE.test(lines[i]!.text) && ctx.sectionOf.get(lines[i]!.index) !== 'signature' && !reportedEarlier(lines, i);
  // "1.1 Members resolved to appoint ..." ... "2.1 Members resolved to appoint ...": one decision per minute.
  const minutes = lines.map((l, i) => i).filter((i) => usable(i) && /\bresolved\b/i.test(lines[i]!.text) && /^\s*\d{1,2}(?:\.\d{1,2})?\.?\s/.test(lines[i]!.text));
  // ("It was resolved unanimously to approve the Budget ..." / "It was resolved unanimously to increase the Precept ...": one each.)
  const itWasResolved = lines.map((l, i) => i).filter((i) => usable(i) && /^\W*It\s+was\s+(?:\w+ly\s+)?resolved\b/i.test(lines[i]!.text));
  for (const each of [minutes, itWasResolved]) {
    if (each.length < 2) continue;
    const items = each.map((at) => resolvedItem(lines, at));
    return [{ items, quality: quality(items) }];
  }
  // "RESOLVED, subject to the outcome of the Council's budgetary process," over "That (i) core funding ...;" / "(ii) funding ...": its parts.
  for (const [i, l] of lines.entries()) {
    const parts = /^\W*(?:It\s+was\s+)?RESOLVED\b/i.test(l.text) && ctx.sectionOf.get(l.index) !== 'signature' ? markedUnder(lines, i) : null;
    if (parts) return [{ items: parts, quality: quality(parts) }];
  }
  // Minutes that tell two or more decisions a sentence each ("... was agreed and paid £150.00.", "It was AGREED that ..."): each one.
  const told = minutedSentences(ctx);
  if (told.length) return [{ items: told, quality: quality(told) }];
  // (The first that decides more than the meeting's routine: "... RESOLVED to approve expenses for November 2021" over "... RESOLVED to
  // accept reasons for absence".)
  const first = lines.findIndex((l, i) => usable(i));
  const substantive = lines.findIndex((l, i) => usable(i) && !ROUTINE_SENTENCE.test(l.text));
  const at = substantive >= 0 ? substantive : first;
  if (at < 0) return [];
  const items = [resolvedItem(lines, at)];
  return [{ items, quality: quality(items) }];
}

/** A list's first marker after a resolution's "That" ("That (i) core funding of £218,000 be awarded ...;"). */
const THAT_FIRST_MARKER = /^\s*(?:That\s+)?\((?:i|a|1)\)\s/i;

/**
 * "RESOLVED, subject to the outcome of the Council's budgetary process," over "That (i) core funding of £218,000 be awarded ...;"
 * / "(ii) funding of £10,000 ...": a resolution whose parts are marked, read as its list (each part one decision); null when the
 * resolution is not marked so.
 */
function markedUnder(lines: ExtractContext['doc']['lines'], at: number): ListItem[] | null {
  const first = [at, at + 1].find((k) => lines[k] && THAT_FIRST_MARKER.test(lines[k]!.text));
  if (first === undefined) return null;
  const end = lines.findIndex((l, k) => k > first && (l.breakBefore || l.pageStart));
  const items = parseList(lines.slice(first, end < 0 ? Math.min(lines.length, first + 30) : end));
  return items.length >= 2 && items.every((i) => i.marker) ? items : null;
}

/** A line that starts with a list's marker ("ii) Purchase of plants ..."): a new paragraph. */
const MARKED_LINE = /^\s*(?:[ivx]{1,5}|[a-z]|\d{1,2})[.)]\s/;

/**
 * Minutes that record each decision as a motion moved, seconded and carried ("Mrs Mitchell proposed and Mr Berry seconded
 * payment of this subscription and the meeting unanimously agreed."): each such sentence that puts something to the vote is one
 * item, as printed from its mover; a motion on the last minutes only when the meeting moved nothing else.
 */
function movedMotions(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  // (A report or an agenda tells of motions; it records none.)
  if (ctx.documentType && INFERRED_DECISION[ctx.documentType] === 'none') return [];
  const lines = ctx.doc.lines;
  // A paragraph starts after a break or a heading, or after a line that ended a sentence short of the margin.
  const starts = (k: number) => {
    const prev = lines[k - 1];
    return !prev || lines[k]!.breakBefore || lines[k]!.pageStart || MARKED_LINE.test(lines[k]!.text) || ctx.headingLines.has(prev.index) || (/[.;:]\s*$/.test(prev.text) && (prev.rightEdge ?? 0) < 0.8) || (prev.text.trim().split(/\s+/).length <= 8 && !/[.;:,]\s*$/.test(prev.text));
  };
  const items: ListItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!starts(i)) continue;
    const { taken, text } = paragraphFrom(lines, i, starts, 12);
    if (ctx.sectionOf.get(lines[i]!.index) !== 'signature')
      for (const { text: t, at } of motionsIn(text)) items.push({ type: 'para', marker: '', lines: linesFromOffset(taken, at), text: t, children: [] });
    i += taken.length - 1;
  }
  const substantive = items.filter((i) => !/\bminutes\b/i.test(motionSubject(i.text).join(' ')));
  const kept = substantive.length ? substantive : items;
  return kept.length ? [{ items: kept, quality: quality(kept) }] : [];
}

/**
 * A resolution told as one made before ("The Committee was reminded that the Policy Committee, at its meeting on 21st February,
 * had ... agreed that all Committee meetings in May should be cancelled."): "had" (with a clause set off by commas at most) before the word that resolves.
 */
function reportedEarlier(lines: ExtractContext['doc']['lines'], i: number): boolean {
  // The words before the resolution's verb, from the line above on.
  const line = lines[i]!.text.trim();
  const before = `${i > 0 ? lines[i - 1]!.text.trim() : ''} ${line.slice(0, RESOLVED_IN_PROSE.exec(line)!.index)}`;
  const sentence = before.split(/[.;]\s+(?=[A-Z])/).at(-1)!;
  // ("Once this had been obtained, ... they agreed to delegate ...": a "had" of another clause is not the resolution's.)
  return /\bhad\s*(?:been\s+)?(?:\w+ly\s+)?(?:,[^,]{0,150},\s*)?$/.test(sentence);
}

/** A paragraph worded as a resolution with its "RESOLVED" left out: "That the Director ... be authorised to ...". */
// (A full stop before a figure is no sentence end: "(para 3.2)", "(para. 6.14)".)
const THAT_RESOLUTION = /^That,?\s+(?:the\s+|a\s+|an\s+)?[A-Za-z](?:[^.]|\.(?=\s?\d)){0,300}?\bbe\s+(?:\w+ed|given|made|taken|noted)\b/;

/** ... or with its maker acting in the present: "That Cabinet approves the release of ...", "That Cabinet considers whether ...". */
const THAT_MAKER_ACTS = /^That,?\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+(?:(?:for|of|and|&)\s+)?){1,6}?(?:(?:specifically|also|further|formally)\s+)?(?:approves|agrees|notes|considers|reaffirms|re-affirms|issues|endorses|authori[sz]es|delegates|accepts|awards|allocates|adopts|supports|confirms|requests|instructs|resolves)\b/;

/** Minutes that print their resolutions as paragraphs starting "That ...", with no heading or lead-in: each is one item. */
function thatResolutions(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  const lines = ctx.doc.lines;
  const items: ListItem[] = [];
  // A paragraph starts after a break, or after a line that ended a sentence short of the margin.
  // (... or under a short line that ends no sentence, a heading: "Issue - decisions" over "That Cabinet approves the release of ...".)
  const underHeading = (k: number) => k > 0 && lines[k - 1]!.text.trim().split(/\s+/).length <= 5 && !/[,;:]\s*$/.test(lines[k - 1]!.text);
  // (... or a capital "That" after a resolution's last part, which ended on no stop: "• they do not compromise ... prudence" / "That Cabinet ...".)
  const afterParts = (k: number) => k > 0 && /^That\s/.test(lines[k]!.text.trim()) && !!readMarker(lines[k - 1]!.text, null);
  const starts = (k: number) => lines[k]!.breakBefore || lines[k]!.pageStart || (k > 0 && /[.;:]\s*$/.test(lines[k - 1]!.text) && (lines[k - 1]!.rightEdge ?? 0) < 0.8) || underHeading(k) || afterParts(k);
  for (let i = 0; i < lines.length; i++) {
    if (!starts(i) || !/^That[\s,]/.test(lines[i]!.text.trim())) continue;
    const { taken, text } = paragraphFrom(lines, i, starts, 12);
    // Consecutive resolutions only: a gap of prose between two ends the run.
    if ((THAT_RESOLUTION.test(text) || THAT_MAKER_ACTS.test(text)) && ctx.sectionOf.get(lines[i]!.index) !== 'signature') {
      const last = items[items.length - 1];
      const gap = last ? lines.slice(last.lines.at(-1)!.index + 1, lines[i]!.index) : [];
      // ("... only be added if the business case demonstrates that either:" over "• they are self-financing" ...: the resolution's parts.)
      const parts = !!last && gap.length > 0 && /:\s*$/.test(last.text) && !!readMarker(gap[0]!.text, null);
      if (gap.length && !parts) break;
      if (parts) {
        last!.lines.push(...gap);
        last!.text = joinLines([last!.text, ...gap.map((l) => l.text.trim())]);
      }
      items.push({ type: 'para', marker: '', lines: taken, text, children: [] });
    }
    i += taken.length - 1;
  }
  // (One paragraph with its maker acting, "That the Commissioner awards ...", is left to the readers of a single decision's sentence.)
  if (items.length === 1 && !THAT_RESOLUTION.test(items[0]!.text)) return [];
  // Minutes whose "RESOLVED" labels the page lost, each application's resolution a paragraph of its own under its heading ("that the
  // funding application be supported to the value of £370." ... "That the funding application be supported to the value of £500."):
  // two or more such paragraphs, whatever their first letter and the accounts between them, are the decisions.
  const margin = Math.max(0, ...lines.map((l) => l.rightEdge ?? 0));
  const apart = (i: number) => starts(i) || (i > 0 && lines[i - 1]!.page === lines[i]!.page && wouldHaveFitted(lines[i - 1]!, lines[i]!, margin));
  const unlabelled = lines.flatMap((l, i) => (apart(i) && /^that\s/i.test(l.text.trim()) && ctx.sectionOf.get(l.index) !== 'signature' ? [paragraphFrom(lines, i, starts, 6)] : []));
  const resolving = unlabelled.filter((p) => THAT_RESOLUTION.test(p.text.replace(/^that/, 'That')));
  if (resolving.length >= 2 && resolving.length > items.length && resolving.some((p) => /^that\s/.test(p.text))) return [{ items: resolving.map((p) => ({ type: 'para' as const, marker: '', lines: p.taken, text: p.text, children: [] })), quality: 1 }];
  return items.length ? [{ items, quality: quality(items) }] : [];
}

/** "The Commissioner has decided to approve and publish her Fire and Rescue Plan.": a decision notice that states its decision in a sentence. */
// ("The Police & Crime Commissioner has approved a decision to provide a grant of £25,000 ...".)
// ("The West Midlands Police and Crime Panel has accepted the £5 increase to the policing precept ...": a body's act in the perfect, on a sum.)
const DECIDED_TO = /^(?:The|I|We)\b[^.;:]{0,100}?\b(?:has|have)\s+(?:(?:decided|agreed|approved\s+(?:a|the)\s+decision|given\s+(?:its\s+|their\s+)?approval)\s+to\s+[a-z]|(?:accepted|approved|agreed|endorsed|awarded|allocated)\s+(?:the|a|an)\s+[^.;:]{0,40}£\s?\d)/;

/** The first paragraph that says who has decided what, as one item (its first sentence), when nothing else names the decision. */
function decidedInProse(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  const lines = ctx.doc.lines;
  const at = lines.findIndex((l, i) => (l.breakBefore || i === 0 || /[.:]\s*$/.test(lines[i - 1]!.text) || (lines[i - 1]!.rightEdge ?? 1) < 0.75 || ctx.header?.lines.at(-1)?.index === i - 1) && DECIDED_TO.test(l.text.trim()) && ctx.sectionOf.get(l.index) !== 'signature');
  if (at < 0) return [];
  const taken = sentenceLines(lines, at);
  const text = /^[^.;]*(?:\.(?=\d)[^.;]*)*[.;]?/.exec(taken.map((l) => l.text.trim()).join(' ').replace(/\s+/g, ' '))![0].trim();
  const items: ListItem[] = [{ type: 'para', marker: '', lines: taken, text, children: [] }];
  return [{ items, quality: quality(items) }];
}

/** The lines of the sentence that starts on line `at`: up to one that ends on a full stop or semicolon, a paragraph break, or eight lines. */
function sentenceLines(lines: ExtractContext['doc']['lines'], at: number) {
  const taken = [lines[at]!];
  for (let i = at + 1; i < lines.length && !/[.;]\s*$/.test(taken[taken.length - 1]!.text) && !lines[i]!.breakBefore && taken.length < 8; i++) taken.push(lines[i]!);
  return taken;
}

/** "RESOLVED, that – Members authorise ...": a resolution's "that" set off by a dash, no word of the decision. */
// ("RESOLVED - That: To allocate grant funding ...": "That" set as a label of its own before the decision's words.)
const THAT_DASH = /^that\s*[–—-]\s+|^that\s*:\s*(?=[a-z])/i;

/** "It was (also) " right before the word that agrees; lower-case where it opens a clause of its own ("... aligned to the financial year, and it was agreed that ...", "Item 6.9 (G) it was agreed that ...": not "After discussions it was agreed", the sentence's). */
const IT_WAS = new RegExp(`(?:\\bIt|(?:^|${CLAUSE_OPENING})it)${IT_WAS_REST}$`);
/** The start of the sentence that runs on to the end of the text: "The Sub-Committee " before "agreed". */
const SENTENCE_START = /(?<=^|[.;:]\s+)[A-Z][^.;:]*$/;

/**
 * The sentence a resolution starts on line `at`, as one item: an agreement from its sentence's start, as minutes print it ("It was
 * agreed to cover the extra cost ...", "The Sub-Committee agreed to accept the lowest tender ..."); a resolution from its "to"/"that",
 * the "RESOLVED"/"resolved" label left off.
 */
function resolvedItem(lines: ExtractContext['doc']['lines'], at: number): ListItem {
  // ("... with the new colour and it was" / "agreed that as the original supplier ...": a sentence that opens on the line above.)
  const above = lines[at - 1];
  const wrapped = !!above && !lines[at]!.breakBefore && !lines[at]!.pageStart && /^\W*(?:agreed|resolved)\b/i.test(lines[at]!.text) && !/[.;:]\s*$/.test(above.text);
  const taken = wrapped ? [above, ...sentenceLines(lines, at)] : sentenceLines(lines, at);
  const joined = taken.map((l) => l.text.trim()).join(' ');
  // (The line above only opens the sentence: the verb is the one on line `at`.)
  const from0 = wrapped ? above.text.trim().length + 1 : 0;
  const verb = from0 + RESOLVED_IN_PROSE.exec(joined.slice(from0))!.index;
  const before = joined.slice(0, verb);
  const itWas = /^agreed/.test(joined.slice(verb)) ? IT_WAS.exec(before) : null;
  const start = /^agreed/.test(joined.slice(verb)) ? (itWas ?? SENTENCE_START.exec(before)) : null;
  const from = itWas ? joined.slice(itWas.index + itWas[0].search(/[Ii]t\s+was/)) : start ? joined.slice(start.index) : VERB_FIRST.test(joined.slice(verb)) ? joined.slice(verb).replace(/^\W+/, '') : joined.slice(verb).replace(RESOLVED_IN_PROSE, '').replace(THAT_DASH, '');
  const text = firstSentence(from);
  return { type: 'para', marker: '', lines: taken, text, children: [] };
}

/** A text's first sentence, to its full stop or semicolon; a figure's decimal point is no sentence end ("in the amount of £252,583.48."). */
const firstSentence = (text: string) => /^(?:[^.;]|\.(?=\d))*[.;]?/.exec(text)![0].trim();

/** Lists under a recommendations or decision heading. */
function headedLists(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  let lists = ctx.sections
    .map((s, k) => ({ s, k }))
    .filter(({ s }) => s.kind === 'recommendation' && !approvesLastMinutes(ctx, s))
    .map(({ s, k }) => ({ k, heading: headingWords(s), items: inlineFirst(s, parseList(withoutNextLabel(ctx, k, linesOf(s)))) }))
    .filter((l) => l.items.length);
  // "Executive Summary and recommendation:" over paragraphs of background and the one that recommends ("It is recommended that the
  // Commissioner ...", "The Executive Board are requested to approve ..."): the summary's recommending paragraph is the decision.
  lists = lists.map((l) => {
    const s = ctx.sections[l.k]!;
    if (!/\bsummary\s+(?:and|&)\s+recommendations?\b/i.test(s.heading?.text ?? '') || l.items.some((i) => i.marker)) return l;
    return { ...l, items: summaryRecommendation(s) ?? l.items };
  });
  // A minute's account under its "Decision:" heading ("The Committee received a report ...") is no item of it, where the
  // headed sections decide something besides (a minute that only gives its account keeps it).
  // ... and where the account runs on to a sentence that decides ("The Executive received a report ..." then, after the debate,
  // "The Executive agreed the award of £2,000 for the 2018/19 financial year ..."), that sentence is the decision.
  lists = lists.map((l) => (l.items.every((i) => !i.marker && MINUTE_NARRATIVE.test(i.text.trim())) ? { ...l, items: decidingSentence(ctx, ctx.sections[l.k]!) ?? l.items } : l));
  const decided = lists.map((l) => ({ ...l, items: l.items.filter((i) => !isMinuteNarrative(i.text)) })).filter((l) => l.items.length);
  if (decided.length) lists = decided;
  // A merged run counts as good as its best section (one unfinished item does not split the minutes), and comes first to win ties.
  const merged = repeatedHeadings(lists).map((run) => ({ items: run.flatMap((r) => r), quality: Math.max(quality(run.flat()), ...run.map(quality)) }));
  return [...merged, ...lists.map((l) => ({ items: l.items, quality: quality(l.items) }))];
}

/**
 * "It was RESOLVED that a grant of £2,000 be awarded to Bernstein ..." then "(b) Challengers" right over the next "It was RESOLVED
 * that no grant be awarded to Challengers.": a marked line that closes a resolution's section and names what the next resolution
 * decides is that resolution's label, no item of this one (a short line, no sentence: no stop, no figure).
 */
function withoutNextLabel(ctx: ExtractContext, k: number, lines: readonly Line[]): readonly Line[] {
  const last = lines[lines.length - 1];
  const next = ctx.sections[k + 1];
  if (!last || lines.length < 2 || next?.kind !== 'recommendation' || next.heading?.index !== last.index + 1) return lines;
  const mk = readMarker(last.text.trim(), null);
  const label = !!mk && mk.type !== 'bullet' && /^[A-Z]/.test(mk.rest) && !/[.;:,£\d]/.test(mk.rest) && mk.rest.split(/\s+/).length <= 8;
  return label && /[.)]\s*$/.test(lines[lines.length - 2]!.text) ? lines.slice(0, -1) : lines;
}

/** A body's decision told as a sentence: "The Executive agreed the award of ...", "Cabinet approved ...". */
const BODY_DECIDES_SENTENCE = new RegExp(String.raw`^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?${BODY_DECIDED}`);

/** The sentence of a section's account that opens a line (after a break or a sentence's end) and tells the body's decision; null when none. */
function decidingSentence(ctx: ExtractContext, s: Section): ListItem[] | null {
  const lines = ctx.doc.lines;
  const at = s.lines.find((l, k) => k > 0 && (l.breakBefore || /[.;]\s*$/.test(s.lines[k - 1]!.text)) && BODY_DECIDES_SENTENCE.test(l.text.trim()));
  if (!at) return null;
  const taken = sentenceLines(lines, at.index);
  const text = firstSentence(taken.map((l) => l.text.trim()).join(' '));
  return [{ type: 'para', marker: '', lines: taken, text, children: [] }];
}

/** A paragraph that recommends or asks for the decision: "It is recommended that ...", "... are requested to approve ...", "we ... recommend". */
const RECOMMENDS = /\bit\s+is\s+recommended\b|\b(?:seeking|seeks|request(?:ing|s)?)\s+(?:\w+\s+){0,2}approval\b|\b(?:is|are)\s+(?:requested|asked|recommended|invited)\s+to\b|\bwe\s+(?:would\s+)?recommend\b|\bis\s+the\s+intention\s+to\b/i;

/** The paragraph of a summary's prose that recommends (else its last), up to the form's grid or a break under it; null when none. */
function summaryRecommendation(s: Section): ListItem[] | null {
  const end = s.lines.findIndex((l, k) => k > 0 && (l.breakBefore || l.text.includes('\t')));
  const lines = end > 0 ? s.lines.slice(0, end) : s.lines;
  const paragraphs: (typeof lines)[] = [];
  for (const [k, l] of lines.entries()) {
    const prev = lines[k - 1];
    // A new paragraph after a line that ended a sentence short of the margin.
    if (!prev || (/[.!?]\s*$/.test(prev.text) && (prev.rightEdge ?? 1) < 0.85)) paragraphs.push([l]);
    else paragraphs[paragraphs.length - 1]!.push(l);
  }
  const text = (p: typeof lines) => p.map((l) => l.text.trim()).join(' ');
  const chosen = paragraphs.find((p) => RECOMMENDS.test(text(p))) ?? paragraphs[paragraphs.length - 1];
  return chosen && paragraphs.length >= 2 ? [{ type: 'para', marker: '', lines: chosen, text: text(chosen), children: [] }] : null;
}

/** The item a minutes' "Decision" heading sits under ("3 MINUTE OF MEETING OF 19 OCTOBER 2016" / "Decision" / "APPROVED."): the last meeting's minutes approved, a formality, not a decision of substance. */
const LAST_MINUTES = /^\W*\d{0,3}\.?\s*(?:(?:approval|confirmation)\s+of\s+(?:the\s+)?)?minutes?\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?meeting\b/i;
function approvesLastMinutes(ctx: ExtractContext, s: Section): boolean {
  const above = s.heading ? ctx.doc.lines[s.heading.index - 1] : undefined;
  return !!above && LAST_MINUTES.test(above.text) && s.lines.map((l) => l.text).join(' ').split(/\s+/).length <= 12;
}

/**
 * "Decision: Reject" then the next application's narrative, whose bullets OCR reads ("These include:" / "• Restoration ..."):
 * a heading that carries a finished decision of its own, which the list read from its section left out, is that decision alone.
 */
function inlineFirst(s: Section, items: ListItem[]): ListItem[] {
  const first = linesOf(s)[0];
  if (!first || first === s.lines[0] || !items.length) return items;
  const own = first.text.trim();
  // (A word of the heading's own label is no decision: "Recommendation(s)" leaves "(s)"; nor is a lead-in that ends on a colon or a
  // dash, "RESOLVED that Cabinet:-" or "RESOLVED that Cabinet —" over "(a) approves ...", whatever gap a scan sets under it.)
  const finished = /[A-Za-z]{3}/.test(own) && !/[:;,–—-]$|\b(?:to|that|and|or|the|of|for)$/i.test(own) && !!s.lines[0]?.breakBefore;
  const kept = items.some((i) => i.text.trim().startsWith(own.slice(0, 20)));
  return finished && !kept ? [{ type: 'para', marker: '', lines: [first], text: own, children: [] }] : items;
}

/** A section's lines, with the words its heading carries after its label ("Recommendation: The DMPC is asked to ...", "Resolved – That ..."; "RESOLVED, that – Members ..." from "Members"). */
function linesOf(s: Section) {
  const t = s.heading?.text ?? '';
  const rest = INLINE_RESOLUTION.test(t.trim())
    ? t.trim().replace(INLINE_RESOLUTION, '').replace(THAT_DASH, '')
    : /^(?:it was\s+)?resolved\s*:?\s*$/i.test(t.trim()) || DECISION_OF.test(t.trim())
      ? ''
      : t.replace(/^.*?(?:recommendations?|decisions?(?:\s+(?:taken|made))?)\s*(?::-?)?/i, '').trim();
  return rest ? [{ ...s.heading!, text: rest }, ...s.lines] : s.lines;
}

/** A heading's label, without the words it carries ("Decision: Award grant of £9,800" and "Decision: Reject" are both "decision"). */
const headingWords = (s: Section) => {
  const t = (s.heading?.text ?? '').trim();
  const label = INLINE_RESOLUTION.test(t) ? 'resolved' : t.includes(':') ? t.slice(0, t.indexOf(':')) : t;
  return label.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
};

/**
 * Minutes that record each decision under its own "Decision" heading: consecutive sections with the
 * same heading, one or two items each, read as one list (a form and its report repeat a list under
 * headings far apart, which stay separate).
 */
function repeatedHeadings(lists: readonly { k: number; heading: string; items: ListItem[] }[]): ListItem[][][] {
  const out: ListItem[][][] = [];
  let run: { k: number; heading: string; items: ListItem[] }[] = [];
  const flush = () => {
    if (run.length >= 2) out.push(run.map((l) => l.items));
    run = [];
  };
  for (const l of lists) {
    const last = run[run.length - 1];
    // (A minute's "Reason for Decision" may come between two decisions: up to two sections apart.)
    // Minutes' resolutions ("Resolved: The Combined Authority ... (i) ... (ii) ...") run on whatever their length.
    const fits = l.items.length <= 2 || l.heading === 'resolved';
    if (!(last && l.k - last.k <= 3 && l.heading === last.heading && fits)) flush();
    if (fits) run.push(l);
  }
  flush();
  return out;
}

/** "... the executive decisions set out below:", "It was RESOLVED that:", "The Deputy Mayor ... is recommended to:": a list introduced by a sentence, where no heading names it. */
// ("The Cabinet decision is being sought with respect to Neighbourhood CIL Funding as follows:": a decision sought, set out as follows.)
// ("That the Portfolio Holder:", "The Committee:", "That Cabinet:": the decision maker and a colon, over what it decides.)
// ("It is proposed that the PCC:": a proposal put to its maker.)
const LEAD_IN = /\b(?:decisions?|recommendations?|resolutions?|resolve[sd]?|agree[sd]?|approv(?:e|es|ed)|decide[sd]?|awards?|hereby|recommended to \w+)\b[^.]{0,40}[:;]\s*$|\b(?:That\s+(?:the\s+)?|[Tt]he\s+)(?:[A-Z][\w'’-]*\s+){0,5}(?:Holder|Cabinet|Committee|Sub-Committee|Council|Board|Panel|Member|Mayor|Commissioner|Director|Executive|Leader)\s*:\s*$|\bdecisions?\b[^.]{0,120}\bas\s+follows\s*:\s*$|\b(?:is|are)\s+(?:recommended|asked|invited|requested)\s+to(?:\s+\w+)?\s*:\s*$|\b(?:is|are)\s+proposed\s+(?:that|to)\b[^.]{0,40}:\s*$/i;
/** "The Cabinet Member for Health and Wellbeing;" over "1. Formalises prior approval of ...": the maker's title, then what it decides (its words in capitals: case counts). */
const MAKER_LEAD_IN = /(?:^|\s)(?:That\s+)?The\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Member|Holder|Leader|Director|Mayor|Commissioner|Officer)\s+(?:for|of)\s+[A-Z][\w'’&,-]*(?:\s+(?:[A-Z][\w'’&,-]*|and|of|the|for|&)){0,10}\s*[:;]\s*$/;
// ("The DMPC is asked to" over "• Continue funding of ...": its verb may open each item.)
const ASKED_TO = /\b(?:is|are)\s+(?:recommended|asked|invited|requested)\s+to(?:\s+\w+)?\s*$/i;
/** A field's value that names who holds it, no sentence or sum: "Sophie Linden, Deputy Mayor, Policing and Crime", "Cabinet Member for Finance". */
const NAMES_ITS_HOLDER = /^(?![^£]*£)(?!.*[.;:]\s*$)\S+(?:\s+\S+){0,11}$/;
/** A form's empty field, not a lead-in: "Decision Ref:", "Decision Maker:", "Date of decision:". */
const isEmptyField = (text: string) => {
  const label = /^\W*([^:]{1,40}):\s*$/.exec(text)?.[1];
  return !!label && isFieldLabel(label);
};
/** A sentence that resolves and introduces what it resolves: "... Cabinet noted the report and RESOLVED to: Delegate authority ... and to:". */
// ("The following proposals have been ... brought forward for decision under delegated authority granted to ...:": proposals put for decision.)
// ("Agreed, in order to enable the project to progress to the next stage, to:": a minute that opens on its decision.)
const SENTENCE_RESOLVES = /\b(?:RESOLVED|[Rr]esolved|AGREED|DECIDED|[Dd]ecided)\b[^.]*:\s*$|\bfor\s+(?:decision|approval)\b[^.]*:\s*$|^\W*Agreed\b[^.]*:\s*$/;
/** "The Executive RESOLVED that" at a line's end: minutes introducing their resolutions without a colon. */
const RESOLVED_THAT = /\b(?:RESOLVED|resolved|AGREED|agreed)\s+that\s*,?\s*$/;

/** A heading for why or what else, not for what is decided: "Reasons for the decision:", "Alternative options considered and rejected:". */
const REASONS_HEADING = /^\W*(?:reasons?|grounds|background|alternative|other\s+options|options\s+considered)\b[^:]{0,60}:\s*$/i;

/** A line of at most six words ending on a colon ("Cabinet:", "For the PCC to:"). */
const SHORT_LEAD_IN = /^\W*[^\s.;:]+(?:\s+[^\s.;:]+){0,5}\s*:\s*$/;

/**
 * A list of conditions under the decision they qualify ("AGREED to RECOMMEND ... approval of a grant of £2,250 to ... subject to the
 * following:-" over "(a) that the arrangements ... be the responsibility of the Trust; and"): one decision, the lead-in's paragraph
 * with its conditions under it.
 */
function withConditions(ctx: ExtractContext, lists: { items: ListItem[]; quality: number }[]): { items: ListItem[]; quality: number }[] {
  const lines = ctx.doc.lines;
  return lists.map((l) => {
    const first = l.items[0]!.lines[0]!.index;
    if (!l.items.every((i) => i.marker) || first === 0 || !SUBJECT_TO.test(lines[first - 1]!.text)) return l;
    let k = first - 1;
    while (k > 0 && first - k < 6 && !lines[k]!.breakBefore && !ctx.headingLines.has(k - 1) && !/[.:]\s*$/.test(lines[k - 1]!.text)) k--;
    const lead = lines.slice(k, first);
    const text = joinLines(lead.map((x) => x.text));
    if (lead.some((x) => ctx.headingLines.has(x.index)) || !LEAD_DECIDES.test(text)) return l;
    return { items: [{ type: 'para', marker: '', lines: [...lead, ...l.items.flatMap((i) => i.lines)], text: joinLines([text, ...l.items.map((i) => i.text)]), children: l.items }], quality: l.quality };
  });
}

/** A lead-in that sets conditions on what it decides: "... subject to the following:-", "... on the following conditions:". */
const SUBJECT_TO = /\b(?:subject\s+to\s+(?:the\s+following|these|the\s+(?:following\s+)?conditions?)|on\s+the\s+following\s+(?:conditions|terms))\b[^.:]{0,40}:-?\s*$/i;
/** ... and decides in its own words: "AGREED to ...", "approval of a grant of £2,250", "That the grant be approved". */
const LEAD_DECIDES = /\b(?:AGREED|RESOLVED|DECIDED)\b|^(?:That\s|To\s+(?:approve|award|grant|agree)\b)|\b(?:approv(?:e|es|ed|al)|award(?:s|ed)?|grant(?:s|ed)?)\b[^.]{0,80}£\s?\d/;

/** A minute that records what the meeting received, noted or considered, in capitals after its number: "39.1 RECEIVED following planning decision:". */
const RECEIVED_ITEM = /^\W*(?:\d{1,3}(?:\.\d{1,3}){0,2}\.?\s+)?(?:RECEIVED|NOTED|CONSIDERED)\b/;

/** Lists introduced by a decision lead-in sentence (no recommendations heading in the document). */
function leadInLists(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  const lines = ctx.doc.lines;
  // A lead-in may wrap over two lines; a heading above the line is not part of it ("Decision Summary" / "Victims Grants:").
  const joined = (i: number) => `${i > 0 && !ctx.headingLines.has(i - 1) ? lines[i - 1]!.text : ''} ${lines[i]!.text}`;
  // "The DMPC is asked to approve" with no colon, over "1. the 2015/16 MOPAC revenue budget ...": a lead-in all the same.
  const askedOverList = (i: number) => ASKED_TO.test(lines[i]!.text.trim()) && !!lines[i + 1] && !!readMarker(lines[i + 1]!.text, null);
  // "(c) that an increase of £10 million ... be approved;": a list's own item ending on a semicolon is no lead-in to the items after it.
  // The first line of the run that line i ends, walking back to a blank line, to `stop`, or `max` lines up.
  const runStart = (i: number, stop: (k: number) => boolean, max = Infinity) => {
    let k = i;
    while (k > 0 && i - k < max && !lines[k]!.breakBefore && !stop(k)) k--;
    return k;
  };
  const paragraphStart = (i: number) => lines[runStart(i, (k) => lines[k]!.pageStart || !!readMarker(lines[k]!.text, null) || /[.:]\s*$/.test(lines[k - 1]!.text))]!;
  const itemEnd = (i: number) => /;\s*$/.test(lines[i]!.text) && !!readMarker(paragraphStart(i).text, null);
  // "Cabinet noted the report and RESOLVED to: Delegate authority to ... and to:" over "1. Conduct ...": a sentence that resolves, however
  // long, ending on a colon over a marked list.
  const sentenceOf = (i: number) => lines.slice(runStart(i, (k) => /[.]\s*$/.test(lines[k - 1]!.text), 5), i + 1).map((l) => l.text).join(' ').split(/\.\s+(?=[A-Z])/).pop()!;
  const resolvesOverList = (i: number) => /:\s*$/.test(lines[i]!.text) && !!lines[i + 1] && !!readMarker(lines[i + 1]!.text, null) && SENTENCE_RESOLVES.test(sentenceOf(i));
  // (A form's row of labels is no lead-in: "Type of decision: | Date signed: | Decision by:".)
  const labelRow = (i: number) => {
    const cells = ctx.form.cells.get(i)?.map((c) => c.text) ?? [];
    const parts = cells.length >= 2 ? cells : lines[i]!.text.split('\t');
    return parts.length >= 2 && parts.every((c) => /:\s*$/.test(c));
  };
  // (Nor a form's label over its value: "Decision by:" over "Sophie Linden, Deputy Mayor, Policing and Crime", "Accompanying Documents:"
  // over a document's name; "Decisions:" over a line of capitals leads in all the same.)
  const filledLabels = new Set(ctx.form.fields.filter((f) => f.how === 'below' && (/\b(?:by|maker|taker)\s*:?\s*$/i.test(f.label.trim()) || !/\b(?:decisions?|recommendations?|resolutions?|resolved|agreed|approved)\b/i.test(f.label)) && NAMES_ITS_HOLDER.test(f.value) && !DECIDES.test(f.value)).map((f) => f.labelCell.line.index));
  // (Nor a minute that records what the meeting received or considered: "39.1 RECEIVED following planning decision:".)
  const leadsIn = (l: (typeof lines)[number], i: number) => i < 200 && !isEmptyField(l.text) && !RECEIVED_ITEM.test(l.text) && !labelRow(i) && !filledLabels.has(i) && !REASONS_HEADING.test(l.text) && (((LEAD_IN.test(joined(i)) || MAKER_LEAD_IN.test(joined(i))) && /[:;]\s*$/.test(l.text) && !itemEnd(i)) || RESOLVED_THAT.test(l.text) || askedOverList(i) || resolvesOverList(i));
  // "Cabinet:" or "For the PCC to:" over "• Approve the sale of ...", "• Delegated authority to ...": a short line ending on a colon
  // over a marked list leads in when every item under it is worded as a decision.
  // (Not an item's wrapped last line that OCR ended on a colon: "Committee Development Budget spreadsheet be noted:".)
  const opens = (i: number) => i === 0 || lines[i]!.breakBefore || lines[i]!.pageStart || ctx.headingLines.has(i - 1) || /[.:;]\s*$/.test(lines[i - 1]!.text);
  const shortOverList = (i: number) => i < 200 && SHORT_LEAD_IN.test(lines[i]!.text) && opens(i) && !!lines[i + 1] && !!readMarker(lines[i + 1]!.text, null);
  // The first lead-in with items under it; one over prose ("Decision summary:" / "This Decision Notice provides formal approval ...")
  // gives way to a later one over a marked list ("The Commissioner is recommended to approve:" / "• A net revenue budget ...").
  // The line of item 1 of the numbered run a lead-in numbered 2 or more belongs to, counting back item by item in its section (the
  // lead-in's own line when it is unnumbered, first, or its run is broken).
  const firstSibling = (at: number) => {
    const mk = readMarker(lines[at]!.text, null);
    let want = mk?.type === 'num' && /^\d{1,2}$/.test(mk.marker) ? Number(mk.marker) - 1 : 0;
    let from = at;
    for (let k = at - 1; want >= 1 && k >= Math.max(0, at - 30) && ctx.sectionOf.get(lines[k]!.index) === ctx.sectionOf.get(lines[at]!.index) && !ctx.headingLines.has(k); k--) {
      const m = readMarker(lines[k]!.text, null);
      if (m?.type === 'num' && m.close === mk!.close && Number(m.marker) === want) {
        from = k;
        want--;
      }
    }
    return want === 0 ? from : at;
  };
  let prose: ListItem[] | null = null;
  for (const [at, l] of lines.entries()) {
    const worded = leadsIn(l, at);
    if (!worded && !shortOverList(at)) continue;
    const after = lines.slice(at + 1, at + 60);
    const end = after.findIndex((x) => ctx.sectionOf.get(x.index) !== ctx.sectionOf.get(after[0]?.index ?? -1));
    // ("1) Note the process ..." over "2) Approve in principle:" / "a) ...": a numbered lead-in's earlier items are the list's too.)
    const from = firstSibling(at);
    const items = parseList([...lines.slice(from, at), lines[at]!, ...(end < 0 ? after : after.slice(0, end))]);
    if (!items.length || !(worded || items.every((i) => DECIDES.test(i.text.trim())))) continue;
    // (Resolutions the minutes print in prose before a "RESOLVED to:" lead-in are decisions too.)
    if (items.some((i) => i.marker)) return [withProseResolutions(ctx, { items, quality: quality(items) })];
    prose ??= items;
  }
  return prose ? [withProseResolutions(ctx, { items: prose, quality: quality(prose) })] : [];
}

/** A decision-details page's last field before its unlabelled decision text: "Is subject to call in?: No". */
const CALL_IN = /^\s*Is\s+subject\s+to\s+call[\s-]?in\b/i;
/** A resolution's paragraph, numbered or not: "That approval be given ...", "7. That the correspondence ... be noted." */
const RESOLUTION = /^(?:\d{1,2}[.)]\s+)?That\s/;
/** A field label that ends the decision text ("Alternative options considered:", "Reasons for the decision:", "Decision Reference: ..."). */
const NEXT_FIELD = /^\s*[A-Z][A-Za-z ,'’()/&-]{2,60}:(?:\s|$)/;

/**
 * A decision-details page (as council committee systems publish them) that prints its decision with no label, right after
 * its fields ("Decision status: ...", "Is subject to call in?: No" / "To enter into a 30 year lease ... ." / "Decision to award
 * a contract to EB Charging Ltd ..."): the text up to the next field, each sentence that ends a line an item of its own.
 */
function afterCallIn(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  const lines = ctx.doc.lines;
  const at = lines.findIndex((l, i) => i < 40 && CALL_IN.test(l.text));
  if (at < 0) return [];
  let k = at + 1;
  while (lines[k] && /^\s*(?:yes|no)\s*$/i.test(lines[k]!.text)) k++;
  const items: ListItem[] = [];
  for (; k < lines.length && k < at + 30 && !NEXT_FIELD.test(lines[k]!.text) && !CALL_IN.test(lines[k]!.text); k++) {
    const line = lines[k]!;
    const last = items[items.length - 1];
    // (A resolution's next "That ..." after one that ended "; and," starts an item of its own, however the scan spaced the lines.)
    // (A scan's speck beside the list, "a URN" where a marker was, is no text of it.)
    if (isSpeck(line.text) && lineWords(ctx.doc, line).some((w) => w.conf !== null)) continue;
    const nextResolution = RESOLUTION.test(line.text.trim()) && /(?:[;,]|\band)\s*$/.test(last?.text ?? '');
    if (last && !/\.\s*$/.test(last.text) && !line.breakBefore && !nextResolution) {
      last.lines.push(line);
      last.text = `${last.text} ${line.text.trim()}`;
    } else items.push({ type: 'para', marker: '', lines: [line], text: line.text.trim(), children: [] });
  }
  // Words of a decision, not a page's furniture: at least one item of eight words or more.
  if (!items.length || !items.some((i) => i.text.split(/\s+/).length >= 8)) return [];
  // "(a) Cabinet agreed to begin ..." and "(b) That authority be delegated ..." among paragraphs of background: the marked items are the decisions.
  const marked = items.filter((i) => {
    const m = readMarker(i.text, null);
    return !!m && m.type !== 'bullet';
  });
  // "Further to Minute No. 43 ..., the Council considered ..." / "It was moved by ..., seconded by ... and" / "That approval be given to ...":
  // a council's resolution told after the story of its motion; the "That ..." paragraphs are the decisions.
  const resolutions = items.filter((i) => RESOLUTION.test(i.text)).map((i) => {
    const marker = /^\d{1,2}[.)]\s+/.exec(i.text)?.[0] ?? '';
    return { ...i, marker: marker.trim(), text: i.text.slice(marker.length) };
  });
  // "The recommissioning of the GM Victims' Service commenced in 2022 ..." / "It is recommended that the following services ... are
  // extended for a further 12 months": a report's recommendation said in a sentence of its own, after the story that leads to it.
  const recommended = items.filter((i) => IT_IS_RECOMMENDED.test(i.text));
  const kept = marked.length >= 2 ? parseList(marked.flatMap((i) => i.lines)) : resolutions.length ? resolutions : recommended.length ? recommended : items;
  return [{ items: kept, quality: quality(kept) }];
}

/** "It is recommended to award the Perth Academy Rugby Club £1,000.", "It is therefore recommended that ...": a report's recommendation said in a sentence of its own. */
const IT_IS_RECOMMENDED = /^It\s+is\s+(?:therefore\s+|also\s+|further\s+)?recommended\s+(?:that|to)\s/;

/**
 * A report that makes its recommendations in sentences of their own, one under each application it reports on (no heading or list
 * gathers them): each such sentence is one, read from its start to its end.
 */
function recommendedSentences(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  const lines = ctx.doc.lines;
  const items: ListItem[] = [];
  // (A sentence starts a paragraph, or a line after one that ended a sentence.)
  const starts = (k: number) => lines[k]!.breakBefore || lines[k]!.pageStart || /[.;:]\s*$/.test(lines[k - 1]?.text ?? '.');
  for (let i = 0; i < lines.length; i++) {
    if (!starts(i) || !IT_IS_RECOMMENDED.test(lines[i]!.text.trim())) continue;
    const { taken, text } = paragraphFrom(lines, i, starts, 6);
    const sentence = sentences(text, SENTENCE_BREAK)[0]!.trim();
    items.push({ type: 'para', marker: '', lines: taken, text: sentence, children: [] });
    i += taken.length - 1;
  }
  return items.length ? [{ items, quality: quality(items) }] : [];
}

/** A news story's awards told a sentence each (awards-told.ts), as a list. */
function awardsReported(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  const items = reportedAwards(ctx);
  return items.length ? [{ items, quality: quality(items) }] : [];
}

/** A sentence that puts a decision to its maker ("The Deputy Mayor ... is recommended to approve ..."; not a standing rule: "is asked to approve any spend over £50,000"). */
const PUT_TO = /^(?:The|I|We)\b[^.;:]{0,120}?\b(?:is|are)\s+(?:recommended|asked|invited|requested)\s+to\s+(?:approve|agree|note|endorse|authori[sz]e|accept|award|delegate|allocate)\b(?!\s+any\b)/;
/** A sentence that records a decision made by a named maker ("After discussion, Cabinet approved all five grants.", "The Chief Officer ... approved the waiver"). */
const MADE_BY = /^(?:(?:After|Following)\b[^,.;]{0,100},\s*)?(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w&'’-]*){0,7}\s+(?:approved|agreed|resolved|awarded|authori[sz]ed|endorsed)\s+(?:to\s+[a-z]|the\b|a\b|an\b|all\b|that\b)/;

/**
 * The first sentence that puts a decision to its maker or records one made, as the one item, when nothing else names the
 * decision: a paragraph's sentences are read from its start, or from a line after one that ended a sentence.
 */
function decisionSentence(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  const lines = ctx.doc.lines;
  for (let i = 0; i < lines.length; i++) {
    if (ctx.sectionOf.get(lines[i]!.index) === 'signature') continue;
    const { taken, text } = paragraphFrom(lines, i, (k) => lines[k]!.breakBefore || lines[k]!.pageStart, 12);
    let offset = 0;
    for (const sentence of sentences(text, SENTENCE_BREAK)) {
      if (PUT_TO.test(sentence) || MADE_BY.test(sentence)) {
        const items: ListItem[] = [{ type: 'para', marker: '', lines: linesFromOffset(taken, offset), text: sentence.trim(), children: [] }];
        return [{ items, quality: quality(items) }];
      }
      offset += sentence.length + 1;
    }
    i += taken.length - 1;
  }
  return [];
}

/** Words that state a decision's act ("appoint", "award", "entering into", "novate", "agree ... financial support"). */
const ACT = /\b(?:approv(?:e|es|ed|al|ing)|award(?:s|ed|ing)?|agree(?:s|d)?|appoint(?:s|ed|ing|ment)?|authori[sz](?:e|es|ed|ation)|allocat(?:e|es|ed|ion)|accept(?:s|ed|ance)?|novat(?:e|ion)|delegat(?:e|es|ed|ion)|extend|extension|grant(?:s|ed)?|commission(?:s|ed)?|procure(?:ment)?|enter(?:s|ed|ing)?\s+into|waive|purchase|spend|expenditure|funding|contract)\b/i;

/** A sum told as given: "Commissioner Michael Lane has awarded Hampshire Search and Rescue Dogs £6,401", "have both been given £2,000". */
const GAVE_SUM = /\b(?:has|have)\s+(?:(?:both|each|all|now|also|just)\s+)?(?:been\s+)?(?:awarded|given|granted|allocated|approved|committed|pledged)\b[^.;]{0,80}?£\s?\d/i;

/** A paper that says what it decides: "This decision note formally recognises that agreement and the funding split.", "This decision approves ...". */
const SAYS_WHAT_IT_DECIDES = /^This\s+(?:decision(?:\s+(?:note|notice|record))?|notice|record)\s+(?:formally\s+)?(?:recognises|recognizes|records|confirms|approves|authori[sz]es|agrees|ratifies)\b/i;

/**
 * What the sentence `actSentence` infers is on each kind of paper: the record's decision (a decision notice, minutes), the
 * paper's key statement whose sum and party are read but which decides nothing (a news item, anything else), or nothing at
 * all (a report, agenda, assessment or financial paper is about a decision, not its record).
 */
export const INFERRED_DECISION: Readonly<Record<DocumentType, 'decision' | 'statement' | 'none'>> = {
  decision: 'decision',
  minutes: 'decision',
  other: 'statement',
  report: 'none',
  agenda: 'none',
  assessment: 'none',
  financial: 'none',
};

/** A sentence that says a decision was taken: "approved", "agreed", "awarded", "resolved", "decided", "granted", "accepted" (not "allocated": "the capital allocated to ..."; not one still to be taken: "may be agreed"). */
const REPORTS_DECISION = /(?<!\b(?:may|might|could|would|should|can|will|must|to)\s+be\s+)\b(?:approved|agreed|awarded|granted|resolved|decided|accepted|RESOLVED|AGREED|APPROVED)\b/;

/**
 * Whether a sentence `actSentence` inferred stays in the record: always on a paper whose kind records a decision; on a paper whose
 * kind states one (`INFERRED_DECISION`'s 'statement'), where the paper is a news story or the sentence says a decision was taken
 * ("... has been agreed"); an appendix's, letter's or amendment's key statement is none.
 */
export function keepsInferred(type: DocumentType, doc: Doc, text: string): boolean {
  const kind = INFERRED_DECISION[type];
  return kind === 'decision' || (kind === 'statement' && (isNewsStory(doc) || REPORTS_DECISION.test(text)));
}

/**
 * The last reader: a decision paper states at least one decision, so when no reader found one, the sentence that reads most
 * like it is the one item: a sentence naming an act (appoint, award, enter into ...), under a decision or recommendations
 * heading before elsewhere, worded as a decision ("That ...", "To approve ...") before not, with a sum before without, the
 * first sentence of a paragraph before a later one, and the earliest of equals. None when no sentence names an act.
 */
function actSentence(ctx: ExtractContext): { items: ListItem[]; quality: number; inferred?: boolean }[] {
  if (ctx.documentType && INFERRED_DECISION[ctx.documentType] === 'none') return [];
  const lines = ctx.doc.lines;
  const title = new Set(ctx.header?.lines.map((l) => l.index) ?? []);
  const labels = new Set(ctx.form.fields.map((f) => f.labelCell.line.index));
  // Furniture, not prose: the title, a heading, a field's label line, a row of a grid, a short line without a stop ("Content").
  const furniture = (k: number) => {
    const l = lines[k]!;
    // (A short last line of a wrapped sentence is prose: "... to the above mentioned" / "organisation totalling £22,240".)
    const wrapped = k > 0 && (lines[k - 1]!.rightEdge ?? 0) > 0.8 && !l.breakBefore;
    // ("09/03/2018 - Area Flexibility Funding - Friends of Marple Memorial Park": a decisions list's dated entry over the decision.)
    return isDatedEntry(l.text) || title.has(l.index) || ctx.headingLines.has(l.index) || labels.has(l.index) || (ctx.form.cells.get(l.index)?.length ?? 0) >= 2 || (l.text.trim().split(/\s+/).length <= 5 && !/[.;:,]$/.test(l.text.trim()) && !wrapped);
  };
  const starts = (k: number) => lines[k]!.breakBefore || lines[k]!.pageStart || furniture(k) || furniture(k - 1);
  let best: { score: number; item: ListItem } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const kind = ctx.sectionOf.get(lines[i]!.index);
    // (A sign-off block's lines come last: a listing's "Date signed:" field may open a block that runs on into the decision.)
    if (furniture(i)) continue;
    const { taken, text } = paragraphFrom(lines, i, starts, 12);
    sentences(text, SENTENCE_BREAK).forEach((sentence, k) => {
      const t = sentence.trim();
      // (A lead-in ends on a colon; under a decision heading whose items were not read it is the decision's statement: "That the
      // Executive Director ... approves:".)
      if (!(ACT.test(t) || GAVE_SUM.test(t)) || t.split(/\s+/).length < 6 || (/:$/.test(t) && kind !== 'recommendation')) return;
      const score = (kind === 'recommendation' ? 4 : kind === 'signature' ? -1 : 0) + (DECIDES.test(t) ? 2 : 0) + (SAYS_WHAT_IT_DECIDES.test(t) ? 3 : 0) + (/£\s?\d/.test(t) ? 1 : 0) + (k === 0 ? 2 : 0) - (spoken(t) ? 3 : 0);
      if (!best || score > best.score) best = { score, item: { type: 'para', marker: '', lines: taken, text: t, children: [] } };
    });
    i += taken.length - 1;
  }
  const found = best as { score: number; item: ListItem } | null;
  return found ? [{ items: [found.item], quality: quality([found.item]), inferred: true }] : [];
}
