import { clean, LINK_SIZE, type Line } from '../../layout/doc-lines.ts';
import { defineExtractor } from '../define-extractor.ts';
import type { ExtractContext } from '../../layout/context.ts';
import { findField } from '../../layout/form.ts';
import { isFieldLabel } from '../../layout/form-cells.ts';
import { LABELS } from '../form-labels.ts';
import { endsSentenceInside, isLeadInOrResolution, isMeeting } from '../../layout/header-title.ts';
import { DECIDES, THIRD_PERSON_VERB } from '../../layout/item-wording.ts';
import { findDates, MONTH_WORD } from '../../layout/dates.ts';
import { decidingItem, MEETING_ROUTINE } from '../../layout/minute-items.ts';
import { INLINE_RESOLUTION } from '../../layout/segment.ts';

// "Title:", "Title of report:", "Title of Item/Report", "Subject Matter / Title of Decision:", "Decision title:", "Subject:".
const LABEL = /^(?:.*?(?<![A-Za-z]))?(?:title(?:\s+of\s+(?:the\s+)?(?:report|decision|paper|item)(?:\s*\/\s*(?:report|decision|paper|item))?)?|subject(?:\s+matter)?(?:\s*\/\s*title\s+of\s+decision)?|decision\s+title|report\s+title|name\s+of\s+(?:project|scheme))\s*[:–-]\s*/i;
// Labels that can follow a title on the same line when OCR glues lines together.
const NEXT_LABEL = /\s*(?:Executive Summary|Recommendations?|Classification|Area of County|Report by|Date of report|Decision (?:Number|No)|Summary|Purpose|Background|Key decision|Decision)\s*:.*$/i;

const BARE = /^(?:title(?:\s+of\s+(?:the\s+)?(?:report|decision|paper|item)(?:\s*\/\s*(?:report|decision|paper|item))?)?|subject(?:\s+matter)?(?:\s*\/\s*title\s+of\s+decision)?|decision\s+title|report\s+title)\s*:?\s*$/i;

const CONTINUES = /\b(of|and|for|to|the|at|in|on|–|-|&)$/i;
const nextText = (lines: readonly Line[], k: number) => (lines[k + 1] && !lines[k + 1]!.breakBefore ? clean(lines[k + 1]!.text) : '');

