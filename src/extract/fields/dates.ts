import type { DatedStatement } from '../../record/index.ts';
import { clean, locate, sharesMostWords, type Line } from '../../layout/doc-lines.ts';
import { defineExtractor } from '../define-extractor.ts';
import type { ExtractContext } from '../../layout/context.ts';
import { findField } from '../../layout/form.ts';
import { overlapX } from '../../layout/form-cells.ts';
import { LABELS, REFERENCE_VALUE } from '../form-labels.ts';
import { findDates, MONTH_WORD, monthOf } from '../../layout/dates.ts';
import { isNewsStory } from '../../layout/news.ts';

type Role = DatedStatement['role'];

// Who is signing, by the nearest marker above a signature date.
// ("I confirm that my register of interests declaration is up to date and that none of my interests" / "preclude me from making this
// decision.", "I confirm I have considered whether or not I have any personal or prejudicial interest": the one deciding declares
// their interests above their signature.)
const DECLARES = String.raw`\bi\s+confirm\b[^.]{0,40}\b(?:register\s+of\s+interests|personal\s+or\s+prejudicial\s+interest)|\bpreclude\s+me\s+from\s+making\s+this\s+decision`;
const SIGN_OFF = new RegExp(String.raw`has my approval|i agree the recommendations|i have been consulted|i agree to\b|${DECLARES}`, 'i');
const DECISION_MAKER = new RegExp(String.raw`has my approval|decision taken by|i agree the recommendations|decision and final sign.?off|^\W*(?:the )?(?:deputy )?mayor for policing and crime\b|pcc\s*\/\s*deputy pcc|police(?:,? fire)? and crime commissioner\s*$|cabinet member|decision maker|signed by the (?:leader|mayor|commissioner)|^leader of the council|i agree to\b|approved by the (?:mayor|commissioner|leader)|${DECLARES}`, 'i');
const OFFICER = /i have been consulted|submitted to the|officer approval|chief executive|chief finance officer|treasurer|head of unit|monitoring officer|director of|finance director|originating officer|report approval|for redactions only/i;
const SIGN_LABEL = /^\s*(?:date(?:\s+(?:signed|of\s+(?:decision|signature)|approved))?|signed|dated)\s*[:.]?\s*$|^\s*(?:date(?:\s+(?:signed|of\s+(?:decision|signature)|approved))?|signed(?:\s+on)?|dated)\s*[:.]?\s*\S|\b(?:signature|signed|sign)\b.*\b(?:date(?:\s+signed)?|dated)\s*[:.]?\s*$/i;
// ("as requested by Government on 20 July 2021": the day a party asked, not a date the decision is needed by.)
const DEADLINE = /\b(?:required|needed|necessary|requested|sought)\b[^.]{0,80}\bby(?:\s+the)?\s*$|\bdeadline\b|\bno later than\b|\bmust be (?:made|taken|approved) by\b/i;
/** A call-in's own date: "The call-in deadline is", "deadline for call-in:", "Call-in period expires". */
const CALL_IN = /\bcall[\s-]?in\b[^.]{0,40}$/i;
const MEETING = /\b(?:meeting|board|committee|cabinet|panel|forum|authority)\b[^.]{0,40}$|\b(?:meeting|board|committee)\b/i;
const REPORT = /\bdate of (?:the )?report\b|\breport date\b|^\s*report dated\b/i;
/** A report named and then dated in one sentence: "Report by the Executive Director ... dated" (before its date). */
const REPORT_DATED = /\breport\s+(?:by|of|from)\b[^.;]{0,160}\bdated\s*$/i;

/** "On 19 January 2021, Cabinet:", "On 4 March the Executive resolved ...": the day a body took the decisions that follow. */
const ON_DATE_BODY = /^\W*On\s+[^,:]{4,30}?,?\s+(?:the\s+)?(?:Cabinet|Council|Committee|Sub-Committee|Executive|Board|Leader|Mayor|Commissioner|Panel)\b[^.]{0,60}?(?::\s*$|\b(?:resolved|agreed|approved|decided|RESOLVED|AGREED)\b)/;

/** The words before a date that say a decision was taken or signed that day. */
// "Schedule of decisions under delegated powers to Head of Investment, Northern Ireland on 25 April 2022."
const TAKEN_ON = /\b(?:decisions?\s+(?:was|were|has\s+been|have\s+been)\s+(?:taken|made)|(?:Commissioner|Mayor|Leader|Member|Officer|Director|Executive)\s+signed|^\W*(?:schedule|record|register)\s+of\s+decisions\s+(?:taken\s+|made\s+)?under\s+delegated\s+powers\b[^.]{0,80})\s+on(?:\s+[A-Z][a-z]+day,?)?(?:\s+the)?\s*$/i;

