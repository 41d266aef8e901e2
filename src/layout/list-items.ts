import { wouldHaveFitted, type Line } from './doc-lines.ts';
import { allocationIn } from './allocations.ts';
import { DECIDES, DECIDES_IN_PRESENT, IMPERATIVE_DECISION, LOWER_CASE_VERB, THIRD_PERSON_VERB } from './item-wording.ts';
import { isSpeck, nextMarker, readMarker, type MarkerType } from './list-markers.ts';
import { repairMarkers } from './marker-repairs.ts';
import { ABBREVIATION } from './sentences.ts';

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

/** Joins wrapped lines: a hyphen at a line end joins without a space. */
export function joinLines(parts: readonly string[]): string {
  return parts.reduce((acc, p) => (!acc ? p : /\w-$/.test(acc) ? acc + p : `${acc} ${p}`), '').replace(/\s+/g, ' ').trim();
}

/** Lines that end a list whatever their shape: the signature block that follows the recommendations. */
const LIST_END = /^\W*(?:Signature\b|SIGNATURE\b|Signed\b|Date\b|DATE\b|I confirm\b|confirm \S+ have considered|The above request\b|(?:The )?Deputy Mayor for Policing and Crime\W*$|Decision and Final Sign|I (?:hereby )?approve\b|Approv(?:al|ed) (?:[Oo]f|[Bb]y)\b|[A-Z][A-Za-z ,&-]{2,60} Approval\s*$|Lead officer\b|Decision (?:taken|made) by\b|Contact officer\b|Reasons?(?:\(s\))? for (?:the )?decision\b|(?:Reasons?|REASONS?)\s*[–—:-]\s|Alternative options?\b|Declarations? of interest|(?:Publication|Report) (?:date|author)\s*:|Effective from\s*:|Decided at meeting\s*:|Minutes\s*:\s*$|For the reasons? (?:set out|given|stated|outlined|detailed) in the\b)|\bDate of decision\s*:/;

/** "I approve the award of the contract ... to ...": a decision maker's own decision, first in its block (a sign-off such as "I approve the above recommendations" ends a list). */
const OWN_DECISION = /^\W*I (?:hereby )?approve (?!(?:the )?(?:above |following )?recommendations?\b)\w/;
const endsList = (text: string, first: boolean) => LIST_END.test(text) && !(first && OWN_DECISION.test(text));

/** An introduction that ends a line: "is asked to agree:", "awards to the following;", "To approve that". */
const INTRO_END = /(?::|\bfollowing\s*;|\b(?:recommended|asked|invited|requested)\s+to\s+\w+\s*;|\b(?:recommended|asked|agreed?|resolved|decided|requested|invited|approves?|is|are)\s+(?:to|that)|\bas follows)\s*$/i;

/** An introduction whose sentence is left open for the items under it: a colon, or where it meant one, a semicolon or comma ("... a one-off payment to the following charities,", "The organisations are;"). */
const OPEN_END = /[:;,]-?$/;

/**
 * An introduction that only leads in to the items ("The DMPC is recommended to approve:"), as against
 * a decision that sets out its own parts ("fund 12 applications ... The recipients are as follows:",
 * "distribute £3.8m as follows:"), whose list stays inside it.
 */
function isLeadIn(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.split(' ').length <= 30 && !/[.;]\s+\S/.test(t.replace(/\b(?:e\.g|i\.e|no|s)\.\s/gi, '')) && !/£\s?\d/.test(t);
}

/** A line set where an item's first line is, below that item's wrapped lines all set further in (a hanging indent): the next item's. */
function hangsUnder(item: ListItem, line: Line): boolean {
  const [first, ...wrapped] = item.lines;
  const at = first?.leftEdge;
  if (at == null || line.leftEdge == null || !wrapped.length || Math.abs(line.leftEdge - at) > 0.008) return false;
  return wrapped.every((l) => l.leftEdge != null && l.leftEdge > at + 0.01);
}