function titleLines(next: readonly Line[]): string | null {
  const parts: string[] = [];
  for (const [k, l] of next.entries()) {
    const t = clean(l.text);
    if ((k > 0 && l.breakBefore) || /^[A-Z][A-Za-z ()/]{2,40}:/.test(t)) break;
    if (k > 0 && /\.\s|\.$/.test(t) && !/^[(a-z]/.test(t)) break; // a sentence is not part of a title
    parts.push(t);
    const following = nextText(next, k);
    if (!wrapsToNext(l) && !CONTINUES.test(t) && !(following && /^[(a-z]/.test(following))) break;
  }
  return parts.length ? parts.join(' ').replace(/[\s:;,.*]+$/, '') : null;
}

/** A line that runs to the right margin continues on the next line. */
const wrapsToNext = (l: Line) => (l.rightEdge ?? 0) > 0.8;

/** The decision's title as printed, without its label: a labelled title (by layout, then by wording), else the header's most prominent line. */
export const title = defineExtractor({
  field: 'title',
  extract(ctx, soFar) {
    const printed = titleAsPrinted(ctx);
    // Minutes under their own heading ("Minutes of the meeting held on Tuesday 03 May 2022 at 7pm"): the one item of substance
    // that decides, else that heading, whatever other line of the page is set most prominently (a clerk's name, a routine item;
    // a line that names the minutes, the meeting or its decisions itself, "May 2022 - Minutes of Extraordinary Meeting",
    // "Northern Ireland: Committee decisions March 2020", stays).
    const heading = minutesHeading(ctx.doc.lines);
    // (... not a running head read on into the banner under it: "January 2019 Minutes OWERSBY PARISH COUNCIL".)
    const namesRecord = !!printed && /\b(?:minutes|meeting|decisions)\b/i.test(printed) && !(heading && isBodyName(printed.slice(printed.indexOf(heading) + heading.length).trim(), null));
    // A body's own name is its banner, not the decision's title ("West Lancashire Borough Council", "Welsh Government").
    // ... nor is a meeting's heading, however it was found ("Document Title: Minutes of the Grants Panel – 25 February 2014"),
    // while an item of substance names the minutes.
    const chosen =
      heading && !namesRecord ? (minuteTitle(ctx) ?? heading) : printed && (isBodyName(printed, soFar.authority ?? null) || isMeeting(printed)) ? (minuteTitle(ctx) ?? referencedHeading(ctx.doc.lines) ?? itemHeading(ctx.doc.lines)) : printed;
    // Minutes with no item of substance to name them, or named by a routine item ("MINUTES OF PREVIOUS MEETING"): their own heading
    // ("Minutes 8th April 2021", "Draft Resources and Policy Committee Minutes – 24 April 2017").
    // (A routine item under its minute number, "46 Minutes of previous meeting", titles nothing: the paper has no title then.)
    const found = !chosen || PROCEDURAL.test(chosen) ? (heading ?? (chosen && /^\s*\d/.test(chosen) ? null : chosen)) : chosen;
    // "HS2 Amenity Fund: Rebuild of ... (Cllr Jonathan Bianco)": an issue page names the portfolio holder after the title.
    // "48 Vinyl Flooring Renewal Contract 2017-2021 (00-37-53)": a webcast minute's time into the recording is no word of it.
    // A paragraph of prose is no title, however it was found ("The Council's delegated budgets scheme allocates budgets of £15,000 to
    // each Ward ... . The funding for this scheme can be spent on ..."): sentences run on past one another, forty words and more, or
    // thirty and a sum (a form's title field may hold two short sentences: "To renew the licence ... . The proposal is ...").
    const words = found?.split(/\s+/).length ?? 0;
    if (found && endsSentenceInside(found) && (words >= 40 || (words >= 30 && /£\s?\d/.test(found)))) return null;
    // A title names; it does not tell what happened: a clause in the past ("In December 2024, the Ministry of Justice ... funding
    // allocation was confirmed and assessed ...", "The following decisions were taken on 23 May 2006 by the CABINET") is prose,
    // a signatory's name and office ("Sadiq Khan, Mayor of London") says who decided, not what, and a sentence that introduces a
    // list ("Additional net expenditure of £148,500 ... at the public inquiry, as follows") is the decision's lead-in.
    if (found && ((words >= 8 && TELLS_WHAT_HAPPENED.test(found)) || SIGNATORY.test(found) || isLeadInOrResolution(found))) return null;
    // Nor is a phrase cut before its end, however prominent ("Members considered two applications for subsidised lettings: one from
    // ... and another for use of", a paragraph a scan's gap split): a title ends on a word that can end one.
    if (found && words >= 6 && CUT_SHORT.test(found)) return null;
    return withoutLinkLabel(found)?.replace(/\s*\((?:Cllr|Councillor|Cll?r\.)\s[^)]{2,60}\)\s*$/i, '').replace(/\s*\(\d{1,2}[-:.]\d{2}[-:.]\d{2}\)\s*$/, '') || found;
  },
});

/** A linked report's kind and size after its name, and whatever a scan read on after it: "PDF 311 KB", "pdf icon PDF 50 KB". */
const LINK_LABEL = new RegExp(String.raw`\s+${LINK_SIZE}\b.*$`);

/**
 * A minute's item heading printed as a link to its report ("73 S106 Funding Round 2019: Play Areas and Open Spaces PDF 311 KB"):
 * the report's name, without the link's label or the minute's number.
 */
function withoutLinkLabel(found: string | null | undefined): string | null | undefined {
  if (!found || !LINK_LABEL.test(found)) return found;
  return found.replace(LINK_LABEL, '').replace(/^\d{1,3}\.?\s+(?=[A-Z\d])/, '') || found;
}

/** A last word that leaves its phrase open: "... for use of", "... and the". */
const CUT_SHORT = /\s(?:of|for|the|and|a|an|to|with|from|by)$/;
/** A finite verb in the past: "was confirmed", "were taken", "has been awarded", "had been included". */
const TELLS_WHAT_HAPPENED = /\b(?:was|were|has\s+been|have\s+been|had\s+been)\b/;
/** A person's name and office alone: "Sadiq Khan, Mayor of London", "Cllr Jane Smith, Cabinet Member for Finance". */
const SIGNATORY = /^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-zA-Z'’-]+\s*,\s*(?:the\s+)?(?:(?:Deputy|Assistant|Executive|Interim|Acting)\s+)?(?:Mayor|Commissioner|Director|Leader|Chief|Cabinet|Head)\b[^.;:]{0,60}$/;

/** The title as the paper prints it: a labelled title (by layout, then by wording), else the header's most prominent line. */
function titleAsPrinted(ctx: ExtractContext): string | null {
  const named = (v: string) => v.length >= 3 && /[A-Za-z]{3}/.test(v);
  // "Issue: | Joint Procurement Strategy": a PCC's transparency form names its decision beside "Issue" (a grid's "Issue" column names its kind).
  const labelled =
    findField(ctx.form, LABELS.title, named) ??
    ctx.form.fields.find((f) => ISSUE.test(f.label) && f.how !== 'below' && named(f.value) && !isFieldLabel(f.value.replace(/^\W+/, ''))) ??
    // "DETAILS OF DECISION | North East Retail Crime Partnership" beside "DECISION SUMMARY | To agree a contribution ...": a name, not the decision's words.
    ctx.form.fields.find((f) => DETAILS.test(f.label) && f.how !== 'below' && named(f.value) && f.value.split(/\s+/).length <= 12 && !/[.;:]/.test(f.value) && !DECIDES.test(f.value.trim()));
  const wording = byWording(ctx.doc.lines);
  // A labelled "subject" that runs to several sentences is a summary: the header's own title line, when it has one, names the decision.
  const header = ctx.header?.title || null;
  if (labelled && endsSentenceInside(labelled.value) && header && !/^(?:and|of|the|for|to|in)\b/i.test(header) && header !== header.toUpperCase()) return header;
  if (labelled) {
    // ("CAPITAL RELEASE REPORT (November 2021) DEPARTMENT: Residents Services ...": the form's next label read on into the value.)
    const value = clean(labelled.value).replace(NEXT_LABEL, '').replace(/(?<=[)a-z])\s+[A-Z][A-Z /&-]{3,40}:\s.*$/, '').replace(/[\s:;,.*]+$/, '');
    // "Issue | Local Welfare Provision 2022-" in a narrow column, over the header's "Local Welfare Provision 2022-2024 Contract Extension": the whole line.
    if (header && header.length > value.length && header.startsWith(value)) return header;
    // "Title: ..." that runs to the margin wraps onto the next line: the wording rules rejoin it.
    return labelled.how === 'inline' && wording?.startsWith(value) ? wording : value;
  }
  // (A line of members' names set prominently, "Don McAllister, Cathy Harvey", names nothing decided.)
  const prominent = ctx.header?.title && !NAMES_LIST.test(ctx.header.title) ? ctx.header.title : null;
  const found = wording ?? prominent ?? referencedHeading(ctx.doc.lines) ?? itemHeading(ctx.doc.lines);
  // Minutes titled by a routine item or their own banner ("APOLOGIES FOR ABSENCE", "Moorlands Partnership Board – Agenda and
  // minutes") are about the item that decides ("23/078 MARKET HALL REFURBISHMENT PROJECT").
  // ... or by the meeting's body ("WELSH CHURCH ACT ESTATE COMMITTEE" over "192 APPLICATIONS FOR FINANCIAL ASSISTANCE").
  // ... or by its resolution ("Resolved – That the following amounts of Jubilee Grant Aid ... be approved –"), no title at all.
  if (found && INLINE_RESOLUTION.test(found)) return minuteTitle(ctx);
  return !found || PROCEDURAL.test(found) || /\bminutes\b/i.test(found) || MEETING_BODY.test(found) ? (minuteTitle(ctx) ?? found) : found;
}

