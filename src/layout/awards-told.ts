import type { ExtractContext } from './context.ts';
import { linesFromOffset, paragraphFrom, type Line } from './doc-lines.ts';
import type { ListItem } from './list-items.ts';
import { findMoney, round2 } from './money.ts';
import { isNewsStory, spoken } from './news.ts';
import { SENTENCE_BREAK, sentences } from './sentences.ts';

// How a news story or a case study page tells the awards a body made: a sentence each ("The Canute Lunch Club also received £400.",
// "Great Places Housing Group was awarded £1,328."), often after a lead that gives their total ("Grants totalling £4,400 were awarded
// to five organisations ...") or rounds one of them ("... has been awarded almost £900 ...").

/** A sum given to a party, told as done: "Milford Youth Matters was awarded £5,000", "£1600 was awarded to the Forth Rivers Trust", "Rewilding Youth CIC gets £10,000", "which received £2,938", "The Comhairle awarded £61,950 to the project", "£85,000 goes to Positive Futures". */
export const AWARD_TOLD = new RegExp(
  [
    String.raw`\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:also|each|both|now)\s+)?(?:awarded|given|granted|allocated)\b[^.;£]{0,60}£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|k|million|bn)\b)?`,
    String.raw`£\s?\d[\d,.]*\s?(?:m|k|million)?\b[^.;£]{0,50}?\b(?:was|were|has\s+been|have\s+been|will\s+be)\s+(?:(?:also|each|now)\s+)?(?:awarded|given|granted|allocated|approved|divided|shared|split|distributed)\b`,
    String.raw`\b(?:received|receives|gets|got|secured|securing|won|will\s+(?:get|receive))\s+(?:(?:a|an)\s+(?:\w+\s+)?(?:grant|sum|award|share)\s+of\s+)?(?:(?:more\s+than|nearly|almost|over|around|about|up\s+to)\s+)?£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|k|million|bn)\b)?`,
    String.raw`£\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|k|million|bn)\b)?\s+(?:goes|go|went|will\s+go)\s+to\s+(?:the\s+)?[A-Z]`,
    String.raw`\b(?:awarded|granted|gave|allocated)\s+(?:(?:a|an)\s+(?:\w+\s+)?grant\s+of\s+)?£\s?\d[\d,.]*\s?(?:m|k|million)?\s+to\s+(?:the\s+)?[A-Z]`,
  ].join('|'),
  'g',
);
/** The same, tested once (a global pattern's lastIndex aside). */
const tellsAward = (t: string) => t.search(AWARD_TOLD) >= 0;

/** "a total of £475 was awarded", "Total awards £1,740": a total of what is awarded, stated as such. */
// ("A total of £36,611 has been handed out since the scheme’s 2023 launch": the same, in a story's words.)
// ("Sixteen funding awards have been granted by the ... Committee today from the ... Fund totalling £283,108.60": awards made, and their total;
// "Three projects ... have today ... received a total of £109,800 Inverness Common Good Funding approved by Members of ...": the same, told of those who received.)
const STATED_TOTAL = /\b(?:(?:a|the)\s+)?total\s+(?:(?:amount|sum|value)\s+)?of\s+(£\s?[\d,.]+\s?(?:m|k|bn|million)?)\s+(?:was|is|has been|have been|will be|be|being)\s+(?:awarded|approved|granted|allocated|agreed|handed\s+out|paid\s+out|given\s+out|distributed)\b|\btotal\s+(?:awards?|grants?|(?:amount\s+)?(?:awarded|allocated|granted))\b\s*:?\s*(£\s?[\d,.]+\s?(?:m|k|bn|million)?)|\b(?:awards?|grants?)\s+(?:have|has)\s+been\s+(?:granted|awarded|made|approved)\b[^.£]{0,120}?\btotall?ing\s+(£\s?[\d,.]+\s?(?:m|k|bn|million)?)|\breceived\s+a\s+total\s+of\s+(£\s?[\d,.]+\s?(?:m|k|bn|million)?)[^.£]{0,80}?\b(?:approved|awarded|granted|allocated)\s+by\b/i;

/** The total a passage states it awards, if it states one. */
export function statedTotal(text: string): number | null {
  const m = STATED_TOTAL.exec(text.replace(/\s+/g, ' '));
  return m ? findMoney(m[1] ?? m[2] ?? m[3] ?? m[4]!)[0]?.value ?? null : null;
}

