import type { Amount, Recommendation } from '../../record/index.ts';
import { allocationRuns, type AllocationRun } from '../../layout/allocations.ts';
import type { ExtractContext } from '../../layout/context.ts';
import { clean, sharesMostWords } from '../../layout/doc-lines.ts';
import { eachCount, findMoney, round2, roundingTolerance, THRESHOLD_BOUND, THRESHOLD_WORDING, yearRun, type MoneyMatch } from '../../layout/money.ts';
import { cellAt, tableSums, type Table } from '../../layout/tables.ts';
import { findField, VALUE_FIELD } from '../../layout/form.ts';
import { defineExtractor } from '../define-extractor.ts';
import { approvalScore, isContextTotal, isDelegatedLimit, isPriorFigure, namedShares, SAVING_BEFORE } from '../money-roles.ts';
import { wholeOfYearly } from '../../layout/recipient-phrases.ts';
import { POINTS_BACK } from '../../layout/motions.ts';
import { awardsTotal, statedTotal } from '../../layout/awards-told.ts';

const runTotal = (run: AllocationRun) => run.stated?.value ?? round2(run.parts.reduce((a, p) => a + p.money.value, 0));

/**
 * The principal sum the decision approves, chosen by role: the figure a recommendation approves (not
 * a wider total it brings a pot to, nor an earlier approval), the total of its parts when it sets out
 * shares (a stated total first), else a cost table's grand total, else an allocation list's total,
 * else the summary's largest figure, else the paper's one sum. A rounded figure gives way to the precise printing of the same sum.
 */
export const headlineAmount = defineExtractor({
  field: 'headlineAmount',
  extract(ctx, soFar) {
    const text = docText(ctx);
    const recs = (soFar.recommendations ?? []).filter((r) => !r.inferred || findMoney(r.text).filter((m) => !isContextTotal(r.text, m)).length === 1);
    // A story's awards, a sentence each, are the decisions: their total stands, whatever else the story gives to whom.
    const told = awardsTotal(ctx, recs, (t) => oneOffSums(t).filter((m) => !isContextTotal(t, m)));
    if (told !== null) return preciseForm(told, soFar.amounts ?? []);
    const found = paymentsDecided(ctx.tables, soFar.recommendations ?? []) ?? listApprovedBelow(ctx, soFar.recommendations ?? []) ?? fromRecommendations(ctx, recs, soFar.amounts ?? []) ?? fromTables(ctx.tables) ?? statedTotal(text) ?? fromAllocations(ctx) ?? fromMoneyColumn(ctx.tables) ?? fromValueField(ctx) ?? fromProse(soFar.amounts ?? [], ctx) ?? onlySum(soFar.amounts ?? []);
    const chosen = statedOverParts(totalToRecipients(found, soFar.recipients ?? [], soFar.amounts ?? []), found, soFar.recipients ?? [], text);
    return chosen === null ? null : preciseForm(chosen, soFar.amounts ?? []);
  },
});

/**
 * A decision that gives sums to several named parties approves their total: when every recipient has a
 * sum and the figure found is one of them (one grant of a schedule) or none was found (one party too), or
 * the paper prints their total ("seven items, totalling £20,800"), their total.
 */