/** A line set at the page's right ("April 2025 Minutes" as a running head), not at its margin. */
const atRight = (l: Line) => (l.leftEdge ?? 0) > 0.5;

/** A paper of minutes' own heading near its top: "minutes" with the meeting's date or body, not a routine item's ("Minutes of the previous meeting"). */
function minutesHeading(lines: readonly Line[]): string | null {
  const found: { text: string; at: number; aside: boolean }[] = [];
  const bannerAt = lines.slice(0, 4).findIndex((l) => isBodyName(clean(l.text), null));
  for (const [k, l] of lines.slice(0, 10).entries()) {
    const t = clean(l.text).replace(/^\d{1,3}\.?\s+/, '').replace(/^(?:document\s+)?title\s*:\s*/i, '');
    // (Its heading, not a sentence that mentions minutes: "The minutes of the meeting held on 12 September 2023 were agreed ...".)
    if (t.length > 140 || !/\bM(?:inutes|INUTES)\b/.test(t) || /^(?:the|to)\b|\b(?:was|were|be|been|is|are)\b/i.test(t) || /\b(?:previous|last)\s+meeting\b|:\s*$/i.test(t) || endsSentenceInside(t) || /\.$/.test(t)) continue;
    // (Dated, "Minutes November 2021" by its month too, or "Minutes of the X Committee" naming the body that met; "Minutes of
    // Meeting", an item approving the last ones, names none.)
    const whole = withWrap(t, l, lines[k + 1]);
    const namesBody = /^\W*minutes\s+of\s+(?:the\s+)?[A-Z]/i.test(t) && /\b(?:committee|board|panel|group|council|cabinet|forum)\b/i.test(t);
    if (findDates(whole).length > 0 || MONTH_YEAR.test(whole) || namesBody) found.push({ text: whole, at: k, aside: atRight(l) });
  }
  // ("January 2019 Minutes" printed above the body's name, "OWERSBY PARISH COUNCIL", then "Minutes of the Meeting held on the 7th
  // January 2019": a running head above the banner; the heading under it titles the paper. So does a running head set at the
  // page's right, "April 2025 Minutes", over the heading at the margin.)
  const below = found.filter((h) => h.at > bannerAt);
  const candidates = below.length && bannerAt >= 0 ? below : found;
  return (candidates.find((h) => !h.aside) ?? candidates[0])?.text ?? null;
}