/** A header's heading of the decisions it records: "Delegated Decisions by Cabinet Member for Transport", "Decisions of the Leader". */
const DECISIONS_HEADING = /^\W*(?:(?:delegated|executive|individual|key|officer)\s+)*decisions\s+(?:by|of|taken\s+by|made\s+by)\s+(?:the\s+)?[A-Z][^.:]{2,80}$/i;

/** A meeting still to come: "Date of next meeting:", "The next meeting will be held on". */
const NEXT_MEETING = /\bnext\s+meeting\b[^.]{0,40}$/i;
/** "At the meeting of Stratton Parish Council on": a record naming its meeting before its day (a report's "At its meeting on ..." tells of an earlier one) ... */
const AT_MEETING_ON = /^\W*At\s+(?:the|a)\s+(?:\w+\s+){0,2}meeting\s+of\b[^.]{0,80}?\bon\s*(?:[A-Z][a-z]+day,?\s*)?(?:the\s*)?$/i;
/** ... that the rest of its sentence says decided ("... the following were agreed", "... it was resolved"). */
const DECIDED_AFTER = /^[^.]{0,40}?\b(?:agreed|resolved|approved|decided|awarded|allocated)\b/i;

/** A person's name alone, as typed under a signature ("Stephen Mold", "Cllr Jane Smith"): two to four capitalised words, none a form's label word. */
const NOT_A_NAME_WORD = String.raw`(?!(?:Date|Decision|Signed|Signature|Meeting|Report|Record|Reference|Published|Effective)\b)`;
const PERSON = new RegExp(String.raw`^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness)\.?\s+)?${NOT_A_NAME_WORD}[A-Z][a-z'’-]+(?:\s+${NOT_A_NAME_WORD}[A-Z][a-z'’-]+){1,3}$`);

/** A line that ends on its one date ("Stephen Mold   08/01/2019"). */
function onlyDateAfter(line: string): boolean {
  const ds = findDates(line);
  return ds.length === 1 && !line.slice(ds[0]!.start + ds[0]!.text.length).trim();
}

/** The role of a date from its line and the lines just above it (signature blocks put the label above the date). */
function roleOf(lines: readonly Line[], i: number, before: string): Role {
  const line = clean(lines[i]!.text);
  const prev = i > 0 ? clean(lines[i - 1]!.text) : '';
  // ("The call-in deadline is 26 June 2019": a call-in runs from the decision, its deadline no date the decision was needed by.)
  if (CALL_IN.test(before)) return 'other';
  if (DEADLINE.test(before)) return 'deadline';
  // ("Date of next meeting: 27th November 2018": a meeting still to come decides nothing yet.)
  if (NEXT_MEETING.test(before) || (!before.trim() && NEXT_MEETING.test(prev))) return 'other';
  // ("At the meeting of Stratton Parish Council on 8th November 2022 the following were agreed": the day the meeting decided.)
  if (AT_MEETING_ON.test(before) && DECIDED_AFTER.test(line.slice(line.indexOf(before) + before.length))) return 'decision';
  if (REPORT.test(line) || REPORT.test(prev)) return 'report';
  // "(Reference: Report by Executive Director ... Growth" / "dated 26 November 2024, submitted)": the report's date, its "dated" wrapped to a line of its own (no signature's label).
  if (REPORT_DATED.test(!lines[i]!.breakBefore && !lines[i]!.pageStart ? `${prev} ${before}` : before)) return 'report';
  // (A scan reads a table's borders before the date as "|" or "[": "|  [7 May 2013" under "Signature | Date:" has nothing before it.)
  const bare = before.replace(/[|[\]{}]/g, ' ').trim();
  // "Date | Status" over "8th July 2021 | Non confidential" in a form's head, a "Signature | Date" row further down: the form's own
  // date, not the signature's.
  const headGrid = !bare && i > 0 && /^\s*date\s*\t/i.test(lines[i - 1]!.text) && !/\b(?:sign(?:ed|ature)?)\b/i.test(prev) && lines.slice(i + 1).some((l) => /^\W*(?:signature|signed)\b/i.test(l.text));
  const signed = !headGrid && (SIGN_LABEL.test(bare.length ? before : prev) || (!bare && /^\s*(date|signed|dated)\b/i.test(prev)));
  if (signed) return signer(lines, i);
  // A typed signature block: "Stephen Mold | 08/01/2019" over "Police, Fire and Crime Commissioner", a name beside the date and the
  // signer's office under it.
  const under = lines[i + 1];
  if (PERSON.test(bare) && onlyDateAfter(line) && under && under.page === lines[i]!.page && clean(under.text).split(/\s+/).length <= 8 && (OFFICER.test(under.text) || DECISION_MAKER.test(under.text)))
    return signer(lines, i + 1);
  // "On 19 January 2021, Cabinet:" over the decisions it took.
  if (/^\W*On\s*$/i.test(before) && ON_DATE_BODY.test(line)) return 'decision';
  // "The following decisions were taken on 21 DECEMBER 2005 by the CABINET", "London Fire Commissioner signed on Wednesday 04 November 2020".
  // (... its date wrapped to the start of the next line: "Schedule of decisions ... at the Fund on" / "29 May 2024.")
  const lead = !lines[i]!.breakBefore && !lines[i]!.pageStart ? `${prev} ${before}` : before;
  if (TAKEN_ON.test(before) || TAKEN_ON.test(lead)) return 'decision';
  // "Delegated Decisions by Cabinet Member for Transport" over "15 February 2007": the session's date, a line of its own under a heading of decisions.
  if (!bare && i < 8 && DECISIONS_HEADING.test(prev) && findDates(line)[0]?.text.length === line.trim().length) return 'decision';
  if (MEETING.test(before)) return 'meeting';
  return 'other';
}