export function totalToRecipients(found: number | null, recipients: readonly { amount: number | null; text?: string }[], amounts: readonly Amount[]): number | null {
  // (A party an item only notes, "Noted the intention to commission DG Cities Ltd ...", is not given its sum by this decision.)
  const sums = recipients.filter((r) => !NOTES.test(r.text ?? '')).map((r) => r.amount);
  if (!sums.length || sums.some((a) => a === null) || (sums.length < 2 && found !== null)) return found;
  const total = round2((sums as number[]).reduce((a, b) => a + b, 0));
  const printed = sums.length >= 2 && amounts.some((a) => Math.abs(a.value - total) < 0.5 && a.period === null);
  // "Targeted Finance Fund: A £3,999, B £20,000, C £8,259.20" then "10 Towns Fund: D £4,999": one list's total is part of the decision's.
  const oneList = found !== null && found < total && contiguousSum(sums as number[], found);
  // A figure worked out from a list that missed some of the parties (never printed, and some of their sums add up to it).
  const partial = found !== null && found < total && !amounts.some((a) => Math.abs(a.value - found) < 0.5) && subsetSum(sums as number[], found);
  // A figure printed in a party's own row beside its sum ("Re-JIG | £35,300 | £4,000 | £3,000": the project's cost, its bid) is not the decision's.
  const besideSum = found !== null && sums.length >= 2 && recipients.some((r) => r.amount !== found && findMoney(r.text ?? '').some((m) => Math.abs(m.value - found) < 0.5));
  return found === null || sums.includes(found) || printed || oneList || partial || besideSum ? total : found;
}

/**
 * A total of awards the paper states ("A total of £7,490 was awarded by the Finance & Personnel Committee") over the parts of it
 * read: when the figure chosen is one party's sum or the sum of those named, and less than that total (the paper names only some).
 */
function statedOverParts(chosen: number | null, found: number | null, recipients: readonly { amount: number | null }[], text: string): number | null {
  const stated = statedTotal(text);
  const sums = recipients.map((r) => r.amount).filter((a): a is number => a !== null);
  if (chosen === null || stated === null || stated <= chosen || !sums.length) return chosen;
  const fromParts = (found !== null && sums.includes(found)) || Math.abs(chosen - round2(sums.reduce((a, b) => a + b, 0))) < 0.5;
  return fromParts ? stated : chosen;
}

/** Whether some of `sums` (two or more, each used once) add up to `value` (to the penny). */
function subsetSum(sums: readonly number[], value: number): boolean {
  const target = Math.round(value * 100);
  // Reachable totals in pennies, with how many sums made them (capped: a long schedule's subsets are not all needed).
  let reach = new Map<number, number>([[0, 0]]);
  for (const s of sums.map((x) => Math.round(x * 100))) {
    const next = new Map(reach);
    for (const [t, n] of reach) if (t + s <= target && !next.has(t + s)) next.set(t + s, n + 1);
    reach = next.size > 20000 ? reach : next;
  }
  return (reach.get(target) ?? 0) >= 2;
}

/** Whether a run of consecutive sums (two or more) adds up to `value`. */
function contiguousSum(sums: readonly number[], value: number): boolean {
  for (let i = 0; i < sums.length; i++) {
    let acc = 0;
    for (let j = i; j < sums.length; j++) {
      acc += sums[j]!;
      if (j > i && Math.abs(acc - value) < 0.5) return true;
    }
  }
  return false;
}

/** An introduction to a list of where money comes from, not of what it is given to. */
const SOURCES = /\bfrom\s+(?:the\s+)?following\s+(?:\w+\s+)?(?:budgets?|sources?|funds?|cost\s+centres?|reserves?)\s*:?\s*$/i;