/** A line that starts on a month's name: the rest of a date cut after its day. */
const MONTH_FIRST = new RegExp(String.raw`^${MONTH_WORD}\b`, 'i');

/**
 * A heading with the line it wrapped onto ("MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions" / "House,
 * County Hall, Maidstone on Thursday, 30 January 2025."): a heading cut after a comma or a joining word or at the margin, or a next
 * line that starts in lower case, goes on to that line (not a label's: "PRESENT: ..."), its closing full stop left off.
 */
function withWrap(t: string, line: Line, next: Line | undefined): string {
  // (A heading's next line that starts in lower case carries it on across a gap: "Minutes of the Meeting of the Parish Council" /
  // "held remotely on Thursday 16 July 2020".)
  const more = next && (!next.breakBefore || /^[a-z]/.test(clean(next.text))) && !next.pageStart ? clean(next.text) : '';
  // (... or a heading that ran to the margin: "... Council Chamber, Sessions" / "House, County Hall, Maidstone on Thursday, 30 January
  // 2025."; a short heading over its meeting's place and time, "MINUTES OF THE MEETING OF THE EVENTS COMMITTEE", is whole.)
  // (A line set at the page's right, "April 2025 Minutes", reaches the margin without running on to the heading below it.)
  // (... or a date cut after its day: "... held on Wednesday 1" / "November 2017 at 6pm in the Mayor`s Parlour, ...".)
  const cut = /(?:,|\b(?:of|and|the|in|on|at|held|for|by))$/i.test(t) || /^[a-z]/.test(more) || ((line.rightEdge ?? 0) > 0.8 && !atRight(line)) || (/\b\d{1,2}(?:st|nd|rd|th)?$/.test(t) && MONTH_FIRST.test(more));
  // (... never onto a numbered item: "DRAFT MINUTES OF MEETING HELD ON 15 NOVEMBER 2022" over "1. The Chairman welcomed ...".)
  const item = /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s/.test(more);
  return more && cut && !item && !/^[A-Z][A-Za-z ]{1,30}:/.test(more) && more.length <= 100 ? `${t} ${more}`.replace(/\.$/, '') : t;
}