/** The words of an award given or received, not of a budget shared out ("allocated", "divided"). */
const GIVEN_OR_RECEIVED = /\b(?:awarded|granted|given|gave|received|receives|gets|got|secured|securing|won|will\s+(?:get|receive))\b/;

/** A lead that gives the awards' total: "Grants totalling £4,400 were awarded ...", "A total of 42 groups received a share of £217,006.18 ...". */
const TOTAL_LEAD = /\b(?:a\s+total\s+of|totall?ing|a\s+share\s+of|in\s+total)\b[^.;£]{0,60}£\s?\d/i;

/** Parties in the plural, before a sum they share: "Voluntary organisations and community groups", "Eights projects". */
const MANY_PARTIES = /\b(?:organisations|groups|projects|charities|causes|clubs|schemes|applicants|recipients|bodies|initiatives)\b/i;

/** A sum spent that the awards after it are part of: "the PCC spent his full grant allocation of £2.765m, which includes spending on the following services". */
const SPENT_INCLUDING = /\b(?:spent|awarded|allocated|distributed|invested)\b[^.;£]{0,60}£\s?\d[\d,.]*\s?(?:m|k|million|bn)?\b[^.;£]{0,40}\bwhich\s+includes?\b/i;

/** A sum given as a rounding: "almost £900", "nearly £5,000", "more than £2,000". */
const ROUNDED_SUM = /\b(?:almost|nearly|around|about|approximately|roughly|some|over|more\s+than|just\s+(?:over|under))\s+£\s?(\d[\d,]*)/i;

/** A sentence's end, and a quoted remark's (" ... as equitably as possible.” The Safer Suffolk Partnership Board will receive ..."). */
const STORY_BREAK = new RegExp(String.raw`${SENTENCE_BREAK.source}|(?<=[.!?][”"’])\s+(?=[A-Z£])`);

/** Whether the paper tells awards as news: a story, or another paper that is no decision's record (a case study page). */
const tellsAwards = (ctx: ExtractContext) => isNewsStory(ctx.doc) || ctx.documentType === 'other';