/** Decision maker or officer: whichever marker is nearest above, within a signature block's reach. */
function signer(lines: readonly Line[], i: number): Role {
  for (let j = i; j >= Math.max(0, i - 40); j--) {
    const t = lines[j]!.text;
    // Signature blocks are short lines; a long sentence that names a director is not one, unless it signs off.
    const blockLike = t.trim().split(/\s+/).length <= 14 || SIGN_OFF.test(t);
    const officer = blockLike && OFFICER.test(t);
    const maker = blockLike && DECISION_MAKER.test(t);
    if (officer) return 'approval';
    if (maker) return 'decision';
  }
  // A signed date with nobody named in reach: council records carry only the decision maker's signature.
  return 'decision';
}

/** A date's key: its line, its day, and how many dates of that day come before it on the line. */
const dateKey = (line: number, iso: string, before: readonly string[]) => `${line}|${iso}|${before.filter((b) => b === iso).length}`;

/**
 * Roles given by the form's layout: a date under or beside "Date of decision" / "Date signed" is the
 * decision's, one under "Made at meeting" the meeting's, and "Date" beside a "Signed" cell on the same
 * line is the signature's (the decision maker's, unless the signer is an officer other than the decision maker).
 */
function formRoles(ctx: ExtractContext, maker: string | null): { roles: Map<string, Role>; wrapped: DatedStatement[] } {
  const roles = new Map<string, Role>();
  const wrapped: DatedStatement[] = [];
  for (const f of ctx.form.fields) {
    const cellsOnLine = ctx.form.cells.get(f.labelCell.line.index) ?? [];
    const signedBeside = /^date$/i.test(f.label) && cellsOnLine.some((c) => /^(signed|signature)\b/i.test(c.text));
    // "Decision | 22/02/2024 - Air cooling systems ...": a decision listed under its date.
    const listed = /^decisions?$/i.test(f.label) && findDates(f.value)[0]?.start === 0;
    let role: Role | null = LABELS.decisionDate.test(f.label) || listed ? 'decision' : LABELS.meetingDate.test(f.label) ? 'meeting' : null;
    if (!role && signedBeside) {
      const signer = cellsOnLine.map((c) => c.text).join(' ');
      role = OFFICER.test(signer) && !(maker && clean(signer).toLowerCase().includes(clean(maker).toLowerCase())) ? 'approval' : 'decision';
    }
    if (!role) continue;
    // Keyed by the date's place among the line's dates of that day: one date under "Date of decision" and again under "Decided at
    // meeting" on the same row are two dates, each with its own role.
    for (const c of f.valueCells) {
      const before = (ctx.form.cells.get(c.line.index) ?? []).filter((o) => o.x1 <= c.x0).flatMap((o) => findDates(o.text).map((d) => d.iso));
      findDates(c.text).forEach((d, k, all) => roles.set(dateKey(c.line.index, d.iso, [...before, ...all.slice(0, k).map((e) => e.iso)]), role!));
    }
    // A date that wrapped in its cell ("07 February" over "2023"): read with the cell below it.
    const last = f.valueCells[f.valueCells.length - 1];
    // OCR drops a date's slashes ("16092021"): in a date field, eight figures are day, month and year.
    const compact = /^(\d{2})(\d{2})((?:19|20)\d{2})$/.exec(f.value.replace(/\s/g, ''));
    if (last && compact && Number(compact[1]) <= 31 && Number(compact[2]) <= 12) {
      wrapped.push({ role, date: `${compact[3]}-${compact[2]}-${compact[1]}`, text: `${f.label}: ${f.value}`, ...locate(ctx.doc, last.line) });
      continue;
    }
    // ... or that the form reader already joined from its column's lines ("11 July" / "2023" under "Date").
    const joined = f.valueCells.length > 1 && !f.valueCells.some((c) => findDates(c.text).length) ? findDates(f.value)[0] : undefined;
    if (last && joined) {
      wrapped.push({ role, date: joined.iso, text: `${f.label}: ${f.value}`, ...locate(ctx.doc, f.valueCells[0]!.line) });
      continue;
    }
    if (last && !findDates(f.value).length) {
      const below = (ctx.form.cells.get(last.line.index + 1) ?? []).find((c) => overlapX(c, last) > 0.3);
      const d = below ? findDates(`${f.value} ${below.text}`)[0] : undefined;
      if (d) wrapped.push({ role, date: d.iso, text: `${f.label}: ${f.value} ${below!.text}`, ...locate(ctx.doc, last.line) });
    }
  }
  return { roles, wrapped };
}

