import type { Recommendation } from '../../record/index.ts';
import { lineHolding, locate } from '../../layout/doc-lines.ts';
import type { ExtractContext } from '../../layout/context.ts';
import { defineExtractor } from '../define-extractor.ts';
import { itemText } from '../../layout/list-items.ts';
import { recommendationLists } from '../../layout/recommendation-lists.ts';
import { routineLines } from '../../layout/minute-items.ts';

/** A minute's own number before its decision ("76/2006 That the Director of Community Services be authorised ..."): left off, as a reference is. */
const MINUTE_NUMBER = /^\d{1,4}\/(?:\d{4}|\d{2})\s+(?=(?:That|To|RESOLVED|Resolved|AGREED|Agreed)\b)/;

/** A decisions list's status printed on the line above the decision's words ("Recommendations Approved" / "This report relates to the award ..."). */
const STATUS_FIRST = /^(?:Recommendations?\s+Approved(?:\s*\(subject\s+to\s+call[\s-]?in\))?|Decision\s+Made|For\s+Determination)\s+(?=[A-Z])/;

/** The recommendations put to the decision maker: the cleanest list found (the form's when it reads whole). */
export const recommendations = defineExtractor({
  field: 'recommendations',
  extract(ctx) {
    const routine = routineLines(ctx.minutes);
    const lists = recommendationLists(ctx);
    const best = lists.reduce<(typeof lists)[number] | null>((b, l) => (!b || l.quality > b.quality + 1e-9 ? l : b), null);
    const items = best?.items ?? [];
    const split = items.flatMap((item) => joinedDecisions(itemText(item), !!item.marker).map((text, k) => ({ text: LEFT_OFF.reduce((t, label) => t.replace(label, ''), text), line: (k ? lineHolding(item.lines, text) : undefined) ?? item.lines[0]! })));
    const parts = withConsequences(split, items);
    return onceEach(ofSubstance(parts, routine)).map(({ text, line }, k): Recommendation => ({ index: k + 1, text, ...locate(ctx.doc, line), ...(best!.inferred ? { inferred: true as const } : {}) }));
  },
});

/**
 * Two decisions a paper printed as one ("... accept the grant offer of £321,169.63 and That authority to award contracts ... be
 * delegated", "... by 5pm on 10 July 2024 and; delegate authority to ..."): a second "That" clause, a verb after "and;", or a
 * minute's "It was further RESOLVED to ..." starts the next.
 */
const NEXT_DECISION = /\s+and\s*;?\s+(?=That\s)|\s+and;\s+(?=(?:delegate|approve|agree|authori[sz]e|note|award|allocate)s?\b)/;
/** "... RESOLVED to spend up to £15,000. It was further RESOLVED to purchase the vehicle ...": a minute's next resolution (in an unnumbered paragraph; a numbered item keeps its own). */
const NEXT_RESOLUTION = /(?<=[.;])\s+It\s+was\s+(?:further\s+|also\s+)?(?:RESOLVED|[Rr]esolved)\s+(?:that\s+)?(?=(?:to|the|[A-Z])\w*\s)/;
function joinedDecisions(text: string, numbered: boolean): string[] {
  return text.split(NEXT_DECISION).flatMap((t) => (numbered ? [t] : t.split(NEXT_RESOLUTION))).map((t) => t.trim()).filter(Boolean);
}

/**
 * A minute's run-in label before a decision told in a sentence of its own ("Insurance - It was agreed by the councillors to take ...",
 * "Grass cutting - Mr Williams bill for £180.00 was agreed"): the label is the item's subject, no word of the decision.
 */
const RUN_IN_LABEL = /^[A-Z][A-Za-z&'’]*(?:\s+[A-Za-z&'’]+){0,3}\s+[–—-]\s+(?=It\s+was\s+(?:\w+\s+)?(?:agreed|resolved|approved|AGREED|RESOLVED|APPROVED)\b|[A-Z](?:[^.;]|\.(?=\d)){0,120}?\b(?:was|were)\s+(?:agreed|approved)\b)/;

