import type { Line } from './doc-lines.ts';
import { allocationIn } from './allocations.ts';

/** One list item with its nested sub-items. */
export interface ListItem {
  type: MarkerType;
  marker: string;
  lines: Line[];
  text: string;
  children: ListItem[];
  /** How the marker closes: "." ("1.", "a.") or ")" ("(1)", "a)"); a list nests one style inside the other. */
  close?: '.' | ')';
}

type MarkerType = 'num' | 'roman' | 'alpha' | 'upper' | 'bullet' | 'para';

// OCR reads a bullet as "+", "«+", "+.", "o", "e" or a full stop before the item's first word (". That the Combined Authority ...").
const BULLET = /^\s*(?:(?:[•·●▪◦■□➢►❖✓*«»~>]|\+(?=[.\s]))[+.]?|[-–—](?=\s)|[oe.](?=\s+[A-Z£"'(]))\s*/;
// "(1)the prioritised set of ...", "(iii)DELEGATE authority ...": a bracketed marker printed without its space still starts an item.
// "1.1 Agreed that ...": a paragraph number needs no closing mark before a capital.
// "1.The Portfolio Holder approves ...", "1.appoint X as ...": a number and its full stop printed against the item's first word.
// "1 That the award of £7.775m ...": a number printed with no closing mark, only before a decision's first word (not "2 Station Road").
// "A. That Cabinet agreed ...": a capital with a full stop only before a decision's first word (not an initial, "A. Smith").
const ENUM = /^\s*(?:\(?(\d{1,2}(?:\.\d{1,2})?|[ivx]{1,4}|[a-h]|[A-H](?=\))|[A-H](?=\.\s+(?:That|To|Approv|Agree|Note|Authori|Delegat|Allocat|Award)))[.)]\s+|\((\d{1,2}|[ivx]{1,4}|[a-h])\)(?=[a-z]|[A-Z]{2})|(\d{1,2}\.\d{1,2})\s+(?=[A-Z])|(\d{1,2})\.(?=[A-Za-z][a-z])|(\d{1,2})\s+(?=(?:That|To|Approv\w*|Agree\w*|Authori[sz]\w*|Delegat\w*|Note|Endorse|Accept|Award|Allocat\w*)\s))/;

/** Roman numerals in order, as list markers run. */
export const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Reads a line's list marker, if it has one; bullets before an enumerator ("« a.") are dropped. */
export function readMarker(text: string, prevAlpha: string | null, prevRoman: string | null = null): { type: MarkerType; marker: string; rest: string; close?: '.' | ')' } | null {
  // OCR reads a "c)" marker as "¢)" or "©)", an "e)" as "€)".
  let rest = text.replace(/^(\s*\(?)[¢©](?=[.)]\s)/, '$1c').replace(/^(\s*\(?)€(?=[.)]\s)/, '$1e');
  // ... and a roman "(ii)" as "(if)" or "(il)": an l, f or 1 among i, v and x in a bracketed marker is an i.
  rest = rest.replace(/^(\s*\()([ivxlf1]{2,4})(?=\)\s)/, (m, open: string, r: string) => (/[ivx]/.test(r) && /[lf1]/.test(r) ? open + r.replace(/[lf1]/g, 'i') : m));
  // ... and a table's border before a marker as "|", "[" or "I" ("I ii. To note that ...").
  rest = rest.replace(/^\s*[|[\]I]\s+(?=\(?(?:[ivx]{1,4}|\d{1,2}|[a-h])[.)]\s)/, '');
  const bullet = BULLET.exec(rest);
  if (bullet) rest = rest.slice(bullet[0].length);
  const e = ENUM.exec(rest);
  if (e) {
    const raw = e[1] ?? e[2] ?? e[3] ?? e[4] ?? e[5]!;
    const m = raw.length === 1 ? raw.toLowerCase() : raw;
    // "(iv)" then "(v)": the numeral after a roman item is roman, whatever letter the list above reached ("b)").
    const nextRoman = prevRoman !== null && nextMarker(prevRoman) === m;
    // "A." over "a.": capitals are a level of their own (unless the letter goes on from the list's last one: OCR reads "c)" as "C)").
    const continues = prevAlpha !== null && prevAlpha.charCodeAt(0) + 1 === m.charCodeAt(0);
    const type: MarkerType = /^\d/.test(m) ? 'num' : /^[A-H]$/.test(raw) && !continues ? 'upper' : nextRoman || (/^[ivx]+$/.test(m) && !(m === 'i' && prevAlpha === 'h') && !(m.length === 1 && prevAlpha !== null && m !== 'i')) ? 'roman' : 'alpha';
    return { type, marker: m, rest: rest.slice(e[0].length), close: /\.\s*$/.test(e[0]) ? '.' : ')' };
  }
  return bullet ? { type: 'bullet', marker: '•', rest } : null;
}

/** Joins wrapped lines: a hyphen at a line end joins without a space. */
export function joinLines(parts: readonly string[]): string {
  return parts.reduce((acc, p) => (!acc ? p : /\w-$/.test(acc) ? acc + p : `${acc} ${p}`), '').replace(/\s+/g, ' ').trim();
}

/** Lines that end a list whatever their shape: the signature block that follows the recommendations. */
const LIST_END = /^\W*(?:Signature\b|SIGNATURE\b|Signed\b|Date\b|DATE\b|I confirm\b|confirm \S+ have considered|The above request\b|(?:The )?Deputy Mayor for Policing and Crime\W*$|Decision and Final Sign|I (?:hereby )?approve\b|Approv(?:al|ed) (?:[Oo]f|[Bb]y)\b|[A-Z][A-Za-z ,&-]{2,60} Approval\s*$|Lead officer\b|Decision (?:taken|made) by\b|Contact officer\b|Reasons?(?:\(s\))? for (?:the )?decision\b|(?:Reasons?|REASONS?)\s*[–—:-]\s|Alternative options?\b|Declarations? of interest|(?:Publication|Report) (?:date|author)\s*:|Effective from\s*:|Decided at meeting\s*:|Minutes\s*:\s*$|For the reasons? (?:set out|given|stated|outlined|detailed) in the\b)|\bDate of decision\s*:/;

/** "I approve the award of the contract ... to ...": a decision maker's own decision, first in its block (a sign-off such as "I approve the above recommendations" ends a list). */
const OWN_DECISION = /^\W*I (?:hereby )?approve (?!(?:the )?(?:above |following )?recommendations?\b)\w/;
const endsList = (text: string, first: boolean) => LIST_END.test(text) && !(first && OWN_DECISION.test(text));

/** A paragraph that states a decision ("To approve that ...", "Approval to ...", "That the ... be approved"). */
export const DECIDES = /^(?:It was (?:RESOLVED|resolved|AGREED|agreed) |The approval of |To |That |Approv|Agree|Authori[sz]|Delegat|Note[sd]? |Endorse|Accept|Award|Allocat|Adopt|Release|The (?:\S+ ){1,8}(?:is|are|be|was|were) (?:approved|agreed|authori[sz]ed|delegated|awarded|allocated|granted|noted|adopted))/;

/** A decision worded as an order, on its verb: "Approve the expenditure ...", "Award a contract to ...", "Delegate authority ...". */
const IMPERATIVE_DECISION = /^(?:Approve|Agree|Award|Authori[sz]e|Delegate|Note|Endorse|Accept|Adopt|Allocate)\s+(?:the|a|an|to|that|authority|funding|expenditure|\w+ing)\b/;

/** A decision its maker states in the present: "The Portfolio Holder for Leisure approves ...", "The Combined Authority enters into a funding agreement ...". */
export const DECIDES_IN_PRESENT = /^The\s+(?:[\w,&'’-]+\s+){1,8}(?:approves|agrees|awards|authori[sz]es|allocates|endorses|delegates|enters\s+into)\b/;

/** An introduction that ends a line: "is asked to agree:", "awards to the following;", "To approve that". */
const INTRO_END = /(?::|\bfollowing\s*;|\b(?:recommended|asked|invited|requested)\s+to\s+\w+\s*;|\b(?:recommended|asked|agreed?|resolved|decided|requested|invited|approves?|is|are)\s+(?:to|that)|\bas follows)\s*$/i;

/**
 * An introduction that only leads in to the items ("The DMPC is recommended to approve:"), as against
 * a decision that sets out its own parts ("fund 12 applications ... The recipients are as follows:",
 * "distribute £3.8m as follows:"), whose list stays inside it.
 */
function isLeadIn(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.split(' ').length <= 30 && !/[.;]\s+\S/.test(t.replace(/\b(?:e\.g|i\.e|no|s)\.\s/gi, '')) && !/£\s?\d/.test(t);
}

const stripTrailingBullet = (s: string) => s.replace(/\s+[•*«·]$/, '');
// ("...; and" ends an item, and so does a lone "and" between two; "... Interpreting and" wraps onto "Translation Services.")
const endsItem = (s: string) => /[.;]$|(?:^|[;,]\s*)(and|or),?$/.test(s.trim());

/**
 * Parses a recommendations block into items: enumerated or bulleted items nested by marker type
 * (1. > i) > a.), continuation lines rejoined, a bullet before a lower-case word treated as a wrapped
 * line. An introduction ending in ":" is dropped; a single item introducing its sub-items
 * ("1. ... is asked to: i) ... ii) ...") gives way to them. Without markers see parseUnmarked.
 */
export function parseList(input: readonly Line[]): ListItem[] {
  const all = lostMarkers(garbledFirstMarker(bareLetterMarkers(loneMarkers(input))));
  // Whether the block is a marked list is read up to where it ends ("Decision: That ... be WITHDRAWN." then "Minutes:" and numbered minutes).
  const end = all.findIndex((l, k) => k > 0 && endsList(stripTrailingBullet(l.text.trim()), false));
  let lines = end > 0 ? all.slice(0, end) : all;
  // Minutes: "The Trustees noted the statement ..." then "5. Common Good Fund Applications" set apart: the next minute's heading ends the decision.
  const first = lines.findIndex((l) => readMarker(l.text, null));
  const heading = first > 0 && lines[first]!.breakBefore && /[.)]\s*$/.test(lines[first - 1]!.text) && isSubHeading(readMarker(lines[first]!.text, null)!.rest.replace(/\s*\([^)]*\)$/, ''));
  if (heading) lines = lines.slice(0, first);
  // "1. DECISION TAKEN" ... "2. DECISION TAKER": a numbered heading in capitals is the form's next section, not an item.
  const caps = lines.findIndex((l, k) => k > 0 && isCapsHeading(l.text.trim()));
  if (caps > 0) lines = lines.slice(0, caps);
  if (!lines.some((l) => readMarker(l.text, null))) return parseUnmarked(lines);
  const roots: ListItem[] = [];
  const stack: ListItem[] = [];
  const intro: Line[] = [];
  let prevAlpha: string | null = null;
  // The list's next item further down ("2. That authority ..." under a table of item 1 whose cells a scan read as short lines).
  const nextItemWithin = (k: number, item: ListItem) => lines.slice(k + 1, k + 10).some((l) => readMarker(l.text.trim(), null)?.marker === nextMarker(item.marker) && item.marker !== '');
  for (const [k, line] of lines.entries()) {
    const text = stripTrailingBullet(line.text.trim());
    const current = stack[stack.length - 1];
    const mk = readMarker(text, prevAlpha, current?.type === 'roman' ? current.marker : null);
    // A short line after a break ends the list (a heading follows), unless it is a row of an item's table of sums ("2019/2020  £3,434").
    const sumsRow = text.includes('\t') && /£\s?\d/.test(text);
    // (Not a lower-case word that goes on with an item cut mid-sentence by a gap a scan put in: "... the Combined Authority" / "approves:".)
    const goesOn = !!current && /[a-z,]$/.test(current.text.trim()) && /^[a-z]/.test(text);
    if (endsList(text, !current) || (current && line.breakBefore && !mk && text.length < 25 && !endsItem(text) && !sumsRow && !goesOn && !nextItemWithin(k, stack[0]!))) break;
    // "Report author | Publication date | ...": a grid of the page's fields after the last item has ended is not part of it.
    if (current && line.breakBefore && !mk && text.includes('\t') && /[.;]$/.test(current.text.trim())) break;
    // "(Councillor Fletcher returned to the meeting)": a minute's aside after an item ends the list.
    if (current && /^\(.*\)$/.test(text) && /[.;]$/.test(current.text)) break;
    // (After an item that ended, "...; and," / "« approve £12,874 ...", a bullet before a lower-case word starts the next.)
    // (... as does one before a decision's verb in the third person: "* approves receipt ... (UKFPU)" / "+ delegates authority ...".)
    if (mk && !(mk.type === 'bullet' && /^[a-z]/.test(mk.rest) && !THIRD_PERSON_VERB.test(mk.rest) && current && !endsItem(current.text))) {
      if (mk.type === 'alpha') prevAlpha = mk.marker;
      const item: ListItem = { type: mk.type, marker: mk.marker, lines: [line], text: mk.rest, children: [], close: mk.close };
      // "(1) The allocation ... be noted as follows:" then "2. Suffolk Mind ... £5,000": the other style is a level down.
      // (Of two lists of one style, one inside the other, the marker goes on the one whose last marker comes just before it.)
      const sameStyle = (s: ListItem) => s.type === mk.type && s.close === mk.close;
      const inTurn = stack.map((s, k) => (sameStyle(s) && nextMarker(s.marker) === mk.marker ? k : -1)).reduce((a, b) => Math.max(a, b), -1);
      const depth = inTurn >= 0 ? inTurn : stack.findIndex(sameStyle);
      // "2. That the following are appointed:" then "1. Carpets Ltd (Lot 1)": a list starting again under an item that introduces it is that item's.
      const restarts = !!current && /^(?:1|a|i)$/.test(mk.marker) && /:-?$/.test(current.text.trim()) && current.marker !== '' && !/^(?:1|a|i)$/.test(current.marker);
      if (depth >= 0 && !restarts) stack.length = depth;
      // "2.2 Delegated authority ..." after the bullets of 2.1: a paragraph number is the top level.
      if (/^\d{1,2}\.\d{1,2}$/.test(mk.marker)) stack.length = 0;
      if (stack.length) stack[stack.length - 1]!.children.push(item);
      else roots.push(item);
      stack.push(item);
    } else if (current) {
      current.lines.push(line);
      current.text = joinLines([current.text, mk ? mk.rest : text]);
    } else intro.push(line); // introduction before the first item
  }
  // ... unless it is a decision in itself ("1. That Cabinet agree to fund ... £1,000,000 comprised of:"), or its sub-items are the parts of that one decision, a party and its sum each ("1. that the following grants be awarded:" / "• £4,500 to Passion ...").
  if (roots.length === 1 && /:$/.test(roots[0]!.text.trim()) && roots[0]!.children.length >= 2 && isLeadIn(roots[0]!.text) && !allocationRows(roots[0]!.children)) return roots[0]!.children;
  // "(a) In respect of TCF: ... the Combined Authority approves:" over "(i) That ...", then "(b) In respect of CIP ... approves:" over
  // "(i) That ...": items that each only lead in to their own are headings; the decisions are the items under them.
  if (roots.length >= 2 && roots.every((r) => /:$/.test(r.text.trim()) && r.children.length >= 1 && isLeadIn(r.text) && !allocationRows(r.children))) return roots.flatMap((r) => r.children);
  // "To agree to distribute £3.8m funds as follows: ..." then "2.2 Delegated authority ...": a first decision printed without its number
  // (the list goes on from a second marker) is an item, not an introduction.
  const introText = joinLines(intro.map((l) => stripTrailingBullet(l.text.trim())));
  const firstMarker = /^(?:1|a|i|\d{1,2}\.1)$/.test(roots[0]?.marker ?? '');
  // "... fund 12 applications ... The grant recipients and maximum amounts are as follows:" over "• Hart Studios – £500", or "To roll
  // forward two grants ... for the following projects:": a decision that sets out its own parts keeps them (OCR reads the bullets a
  // text layer leaves out).
  // The parts may be followed by the next decision ("2.2 Delegated authority ..."), which stays an item of its own.
  const parts = roots.findIndex((r) => !allocationRows([r]));
  const partCount = parts < 0 ? roots.length : parts;
  if (partCount >= 2 && /:$/.test(introText) && (!isLeadIn(introText) || DECIDES.test(introText))) return [withParts(intro, introText, roots.slice(0, partCount)), ...roots.slice(partCount)];
  // "It is recommended that a grant of £25,000 is awarded ..., subject to the following condition;" over "i. Alternative funding ...":
  // the items are the conditions of the one decision the paragraph states.
  if (roots.length && CONDITIONS.test(introText)) return [withParts(intro, introText, roots)];
  if (roots.length && !firstMarker && intro.length && DECIDES.test(introText) && !isLeadIn(introText)) return [{ type: 'para', marker: '', lines: intro, text: introText, children: [] }, ...roots];
  return roots;
}

/** The marker after this one in its list ("2" after "1", "b" after "a", "ii" after "i"). */
function nextMarker(marker: string): string {
  if (/^\d+$/.test(marker)) return String(Number(marker) + 1);
  if (ROMAN.includes(marker)) return ROMAN[ROMAN.indexOf(marker) + 1] ?? '';
  return /^[a-z]$/.test(marker) ? String.fromCharCode(marker.charCodeAt(0) + 1) : '';
}

/** A decision's verb in the third person, as a committee's or the Mayor's items begin ("(i) awards up to £11,000 to ...", "delegates authority ..."). */
export const THIRD_PERSON_VERB = /^(?:approves|delegates|agrees|notes|authori[sz]es|endorses|accepts|adopts|allocates|awards|grants|requests|instructs|resolves|confirms|commits|consents)\b/;

/** An item that ends by pointing to the table after it. */
const TABLE_FOLLOWS = /\b(?:in|as\s+(?:set\s+out|detailed|shown)\s+in)\s+the\s+table\s+(?:below|overleaf)\s*:?\s*$/i;

/** A decision's paragraph that ends by introducing its conditions. */
const CONDITIONS = /\bsubject\s+to\s+(?:the\s+following|these)\s+conditions?\s*[;:,.-]*\s*$/i;

/** One decision printed as a paragraph, with the parts it sets out as its sub-items. */
const withParts = (lines: Line[], text: string, parts: ListItem[]): ListItem => ({ type: 'para', marker: '', lines, text, children: parts });

/** Sub-items that each give a named party its sum ("£4,500 to Passion towards ...", "Royal Humane Society - £1,700"), none worded as a decision. */
const allocationRows = (items: readonly ListItem[]) => items.every((i) => !DECIDES.test(i.text) && allocationIn({ ...i.lines[0]!, text: i.text }) !== null);

/** A short heading in capitals ("DECISION TAKER", "DATE DECISION TAKEN:", "REASON FOR DECISION"). */
const CAPS_HEADING = /^(?=.*[A-Z]{3})[A-Z][A-Z'’&/() -]{2,60}:?$/;
const isCapsHeading = (text: string) => {
  const mk = readMarker(text, null);
  return !!mk && mk.type !== 'bullet' && CAPS_HEADING.test(mk.rest.trim());
};

/** A capital letter printed as a marker with no closing mark ("A approve the proposed ...", "B delegate authority ..."). */
const BARE_LETTER = /^(\s*)([A-H])\s+(?=[A-Za-z£(])/;

/**
 * Lines that open with a bare capital letter in sequence from "A" (A, B, C ... each starting a line after a break or
 * an ended sentence) are items marked "A)", "B)": a single "A Letter of Acceptance is issued" stays a sentence.
 */
function bareLetterMarkers(lines: readonly Line[]): readonly Line[] {
  const at = lines.map((l, i) => (BARE_LETTER.test(l.text) && (i === 0 || l.breakBefore || /[.;:]\s*$|\b(?:and|or)\s*$/.test(lines[i - 1]!.text) || !/\w$/.test(lines[i - 1]!.text)) ? i : -1)).filter((i) => i >= 0);
  const letters = at.map((i) => BARE_LETTER.exec(lines[i]!.text)![2]!);
  let run = 0;
  while (run < letters.length && letters[run] === String.fromCharCode(65 + run)) run++;
  if (run < 2) return lines;
  const marked = new Set(at.slice(0, run));
  return lines.map((l, i) => (marked.has(i) ? { ...l, text: l.text.replace(BARE_LETTER, '$1$2) ') } : l));
}

/** A marker alone on its line: "7.2", "(1)", "b)". */
const LONE_MARKER = /^\s*(?:\d{1,2}\.\d{1,2}|\(?\d{1,2}[.)]|\(?[a-h][.)]|\([ivx]{1,4}\))\s*$/;

/** A marker a scan set on a line of its own, over its item's first line worded as a decision ("7.2" / "The Lead Member RESOLVED to (1) Approve ..."): one line again. */
function loneMarkers(lines: readonly Line[]): readonly Line[] {
  // (Only over a line worded as a decision: a lone "1." over "PART I - NON-CONFIDENTIAL FACTS" or "Wards affected" is no item.)
  const decision = (t: string) => DECIDES.test(t) || /^(?:The\s+)?(?:[A-Z][\w'’,&-]*\s+){1,6}(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)\b/.test(t);
  const lone = (i: number) => LONE_MARKER.test(lines[i]!.text) && !!lines[i + 1] && lines[i + 1]!.page === lines[i]!.page && decision(lines[i + 1]!.text.trim());
  if (!lines.some((_, i) => lone(i))) return lines;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lone(i)) {
      out.push({ ...lines[i + 1]!, text: `${lines[i]!.text.trim()} ${lines[i + 1]!.text.trim()}`, breakBefore: lines[i]!.breakBefore });
      i++;
    } else out.push(lines[i]!);
  }
  return out;
}

/** What OCR makes of a list's first marker "(i)": "(©)", "®" alone on its line, "(iy". */
const GARBLED_MARKER = /^\s*(?:\(\s*[©®@¢]\s*\)|[©®@](?=\s|$)|\(i[yj](?=\s))\s*/;

/**
 * A list whose first marked item is its second ("(ii)", "b)", "2.") lost its first marker to OCR: a garbled token at the start of
 * a line above it ("(iy The tender of Kier ...", "®" alone over "Approved the FBC ...") is that first marker.
 */
function garbledFirstMarker(lines: readonly Line[]): readonly Line[] {
  const second = lines.findIndex((l) => ['ii', 'b', '2'].includes(readMarker(l.text, null)?.marker ?? ''));
  if (second < 1 || lines.slice(0, second).some((l) => readMarker(l.text, null))) return lines;
  const mark = readMarker(lines[second]!.text, null)!;
  const first = mark.type === 'roman' ? '(i)' : mark.type === 'num' ? '1.' : mark.close === '.' ? 'a.' : 'a)';
  for (let k = second - 1; k >= Math.max(0, second - 8); k--) {
    const g = GARBLED_MARKER.exec(lines[k]!.text);
    if (!g) continue;
    const rest = lines[k]!.text.slice(g[0].length).trim();
    if (rest) return lines.map((l, i) => (i === k ? { ...l, text: `${first} ${rest}` } : l));
    // The token alone on its line: the item is the line under it.
    const next = lines[k + 1];
    if (next && k + 1 < second && /^\s*[A-Z]/.test(next.text)) return lines.flatMap((l, i) => (i === k ? [] : i === k + 1 ? [{ ...l, text: `${first} ${l.text.trim()}` }] : [l]));
    return lines;
  }
  return lines;
}

/** An item's end that leads on to a next one of the same list: "... be noted;", "...; and", "... be approved and". */
const ITEM_LEADS_ON = /;\s*(?:and|or)?\s*$|\bbe\s+(?:noted|approved|agreed|endorsed|authorised)\s+and\s*$/i;

/**
 * A list of which only the first marker was read ("1. The revisions ... be noted;" then "The West Midlands Combined Authority enter
 * into ... be approved;" with its "2." lost to OCR): after the first item, a line that starts with a capital after a line that
 * ended an item on a semicolon is the next item, numbered in turn.
 */
function lostMarkers(lines: readonly Line[]): readonly Line[] {
  // (Markers of another style, a level down, may follow: "1. ..." then "That ... authority:" over "i) ..." and "ii) ...".)
  const all = lines.map((l, i) => (readMarker(l.text, null) ? i : -1)).filter((i) => i >= 0);
  const top = all.length ? readMarker(lines[all[0]!]!.text, null)! : null;
  const marked = top ? all.filter((i) => readMarker(lines[i]!.text, null)!.type === top.type) : [];
  const first = marked.length === 1 ? top : null;
  if (!first || !['1', 'a', 'i'].includes(first.marker) || first.type === 'bullet') return lines;
  let marker = first.marker;
  const label = (m: string) => (first.type === 'roman' ? `(${m})` : first.close === '.' ? `${m}.` : `${m})`);
  let found = 0;
  const out = lines.map((l, i) => {
    // (Or, where the first item opened on "That", a line that opens on "That" after one that ended a sentence.)
    const that = /^That\s/.test(first.rest) && /^\s*That\s/.test(l.text) && /\.\s*$/.test(lines[i - 1]!.text);
    if (i <= marked[0]! || !(ITEM_LEADS_ON.test(lines[i - 1]!.text.trim()) || that) || !/^\s*[A-Z]/.test(l.text)) return l;
    marker = nextMarker(marker);
    found++;
    return { ...l, text: `${label(marker)} ${l.text.trim()}` };
  });
  return found ? out : lines;
}

/** A short heading in title case ("Longframlington Affordable Housing Units"): no sentence, no figure, every long word capitalised. */
const isSubHeading = (t: string) => {
  const words = t.replace(/:$/, '').split(/\s+/);
  return words.length >= 2 && words.length <= 8 && !/[.;,£\d]/.test(t) && words.filter((w) => w.length > 3).every((w) => /^[A-Z]/.test(w));
};

/**
 * Items without markers (bullets drawn as graphics are lost from text layers): after an introduction
 * ending in ":", an item starts on a line that begins with a capital after a line that ended a sentence,
 * or after a paragraph break. Prose with no introduction is one recommendation: its first paragraph.
 */
export function parseUnmarked(lines: readonly Line[]): ListItem[] {
  const head = lines.slice(0, 3);
  const colon = head.findIndex((l) => /:\s*$/.test(l.text));
  const found = colon >= 0 ? colon : head.findIndex((l) => INTRO_END.test(l.text));
  // "That additional allocation of the following sums be made:" over a table of sums (rows of cells, not items of their own): the table stays inside that decision.
  const sumsFollow = found >= 0 && lines.slice(found + 1, found + 4).filter((l) => l.text.includes("\t") && allocationIn(l)).length >= 2;
  const introEnd = found >= 0 && !sumsFollow && isLeadIn(lines.slice(0, found + 1).map((l) => l.text).join(' ')) ? found : -1;
  const items: ListItem[] = [];
  const indent = lines[introEnd + 1]?.leftEdge ?? null;
  for (const [k, line] of lines.slice(introEnd + 1).entries()) {
    const text = stripTrailingBullet(line.text.trim());
    const cur = items[items.length - 1];
    const prev = lines[introEnd + k];
    if (endsList(text, !cur) || (cur && line.breakBefore && text.length < 25 && !endsItem(text))) break;
    // "to Award the Contract ..., as detailed in the table below:": the table that follows is that item's detail, not more items.
    if (cur && TABLE_FOLLOWS.test(cur.text)) break;
    // "5b Campbeltown Community Business Ltd" set apart after a decision that ended: the next minute's heading.
    if (cur && line.breakBefore && endsItem(cur.text) && /^\d{1,2}[a-z]?\.?\s/.test(text) && isSubHeading(text.replace(/^\d{1,2}[a-z]?\.?\s+/, '').replace(/\s*\([^)]*\)$/, ''))) break;
    // "Desktop Refresh Preparation", a short line after an item that ended: a sub-heading over the next item, not an item.
    if (cur && introEnd >= 0 && endsItem(cur.text) && (line.rightEdge ?? 1) < 0.75 && isSubHeading(text)) continue;
    // Back at the introduction's margin after a break: the list (indented, its bullets drawn as graphics) is over.
    if (cur && introEnd >= 0 && line.breakBefore && indent !== null && (line.leftEdge ?? indent) < indent - 0.01) break;
    // A line that stopped short of the margin ends its item, whatever its last character.
    const short = introEnd >= 0 && prev?.rightEdge != null && prev.rightEdge < 0.7;
    // Items whose bullets were drawn as graphics may start in lower case after one that closed on a semicolon ("... for 2017-18;" / "approve £12,874 ...").
    const afterSemicolon = introEnd >= 0 && /;\s*(?:(?:and|or),?)?$/.test(cur?.text.trim() ?? '') && /^[a-z]+\s/.test(text);
    // "That the Mayor:" over "approves receipt ... (UKFPU)" / "delegates authority ...": a lower-case verb after a line that stopped short starts the next.
    const verbAfterShort = short && THIRD_PERSON_VERB.test(text);
    // Without an introduction, a new paragraph (after a blank line, or after a short line that ended a sentence) starts an item
    // (... or a line worded as a decision after a short line: "role will be up to £11,899 in 2023/24" / "Award Surrey County Council up to £52,852 ...".)
    // (... or, after a sentence that ended, a line that opens on a decision's verb, as the item before it did: "... procurement portal." / "Approve the expenditure of up to £51,458 ...".)
    const verbAfterVerb = !!cur && /[.;]$/.test(prev?.text.trim() ?? '') && IMPERATIVE_DECISION.test(text) && IMPERATIVE_DECISION.test(cur.text);
    const newParagraph = line.breakBefore || verbAfterVerb || (prev?.rightEdge != null && prev.rightEdge < 0.75 && (/[.;]$/.test(prev.text.trim()) || (DECIDES.test(text) && !/:$/.test(prev.text.trim()))));
    const starts = !cur || ((line.breakBefore || endsItem(cur.text) || short || (introEnd < 0 && newParagraph)) && (/^[A-Z£"'(]/.test(text) || afterSemicolon || verbAfterShort));
    // "Approve award of four Call-Off Contracts for the following services:" over lines set further in: that item's parts.
    const itemLeft = cur?.lines[0]!.leftEdge;
    const nested = !!cur && cur.lines.some((l) => /:\s*$/.test(l.text)) && line.leftEdge != null && itemLeft != null && line.leftEdge > itemLeft + 0.02;
    if (cur && (nested || !starts || (introEnd < 0 && !newParagraph))) {
      cur.lines.push(line);
      cur.text = joinLines([cur.text, text]);
    } else items.push({ type: 'para', marker: '', lines: [line], text, children: [] });
  }
  // "To roll forward two grants ... for the following projects:" over "Bedale Town Council - Parade ... grant offer £1,300": one decision and its parts.
  const introText = joinLines(lines.slice(0, introEnd + 1).map((l) => l.text.trim()));
  if (introEnd >= 0 && items.length >= 2 && DECIDES.test(introText) && allocationRows(items)) return [withParts(lines.slice(0, introEnd + 1), introText, items)];
  // Prose with no introduction: one recommendation, its first paragraph, unless every paragraph reads as a decision.
  // (A paragraph may state its decision in the present, "The Combined Authority enters into a funding agreement with ...", among others worded as decisions.)
  const decides = (i: ListItem) => DECIDES.test(i.text) || DECIDES_IN_PRESENT.test(i.text);
  return introEnd < 0 && !(items.length > 1 && (items.every(decides) || (items.length >= 3 && items.slice(1).every(decides)))) ? items.slice(0, 1) : items;
}

/**
 * A minute's lead-in before the words of its decision: "It was RESOLVED that ...", "Agreed – ...", and one printed on the line
 * of the first marker ("The Lead Member RESOLVED to (1) Approve ...", "(2)" on the next line). A resolution's own first words
 * ("That, £660 be awarded ...", "That the Director approves ...") are the decision as printed and stay (+3.0 summed over the
 * labelled sets against leaving them out).
 */
const INLINE_LEAD = /^(?:The\s+)?(?:[A-Z][\w'’,&-]*\s+){1,6}(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)\s+(?:to|that)\s*:?\s*\((?:1|a|i)\)\s+(?=\S)|^It was (?:RESOLVED|resolved|AGREED|agreed)\s+(?:that\s+)?(?=\S)|^(?:Agreed|AGREED|Resolved|RESOLVED)\s*[:–—-]\s*(?=\S)/;

/** Where `itemText` prints a sub-item inside its item's text: before "a. ", "2. " or "ii) " (bullets print no marker). */
export const PRINTED_SUB_ITEM = /\s+(?=(?:[a-z]|\d{1,2})\.\s|[ivx]{1,4}\)\s)/;

/** An item's full text: its own words (without an inline lead-in), then its sub-items with their markers. */
export function itemText(item: ListItem): string {
  const kids = item.children.map((c) => (c.type === 'para' ? itemText(c) : `${c.marker}${c.type === 'bullet' ? '' : c.type === 'roman' ? ')' : '.'} ${itemText(c)}`));
  return joinLines([item.text.replace(INLINE_LEAD, '').replace(OCR_TO, 'to'), ...kids]);
}

/** OCR's "10" for "to" before a decision's verb at the start of an item ("10 note the awards made ..."). */
const OCR_TO = /^1[0O](?=\s+(?:note|approve|agree|delegate|award|accept|endorse|receive|consider|authori[sz]e|allocate)\b)/;