function fromRecommendations(ctx: ExtractContext, recs: readonly Recommendation[], amounts: readonly Amount[]): number | null {
  // The headings too: "RESOLVED to allocate up to £310,000 … as follows:" introduces the list below it.
  const recLines = new Set(ctx.sections.filter((s) => s.kind === 'recommendation').flatMap((s) => [...(s.heading ? [s.heading.index] : []), ...s.lines.map((l) => l.index)]));
  const listed = allocationRuns(ctx.rows.filter((l) => recLines.has(l.index)));
  const sectionText = ctx.doc.lines.filter((l) => recLines.has(l.index)).map((l) => l.text).join(' ');
  // "Therefore a total of £475 was awarded": the decision's own statement of its total comes first.
  const stated = statedTotal(sectionText);
  if (stated !== null) return stated;
  const whole = wholeOfItems(recs, amounts);
  if (whole !== null) return whole;
  const underLeadIn = itemsUnderApprovingLeadIn(sectionText, recs);
  if (underLeadIn !== null) return underLeadIn;
  // A sum the paper calls the total an approval brings a budget to, in any item, is that total wherever it is restated.
  const totals = new Set(recs.flatMap((r) => findMoney(r.text).filter((m) => isContextTotal(r.text, m)).map((m) => m.value)));
  const picks = recs.map((r) => pickFigure(r.text, totals)).filter((p): p is Pick => p !== null);
  const best = picks.reduce<Pick | null>((b, p) => (!b || p.score > b.score ? p : b), null);
  // "To allocate additional budget of £230,000 from the following budgets: ..." lists where money comes from, beside an
  // item that awards a contract: a list of sources is the decision's sum only when nothing else is approved.
  const run = listed.find((r) => !SOURCES.test(r.context)) ?? (best ? undefined : listed[0]);
  if (run && (!best || run.stated || best.score <= 2)) return runTotal(run);
  if (!best) return null;
  // Parallel items, each approving one sum for another party ("That the application for X (£1.25m) be approved", "... for Y (£80,000) ..."): their total.
  // The same sum restated in another list of the paper ("spend the £4.5m Capital Investment" twice) counts once.
  const parallel = picks.filter((p, i) => (p.shape === best.shape || (!!p.lead && p.lead === best.lead)) && p.score >= 2 && !picks.slice(0, i).some((q) => q.value === p.value && q.lead === p.lead && q.rest === p.rest));
  // One sum in every item ("acceptance of funding ... of up to £650,000" and "expenditure up to £650,000") is one sum restated.
  const restated = new Set(parallel.map((p) => p.value)).size === 1;
  return parallel.length >= 2 && parallel.includes(best) && !restated ? round2(parallel.reduce((a, p) => a + p.value, 0)) : best.value;
}

/**
 * A figure of the decision's lead-in or summary that the items' figures add up to ("approves expenditure of up to
 * £500,000 ... consisting of: up to £125,000 ...; up to £340,000 ...; up to £35,000 ..."): the total they set out.
 */
/** An item's one-off sums: no range's end, no yearly figure. */
const oneOffSums = (text: string) => findMoney(text).filter((m) => !m.rangeEnd && !m.period);

function wholeOfItems(recs: readonly Recommendation[], amounts: readonly Amount[]): number | null {
  const figures = recs.flatMap((r) => oneOffSums(r.text));
  if (figures.length < 2) return null;
  // Every figure of the items, or each item's first ("(1) £25,000 to award £5,000 to each of the community libraries", "(2) £100,000 ..."
  // under "approves an allocation of £125,000 ... as follows:-": the rate an item sets out is part of its own sum).
  const firsts = recs.map((r) => oneOffSums(r.text)[0]).filter((m) => m !== undefined);
  for (const parts of [figures, firsts]) {
    if (parts.length < 2) continue;
    const sum = round2(parts.reduce((a, m) => a + m.value, 0));
    const whole = amounts.find((a) => (a.section === 'recommendation' || a.section === 'summary') && a.period === null && Math.abs(a.value - sum) < 0.5 && !figures.some((f) => f.value === a.value));
    if (whole) return whole.value;
  }
  return null;
}

/** A lead-in that approves what its items list ("The DMPC is recommended to approve contract awards for;"). */
const APPROVING_LEAD_IN = /\b(?:approve|award|agree|authori[sz]e)\w*\b[^.:;£]{0,160}[:;]\s*$|\b(?:approve|award|agree|authori[sz]e)\w*\s+(?:the\s+)?(?:following\s+)?(?:contract\s+)?(?:awards?|contracts?|grants?|allocations?)\s+(?:for|to)\s*[:;]?\s*$/i;
/** An item that carries its own decision verb ("Approve ...", "That ... be approved"). */
const OWN_VERB = /^\W*(?:(?:that\s+)?(?:to\s+)?(?:approve|agree|award|accept|note|delegate|authori[sz]e|allocate|release|endorse|enter)(?:s|d|ed)?\b)|\b(?:be|is|are)\s+(?:approved|agreed|awarded|accepted|noted|delegated)\b/i;