/** What a page prints before a decision's own words and the decision leaves off: a run-in label, a minute's number, a list's status. */
const LEFT_OFF: readonly RegExp[] = [RUN_IN_LABEL, MINUTE_NUMBER, STATUS_FIRST];

/** A meeting's procedure, no decision of substance: "AGREED to adopt a resolution to exclude the public ...", "NOTED that there was no item of business deemed urgent". */
const PROCEDURAL = /^\W*(?:(?:agreed|resolved|noted)\s+)?(?:that\s+)?(?:to\s+)?(?:adopt\s+a\s+resolution\s+to\s+)?exclude\s+the\s+(?:press\s+and\s+)?public\b|^\W*(?:noted\s+)?(?:that\s+)?there\s+(?:was|were)\s+no\s+items?\s+of\s+(?:urgent\s+)?business\b/i;

/** A meeting's note of who came ("to note apologies from Cllr Stier ...", "There were no apologies for absence."): no decision where it decided more. */
const APOLOGIES = /^\W*(?:(?:noted\s+)?(?:that\s+)?there\s+(?:was|were)\s+no\s+apologies|(?:to\s+)?(?:note|receive|accept)\s+(?:the\s+)?apologies)\b/i;

/** "This will bring the total contract value to £595,270.": what the item before it leads to, said in a sentence of its own. */
const CONSEQUENCE = /^\W*This\s+(?:will|would)\b/;

/** Unmarked items with the sentences that say what the item before them leads to put back into it. */
function withConsequences<T extends { text: string }>(parts: T[], items: readonly { marker: string }[]): T[] {
  if (items.some((i) => i.marker)) return parts;
  const out: T[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && CONSEQUENCE.test(p.text)) out[out.length - 1] = { ...last, text: `${last.text} ${p.text.trim()}` };
    else out.push(p);
  }
  return out;
}

/** A meeting's approval of its last minutes ("that the minutes of the meeting held on 25th November 2009 be approved ... as a true record", "that the decision record of the meeting held on ... be signed as a correct record"). */
// ("to approve the minutes of the last meeting held on 9 March 2015": the same, worded as the agenda put it.)
// ("That subject to the amendment requested by Councillor Stringer to minute No 3 (...) the minutes of the meeting ... be approved as a correct record": amended first.)
const MINUTES_APPROVAL = /^\W*(?:(?:agreed|resolved)\W+)?(?:t\s?h\s?a\s?t\s+)?(?:subject\s+to\s+(?:the\s+|an?\s+)?(?:amendments?|corrections?|alterations?)\b[^.;]{0,200}?\s+)?(?:the\s+)?(?:minutes|(?:decision\s+)?record)\s+of\s+the\b.{0,160}?\b(?:true|correct|accurate)\s+records?\b|^\W*(?:to\s+)?(?:approve|agree|confirm|sign)\s+(?:as\s+a\s+(?:true|correct)\s+record\s+)?the\s+minutes\s+of\s+the\s+(?:last|previous)\s+meeting\b/i;

/** The items that decide something: procedure dropped, and a minutes approval or a minute's routine item too when the meeting decided more than that. */
function ofSubstance<T extends { text: string; line: { index: number } }>(items: T[], routine: Set<number>): T[] {
  const kept = items.filter((p) => !PROCEDURAL.test(p.text));
  const rest = kept.filter((p) => !MINUTES_APPROVAL.test(p.text) && !APOLOGIES.test(p.text) && !routine.has(p.line.index));
  return rest.length ? rest : kept;
}

/** Words of an item, for telling one printed twice. */
const wordsOf = (t: string) => t.toLowerCase().replace(/[^a-z0-9£]+/g, ' ').trim();

/**
 * A decision printed twice (a page's summary and its record both set it out) is one decision: an item of ten words or more
 * that repeats an earlier one word for word is dropped. Short items may repeat as decisions of their own ("Reject", "That a
 * grant of £5,000 be awarded." for two applications).
 */
function onceEach<T extends { text: string }>(parts: readonly T[]): T[] {
  const seen = new Set<string>();
  return parts.filter((p) => {
    const w = wordsOf(p.text);
    if (w.split(' ').length < 10) return true;
    if (seen.has(w)) return false;
    seen.add(w);
    return true;
  });
}