/** Each sentence of the paper, outside quoted remarks, with the lines it is on; the headline's lines left out. */
function storySentences(ctx: ExtractContext): { text: string; lines: Line[] }[] {
  const lines = ctx.doc.lines;
  const title = new Set(ctx.header?.lines.map((l) => l.index) ?? []);
  const out: { text: string; lines: Line[] }[] = [];
  let quote = false;
  for (let i = 0; i < lines.length; i++) {
    // (The headline is no sentence of the story: "Commissioner's fund to help youth group" over "A youth group ... has been awarded ...".)
    if (title.has(lines[i]!.index)) continue;
    const { taken, text } = paragraphFrom(lines, i, (k) => lines[k]!.breakBefore || lines[k]!.pageStart || title.has(lines[k]!.index), 12);
    let offset = 0;
    for (const sentence of sentences(text, STORY_BREAK)) {
      const t = sentence.trim();
      // (A quoted remark may run over several sentences: "“Four excellent projects ..." ... "... post completion.”")
      const opens = (t.match(/[“"]/g) ?? []).length;
      const closes = (t.match(/[”"]/g) ?? []).length;
      if (!quote && !/^[“"]/.test(t) && !spoken(t)) out.push({ text: t, lines: linesFromOffset(taken, offset) });
      if (opens > closes) quote = true;
      else if (closes > opens) quote = false;
      offset += sentence.length + 1;
    }
    i += taken.length - 1;
  }
  return out;
}

/**
 * A story's awards told a sentence each, as its decisions: two or more such sentences, a lead that totals them and one that rounds
 * a later award left out ("A youth group ... has been awarded almost £900 ..." then "Lichfield Christian Church youth group has been
 * given £887 ..."). [] where the paper tells fewer, or is a decision's own record.
 */
export function reportedAwards(ctx: ExtractContext): ListItem[] {
  if (!tellsAwards(ctx)) return [];
  // (A paper that is no news story tells awards in their own words, given or received; "£556.4m of this was allocated via the
  // existing ASC RNF" in a finance appendix is a budget's share, no award.)
  const news = isNewsStory(ctx.doc);
  const told = storySentences(ctx).filter((s) => tellsAward(s.text) && s.text.split(/\s+/).length >= 4 && (news || GIVEN_OR_RECEIVED.test(s.text)));
  if (told.length < 2) return [];
  // (A caption that repeats an award, "Shrewsbury Railway Heritage Trust was awarded £500" over the story, gives way to the story's own
  // sentence of it: the same words to the sum.)
  const toSum = (t: string) => t.slice(0, t.search(/£\s?\d[\d,.]*/) + (/£\s?\d[\d,.]*/.exec(t)?.[0].length ?? 0));
  const awards = told.filter((s, k) => !TOTAL_LEAD.test(s.text) && !told.slice(k + 1).some((o) => toSum(o.text) === toSum(s.text)));
  const kept = awards.length >= 2 && leadRestated(awards.map((s) => s.text)) ? awards.slice(1) : awards;
  return kept.map((s) => ({ type: 'para', marker: '', lines: s.lines, text: s.text, children: [] }));
}

/** Whether a story's first award rounds a sum a later one states (the same award told twice, in the lead and in full). */
function leadRestated(texts: readonly string[]): boolean {
  const rounded = ROUNDED_SUM.exec(texts[0]!);
  const about = rounded ? Number(rounded[1]!.replace(/,/g, '')) : NaN;
  return !!rounded && texts.slice(1).some((t) => findMoney(t).some((m) => Math.abs(m.value - about) <= about * 0.1));
}

/**
 * What a story's awards come to, when its decisions are its award sentences: the total it states ("A total of £7,490 was awarded"),
 * the total its lead gives ("Grants totalling £4,400
 * ...", or a first award as large as all the rest: "... have received over £122,000 ..."), else the sum of every award's figures
 * ("... which will get £5,000 ...", "... gets £10,000 ..., while Ladled with Love receives £5,000 ..."). Null otherwise.
 */
export function awardsTotal(ctx: ExtractContext, recs: readonly { text: string }[], sums: (text: string) => readonly { value: number }[]): number | null {
  if (recs.length < 1 || !tellsAwards(ctx) || !recs.every((r) => tellsAward(r.text))) return null;
  // (Each award's own sum, where the sentence tells it: "Inverness BID has been awarded £107,445 for ... including: ... £8,000 ..." gives £107,445.)
  const parts = recs.map((r) => {
    const all = sums(r.text);
    const told = [...r.text.matchAll(AWARD_TOLD)].map((m) => findMoney(m[0])[0]?.value).filter((v): v is number => v !== undefined);
    const own = all.filter((m) => told.some((v) => Math.abs(v - m.value) < 0.5));
    return own.length ? own : all;
  });
  if (!parts.every((f) => f.length)) return null;
  // ("A total of £7,490 was awarded ...": a total the story states is theirs.)
  const stated = statedTotal(ctx.doc.lines.map((l) => l.text.replace(/\t+/g, ' ')).join(' '));
  if (stated !== null) return stated;
  const sum = round2(parts.flat().reduce((a, m) => a + m.value, 0));
  const lead = storySentences(ctx).find((s) => (TOTAL_LEAD.test(s.text) && tellsAward(s.text)) || SPENT_INCLUDING.test(s.text));
  const leadSum = lead ? sums(lead.text)[0]?.value ?? null : null;
  if (leadSum !== null && leadSum >= sum - 0.5) return leadSum;
  if (recs.length < 2) return null;
  // ("£1.9m investment approved by HIE in Argyll and Islands over six months", "Key community safety priorities share £168,000 boost ...":
  // a headline that gives a sum as large as the awards told is their total; not a pot they came from, "First grants issued from
  // mayor's £1m fund".)
  const headline = titleSum(ctx);
  if (headline !== null && headline >= sum - 0.5) return headline;
  // (A first sentence that gives many parties a sum as large as all the rest, "Voluntary organisations and community groups ... have
  // received over £122,000", "Eights projects ... are to receive £191,685", is that lead; "The first grant went to ‘Community Spirit’,
  // which received £2,938" is an award.)
  const first = parts[0]!.length === 1 ? parts[0]![0]!.value : null;
  const rest = round2(parts.slice(1).flat().reduce((a, m) => a + m.value, 0));
  const many = MANY_PARTIES.test(recs[0]!.text.slice(0, recs[0]!.text.search(/£/)));
  return first !== null && many && first >= rest - 0.5 ? first : sum;
}

/** The sum a story's headline gives, unless it names a pot ("£1m fund"): the first figure of the header's title (or of the first lines, where no title was read). */
function titleSum(ctx: ExtractContext): number | null {
  const text = ctx.header?.title ?? ctx.doc.lines.slice(0, 3).map((l) => l.text).join(' ');
  const m = findMoney(text)[0];
  if (!m || /^\s*(?:\w+\s+)?(?:fund|pot|budget|programme|scheme|funding\s+pot)\b/i.test(text.slice(m.end))) return null;
  return m.value;
}