/**
 * Items with no verb of their own under a lead-in that approves them ("... to approve contract awards for;" then
 * "1. Security Services for 3 years in the sum of £585,000," "2. Crowd Barriers ... in the sum of £9,126,000."): the
 * total of the one sum each item states.
 */
function itemsUnderApprovingLeadIn(sectionText: string, recs: readonly Recommendation[]): number | null {
  if (recs.length < 2) return null;
  const start = sectionText.indexOf(recs[0]!.text.slice(0, 30));
  if (start <= 0 || !APPROVING_LEAD_IN.test(sectionText.slice(Math.max(0, start - 200), start).replace(/(?:\s*\(?(?:\d+|[ivx]+|[a-z])[.)]?)?\s*$/i, ' ').trimEnd())) return null;
  // ("This will bring the cumulative approved expenditure to £15,000" under "approves:" is what the items come to, not an item;
  // "Delegation of authority ... to transfer unspent borrowing of up to £500k" is a limit, not a sum approved.)
  const sums = recs.map((r) => (OWN_VERB.test(r.text) ? [] : ownSum(oneOffSums(r.text).filter((m) => !isContextTotal(r.text, m) && !isDelegatedLimit(r.text, m)))));
  if (sums.some((f) => f.length !== 1)) return null;
  return round2(sums.reduce((a, f) => a + f[0]!.value, 0));
}

/**
 * An item's own sum: its one figure, or its first when every later figure is smaller and together they come to no
 * more than it ("City Access project – invest £5.045m ... including £250K for a parking strategy and £702K staffing").
 */
function ownSum(figures: readonly MoneyMatch[]): MoneyMatch[] {
  if (figures.length <= 1) return [...figures];
  const [first, ...rest] = figures;
  return rest.reduce((a, m) => a + m.value, 0) < first!.value ? [first!] : [...figures];
}

interface Pick {
  value: number;
  score: number;
  /** The figures summed into `value` when it is the total of named shares. */
  parts: number[];
  /** The item's opening words, figures aside: items of one shape are parallel. */
  shape: string;
  /** The sixteen words after the figure: an item that repeats them with the same sum restates it (two applications' equal sums differ here). */
  rest: string;
  /** The two words before the chosen figure ("was awarded"): items that give their sums alike are parallel too. */
  lead: string;
}