/**
 * The heading lines of minutes numbered as dates are ("10/06/01 To receive apologies", "10/06/02 To sign as a correct record ..."):
 * year, meeting and item, two or more in one shape. Their numbers are no dates.
 */
function datedMinuteNumbers(ctx: ExtractContext): Set<number> {
  const numbered = ctx.minutes.filter((m) => m.number && findDates(m.number).length);
  return new Set(numbered.length >= 2 ? numbered.map((m) => m.line.index) : []);
}

/** Every full date with its role: decision, approval (officer sign-off), report, meeting, deadline, other. */
export const dates = defineExtractor({
  field: 'dates',
  extract(ctx, soFar) {
    const { doc } = ctx;
    const { roles: byForm, wrapped } = formRoles(ctx, soFar.decisionMaker ?? null);
    const out: DatedStatement[] = [...wrapped];
    const minuteNumbers = datedMinuteNumbers(ctx);
    doc.lines.forEach((line, i) => {
      findDates(line.text).forEach((d, k, all) => {
        if (k === 0 && minuteNumbers.has(line.index) && !/\S/.test(line.text.slice(0, d.start))) return;
        const role = byForm.get(dateKey(line.index, d.iso, all.slice(0, k).map((e) => e.iso))) ?? roleOf(doc.lines, i, clean(line.text.slice(0, d.start)));
        out.push({ role, date: d.iso, text: clean(line.text), ...locate(doc, line, d.start, d.end) });
      });
      // "... Northern Ireland on 25 April" / "2022.", "... Heritage Fund on 4" / "November 2024": a date wrapped onto the next line.
      const nextLine = doc.lines[i + 1];
      if (!nextLine || nextLine.page !== line.page) return;
      const tail = line.text.trimEnd().slice(-20);
      const joined = `${tail} ${nextLine.text.trimStart().slice(0, 20)}`;
      const across = findDates(joined).find((d) => d.start < tail.length && d.end > tail.length + 1 && !findDates(tail).length);
      const from = line.text.trimEnd().length - tail.length + (across?.start ?? 0);
      if (across) out.push({ role: roleOf(doc.lines, i, clean(line.text.slice(0, from))), date: across.iso, text: clean(`${line.text} ${nextLine.text}`), ...locate(doc, line, from, line.text.length) });
    });
    return out;
  },
});