const stripTrailingBullet = (s: string) => s.replace(/\s+[•*«·]$/, '');
// ("...; and" ends an item, and so does a lone "and" between two; "... Interpreting and" wraps onto "Translation Services.")
// ("... the capital grant of up to £100,000 to St." / "Augustine's Church ...": an abbreviation's full stop ends no item.)
const ABBREVIATION_END = new RegExp(`${ABBREVIATION}$`);
const endsItem = (s: string) => (/[.;]$/.test(s.trim()) && !ABBREVIATION_END.test(s.trim())) || /(?:^|[;,]\s*)(and|or),?$/.test(s.trim());

/**
 * Parses a recommendations block into items: enumerated or bulleted items nested by marker type
 * (1. > i) > a.), continuation lines rejoined, a bullet before a lower-case word treated as a wrapped
 * line. An introduction ending in ":" is dropped; a single item introducing its sub-items
 * ("1. ... is asked to: i) ... ii) ...") gives way to them. Without markers see parseUnmarked.
 */
export function parseList(input: readonly Line[]): ListItem[] {
  const all = repairMarkers(input);
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
  const led = unmarkedLeads(lines);
  if (led) return led;
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
    // ... or the row of headings over such a table ("Organisation  Grant" over "a.  Surrey Heath Citizens Advice  £80,000").
    const below = lines[k + 1]?.text ?? '';
    const headsSums = text.includes('\t') && below.includes('\t') && /£\s?\d/.test(below);
    // (Not a lower-case word that goes on with an item cut mid-sentence by a gap a scan put in: "... the Combined Authority" / "approves:".)
    const goesOn = !!current && /[a-z,]$/.test(current.text.trim()) && /^[a-z]/.test(text);
    if (endsList(text, !current) || (current && line.breakBefore && !mk && text.length < 25 && !endsItem(text) && !sumsRow && !headsSums && !goesOn && !nextItemWithin(k, stack[0]!))) break;
    // "Report author | Publication date | ...": a grid of the page's fields after the last item has ended is not part of it.
    // (Not a table of the item's own between it and the list's next item: "1. That a variation to the ... loan detailed in the table
    // below ... be approved." over "BORROWER  SCHEME  DISTRICT  LOAN", then "2. That authority be delegated ...".)
    if (current && line.breakBefore && !mk && text.includes('\t') && /[.;]$/.test(current.text.trim()) && !(POINTS_BELOW.test(current.text) && nextItemWithin(k, stack[0]!))) break;
    // A paragraph after a break, set out at the margin left of where the last item's marker stood, after that item ended on a full
    // stop ("• £20,000 for Blythswood Care, Highland Foodbank – Inverness project." / "Inverness annual floral displays for 2017 will
    // include ..."): the prose after the list, not more of its last item.
    const markerEdge = current?.lines[0]?.leftEdge;
    if (current && current.type === 'bullet' && stack.length === 1 && line.breakBefore && !mk && markerEdge != null && line.leftEdge != null && line.leftEdge < markerEdge - 0.015 && !/:\s*$/.test(text) && /\.\s*$/.test(current.text.trim())) break;
    // "(Councillor Fletcher returned to the meeting)": a minute's aside after an item ends the list.
    // (Not the next item, whose line may end on a bracket too: "(e) agrees for £40,000 of the ... contribution set out in resolution (b)".)
    if (current && /^\(.*\)$/.test(text) && !mk && /[.;]$/.test(current.text)) break;
    // (After an item that ended, "...; and," / "« approve £12,874 ...", a bullet before a lower-case word starts the next.)
    // (... as does one before a decision's verb in the third person: "* approves receipt ... (UKFPU)" / "+ delegates authority ...".)
    // "1. That ...", "2. That ..." then "65.1 The report of ...": a minute's paragraph numbers of another count end the list.
    const lastRoot = roots[roots.length - 1];
    if (mk && /^\d{1,2}\.\d{1,2}$/.test(mk.marker) && lastRoot && /^\d+$/.test(lastRoot.marker) && ![lastRoot.marker, nextMarker(lastRoot.marker)].includes(mk.marker.split('.')[0]!)) break;
    // (... and so does one set where the item before it opened, under which that item's wrapped lines hang further in: "• receipt of an
    // £800,000 revenue grant ... Act 1999" / "• expenditure of up to £800,000 ...".)
    if (mk && !(mk.type === 'bullet' && /^[a-z]/.test(mk.rest) && !THIRD_PERSON_VERB.test(mk.rest) && current && !endsItem(current.text) && !hangsUnder(current, line))) {
      if (mk.type === 'alpha') prevAlpha = mk.marker;
      const item: ListItem = { type: mk.type, marker: mk.marker, lines: [line], text: mk.rest, children: [], close: mk.close };
      // "(1) The allocation ... be noted as follows:" then "2. Suffolk Mind ... £5,000": the other style is a level down.
      // (Of two lists of one style, one inside the other, the marker goes on the one whose last marker comes just before it.)
      const sameStyle = (s: ListItem) => s.type === mk.type && s.close === mk.close;
      const inTurn = stack.map((s, k) => (sameStyle(s) && nextMarker(s.marker) === mk.marker ? k : -1)).reduce((a, b) => Math.max(a, b), -1);
      // (Bullets all alike nest by how far they are set in: "• Approve ... the following scope;" over "• Purchase ..." set further in.)
      const left = line.leftEdge;
      const setInUnder = (s: ListItem) => left != null && s.lines[0]!.leftEdge != null && left > s.lines[0]!.leftEdge + 0.015;
      const level = mk.type === 'bullet' && left != null ? stack.findIndex((s) => sameStyle(s) && !setInUnder(s)) : null;
      const depth = inTurn >= 0 ? inTurn : (level ?? stack.findIndex(sameStyle));
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
  // "2.1. It is recommended that the Commissioner approves:" over lines set in under its words, their bullets drawn as graphics: the parts are the items.
  // (Not parts that give parties their sums, "1. that the following Community Grants be awarded:" over "£4,500 to Passion ...", nor a delegation's scope.)
  const setIn = roots.length === 1 && !intro.length ? setInParts(roots[0]!) : null;
  if (setIn) return setIn;
  // ... unless it is a decision in itself ("1. That Cabinet agree to fund ... £1,000,000 comprised of:"), or its sub-items are the parts of that one decision, a party and its sum each ("1. that the following grants be awarded:" / "• £4,500 to Passion ...").
  // (A delegation's sub-items are what it delegates, one decision: "a) Delegate authority to the Director ... to:" over "(i) finalise ..." / "(ii) to award ...".)
  if (roots.length === 1 && /:$/.test(roots[0]!.text.trim()) && roots[0]!.children.length >= 2 && isLeadIn(roots[0]!.text) && !allocationRows(roots[0]!.children) && !DELEGATES.test(roots[0]!.text)) return roots[0]!.children;
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
  // ("The Commissioner ... awards;" over "• £28,070 to Active Surrey ...", "• £5,000 to ...": items that are each a party and its sum are the
  // parts of the sentence they complete, however short it is, where it ends on a semicolon or comma.)
  const completes = !/:$/.test(introText) && allocationRows(roots);
  if (partCount >= 2 && OPEN_END.test(introText) && (!isLeadIn(introText) || DECIDES.test(introText) || completes)) return [withParts(intro, introText, roots.slice(0, partCount)), ...roots.slice(partCount)];
  // "To award a contract to Lift & Engineering Services ... to refurbish ... lift installation works at" over "a) Lyric Theatre," ...: a
  // decision whose sentence runs on into its items (no colon, no stop) has them as its parts, where none of them decides.
  // (Items that open on a verb or after "to", "that" or ":-" are decisions of their own: "It was AGREED to" over "a. approve ...".)
  if (roots.length >= 2 && DECIDES.test(introText) && !/(?:\bto|\bthat|[-–—.;:!?)])$/i.test(introText) && roots.every((r) => /^[A-Z0-9£]/.test(r.text) && !DECIDES.test(r.text) && !r.children.length)) return [withParts(intro, introText, roots)];
  // "It is recommended that a grant of £25,000 is awarded ..., subject to the following condition;" over "i. Alternative funding ...":
  // the items are the conditions of the one decision the paragraph states.
  if (roots.length && CONDITIONS.test(introText)) return [withParts(intro, introText, roots)];
  if (roots.length && !firstMarker && intro.length && DECIDES.test(introText) && !isLeadIn(introText)) return [{ type: 'para', marker: '', lines: intro, text: introText, children: [] }, ...roots];
  return roots;
}