/** The figure an item approves (one-off before yearly), or the sum of its named shares. */
function pickFigure(text: string, totals: ReadonlySet<number> = new Set()): Pick | null {
  const found = findMoney(text);
  // "up to £3,910 (16% of costs) £1,971 from one budget and £1,939 from another": later figures that add up to one are its parts.
  const parts = new Set<number>();
  for (const [i, m] of found.entries()) {
    const later = found.slice(i + 1, i + 5).filter((x) => !x.period);
    for (let n = later.length; n >= 2; n--) if (Math.abs(later.slice(0, n).reduce((a, x) => a + x.value, 0) - m.value) < 1) later.slice(0, n).forEach((x) => parts.add(x.start));
    // "the use of £2,040 ... and £5,088 ... to create a Fund of £7,128": earlier figures that add up to a later one are its parts too.
    // (Not a new approval added to an earlier one: "£1.583m ... In addition to the £975,000 approved in March ... total £2.558m" approves £1.583m.)
    const earlier = found.slice(Math.max(0, i - 4), i).filter((x) => !x.period);
    for (let n = earlier.length; n >= 2; n--) {
      const run = earlier.slice(-n);
      if (Math.abs(run.reduce((a, x) => a + x.value, 0) - m.value) < 1 && !run.some((x) => isPriorFigure(text, x))) run.forEach((x) => parts.add(x.start));
    }
  }
  // "projects of between £500 - £5,000": a range's ends are a band, not a sum approved.
  const scored = found.filter((m) => !m.rangeEnd).map((m) => ({ m, score: approvalScore(text, m) - (parts.has(m.start) ? 3 : 0) - (totals.has(m.value) ? 3 : 0) })).filter((f) => f.score > -1);
  if (!scored.length) return null;
  const shares = namedShares(text, scored.map((f) => f.m));
  const top = scored.sort((a, b) => b.score - a.score || a.m.start - b.m.start)[0]!;
  const years = yearRun(text, found, top.m);
  // "an estimated annual cost of £727,667 and a total contract value of £2,183,000 over a 3-year period": a yearly sum's stated whole.
  // "three open call grants of £65,000 each": the figure stands for that many equal sums.
  const each = eachCount(text.slice(Math.max(0, top.m.start - 60), top.m.start), text.slice(top.m.end));
  const value = shares.length ? round2(shares.reduce((a, m) => a + m.value, 0)) : years.length >= 2 ? round2(years.reduce((a, m) => a + m.value, 0)) : each > 1 ? round2(top.m.value * each) : wholeOfYearly(text, top.m.value);
  // ("To agree a £14,400 allocation ..." and "To agree a total £31,660 allocation ...": one shape; "total" only says the item's sum has parts.)
  const words = (t: string) => t.toLowerCase().split(/\s+/).filter((w) => w && w !== 'total');
  const shape = words(text.replace(/£\S+|\d+/g, '')).slice(0, 4).join(' ');
  const lead = words(text.slice(0, top.m.start)).slice(-2).join(' ');
  const after = text.slice(top.m.end).toLowerCase().replace(/[^\w\s]/g, ' ').split(/\s+/).filter(Boolean);
  return { value, score: top.score + (top.m.period ? 0 : 0.5) - (NOTES.test(text) ? 2 : 0), parts: shares.map((m) => m.value), shape, lead, rest: after.slice(0, 16).join(' ') };
}

/** An item that only notes ("Noted that ... the Council has been awarded £18,000", "To note the ...", "That subject to the above being agreed, to note that ..."): it decides no sum, beside items that agree or approve one. */
const NOTES = /^\W*(?:that\s+)?(?:subject\s+to\s+[^,;]{0,100},\s*)?(?:to\s+)?(?:note[sd]?|the\s+(?:\w+\s+){1,3}?not(?:ed|es))\b(?![^.;]{0,80}\b(?:and|to)\s+(?:approve|agree|award|authori[sz]e))/i;

/** A figure's financial year right after it ("£7.2m in 2019/20", "£0.1m for 2021-22"). */

function fromTables(tables: readonly Table[]): number | null {
  for (const t of tables) {
    const grand = grandTotal(t);
    if (grand !== null) return grand;
  }
  return null;
}

/** Words that say money is given or paid out: "awarded", "grants", "funding", "allocated", "payments", "donation". */
const GIVE = /\b(?:award|grant|fund|allocat|distribut|contribut|payment|donation)\w*/i;

function fromAllocations(ctx: ExtractContext): number | null {
  // A list of sums is of money given when its introduction, or each of its lines, says so ("(i) £403.62 as funding to ...").
  const run = allocationRuns(ctx.rows).find((r) => r.intro && (GIVE.test(r.context) || r.parts.every((p) => GIVE.test(p.line.text))));
  return run ? runTotal(run) : null;
}


/** A decision whose own words introduce a column of plain pounds ("To approve the following payments:" over "Clerk's expenses | 31.27 ..."): the column's total. */
function paymentsDecided(tables: readonly Table[], recs: readonly Recommendation[]): number | null {
  // (The lead-in's own marker, "a. To approve ...", is no part of the decision's words.)
  const leadIn = (t: Table) => clean(t.headerLines[0]!.text).replace(/^\(?[a-z0-9]{1,3}[.)]\s+/i, '').slice(0, 40);
  const decided = tables.filter((t) => t.leadIn && recs.some((r) => clean(r.text).startsWith(leadIn(t))));
  return decided.length ? fromMoneyColumn(decided) : null;
}