/** "16/04/2018 - Area Committee Grants 2018-19" (a decisions list's entry: date, then the title); "... Cabinet Members – Minutes – 20 March 2014" (minutes' heading). */
const DATE_THEN_TITLE = /^\W*(\S+(?:\s+\S+){0,2}?)\s+[-–—]\s+(.{4,})$/;
/** Minutes' heading, or a meeting's: a body that meets, then its day ('Grants Assessment Panel - Monday, 4th March, 2013 7.00 pm'; not a report's addressee, 'To: Cabinet – 4 March 2025'). */
const MINUTES_HEADING = /\b(?:minutes|meeting)\b|^[^:]*?\b(?:panel|committee|cabinet|board|forum|executive)\s*[-–—,]\s*(?:[A-Z][a-z]+day,?\s+)?\d/i;
/** "Cabinet Member for Strategic Outcomes - Monday, 21st July, 2014 1.00 pm": the body's name goes on, in capitals, before the dash. */
const NAMED_MEETING_HEADING = /^[^:]*?\b(?:Panel|Committee|Cabinet|Board|Forum|Executive)(?:\s+(?:[A-Z][\w&'’-]*|for|of|and|&)){1,6}\s*[-–—,]\s*[A-Z][a-z]+day,?\s+\d/;

/** A minute's opening that names its meeting, however long: "At a MEETING of the ... SUB-COMMITTEE held in the Town and County Hall, Forfar on Monday 15 July 1996 at 3.45 pm." */
const MEETING_OPENING = /^\W*At\s+a\s+(?:special\s+)?meeting\s+of\b/i;

/** What may stand beside a meeting's day on a line of its own: its weekday before it, its time after it ("Thursday 5 June 2009 at 7.00 pm", "ON TUESDAY 4 July 2023", "held on Wednesday 23rd October 2013 at 7.30 pm"). */
const BARE_DAY = /^\W*(?:(?:held\s+)?on\s+)?(?:[A-Z][a-z]+day,?\s*)?(?:the\s+)?$/i;
const BARE_TIME = /^\W*(?:(?:at|from|commencing)\s+)?(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)?)?\W*$/i;

/** "The Parish Council Meeting was held on 9th November 2021 at the Village Hall, Ludford at 7.30 pm.": minutes that open by saying when their meeting was held. */
// ("A meeting of the Community Council took place on Thursday 31st March 2022 at 7.30pm": the same, in other words.)
const MEETING_HELD = /^\W*(?:[Tt]he\s+)?(?:[A-Z][\w'’&-]*\s+){0,5}(?:[Mm]eeting|MEETING)\s+(?:was\s+|WAS\s+)?(?:held|HELD)\s+(?:on|at|in|ON|AT|IN)\b|^\W*(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?meeting\s+of\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,6}(?:took\s+place|was\s+held)\s+on\b/;
/** "The Minutes of the Parish Council Meeting held on 14th September 2021 were approved and signed", "To approve the Minutes of the Meeting held on 3 February 2016": the last meeting's day, not this one's. */
const APPROVES_MINUTES = /\bminutes\b.{0,80}\b(?:were|was|be|being)\s+(?:taken\s+as\s+read|approved|agreed|signed|accepted|confirmed|adopted)\b|\b(?:approve|agree|confirm|sign|adopt)\s+(?:as\s+a\s+correct\s+record\s+)?(?:the\s+)?minutes\b/i;

/** A heading's dash, then a weekday: "... - Thursday, " (the day follows). */
const DASHED_DAY = /\s[-–—]\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?/;

/** Minutes' own heading, however long: "Minutes of the Finance Committee of the Council held on Wednesday 1 July 2015 at 6pm in the". */
const MINUTES_OF = /^\W*(?:(?:approved|draft|unconfirmed|confirmed)\s+)?minutes\s+of\s+(?:the|a|an)\b/i;

/** A line that says which paper this one is appended to ("APPENDIX I to the minute of meeting of the ... Committee of 29 August 2000"). */
const APPENDED_TO = /^(?:appendix|annex|annexe)\s+[A-Z0-9]{1,4}\b[^:]{0,12}\bto\s+(?:the\s+)?(?:minutes?|report|agenda|decision)\b/i;

/** A meeting held to take decisions, whoever takes them ("Member Decisions Meeting for the Leader - Wednesday, 20th December, 2017", "Delegated Decisions - Tuesday 30th May, 2023 5.30 pm"): its day is the decisions'. */
const DECISIONS_MEETING = /\b(?:decisions?\s+(?:meeting|session)|delegated\s+decisions\s*[-–—,]\s*(?:[A-Z][a-z]+day,?\s+)?\d)/i;

/** The date a decisions list gives the decision beside its title, or (for a meeting's record) the minutes' date in the header. */
function listedDate(ctx: ExtractContext, title: string | null, byMeeting: boolean): string | null {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  // The entry that repeats the title may sit under a "Decision" label, past the header ("Decision" / "18/11/2019 - Approval of ...").
  for (const l of ctx.doc.lines.slice(0, 15)) {
    const m = DATE_THEN_TITLE.exec(clean(l.text));
    const d = m ? findDates(m[1]!)[0] : undefined;
    if (d && d.start === 0 && title && (norm(m![2]!).startsWith(norm(title).slice(0, 40)) || sharesMostWords(m![2]!, title, 3))) return d.iso;
    // "04/03/2021 - ref: 7313 - Recommendations Approved" under the title: the list's entry, by its reference.
    if (d && d.start === 0 && /^ref[:;.]?\s*\d/i.test(m![2]!)) return d.iso;
  }
  const minuteNumbers = datedMinuteNumbers(ctx);
  const head = ctx.doc.lines.slice(0, 15).filter((l) => ctx.sectionOf.get(l.index) === 'header' && !minuteNumbers.has(l.index));
  let bare: string | null = null;
  for (const [k, l] of head.entries()) {
    const text = clean(l.text);
    // A wrapped minutes heading: read it with the line before.
    const withPrev = k > 0 ? `${clean(head[k - 1]!.text)} ${text}` : text;
    // ("Approved Minutes of the Meeting of" / "ESKDALEMUIR COMMUNITY COUNCIL" / "Thursday, 11th June 2015, 7:30 p.m., The Hub": a heading
    // of three lines set together, its date opening the last.)
    const block = k > 1 && !l.breakBefore && !head[k - 1]!.breakBefore && MINUTES_HEADING.test(`${clean(head[k - 2]!.text)} ${withPrev}`);
    const opens = findDates(text)[0];
    // ("Cleveland Fire Authority" / "05 JUNE 2009": minutes headed by their meeting's day alone, on a line of its own, when no heading
    // below dates the meeting: "01 October 2020" over "Minutes of the remote meeting held on Tuesday 06 October 2020" is when they
    // were published.)
    if (byMeeting && ctx.documentType === 'minutes' && k <= 4 && opens && BARE_DAY.test(text.slice(0, opens.start)) && BARE_TIME.test(text.slice(opens.end))) bare ??= opens.iso;
    if (byMeeting && block && opens && BARE_DAY.test(text.slice(0, opens.start))) return opens.iso;
    // ("3a Minute of meeting of the ... Fund held on Wednesday, 3 June": an agenda item approving earlier minutes, not this meeting's heading.)
    // ("APPENDIX I to the minute of meeting of the ... Committee of 29 August 2000": the meeting the paper is appended to.)
    if (/^\d{1,2}[a-z]?[.)]?\s/.test(withPrev) || /\b(?:previous|last)\s+meeting\b/i.test(text) || APPROVES_MINUTES.test(text) || APPENDED_TO.test(withPrev) || APPENDED_TO.test(text)) continue;
    // ("Swansea Bay City Region Joint Committee (Administered by Swansea" / "Council from 1st June 2019) - Thursday, 22nd November, 2018
    // 2.00 pm": a meeting's heading ends on its weekday, day and time after a dash, whatever the body's name holds before it.)
    const dashed = byMeeting ? DASHED_DAY.exec(text) : null;
    const dashedDate = dashed ? findDates(text.slice(dashed.index + dashed[0].length))[0] : undefined;
    if (dashedDate && dashedDate.start === 0 && BARE_TIME.test(text.slice(dashed!.index + dashed![0].length + dashedDate.end))) return dashedDate.iso;
    if ((DECISIONS_MEETING.test(withPrev) || (byMeeting && (MINUTES_HEADING.test(withPrev) || NAMED_MEETING_HEADING.test(text)))) && text.split(/\s+/).length <= (MEETING_OPENING.test(withPrev) || MINUTES_OF.test(text) || MEETING_HELD.test(text) ? 24 : 16)) {
      // ("... - Wednesday, 20th" / "December, 2017 10.00 am": a heading's date cut at the line's end is read across both; a sentence's is not.)
      const cut = withPrev.length - text.length;
      const date = findDates(text)[0] ?? (/\.\s*$/.test(text) ? undefined : findDates(withPrev).find((d) => k > 0 && d.start < cut && d.end > cut));
      if (date) return date.iso;
    }
  }
  return bare;
}

/**
 * "Reference | DN5/YNYCA/DM/2025" over "Date | 10/07/2025": a bare "Date" field printed with the decision's
 * reference in the header's grid (or on one line of it: "DN 09/2021 Date 15/03/2021") dates the decision (its own date,
 * as a register or notice gives it).
 */
function datedBesideReference(ctx: ExtractContext): string | null {
  const fields = ctx.form.fields.filter((f) => f.page === ctx.doc.lines[0]?.page && f.labelCell.line.index < 20);
  const date = fields.find((f) => /^date$/i.test(f.label) && findDates(f.value)[0]?.start === 0);
  const near = !!date && fields.some((f) => f !== date && LABELS.reference.test(f.label) && REFERENCE_VALUE.test(clean(f.value)) && Math.abs(f.labelCell.line.index - date.labelCell.line.index) <= 2);
  if (near) return findDates(date!.value)[0]!.iso;
  // "DN 09/2021 Date 15/03/2021": the same pair printed on one line of the header.
  for (const line of ctx.doc.lines.filter((l) => l.page === ctx.doc.lines[0]?.page).slice(0, 20)) {
    const m = /^\s*[A-Za-z][\w.]*(?:\s+[A-Za-z][\w.]*){0,2}\s*:?\s+(\S+)\s+Date\s*:?\s+(.+)$/.exec(clean(line.text));
    const when = m && REFERENCE_VALUE.test(m[1]!) && /\d/.test(m[1]!) ? findDates(m[2]!)[0] : undefined;
    if (when && when.start === 0) return when.iso;
  }
  return null;
}

/**
 * A decisions list's first entry at the top of the page, a line of its own ("07/02/2025 - Further Education Cold Spots",
 * the latest decision first): its date, when no labelled date names the decision's.
 */
function firstEntryDate(ctx: ExtractContext): string | null {
  for (const l of ctx.doc.lines.slice(0, 12)) {
    const text = clean(l.text);
    if (text.includes('\t')) continue;
    // (A dash inside the title is set as a dash of either kind: "... Improvement Scheme – Construction of Active Travel".)
    const m = /^\W*(\d{1,2}\/\d{1,2}\/\d{4})\s+[-–—]\s+([A-Z][\w'’&,()/-]*(?:\s+[\w'’&,()/–—-]+){1,16})\W*$/.exec(text);
    if (m) return findDates(m[1]!)[0]?.iso ?? null;
  }
  return null;
}

/** "22/2016: Replacement of ... with a new solution and contract – 13 September 2016": a decision notice's title dated after a dash. */
function titleDate(title: string | null): string | null {
  const m = /\s[–—-]\s*([^–—-]{6,25})$/.exec(title ?? '');
  const d = m ? findDates(m[1]!)[0] : undefined;
  return d && d.start === 0 && d.end === m![1]!.trim().length ? d.iso : null;
}

/**
 * "At the Highland Council Meeting on 31 May 2007 Members agreed that ...", "At its meeting on 12 March 2024 the Cabinet approved
 * ...": the one meeting the paper's decision says it was taken at (not "the minutes of the meeting held on ...", an earlier one).
 */
function decidedAtMeeting(decisions: readonly { text: string }[], dates: readonly { date: string }[]): string | null {
  // (Said in the paper's own decision: a report's background, "At its meeting on 3 July 2009 the Fire Authority approved ...", is an earlier one.)
  const text = decisions.map((d) => clean(d.text)).join(' ');
  const found = new Set<string>();
  for (const m of text.matchAll(/\b[Aa]t\s+(?:the|its|their|a|an)\s+(?:[\w&'’-]+\s+){0,6}?[Mm]eeting\s+(?:held\s+)?on\s+([^.;]{6,40}?)\s*,?\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?(?:[Mm]embers|[Cc]ouncil|[Cc]ommittee|[Cc]abinet|[Bb]oard|[Pp]anel|[Ee]xecutive|[Aa]uthority|it\s+was)\s+(?:unanimously\s+)?(?:agreed|resolved|decided|approved)\b/g)) {
    const d = findDates(m[1]!)[0];
    if (d && d.start <= 12) found.add(d.iso);
  }
  // (A paper dated later than that meeting, "Parent meeting | 10 February 2010", reports it as background.)
  const only = found.size === 1 ? [...found][0]! : null;
  return only && !dates.some((d) => d.date > only) ? only : null;
}

/** A meeting field's value that names the body meeting after its date: "07/02/2023 - Cabinet (Item 444)". */
const MEETING_OF_BODY = /\d{4}\s*[-–]\s*(?:[\w&'’-]+\s+){0,5}?(?:cabinet|committee|council|board|panel|executive|authority)\b/i;

/** A decision maker that decides in a meeting (a cabinet, committee, board or the authority itself). */
const MEETS = /\b(?:cabinet|committee|board|council|authority|panel|executive)\s*$/i;

/** The decision maker's signature date; for a body that decides in a meeting, the meeting's date; null when unsigned. */
export const decisionDate = defineExtractor({
  field: 'decisionDate',
  extract(ctx, soFar) {
    const first = soFar.dates?.find((d) => d.role === 'decision');
    const meeting = findField(ctx.form, LABELS.meetingDate, (v) => findDates(v).length > 0);
    // ("On 4 April 2023, the Cabinet agreed plans for ..." in the background of an issue page's "Meeting: 05/09/2023 - Cabinet (Item 9)":
    // an earlier decision the report tells of, not the meeting's.)
    const told = !!first && !!meeting && MEETING_OF_BODY.test(meeting.value) && ON_DATE_BODY.test(clean(first.text)) && first.date < findDates(meeting.value)[0]!.iso;
    if (first && !told) return first.date;
    const meets = MEETS.test(soFar.decisionMaker ?? '');
    // A record of a meeting (no officer named as deciding) is decided on the meeting's date.
    const byMeeting = meets || !soFar.decisionMaker;
    // (An issue page's "Meeting | 07/02/2023 - Cabinet (Item 444)": the item was decided at that body's meeting, whoever holds its portfolio.)
    if (meeting && (byMeeting || MEETING_OF_BODY.test(meeting.value))) return findDates(meeting.value)[0]!.iso;
    // "Date | Time | Place" over "Monday 26 January 2015 | 6:00pm | Municipal Chambers": a meeting's own grid.
    const held = ctx.form.fields.find((f) => /^date$/i.test(f.label.trim()) && findDates(f.value).length > 0 && (ctx.form.cells.get(f.labelCell.line.index) ?? []).some((c) => /^(?:time|place|venue|location)\s*:?$/i.test(c.text.trim())));
    if (held && byMeeting) return findDates(held.value)[0]!.iso;
    const listed = listedDate(ctx, soFar.title ?? null, byMeeting);
    if (listed) return listed;
    const dated = datedBesideReference(ctx) ?? firstEntryDate(ctx) ?? titleDate(soFar.title ?? null) ?? (byMeeting ? decidedAtMeeting(soFar.recommendations ?? [], soFar.dates ?? []) : null);
    if (dated) return dated;
    // An officer's published decision without a signed date takes effect the day it is taken.
    const effective = findField(ctx.form, LABELS.effectiveDate, (v) => findDates(v).length > 0);
    if (effective && soFar.decisionMaker && !meets) return findDates(effective.value)[0]!.iso;
    return reportedRelativeToRelease(ctx, soFar.recommendations ?? []) ?? lastDayOfSchedule(ctx);
  },
});

/** A heading that is a day's date alone, its year maybe left to the schedule's title: "20 October", "5 December 2023". */
const DAY_HEADING = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_WORD}(?:\s+((?:19|20)\d{2}))?$`, 'i');
/** The month and year a schedule covers, in its title or opening: "delegated decisions October 2023", "... in October 2023". */
const SCHEDULE_MONTH = new RegExp(String.raw`\b${MONTH_WORD}\s+((?:19|20)\d{2})\b`, 'i');

/**
 * A schedule of decisions taken over several days, each day's under its date as a heading ("England, Midlands & East: delegated
 * decisions October 2023" / "20 October" / ... / "26 October" / ...): its last day, in the year its title or opening gives.
 */
function lastDayOfSchedule(ctx: ExtractContext): string | null {
  const opening = SCHEDULE_MONTH.exec(ctx.doc.lines.slice(0, 6).map((l) => clean(l.text)).join(' '));
  const days: string[] = [];
  let yearLeftOut = false;
  for (const l of ctx.doc.lines) {
    const m = DAY_HEADING.exec(clean(l.text));
    if (!m || !l.breakBefore) continue;
    const year = m[3] ?? opening?.[2];
    const month = monthOf(m[2]!);
    if (!year || month < 1) continue;
    yearLeftOut ||= !m[3];
    days.push(`${year}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
  }
  // (One full date alone on its line is a page's or a release's date, "28 March 2013" under a commissioner's banner, no day's heading.)
  return days.length >= 2 || (days.length === 1 && yearLeftOut) ? days.sort().at(-1)! : null;
}

/** A release's label before its date: "Published on: 25th January 2019", "Published Date: Dec 14th, 2023", "News release from: 23/05/2024". */
const RELEASE_LINE = /\b(?:published(?:\s+(?:on|date))?|date\s+published|news\s+release\s+from|press\s+release\s+from|posted(?:\s+on)?)\s*:?\s*(?=\S)/i;

/** A release's own date, when its lines give one only: a date alone on its line ("20 Nov 2023") or after a release's label. */
function releaseDate(texts: readonly string[]): string | null {
  const dated = new Set(
    texts.flatMap((t) => {
      const label = RELEASE_LINE.exec(t);
      const rest = label ? t.slice(label.index + label[0].length) : t;
      return findDates(rest).filter((d) => d.start === 0 && (label || d.end >= rest.length - 1)).map((d) => d.iso);
    }),
  );
  return dated.size === 1 ? [...dated][0]! : null;
}

/** A sentence that reports a decision made the day it was published: "Sixteen funding awards have been granted ... today". */
const DECIDED_TODAY = /\b(?:granted|awarded|agreed|approved|decided|allocated)\b[^.]{0,120}\btoday\b|\btoday\b[^.]{0,120}\b(?:granted|awarded|agreed|approved|decided|allocated)\b/i;

/**
 * A decision a release dates relative to itself: "... granted ... today" the release's own day; in a news story whose decision
 * was taken "yesterday" ("Published on: 25th January 2019" ... "yesterday unanimously approved"), the day before. A release's date
 * alone is when it was published, not when the decision was taken: null then.
 */
function reportedRelativeToRelease(ctx: ExtractContext, items: readonly { text: string }[]): string | null {
  const texts = ctx.doc.lines.map((l) => clean(l.text));
  if (DECIDED_TODAY.test(texts.join(' '))) return releaseDate(texts);
  if (ctx.documentType !== 'other' || !/\byesterday\b/i.test(items.map((i) => i.text).join(' ')) || !isNewsStory(ctx.doc)) return null;
  const day = releaseDate(texts.slice(0, 8));
  if (!day) return null;
  const before = new Date(`${day}T00:00:00Z`);
  before.setUTCDate(before.getUTCDate() - 1);
  return before.toISOString().slice(0, 10);
}