/**
 * The parts under a lone marked item that only leads in on its first line ("2.1. It is recommended that the PFCC approves:"), read
 * as unmarked items: two or more lines, every one set in from the marker (where a text layer leaves out bullets drawn as graphics).
 */
function setInParts(item: ListItem): ListItem[] | null {
  const [first, ...rest] = item.lines;
  const margin = first?.leftEdge;
  const lead = first ? readMarker(first.text.trim(), null)?.rest : undefined;
  if (!first || margin == null || lead === undefined || rest.length < 2 || item.children.length || !/:\s*$/.test(first.text) || !isLeadIn(lead) || DELEGATES.test(lead)) return null;
  if (!rest.every((l) => l.leftEdge != null && l.leftEdge > margin + 0.015)) return null;
  const parts = parseUnmarked([{ ...first, text: lead }, ...rest]);
  return parts.length >= 2 && !allocationRows(parts) ? parts : null;
}

/** A decision that delegates: "Delegate authority to the Director ... to:", "That authority be delegated to ...". */
const DELEGATES = /^\W*(?:(?:to|that)\s+)?(?:delegated\s+authority\b|delegates?\s+(?:authority|(?:the\s+)?powers?|responsibility)\b)|^\W*(?:that\s+)?(?:authority|powers?)\s+(?:be|is|are)\s+delegated\b/i;

