import { clean, LINK_LINE, type Line } from './doc-lines.ts';
import { isMeeting } from './header-title.ts';

/** One item of a meeting's minutes: its heading as printed (without its minute number) and the lines under it. */
export interface MinuteItem {
  /** The minute's own number as printed ("23/078", "F34/09"), null for a heading with none (ModernGov's "Minutes:" layouts). */
  number: string | null;
  /** The item's heading, continued over the lines its wording runs on to ("To receive a report on ... and agree the" / "procurement process ..."). */
  heading: string;
  /** The heading's first line. */
  line: Line;
  /** The lines under the heading, up to the next item. */
  body: Line[];
  /** A meeting's routine (apologies, interests, the last minutes, attendance), deciding nothing of substance. */
  routine: boolean;
  /** The item records a decision: "RESOLVED", "agreed", "That ... be approved". */
  decides: boolean;
  /** The item names a sum of money. */
  money: boolean;
}

/**
 * A minute's number before its heading: "23/078", "76/20/TC", "F34/09", "192", "72.", "(15)", "Minute 12". Numbers of a list
 * ("1. approve the refurbishment ...") are told apart by their words, not their number: a heading starts with a capital and
 * states no decision.
 */
const NUMBERED = /^\s*(?:minute\s+(?:no\.?\s*)?)?((?:[A-Z]{1,4}\s?)?\d{1,4}(?:[./]\d{1,4}){0,2}(?:\/[A-Z]{1,5})?|\(\d{1,3}\))\.?\s+(?=[A-Z“"‘'(])(.+)$/;
/** A count of those who attended, printed as a line of its own: "1 Member of the Press", "2 members of the public". */
const ATTENDANCE_COUNT = /^\s*\d{1,3}\s+(?:members?\s+of\s+(?:the\s+)?(?:press|public)|press|public)\s*$/i;
/** A heading's words that are a decision or running prose, not a heading ("Cllrs RESOLVED to accept ...", "Delegate authority to ..."). */
const NOT_HEADING = /^(?:That|It\s+was|Resolved|Agreed|Approved|Noted|Delegates?|Approves?|Agrees?|Authori[sz]es?|Notes|Awards?|Allocates?|Accepts?|Endorses?)\b|\bbe\s+[a-z]+ed\b|\b(?:RESOLVED|resolved|AGREED|agreed)\b/;
/** ModernGov's minutes: an item's heading over its own "Minutes:" line, or over its report's link ("PDF 83 KB") ... */
const MINUTES_LINE = new RegExp(String.raw`^\s*minutes\s*:\s*$|${LINK_LINE.source}`, 'i');
/** ... or under its grid's "No. | Item" header. */
const ITEM_GRID = /^\s*No\.?\s*\t\s*Item\s*$/i;
/** A heading set apart above its "Minutes:" line: two words or more, no sentence, no decision ("None.", "E1 3. Financial Statement" are not). */
const isHeadingLine = (l: Line) => {
  const t = clean(l.text);
  // ("To consider the report of the Chief Officer Resources." over "Minutes:": the agenda's instruction under its heading, a sentence.)
  return l.breakBefore && !/^agenda\s+item\b/i.test(t) && !/^To\s+[a-z]+\b.*\.$/.test(t) && (t.match(/[A-Za-z]{2,}/g) ?? []).length >= 2 && /^[A-Z“"‘']/.test(t) && !/\.\s/.test(t) && !NOT_HEADING.test(t);
};
/** A meeting's routine items: apologies, attendance, interests, the last minutes, announcements, other or urgent business; as an agenda's instruction too ("To receive and accept apologies", "Receive declarations of interest", "To approve the notes of the last meeting"); under its minute number or not ("46 Minutes of previous meeting"). */
export const MEETING_ROUTINE = /^\W*(?:\d{1,4}(?:[./]\d{1,4})?\.?\s+)?(?:(?:to\s+)?(?:receive|note|record|accept|consider)(?:\s+and\s+(?:accept|approve|note|record|consider))?\s+(?:any\s+|the\s+)?(?=apologies|declarations?|disclosures?|(?:members['’]\s+)?interests?\b))?(?:apologies|(?:members['’]\s+)?interests?\s+(?:declared|to\s+declare)|(?:to\s+(?:approve|confirm|receive|agree|sign)\s+)?(?:the\s+)?notes\s+of\s+the\s+(?:last|previous)\s+meeting|present|approval\s+of\s+(?:the\s+)?minute(?:s|\(s\))?|review\s+of\s+(?:previous\s+)?actions|in\s+attendance|attendance|declarations?|disclosures?|(?:named\s+)?substitut\w*|(?:to\s+(?:approve|confirm|receive|agree|sign)\s+)?(?:the\s+)?minutes?|confirmation\s+of\s+(?:the\s+)?(?:previous\s+)?minutes|matters\s+arising|public\s+(?:speaking|questions?|participation|forum|session)|questions?\s+from|chair(?:man|person)?(?:'s|’s)?|announcements?|welcome|introductions?|(?:any\s+)?other\s+business|urgent\s+business|date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next|exclusion|exempt|reports?\s+not\s+for\s+publication|closure|close\s+of\s+meeting|(?:filming|recording|webcasting|broadcasting)\s+(?:of\s+)?(?:the\s+)?(?:meeting|proceedings)s?)\b/i;
/** The last meeting's record approved: "... be signed as a correct record", "confirmed as a true record". */
const CORRECT_RECORD = /\b(?:signed|approved|confirmed|agreed|accepted|adopted)\s+as\s+(?:a\s+)?(?:correct|true|accurate)\s+record\b/i;
/** A decision recorded under an item (in its lines read as one text: "2. That a maximum grant of £8,000 ... for" / "... be approved", "That approval be given for ... to spend up to £20k"). */
const DECIDES = /\b(?:RESOLVED|[Rr]esolved|AGREED|DECIDED|[Dd]ecided)\b|\b[Aa]greed\s+(?:to|that)\b|(?:^|[.:;]\s+|\d[.)]\s+)That\b[^.]{0,300}?\bbe\s+(?:approved|agreed|awarded|granted|accepted|adopted|authori[sz]ed|given)\b/;

/** A heading that opens on a notice that its item is exempt from publication ("NOT FOR PUBLICATION UNDER SECTION 12A ...", "EXEMPT INFORMATION -"). */
const EXEMPT_HEADING = /^(?:not\s+for\s+publication|exempt\s+(?:information|item|report)|confidential\s+item)\b/i;

/** Words that carry a heading on to its next line. */
const CONTINUES = /\b(?:of|and|for|to|the|at|in|on|by|with|from|regarding|re|–|-|&)$/i;

/** Is this a paper of minutes: a meeting's own heading near its top, or a routine item among its numbered ones? */
const minutesLike = (lines: readonly Line[], items: readonly MinuteItem[]) =>
  items.some((i) => i.routine) || lines.slice(0, 12).some((l) => isMeeting(clean(l.text)) || /^\W*minutes\W*$/i.test(clean(l.text)));

/** The items of a paper of minutes, in order, or [] when the paper is not minutes (no item found, or no sign of a meeting). */
export function minuteItems(lines: readonly Line[]): MinuteItem[] {
  const starts: { at: number; heading: string; number?: string; shape?: string }[] = [];
  const shapes = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const t = clean(lines[i]!.text);
    // ("1 Member of the Press", "3 members of the public" under "PRESENT:": a count of who attended, no numbered item.)
    const m = ATTENDANCE_COUNT.test(t) ? null : NUMBERED.exec(t);
    // (One word set in capitals is a heading too: "7/16 FINANCE".)
    if (m && !NOT_HEADING.test(m[2]!) && m[2]!.split(/\s+/).length <= 30 && ((m[2]!.match(/[A-Za-z]{2,}/g) ?? []).length >= 2 || /^[A-Z]{4,}$/.test(m[2]!.trim()))) {
      const shape = m[1]!.replace(/\d+/g, '9');
      starts.push({ at: i, heading: m[2]!, number: m[1]!, shape });
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
      continue;
    }
    if (i > 0 && MINUTES_LINE.test(t) && isHeadingLine(lines[i - 1]!) && starts[starts.length - 1]?.at !== i - 1) starts.push({ at: i - 1, heading: clean(lines[i - 1]!.text) });
    if (ITEM_GRID.test(t) && lines[i + 1]) starts.push({ at: i + 1, heading: clean(lines[i + 1]!.text) });
  }
  // Minutes with no numbered item, each item's heading run in to its first line ("Police Report: A police report was received ...",
  // "Kirkton of Skene Playgroup donation: Fiona advised ..."): headings that start a paragraph, three or more, one of them routine.
  if (!starts.length) starts.push(...runInStarts(lines));
  // Numbered headings of one shape throughout ("23/074", "23/075", ...): a list's "1." among "23/07x" headings is the list's.
  const main = [...shapes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const kept = starts.filter((s) => !s.shape || s.shape === main);
  const items = kept.map((s, k): MinuteItem => {
    const end = kept[k + 1]?.at ?? lines.length;
    const headingLines = [lines[s.at]!];
    let heading = s.heading;
    for (let j = s.at + 1; j < Math.min(end, s.at + 3); j++) {
      const next = clean(lines[j]!.text);
      // (An exemption notice goes on to the item's name: "NOT FOR PUBLICATION UNDER SECTION 12A LOCAL GOVERNMENT ACT" / "1972 - COUNCIL PROPERTY SECURITY".)
      const notice = EXEMPT_HEADING.test(heading) && !/\s[–—-]\s/.test(heading);
      if (lines[j]!.breakBefore || MINUTES_LINE.test(next) || !(CONTINUES.test(heading) || /^[a-z(]/.test(next) || notice)) break;
      heading = `${heading} ${next}`;
      headingLines.push(lines[j]!);
    }
    const body = lines.slice(s.at + headingLines.length, end);
    const text = body.map((l) => clean(l.text));
    return {
      number: s.number ?? null,
      heading: runIn(heading),
      line: lines[s.at]!,
      body,
      // (Its heading aside, an item that only signs the last meeting's record is routine: "2. DECISION RECORD - 28TH NOVEMBER 2018" over
      // "RESOLVED that the decision record of the meeting held on ... be signed as a correct record.")
      routine: MEETING_ROUTINE.test(s.heading) || (body.length <= 6 && CORRECT_RECORD.test(text.join(' ')) && !text.some((t) => /£\s?\d/.test(t))),
      decides: DECIDES.test(text.join(' ')),
      money: [heading, ...text].some((t) => /£\s?\d/.test(t)),
    };
  });
  return items.length && minutesLike(lines, items) ? items : [];
}

/** A heading run in to a paragraph's first line: a few words in capitals' case before a colon, then the item's prose ("Police Report: A ..."). */
const RUN_IN = /^\s*([A-Z][A-Za-z0-9&'’,()\/ -]{2,60}?)\s*:\s+\S/;

/** A label of who attended or where the meeting was held ("Officers", "Members of the Public Present", "Meeting Location", "Clerk"), or of the document's own details ("Author", "Creation Date"). */
const WHO_OR_WHERE = /^(?:document\s+title|title|author|creat\w+\s+date|date|time|version|status|ref(?:erence)?)$|\b(?:officers?|members?|councillors?|cllrs|clerk|chair(?:man|person)?|public|press|guests?|visitors?|location|venue|also\s+present|observers?)\b/i;

/** The items of minutes whose headings are run in (see `minuteItems`), or none when fewer than three are, or none is routine. */
function runInStarts(lines: readonly Line[]): { at: number; heading: string }[] {
  const found: { at: number; heading: string }[] = [];
  for (const [i, l] of lines.entries()) {
    const t = clean(l.text);
    const m = RUN_IN.exec(t);
    // (A paragraph's first line: after a page's start, a break, a line that ends its sentence or stops short of the margin; or a routine item's.)
    const before = lines[i - 1];
    const starts = !before || l.breakBefore || l.pageStart || /[.:!?]\s*$/.test(clean(before.text)) || (before.rightEdge ?? 1) < 0.8 || (!!m && MEETING_ROUTINE.test(m[1]!));
    if (!m || !starts || m[1]!.split(/\s+/).length > 8 || NOT_HEADING.test(m[1]!)) continue;
    found.push({ at: i, heading: m[1]! });
  }
  // (Who attended and where, "Officers: Liz Hornby, ...", "Meeting Location: ...", labels a form of minutes whose items are headed
  // otherwise: two items of substance at least.)
  const substantive = found.filter((f) => !MEETING_ROUTINE.test(f.heading) && !WHO_OR_WHERE.test(f.heading));
  return substantive.length >= 2 && found.some((f) => MEETING_ROUTINE.test(f.heading)) ? found : [];
}

/**
 * A heading run in to its minute's prose ("Allotment: 005/24 – 2 applications for allotments 1 and 4 have been received.
 * Proposed by ..."): the words before its colon, or its capitals before a dash; a heading that is prose throughout is none ("").
 */
function runIn(heading: string): string {
  // ("NOT FOR PUBLICATION UNDER SECTION 12A LOCAL GOVERNMENT ACT 1972 - COUNCIL PROPERTY SECURITY": the notice is not the item's name.)
  const t = heading.replace(/[\s:;,.*–—-]+$/, '').replace(new RegExp(String.raw`${EXEMPT_HEADING.source}.*?\s[–—-]\s+(?=\S)`, 'i'), '');
  // "(4) JUBILEE GRANT AID REQUEST – The Chief Executive submitted a report ...": a heading in capitals, then a dash and the prose.
  const caps = /^(?:\(\d{1,3}\)\s*)?([A-Z][A-Z0-9,&'’()/ -]{2,80}?)\s+[–—-]\s+[A-Z][a-z]/.exec(t)?.[1];
  if (caps && caps.split(/\s+/).length >= 2) return caps;
  if (!/[.!?]\s/.test(t) && t.split(/\s+/).length <= 30) return t;
  const lead = /^(.{3,80}?)\s*:\s/.exec(t)?.[1];
  return lead && lead.split(/\s+/).length <= 12 && !/[.!?]\s/.test(lead) ? lead : '';
}

/**
 * The item a paper of minutes is about: the one item of substance that decides something (of a few, the one that decides a
 * sum), or null when none or several do (a whole meeting's minutes, titled by none of its items).
 */
export function decidingItem(items: readonly MinuteItem[]): MinuteItem | null {
  const deciding = items.filter((i) => !i.routine && i.decides);
  // (An item whose heading is prose throughout titles nothing; a whole meeting's minutes, more than half a dozen items of
  // substance, are titled by none, whichever decides.)
  if (deciding.some((i) => !i.heading) || items.filter((i) => !i.routine).length > 6) return null;
  if (deciding.length === 1) return deciding[0]!;
  const paying = deciding.filter((i) => i.money);
  return paying.length === 1 ? paying[0]! : null;
}

/**
 * The lines of a paper of minutes' routine items (heading and body): the last minutes approved, apologies, interests. Routine
 * is brief: a "routine" item running on for more than eight lines has swallowed items whose headings were not found.
 */
export function routineLines(items: readonly MinuteItem[]): Set<number> {
  return new Set(items.filter((i) => i.routine && i.body.length <= 8).flatMap((i) => [i.line.index, ...i.body.map((l) => l.index)]));
}