/** A list's entry: its marker, what it pays for, and one sum ending the line ("a) Green Grass – cemetery cut £ 93.36", "• Zoom subscription £60.00"). */
const MARKED_SUM = /^\W{0,2}(?:\(?[a-z0-9]{1,3}[.)]|[•·*-])\s+[^£]{3,80}?£\s?([\d,]+(?:\.\d{2})?)\s*$/i;

/** Entries of a list of sums with a decision just under it that approves "these" ("... seconded that these be paid"): the list's total. */
function listApprovedBelow(ctx: ExtractContext, recs: readonly Recommendation[]): number | null {
  if (!recs.some((r) => POINTS_BACK.test(r.text))) return null;
  const lines = ctx.doc.lines;
  for (const [i, line] of lines.entries()) {
    if (!POINTS_BACK.test(clean(line.text))) continue;
    const sums: number[] = [];
    for (let k = i - 1; k >= 0 && MARKED_SUM.test(clean(lines[k]!.text)); k--) sums.push(Number(MARKED_SUM.exec(clean(lines[k]!.text))![1]!.replace(/,/g, '')));
    if (sums.length >= 2) return round2(sums.reduce((a, b) => a + b, 0));
  }
  return null;
}

/** A column of plain pounds introduced as money given or paid ("To approve the following payments:"): its total row, else the sum of its rows. */
function fromMoneyColumn(tables: readonly Table[]): number | null {
  const t = tables.find((x) => x.intro !== undefined && GIVE.test(x.intro));
  if (!t) return null;
  const total = t.rows.find((r) => r.isTotal)?.cells.get(0)?.value;
  return total ?? round2(t.rows.reduce((a, r) => a + (r.cells.get(0)?.value ?? 0), 0));
}

/** The one sum a value field of the form states. */
function fromValueField(ctx: ExtractContext): number | null {
  const field = findField(ctx.form, VALUE_FIELD, (v) => findMoney(v).filter((m) => !m.rangeEnd).length === 1);
  return field ? findMoney(field.value)[0]!.value : null;
}

/** The document's text, its lines joined (a table's cells spaced). */
const docText = (ctx: ExtractContext) => ctx.doc.lines.map((l) => l.text.replace(/\t+/g, ' ')).join(' ');

function fromProse(amounts: readonly Amount[], ctx: ExtractContext): number | null {
  const plain = amounts.filter((a) => a.period === null && a.section !== 'table' && !THRESHOLD_WORDING.test(a.context ?? ''));
  // "The Commissioner has decided to award £30,810.00 from ...": the decision maker's own statement of the sum decided.
  const decidedHere = plain.find((a) => DECIDED_TO.test(wordsBefore(a)));
  if (decidedHere) return decidedHere.value;
  const summary = plain.filter((a) => a.section === 'summary');
  const pool = summary.length ? summary : plain;
  // "There is a balance of £475,385 remaining in the Fund": what is left over is not what is decided.
  // "... allocates budgets of £15,000 to each Ward": a rate a scheme sets, not a sum decided.
  // "providing a contract revenue reduction of £2,247,268 over 5 years": a saving is not a sum spent.
  const decided = pool.filter((a) => !REMAINDER.test(a.context ?? '') && !PER_UNIT.test(a.context ?? '') && !SAVING_BEFORE.test(wordsBefore(a)));
  // "This DD requests approval of up to £1,080,500" beside "MD2338 approved expenditure of up to £212.5m" (in 2018): the sum this paper asks for.
  const asked = decided.filter((a) => ASKS_APPROVAL.test(wordsBefore(a)));
  const from = asked.length ? asked : decided.length ? decided : pool;
  return from.length ? Math.max(...from.map((a) => a.value)) : null;
}

