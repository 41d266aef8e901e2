/**
 * What a money figure is for and which year: read from the clause it is printed in. Pure string work, so the
 * amount-mismatch check can compare two figures only when they are shown to be about the same thing.
 */

/** Words that end a noun phrase: prepositions other than "of", verbs and links. */
const BOUNDARY = new Set(
  'in into from by with to over under within at as per which that who whose where when will would shall should could can may might must is are was were be been being has have had do does did includes include including included comprising consisting was if than while whilst until against across between during through via plus less compared excluding inclusive representing being'.split(' '),
);
/** Words dropped from the ends of a phrase: determiners, links and the generic nouns of money. */
const EDGE = new Set('the a an this that these those its their our his her and & or of for on total sum value amount figure approximately circa around about some estimated further additional overall net gross'.split(' '));
const LINK_BEFORE = /(?:\b(?:of|at|is|was|are|were|be|totalling|totaling|totals?|costing|costs?|valued at|amounting to|amounts to|comes? to|to|for|by|=)|[:–-])\s*(?:(?:a|an|the)\s+)?(?:(?:total|estimated|overall|maximum|further|additional|annual|net|gross)\s+)*(?:(?:cost|value|sum|amount|budget|total|price|figure)\s+(?:of\s+)?)?(?:up to\s+|approximately\s+|circa\s+|around\s+|about\s+)?$/i;
/** Auxiliaries and links between a subject and its verb ("will", "is expected to"). */
const AUXILIARY = /^(?:will|would|shall|should|could|can|may|might|must|is|are|was|were|be|been|being|has|have|had|now|currently|expected|estimated|likely|forecast|projected|anticipated|to|therefore|also|then)$/i;
/** A bracketed aside, or one left open where the clause was cut. */
const PAREN = /\([^()]*(?:\)|$)/g;
/** Participles that end a phrase when a preposition follows them ("funded from", "approved by"). */
const PARTICIPLE = /^(?:funded|approved|agreed|proposed|allocated|awarded|spent|paid|provided|made|met|set|required|needed|used|held|received)$/i;

const words = (s: string) => s.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d&£']+|[^\p{L}\d']+$/gu, '')).filter(Boolean);

/** Trims edge words and keeps up to `max` words; null when nothing meaningful is left. */
function phrase(ws: string[], max: number, fromEnd: boolean): string | null {
  let out = fromEnd ? ws.slice(-max) : ws.slice(0, max);
  while (out.length && EDGE.has(out[0]!.toLowerCase())) out = out.slice(1);
  while (out.length && EDGE.has(out[out.length - 1]!.toLowerCase())) out = out.slice(0, -1);
  const text = out.join(' ');
  return /\p{L}{3}/u.test(text) ? text : null;
}

/** Words up to the first boundary word (a verb, a preposition other than "of", a figure). */
function upToBoundary(ws: string[]): string[] {
  const out: string[] = [];
  for (const [i, w] of ws.entries()) {
    if (BOUNDARY.has(w.toLowerCase()) || /\d|£/.test(w)) break;
    if (PARTICIPLE.test(w) && (!out.length || BOUNDARY.has(ws[i + 1]?.toLowerCase() ?? 'in'))) break;
    out.push(w);
  }
  return out;
}

/** The clause a figure sits in: back to the last sentence, clause or list break, forward to the next. */
export function clauseOf(text: string, start: number, end: number): { before: string; after: string } {
  const head = text.slice(0, start);
  const cut = Math.max(head.search(/(?:[.;!?]\s+|\n\s*\n)(?=[^.;!?]*$)/), 0);
  const before = head.slice(cut).replace(/^[.;!?\s]+/, '');
  const tail = text.slice(end);
  const stop = tail.search(/[;!?]|\.\s+(?=[A-Z(])|£/);
  return { before, after: stop < 0 ? tail : tail.slice(0, stop) };
}

/**
 * What a figure is for: the noun phrase after it ("£435,000 running costs", "£150.3m of core funded spending
 * growth"), else the one before it ("The required capital spend of £1.46m", "Coventry City Council: £136,617").
 * Null when the clause names nothing.
 */
export function subjectOf(text: string, start: number, end: number): string | null {
  const { before, after } = clauseOf(text, start, end);
  // After the figure: skip its period ("p.a.") and a bracketed aside, then "of / for / on" or the phrase itself.
  const rest = after.replace(PAREN, ' ').replace(/^\s*(?:p\.?\s?a\.?|per annum|per year|a year|each|annually|in total)\b/i, '');
  const afterWords = words(rest);
  const lead = afterWords[0]?.toLowerCase();
  if (lead === 'of' || lead === 'for' || lead === 'on' || lead === 'towards') {
    const p = phrase(upToBoundary(afterWords.slice(1)), 6, false);
    if (p) return p;
  } else if (lead && !BOUNDARY.has(lead)) {
    const p = phrase(upToBoundary(afterWords), 6, false);
    if (p) return p;
  }
  // Before the figure: the phrase that ends at its link ("... spend of", "... is", "Name:").
  const link = LINK_BEFORE.exec(before.replace(PAREN, ' '));
  if (!link) return null;
  const ws = words(before.replace(PAREN, ' ').slice(0, link.index));
  // "The project will cost £2.8m", "The scheme is expected to cost": the auxiliaries are not the subject.
  while (ws.length && AUXILIARY.test(ws[ws.length - 1]!)) ws.pop();
  const back: string[] = [];
  for (let i = ws.length - 1; i >= 0 && back.length < 8; i--) {
    const w = ws[i]!;
    if (BOUNDARY.has(w.toLowerCase()) || PARTICIPLE.test(w) || /\d|£/.test(w)) break;
    back.unshift(w);
  }
  return phrase(back, 6, true);
}

const FINANCIAL_YEAR = /\b(?:19|20)\d{2}\s?[-/–]\s?(?:\d{2}|(?:19|20)\d{2})\b/g;
const CALENDAR_YEAR = /\b(?:in|for|during|of)\s+(?:the\s+(?:financial\s+|calendar\s+)?year\s+)?((?:19|20)\d{2})\b(?![-/–]\d)/gi;

/** The year or financial year a figure is for, as printed ("2025-26"): the nearest in its clause, asides left out. */
export function yearOf(text: string, start: number, end: number): string | null {
  const { before, after } = clauseOf(text, start, end);
  // Asides are blanked, not removed, so distances still count characters.
  const blank = (s: string) => s.replace(PAREN, (m) => ' '.repeat(m.length));
  const candidates: { text: string; d: number }[] = [];
  const b = blank(before);
  const a = blank(after);
  for (const re of [FINANCIAL_YEAR, CALENDAR_YEAR]) {
    for (const m of b.matchAll(re)) candidates.push({ text: m[1] ?? m[0], d: b.length - (m.index ?? 0) });
    for (const m of a.matchAll(re)) candidates.push({ text: m[1] ?? m[0], d: (m.index ?? 0) + 1 });
    if (candidates.length) break;
  }
  return candidates.sort((x, y) => x.d - y.d)[0]?.text.replace(/\s/g, '') ?? null;
}
