import type { ExtractContext } from './context.ts';
import { linesFromOffset, type Line } from './doc-lines.ts';
import type { ListItem } from './list-items.ts';
import { routineLines } from './minute-items.ts';
import { FULL_STOP, sentences } from './sentences.ts';
import { CLAUSE_OPENING, IT_WAS_REST } from './item-wording.ts';

// How parish and community minutes tell their decisions: a sentence each, in the passive or with the meeting as its subject,
// under items that carry no "RESOLVED" label or list ("Payment for the years room rent was agreed and paid £150.00.", "It was
// AGREED that the clerk would order a notice board.", "APPROVED the quote for £150 for ...").

/** A word between the verb's parts that leaves the decision as it is ("It was therefore agreed", "were duly approved", "Members then resolved"). */
const ADVERB = String.raw`(?:all|also|then|therefore|thus|further|subsequently|finally|again|[a-z]+ly)`;
/** A sentence that records a decision taken at the meeting. */
const RECORDS_DECISION = new RegExp(
  [
    String.raw`\b(?:was|were)\s+(?:${ADVERB}\s+)?(?:agreed|approved|resolved|authori[sz]ed|accepted|signed|carried)\b`,
    String.raw`\b(?:it\s+was|members|councillors?|cllrs|the\s+(?:parish\s+|town\s+|community\s+)?(?:council|committee|meeting))\s+(?:${ADVERB}\s+)?(?:agreed|AGREED|resolved|RESOLVED|approved|APPROVED|voted|decided)\b`,
    String.raw`\bit\s+was\s+voted\b`,
    String.raw`(?:^|[.:;]\s+)(?:AGREED|APPROVED|RESOLVED)\b`,
  ].join('|'),
  'i',
);
/** A decision told as taken before or elsewhere ("had agreed", "was agreed at the last meeting"), or still to take ("to be agreed"). */
const NOT_TAKEN_HERE = /\bhad\s+(?:been\s+)?(?:\w+ly\s+)?(?:agreed|approved|resolved|decided)\b|\b(?:at|by)\s+the\s+(?:last|previous|January|February|March|April|May|June|July|August|September|October|November|December)\s+meeting\b|\bto\s+be\s+(?:agreed|approved|resolved)\b|\bif\s+(?:it\s+is\s+)?(?:agreed|approved)\b/i;
/** A meeting's routine told in a sentence: "... RESOLVED to accept reasons for absence.", "... to accept the notes as a correct record ...", "The bank statement was duly signed." */
export const ROUTINE_SENTENCE = /\b(?:apologies|reasons?\s+for\s+absence|declarations?\s+of\s+interests?|(?:true|correct|accurate)\s+record|statements?\s+(?:was|were)\s+(?:duly\s+)?signed)\b/i;
/** The last minutes approved: procedure, counted only when nothing else was decided (the recommendations extractor drops it). */
const LAST_MINUTES = /\bminutes\b/i;
/** A minute's number, an item's run-in label or a list's marker before the sentence: "1958 Finance:", "18/28", "a)", "(ii)". */
const LEAD = /^\s*(?:\d{1,4}(?:[./]\d{1,4}){0,2}\.?\s+)?(?:\(?(?:[a-h]|[ivx]{1,4})[.)]\s+)?(?:[A-Z][A-Za-z&'’ -]{1,30}(?::|,(?=\s+It\s))\s+)?/;
/** A paper's heading that says it is minutes: "Minutes of the Finance Committee Meeting held on ...", "DRAFT MINUTES OF THE ...". */
const MINUTES_HEADING = /^\W*(?:(?:draft|approved|confirmed|unconfirmed)\s+)?minutes\s+of\s+(?:the\s+|a\s+)?\w/i;
/** A minute's own numbered line: "1958 Finance: ...", "18/28 ...". */
const NUMBERED_LINE = /^\s*\d{1,4}(?:[./]\d{1,4}){0,2}\.?\s+[A-Z]/;
/** An item's lettered line: "c) St Mary`s Priory Church ...", "(ii) Full Bank reconciliation ...". */
const LETTERED_LINE = /^\s*\(?(?:[a-h]|[ivx]{1,4})\)\s+[A-Z]/;
/** A resolution's label run in before its words: "RESOLVED:", "RESOLVED –". */
const RESOLVED_LABEL = /\bRESOLVED\s*[:–—-]\s*(?=\S)/;
/** A vote's outcome alone, no decision in it: "Agreed.", "Carried unanimously.", "Approved by all." */
const BARE_VOTE = /^\W*(?:agreed|approved|carried|resolved)(?:\s+(?:unanimously|by\s+all|nem\.?\s*con\.?))?\W*$/i;
/** A decision told in a sentence's second clause: "... were discussed and it was voted 5 – 1 that ...". */
const AND_DECIDED = new RegExp(`${CLAUSE_OPENING}(it${IT_WAS_REST}(?:agreed|resolved|voted|decided|approved)\\b)`, 'i');

/**
 * In a paper of minutes, each sentence of an item of substance that records a decision ("... was agreed", "It was AGREED that",
 * "Members resolved to"), as one item from the sentence's start, its minute number and run-in label left off. Only where the
 * minutes tell two or more this way: one such sentence is left to the finders of single resolutions.
 */
export function minutedSentences(ctx: ExtractContext): ListItem[] {
  const lines = ctx.doc.lines;
  // (Minutes whose items carry no numbered headings, "Minutes of the Finance Committee Meeting held on ..." over "a) Abergavenny Food
  // Festival" and its account: read from the top, when the paper's heading says it is minutes.)
  const heading = lines.slice(0, 6).findIndex((l) => MINUTES_HEADING.test(l.text));
  if (!ctx.minutes.length && heading < 0) return [];
  const routine = routineLines(ctx.minutes);
  const first = ctx.minutes[0]?.line.index ?? heading + 1;
  const items: ListItem[] = [];
  // Paragraphs: a break, a minute's heading or a numbered line starts one.
  const heads = new Set(ctx.minutes.map((m) => m.line.index));
  // ... and so does a lettered line after a sentence's end ("... as per last year." over "c) St Mary`s Priory Church ...").
  const starts = (k: number) => lines[k]!.breakBefore || lines[k]!.pageStart || heads.has(k) || NUMBERED_LINE.test(lines[k]!.text) || (LETTERED_LINE.test(lines[k]!.text) && /[.)]\s*$/.test(lines[k - 1]?.text ?? ''));
  for (let i = first; i < lines.length; i++) {
    // (A minute's heading names its subject; the sentences under it start the next paragraph.)
    if (heads.has(i)) continue;
    const taken = [lines[i]!];
    for (let k = i + 1; k < lines.length && !starts(k) && taken.length < 15; k++) taken.push(lines[k]!);
    // (A numbered minute whose heading ran into its decision, "1958 Finance: Payment ... was agreed", is no part of the routine item above it.)
    const skip = (routine.has(lines[i]!.index) && !NUMBERED_LINE.test(lines[i]!.text)) || ctx.sectionOf.get(lines[i]!.index) === 'signature';
    // A line that stops short of the margin with no stop, the next starting in capitals, ends its sentence ("... paid £150.00" / "Budget requirements ...").
    const margin = Math.max(...taken.map((l) => l.rightEdge ?? 1));
    const stops = (l: Line, k: number) => k < taken.length - 1 && (l.rightEdge ?? 1) < margin - 0.08 && !/[.;:,]\s*$/.test(l.text) && /^\s*[A-Z]/.test(taken[k + 1]!.text);
    const text = taken.map((l, k) => `${l.text.trim()}${stops(l, k) ? '.' : ''}`).join(' ').replace(/\s+/g, ' ');
    let offset = 0;
    const before = items.length;
    const earlier: { text: string; at: number }[] = [];
    for (const sentence of skip ? [] : sentences(text, FULL_STOP)) {
      // ("Budget requirements ... were discussed and it was voted 5 – 1 that ...": the decision's own clause.)
      const clause = AND_DECIDED.exec(sentence);
      // ("(ii) Full Bank reconciliation to 30th June 2013: RESOLVED: Members agreed to note ...": the decision after its label.)
      const said = clause ? sentence.slice(clause.index + clause[0].length - clause[1]!.length) : sentence;
      const label = RESOLVED_LABEL.exec(said);
      const told = label ? said.slice(label.index + label[0].length) : said.replace(LEAD, '');
      const vote = BARE_VOTE.test(told);
      // ("... RESOLVED: Members agreed to note the report (P) MB (S) DM. Agreed.": the vote on a decision the paragraph told is none of its own;
      // after a motion it did not ("It was moved to note the report. (P) DM (S) BH. Agreed."), the motion is what was agreed.)
      const motion = vote && items.length === before ? earlier.filter((t) => (t.text.match(/\b[a-z]{2,}\b/g) ?? []).length >= 3).pop() : undefined;
      if (motion) items.push({ type: 'para', marker: '', lines: linesFromOffset(taken, motion.at), text: motion.text, children: [] });
      else if ((label || RECORDS_DECISION.test(told)) && !NOT_TAKEN_HERE.test(told) && !ROUTINE_SENTENCE.test(told) && !/^\W*(?:the\s+)?minutes\b/i.test(told) && !(vote && items.length > before)) {
        items.push({ type: 'para', marker: '', lines: linesFromOffset(taken, offset), text: told.trim(), children: [] });
      }
      earlier.push({ text: told.trim(), at: offset });
      offset += sentence.length + 1;
    }
    i += taken.length - 1;
  }
  const substantive = items.filter((it) => !LAST_MINUTES.test(it.text.slice(0, 40)));
  return substantive.length >= 2 ? substantive : [];
}