/**
 * A notice's heading that gives its reference, its title and its date ("084/2013: 2014/15 Transport Capital Rolling Programme – 25" /
 * "February 2014", "057/2013 – Contract for the provision of Capital Works Contract (2102-558)" / "– 22 June 2013"): the title.
 */
function referencedHeading(lines: readonly Line[]): string | null {
  for (const [k, l] of lines.slice(0, 8).entries()) {
    const next = lines[k + 1] && !lines[k + 1]!.breakBefore ? ` ${lines[k + 1]!.text}` : '';
    const m = /^\s*\d{1,4}\/\d{2,4}\s*[:–—-]\s*(.{6,160}?)\s+[–—-]\s+(.{6,})$/.exec(clean(l.text + next));
    // (OCR may double the dash: "039/2013 - - Community Fund – 20 May 2013".)
    if (m && findDates(m[2]!).length > 0 && findDates(m[2]!)[0]!.start === 0) return m[1]!.replace(/^[\s–—-]+/, '');
  }
  return null;
}

/** A meeting body's name: "Finance & Resources Committee", "Moorlands Partnership Board", "Cabinet". */
const MEETING_BODY = /^(?:the\s+)?(?:[\w&'’,–—-]+\s+){0,7}(?:committee|sub-?\s?committee|board|panel|cabinet|executive|forum|council|assembly)\s*$/i;

/** The heading of the one item of a paper of minutes that decides something (a standing item's, "FINANCE", names no decision). */
const minuteTitle = (ctx: ExtractContext) => {
  const heading = decidingItem(ctx.minutes)?.heading ?? null;
  // (... nor does an agenda's instruction kept as the item's heading: "TO DISCUSS AND APPROVE, OR NOT, THE LALC ANNUAL TRAINING ...".)
  // (... nor a sentence that says what the meeting did, kept as a numbered item's heading: "3. The following grant applications were considered:".)
  return heading && !STANDING_ITEM.test(heading) && !/^to\s+(?:discuss|consider|receive|approve|agree|note|decide|resolve)\b/i.test(heading) && !(/^the\b/i.test(heading) && TELLS_WHAT_HAPPENED.test(heading)) ? heading : null;
};

/** Two or more people's names and nothing else: "Don McAllister, Cathy Harvey", "Eric Garrett, Cathey Downie, Gail Adams". */
const NAMES_LIST = /^(?:(?:Cllr\.?\s+|Councillor\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-Z][a-z'’-]+\s+(?:[A-Z]\.?\s+)?(?:Mc|Mac|O')?[A-Z][a-z'’-]+(?:,\s*|$)){2,}$/;

/** A standing item of every meeting, named by its subject alone: "FINANCE", "Planning", "Correspondence". */
const STANDING_ITEM = /^\W*(?:finance|financial\s+matters|accounts|payments|planning(?:\s+applications)?|correspondence|highways|reports?)\W*$/i;

/** A form's label for what its decision is about, which some forms fill with its name: "Details of decision". */
const DETAILS = /^(?:details|subject)\s+of\s+(?:the\s+)?decision$/i;

/** The label of a transparency form's decision row, "Issue:". */
const ISSUE = /^issue$/i;

/** A title found by its label's wording in the text ("Title: ...", "Subject Matter / Title of Decision" above it). */
function byWording(lines: readonly Line[]): string | null {
  {
    for (let i = 0; i < Math.min(lines.length, 120); i++) {
      const text = clean(lines[i]!.text);
      const m = LABEL.exec(text);
      const bare = BARE.exec(text);
      if (bare) {
        // "Subject Matter / Title of Decision" with the title on the lines below, up to a break or a label.
        const value = titleLines(lines.slice(i + 1, i + 4));
        if (value) return value;
        continue;
      }
      if (!m || /^title\s+of\s+decision/i.test(text.slice(m[0].length))) continue;
      let value = text.slice(m[0].length);
      const next = lines[i + 1] && !lines[i + 1]!.breakBefore ? clean(lines[i + 1]!.text) : '';
      // A title wraps when the next line continues it: "(DES)", a lower-case word, or after a dangling connector.
      // ... but never a sentence: titles do not end in a full stop.
      const sentence = /\.\s|\.$/.test(next) && !/^[(a-z]/.test(next);
      if (next && !sentence && !/^[A-Z][A-Za-z /]{2,40}:/.test(next) && (/^[(a-z]/.test(next) || CONTINUES.test(value) || wrapsToNext(lines[i]!))) value += ` ${next}`;
      value = value.replace(NEXT_LABEL, '').replace(/(\S)(Executive Summary|Recommendations?)\b.*$/, '$1').replace(/[\s:;,.*]+$/, '').trim();
      if (value.length >= 3) return value;
    }
    return null;
  }
}

/** An agenda's procedural items, which no decision is titled after ("5. Apologies for Absence", "1. | Schedule"): a meeting's routine, its record, agenda or schedule, or no words. */
const PROCEDURAL = new RegExp(String.raw`${MEETING_ROUTINE.source}|^\W*(?:record|decisions?|agenda|schedule)\b|^\W*$`, 'i');

/** A numbered decision is no heading ("That ... be approved", "APPROVES the ...", "Agreed to award ..."), nor a sum or a date ("March 2013"). */
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH_WORD}\s+\d{4}\b`, 'i');
const isDecisionOrDate = (t: string) =>
  /^(?:that|to|it\s+was|agreed|approved|resolved|noted)\b|\bbe\s+[a-z]+ed\b|£\s?\d/i.test(t) || THIRD_PERSON_VERB.test(t.toLowerCase()) || findDates(t).length > 0 || MONTH_YEAR.test(t);

/**
 * "4. Member Grants Scheme", "2. Award of contract for Design, Supply, ..." (over three lines), "31 (15) COMMUNITY GRANT AID
 * APPLICATIONS — The Director ... submitted": with no title found, an agenda page's one item of substance is titled by its
 * numbered heading (a run-in heading in capitals by its capitals, as printed).
 */
function itemHeading(lines: readonly Line[]): string | null {
  const found: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*\d{1,3}\.?\s+(?:\(\d{1,3}\)\s+)?(.+)$/.exec(clean(lines[i]!.text));
    if (!m || PROCEDURAL.test(m[1]!)) continue;
    const caps = /^([A-Z][A-Z&,'’ -]{6,}[A-Z])\s+[–—-]\s/.exec(m[1]!);
    if (caps && !isDecisionOrDate(caps[1]!)) found.push(caps[1]!);
    if (caps || !/^[A-Z]/.test(m[1]!) || /\.$/.test(m[1]!) || endsSentenceInside(m[1]!)) continue;
    // (Its own words may look like a label: "4. A COUNTY OF SANCTUARY: AFGHAN RELOCATION AND" / "ASSISTANCE".)
    const more = wrapsToNext(lines[i]!) || CONTINUES.test(m[1]!) ? titleLines(lines.slice(i + 1, i + 3)) : null;
    const value = clean(`${m[1]!} ${more ?? ''}`).replace(/[\s:;,.*]+$/, '');
    if (value && value.split(/\s+/).length <= 25 && !value.includes(';') && !isDecisionOrDate(value)) found.push(value);
  }
  // A paper of several items of substance is a whole meeting's, titled by none of them.
  return found.length === 1 ? found[0]! : null;
}

/**
 * A body's name alone, its banner: the record's authority, or a name ending as a public body's does ("... Borough Council",
 * "OWERSBY PARISH COUNCIL", "... Government").
 */
function isBodyName(t: string, authority: string | null): boolean {
  const n = (x: string) => x.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  // ("Police & Crime Commissioner for North Yorkshire": a commissioner's office named for its area.)
  return (!!authority && n(t) === n(authority)) || /^(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,5}(?:Council|Government|Authority|Corporation|COUNCIL|GOVERNMENT|AUTHORITY|CORPORATION)$/.test(t.trim()) || /^(?:(?:the\s+)?Office\s+of\s+the\s+)?Police,?\s+(?:Fire\s+(?:and|&)\s+)?(?:and|&)?\s*Crime\s+Commissioner\s+for\s+(?:[A-Z][\w'’-]*\s*){1,4}$/i.test(t.trim());
}