/** An item that points to a table or schedule below it ("the loan detailed in the table below, as detailed further ..."). */
const POINTS_BELOW = /\b(?:table|schedule)\s+(?:below|overleaf)\b|\bset\s+out\s+below\b/i;
/** An item that ends by pointing to the table after it. */
const TABLE_FOLLOWS = /\b(?:in|as\s+(?:set\s+out|detailed|shown)\s+in)\s+the\s+table\s+(?:below|overleaf)\s*:?\s*$/i;

/** A decision recorded in the past passive in a paragraph's first sentence. */
const RECORDED = /\b(?:was|were)\s+(?:approved|authori[sz]ed|agreed|noted|resolved|endorsed|accepted|delegated|awarded|adopted|granted)\b/;

/** A decision's paragraph that ends by introducing its conditions or its reasons ("That the application be REFUSED for the following reason:"). */
const CONDITIONS = /\b(?:subject\s+to\s+(?:the\s+following|these)\s+conditions?|for\s+the\s+following\s+reasons?|on\s+the\s+following\s+grounds?)\s*[;:,.-]*\s*$/i;

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
export function parseUnmarked(input: readonly Line[]): ListItem[] {
  // (A scan's speck where a boxed list's number was, "a 1A", is no text of the list.)
  const lines = input.filter((l) => !(isSpeck(l.text) && /\d/.test(l.text)));
  const head = lines.slice(0, 3);
  // ("The DMPC is asked to;": a lead-in closed on a semicolon by mistake, its verb still waiting for its object.)
  // ("The Policy and Resources Committee -": a body's name over what it did, set off by a dash as by a colon.)
  const colon = head.findIndex((l) => /(?::|\bto\s*;|^\s*(?:The\s+)?[A-Z][\w&'’]*\s+(?:(?:[A-Z][\w&'’]*|and|of|for|&)\s+){0,6}[–—-])\s*$/.test(l.text));
  const found = colon >= 0 ? colon : head.findIndex((l) => INTRO_END.test(l.text));
  // "That additional allocation of the following sums be made:" over a table of sums (rows of cells, not items of their own): the table stays inside that decision.
  const sumsFollow = found >= 0 && lines.slice(found + 1, found + 4).filter((l) => l.text.includes("\t") && allocationIn(l)).length >= 2;
  const introEnd = found >= 0 && !sumsFollow && isLeadIn(lines.slice(0, found + 1).map((l) => l.text).join(' ')) ? found : -1;
  const items: ListItem[] = [];
  const indent = lines[introEnd + 1]?.leftEdge ?? null;
  const margin = Math.max(...lines.map((l) => l.rightEdge ?? 0));
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
    // (... or short of the block's right margin by more than this line's first word: had the item gone on, that word would have fitted.)
    const short = introEnd >= 0 && prev?.rightEdge != null && (prev.rightEdge < 0.7 || wouldHaveFitted(prev, line, margin));
    // Items whose bullets were drawn as graphics may start in lower case after one that closed on a semicolon ("... for 2017-18;" / "approve £12,874 ...").
    const afterSemicolon = introEnd >= 0 && /;\s*(?:(?:and|or),?)?$/.test(cur?.text.trim() ?? '') && /^[a-z]+\s/.test(text);
    // "That the Mayor:" over "approves receipt ... (UKFPU)" / "delegates authority ...": a lower-case verb after a line that stopped short starts the next.
    const verbAfterShort = short && THIRD_PERSON_VERB.test(text);
    // Without an introduction, a new paragraph (after a blank line, or after a short line that ended a sentence) starts an item
    // (... or a line worded as a decision after a short line: "role will be up to £11,899 in 2023/24" / "Award Surrey County Council up to £52,852 ...".)
    // (... or, after a sentence that ended, a line that opens on a decision's verb, as the item before it did: "... procurement portal." / "Approve the expenditure of up to £51,458 ...".)
    const verbAfterVerb = !!cur && /[.;]$/.test(prev?.text.trim() ?? '') && IMPERATIVE_DECISION.test(text) && IMPERATIVE_DECISION.test(cur.text);
    // ("It was RESOLVED to:" over "award a grant in kind to ... for the new Scout Hut" / "award a grant ...", their bullets drawn as graphics:
    // a line that stopped short, then the same kind of lower-case verb the item before it opened on, starts the next.)
    const parallelVerb = !!cur && prev?.rightEdge != null && prev.rightEdge < 0.75 && LOWER_CASE_VERB.test(text) && LOWER_CASE_VERB.test(cur.text);
    // (... or a decision worded as the one before it opened, after a sentence that ended short of the margin by more than this line's
    // first word: "... activity 6 - delivery." / "To give full approval of ...".)
    const endedShort = !!prev && /[.;]$/.test(prev.text.trim()) && wouldHaveFitted(prev, line, margin);
    const sameOpening = !!cur && /^(?:To|That)\s/.test(text) && /^(?:To|That)\s/.test(cur.text) && endedShort;
    const newParagraph = line.breakBefore || verbAfterVerb || parallelVerb || sameOpening || (prev?.rightEdge != null && prev.rightEdge < 0.75 && (/[.;]$/.test(prev.text.trim()) || (DECIDES.test(text) && !/:$/.test(prev.text.trim()))));
    const starts = !cur || ((line.breakBefore || endsItem(cur.text) || short || (introEnd < 0 && newParagraph)) && (/^[A-Z£"'(]/.test(text) || afterSemicolon || verbAfterShort)) || parallelVerb;
    // "Approve award of four Call-Off Contracts for the following services:" over lines set further in: that item's parts.
    const itemLeft = cur?.lines[0]!.leftEdge;
    // (... or that closed on a semicolon where it meant a colon: "... to deliver the following scope;" over the scope's lines, set in.)
    const nested = !!cur && cur.lines.some((l) => /:\s*$|\bfollowing\s+\w+\s*;\s*$/.test(l.text)) && line.leftEdge != null && itemLeft != null && line.leftEdge > itemLeft + 0.02;
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
  const decides = (i: ListItem) => DECIDES.test(i.text) || DECIDES_IN_PRESENT.test(i.text) || STATED_RECOMMENDATION.test(i.text);
  // Minutes in the past ("The Full Business Case ... was approved.", "The Portfolio Director was authorised ...", "It was noted that ..."):
  // the paragraphs that record a decision, one closing remark aside ("Gratitude was expressed to everyone ...").
  const recorded = items.filter((i) => decides(i) || RECORDED.test(i.text.split(/(?<=\.)\s/)[0]!));
  if (introEnd < 0 && items.length >= 3 && recorded.length >= items.length - 1 && recorded[0] === items[0]) return recorded;
  return introEnd < 0 && !(items.length > 1 && (items.every(decides) || (items.length >= 3 && items.slice(1).every(decides)))) ? items.slice(0, 1) : items;
}

/** A paragraph that says it is a recommendation: "The second recommendation to the PFCC is to sign ...", "It is recommended that the PCC approves ...". */
const STATED_RECOMMENDATION = /^(?:The\s+(?:\w+\s+){0,2}recommendation\s+(?:to\s+[^.]{1,60}?\s+)?is\s+(?:to|that)\s|It\s+is\s+(?:therefore\s+|also\s+|further\s+)?recommended\s+that\s)/;

/**
 * A minute's lead-in before the words of its decision: "It was RESOLVED that ...", "Agreed – ...", and one printed on the line
 * of the first marker ("The Lead Member RESOLVED to (1) Approve ...", "(2)" on the next line). A resolution's own first words
 * ("That, £660 be awarded ...", "That the Director approves ...") are the decision as printed and stay (+3.0 summed over the
 * labelled sets against leaving them out).
 */
const INLINE_LEAD = /^(?:The\s+)?(?:[A-Z][\w'’,&-]*\s+){1,6}(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)\s+(?:to|that)\s*:?\s*\((?:1|a|i)\)\s+(?=\S)|^It was (?:RESOLVED|resolved)\s+(?:that\s+)?(?=\S)|^(?:Agreed|AGREED|Resolved|RESOLVED)\s*[:–—-]\s*(?=\S)/;

/** Where `itemText` prints a sub-item inside its item's text: before "a. ", "2. " or "ii) " (bullets print no marker). */
export const PRINTED_SUB_ITEM = /\s+(?=(?:[a-z]|\d{1,2})\.\s|[ivx]{1,4}\)\s)/;

/** An item's full text: its own words (without an inline lead-in), then its sub-items with their markers. */
export function itemText(item: ListItem): string {
  const kids = item.children.map((c) => (c.type === 'para' ? itemText(c) : `${c.marker}${c.type === 'bullet' ? '' : c.type === 'roman' ? ')' : '.'} ${itemText(c)}`));
  return joinLines([item.text.replace(INLINE_LEAD, '').replace(OCR_TO, 'to'), ...kids]);
}

/** OCR's "10" for "to" before a decision's verb at the start of an item ("10 note the awards made ..."). */
const OCR_TO = /^1[0O](?=\s+(?:note|approve|agree|delegate|award|accept|endorse|receive|consider|authori[sz]e|allocate)\b)/;

/**
 * "To confirm the Budget ... ." / "To approve the Budget ... with totals:" over "• Strategic Planning £87,950" / "To approve the levy ...":
 * decisions printed without markers, each a paragraph at the margin that starts "To ..." or "That ...", their details bulleted and set
 * in under them. Each paragraph is an item, its bullets its children; null when the block is not so (two such paragraphs at least,
 * and a bullet set in).
 */
function unmarkedLeads(lines: readonly Line[]): ListItem[] | null {
  const margin = lines[0]?.leftEdge;
  if (margin == null) return null;
  const items: ListItem[] = [];
  let ended = true;
  for (const line of lines) {
    const text = line.text.trim();
    const mk = readMarker(text, null);
    const last = items[items.length - 1];
    const setIn = (line.leftEdge ?? margin) > margin + 0.015;
    if (mk?.type === 'bullet' && setIn && last) {
      last.children.push({ type: 'bullet', marker: mk.marker, lines: [line], text: mk.rest, children: [] });
      ended = true;
    } else if (!mk && Math.abs((line.leftEdge ?? margin) - margin) < 0.015 && ended && /^(?:To|That)\s+[a-z]/.test(text)) {
      items.push({ type: 'para', marker: '', lines: [line], text, children: [] });
      ended = /[.:;]$/.test(text);
    } else if (!mk && last && !last.children.length && !ended && Math.abs((line.leftEdge ?? margin) - margin) < 0.015) {
      last.lines.push(line);
      last.text = joinLines([last.text, text]);
      ended = /[.:;]$/.test(text);
    } else break;
  }
  return items.length >= 2 && items.some((i) => i.children.length) ? items : null;
}