/** The words of a figure's sentence before it. */
const wordsBefore = (a: Amount) => (a.quote ? a.quote.slice(0, Math.max(0, a.quote.indexOf(a.text))) : '');

/** A figure's clause that calls it what is left of a fund ("a balance of · remaining", "· unallocated"). */
/** "... has decided to award", "have decided to allocate": the words just before the sum a decision maker decided. */
const DECIDED_TO = /\b(?:has|have|had)\s+(?:now\s+)?decided\s+to\s+(?:award|approve|allocate|grant|fund|provide|spend|release|commit)\b[^.£]{0,60}$/i;
/** The paper's own request, just before its sum: "This decision requests approval of up to", "seeks approval to spend". */
const ASKS_APPROVAL = /\b(?:this|the)\s+(?:\w+\s+){0,2}(?:seeks?|requests?)\s+(?:the\s+)?approval\b[^.£]{0,80}$/i;
/** A figure's clause that gives it per unit of a scheme ("budgets of · to each Ward", "· per councillor"). */
const PER_UNIT = /·\s+(?:to|for)\s+each\s+[a-z]+|·\s+per\s+(?:ward|member|councillor|household|person|applicant|school|pupil|organisation|group)\b/i;
const REMAINDER = /\b(?:balance|remaining|remains|unallocated|unspent|underspend|left over)\b/i;

/** The same sum printed more precisely elsewhere (£1.4m in a decision, £1.42m in its purpose). */
function preciseForm(value: number, amounts: readonly Amount[]): number {
  const printed = amounts.find((a) => a.value === value);
  if (!printed || !/\d\s?(?:m|k|bn|million|thousand)\b/i.test(printed.text)) return value;
  const tol = roundingTolerance(printed.text, value);
  // (Not another sum the paper names otherwise: "budget of £6.8m" is no finer "£7m of grant funding".)
  const sameSubject = (a: Amount) => !a.subject || !printed.subject || sharesMostWords(a.subject, printed.subject, 1) || sharesMostWords(printed.subject, a.subject, 1);
  const finer = amounts.filter((a) => a.value !== value && Math.abs(a.value - value) <= tol && roundingTolerance(a.text, a.value) < tol && a.period === printed.period && sameSubject(a));
  return finer.sort((a, b) => roundingTolerance(a.text, a.value) - roundingTolerance(b.text, b.value))[0]?.value ?? value;
}

/**
 * The table's grand total (TOTAL row × TOTAL column). When the printed figure disagrees with its parts
 * and the row and the column of totals agree with each other, their sum is taken (the misprint is flagged
 * by the sum-mismatch check).
 */
export function grandTotal(t: Table): number | null {
  const r = t.rows.map((row) => row.isTotal).lastIndexOf(true);
  if (r < 0 || t.totalColumn === null) return null;
  const printed = cellAt(t, [r, t.totalColumn]);
  if (!printed || Number.isNaN(printed.value)) return null;
  const sums = tableSums(t)
    .filter((s) => s.total[0] === r && s.total[1] === t.totalColumn)
    .map((s) => s.parts.reduce((a, p) => a + (cellAt(t, p)?.value ?? NaN), 0));
  const agree = sums.length === 2 && sums.every((v) => Math.abs(v - sums[0]!) < t.unit * 0.05);
  return agree && Math.abs(sums[0]! - printed.value) >= t.unit * 0.05 ? Math.round(sums[0]! * 100) / 100 : printed.value;
}

/** The one sum a paper states, however often, when nothing else chose one ("Funding levels will be £24,000 per annum."). */
function onlySum(amounts: readonly Amount[]): number | null {
  // (A rule's threshold, the paper's only figure, is no sum decided: its sum is elsewhere, "set out in Part Two".)
  const values = [...new Set(amounts.filter((a) => !THRESHOLD_BOUND.test(a.context ?? '')).map((a) => a.value))];
  return values.length === 1 ? values[0]! : null;
}
