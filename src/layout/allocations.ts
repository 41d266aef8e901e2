import { clean, withoutRowNumber, type Line } from './doc-lines.ts';
import { COUNT_WORD, eachCount, findMoney, type MoneyMatch } from './money.ts';
import { ROW_MARKER } from './table-types.ts';

/** One part of an allocation list: a named party and its sum ("Foundation UK - £30,000", "£80,000 to Active Surrey"). */
export interface Allocation {
  name: string;
  money: MoneyMatch;
  line: Line;
}

/** A run of allocations with the line that introduces it and the total that line states, if any. */
export interface AllocationRun {
  intro: Line | null;
  /** The introducing paragraph up to the list (its last 400 characters), '' without an introduction. */
  context: string;
  /** A figure stated in the introduction ("distribute £3.8m funds as follows:"), else null. */
  stated: MoneyMatch | null;
  parts: Allocation[];
}

/** "two grants of £500 each", "3 awards to the value of £30,000 each": a count of equal sums after a name. */
const COUNTED = new RegExp(String.raw`${COUNT_WORD}\s+(?:grants?|awards?|payments?|instalments?)\s+(?:of|to the value of|worth)\s+(?=£)`, 'i');

// Names in any script's letters ("Westraven Community Café"), dashes inside ("Good Neighbours – Rural Peterborough"), two joined by a slash ("St Johns/ St Peters Holiday Club").
const NAME = String.raw`\p{Lu}[\p{L}0-9'’&.,()\s–/-]{1,80}?`;
// "Name - £X", "Name: £X", "Name (£X)", "£X to Name", "£X for Name".
// OCR reads bullets as "«", "+", ".", "~", or as the letters "o", "e", "eo" before the name.
// An item's enumerator ("(ii)", "b.", "3)"), and a minute's paragraph number ("4.1 Internal Auditor - £50").
const ENUMERATOR = String.raw`\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]`;
const PARAGRAPH_NUMBER = String.raw`\d{1,2}\.\d{1,2}`;
const NAME_FIRST = new RegExp(String.raw`^(?:[-•·*«»+.~>]\s*|(?:e?o|e)\s+(?=\p{Lu})|${ENUMERATOR}\s+|${PARAGRAPH_NUMBER}\s+)?(${NAME})\s*(?:[-–—:]|\(\s*(?=£))\s*(?:(?:recommended\s+)?(?:amount|grant|award|allocation)\s+of\s+|(?:[a-z][\w-]*\s+){1,4}?(?:to\s+the\s+value\s+of|worth|valued\s+at)\s+)?(?=£|${COUNTED.source})`, 'u');
// "(i) £403.62 as funding to Claremont Park Community Centre for ...": an enumerator, and "as funding" or "in grant", may come between.
const MONEY_FIRST = new RegExp(String.raw`^(?:[-•·*]\s*|${ENUMERATOR}\s*)?(?=£)[^\s]+\s+(?:(?:as|in)\s+(?:a\s+)?(?:funding|grant|contribution|award)\s+)?(?:to|for)\s+(?:the\s+)?(${NAME})(?:\s+(?:for|to|towards|in)\b|[.;,]|$)`, 'u');

// "• Zurich Insurance £211.89": a marked entry, its party, then its sum ending the line, with nothing between.
const MARKED_NAME_SUM = new RegExp(String.raw`^(?:[-•·*«»+~>]\s*|${ENUMERATOR}\s+)(\p{Lu}[\p{L}0-9'’&.,()\s/-]{1,60}?)\s+(?=£\s?[\d,]+(?:\.\d{2})?\s*$)`, 'u');

// "£90 – DC Gardening Services – grass cutting – October 2015": a schedule's sum, its payee, then what it is for, set off by dashes.
const MONEY_DASH_NAME = new RegExp(String.raw`^(?:[-•·*]\s*)?£\s?[\d,.]+\s*[–—-]\s*(${NAME})\s*(?:[–—-]\s|$)`, 'u');

/**
 * Text with bracketed asides blanked (same length): "£7,500 over three years (£3,000; £2,250; £2,250)" states one sum; a bracket
 * that is only a sum stays when it is the line's first ("Royal Humane Society (£2,500)"), not when it breaks down one before it
 * ("£5,000 for an access audit (£2,500) and designs (£2,500)").
 */
const unbracketed = (s: string) => s.replace(/\([^()]*\)/g, (m, at: number) => (/^\(\s*£\s?[\d,.]+\s?[mk]?\s*\)$/i.test(m) && !/£\s?\d/.test(s.slice(0, at)) ? m : ' '.repeat(m.length)));

/** A list of money coming in or held, not going out: "(b) Receipts:", "Income", "Income received", "d) Bank Account balances.". */
export const RECEIPTS = /^\W*(?:\(?[a-z]\)\s*)?(?:receipts?|income|(?:bank\s+)?(?:account\s+)?balances?)\b/i;

/** A line that starts with a decision's verb names no party before its sum. */
export const DECISION_WORDS = /^(?:To\s+)?(?:Accept|Approve|Award|Agree|Appoint|Authori[sz]e|Allocate|Delegate|Note|Enter|Grant)\s+(?:the|a|an|that)\b/;

/** A minute's note of who came and went, printed between the items of a list ("Councillor A Rickard left the meeting"): no break in it. */
const MEETING_NOTE = /^\W*(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.'’ -]{0,60}?\s+(?:left|returned\s+to|rejoined|re-?entered|joined)\s+the\s+(?:meeting|room|chamber)\b[^£]*$/;

/**
 * A table row that gives a party a sum: its first cell a name, one later cell the only figure ("Brodrick Hall | Gosport | £5,000",
 * "Witney Town Band | £500.00 | Annual grant": a purpose may follow the sum).
 */
function tableRow(line: Line, text: string): RegExpExecArray | null {
  // (A numbered row's number is no part of its party.)
  const cells = line.text.split('\t').map((c, k) => (k === 0 ? withoutRowNumber(clean(c)) : clean(c))).filter(Boolean);
  // ("a. | Padstow Sailing Club | £ 500": a row's marker in a cell of its own, "(8" as OCR may read a "c.".)
  if (cells.length > 2 && (ROW_MARKER.test(cells[0]!) || (cells[0]!.length <= 3 && !/[A-Za-z]{2}/.test(cells[0]!)))) cells.shift();
  const withSums = cells.filter((c) => /£\s?\d/.test(c));
  // The sum's cell may say what was done with it ("Awarded £250").
  if (cells.length < 2 || withSums.length !== 1 || /£\s?\d/.test(cells[0]!) || !/^(?:(?:awarded|granted|approved|allocated|agreed)\s+)?£/i.test(withSums[0]!)) return null;
  return /^(\p{Lu}[\p{L}\p{M}\d_'’&.,() -]{2,80})$/u.exec(cells[0]!) ? (Object.assign([text, cells[0]!], { index: 0, input: text }) as unknown as RegExpExecArray) : null;
}

/** "- Bedale Town Council - Parade ... – total project cost £2,700, grant offer £1,300": a party (bulleted or not), and of its figures the one the line names as the grant. */
function offeredGrant(text: string): { name: string; money: MoneyMatch } | null {
  const m = /^(?:[-•·*«»+~>]\s*)?(\p{Lu}[^–—]{2,80}?)\s+[-–—]\s+\S/u.exec(text);
  if (!m || /£/.test(m[1]!)) return null;
  // ("Citizen’s Advice Allerdale – Agreed to provide a donation of £30.00.", "St Margaret’s Church Security Gates – Approved £1,000".)
  const granted = findMoney(text).filter((x) => /\b(?:grant(?:\s+offer(?:ed)?)?|award(?:ed)?|allocation|donation|contribution|approved|agreed)\s*(?:of\s*)?:?\s*$/i.test(text.slice(Math.max(0, x.start - 25), x.start)));
  return granted.length === 1 ? { name: m[1]!.trim(), money: granted[0]! } : null;
}

/** An application's money field, no share of anything: "Sum requested: £5600" over "Sum approved: £5600", "Amount awarded", "Grant requested". */
const MONEY_FIELD = /^(?:total\s+)?(?:sum|amount|grant|award|funding|cost|budget|value|contribution)(?:\s+(?:of\s+)?(?:grant|funding|award))?\s+(?:requested|approved|awarded|recommended|sought|granted|agreed|allocated|offered|applied\s+for)$/i;

/** The allocation a line states, when the whole line is one named party and its sum (a yearly sum with `annual`). */
export function allocationIn(line: Line, opts: { annual?: boolean } = {}): Allocation | null {
  const text = clean(line.text);
  const offered = offeredGrant(text);
  if (offered) return offered.money.period && !opts.annual ? null : { ...offered, line };
  const money = findMoney(unbracketed(text));
  if (money.length !== 1 || (money[0]!.period && !opts.annual)) return null;
  const m = NAME_FIRST.exec(text) ?? MONEY_FIRST.exec(text) ?? MONEY_DASH_NAME.exec(text) ?? tableRow(line, text) ?? MARKED_NAME_SUM.exec(text);
  const name = m?.[1]?.trim();
  // "Total", "Budget available" close a list; "Total Insight Theatre" is a party.
  // ("Accept the tender from Bell Decorating Group UK Limited for Lot 1 (£118.25k)": a decision's words, not a party's name.)
  if (!name || DECISION_WORDS.test(name) || (/^(?:total|sub-?total|grand total|the total|budget|funding|overall)\b/i.test(name) && !/^\S+\s+(?:[A-Z][\w'’&-]*\s*){2,}$/.test(name)) || MONEY_FIELD.test(name)) return null;
  const n = eachCount(text.slice(0, money[0]!.start), text.slice(money[0]!.end));
  return { name, money: n > 1 ? { ...money[0]!, value: money[0]!.value * n } : money[0]!, line };
}

/** A line that starts a list's entry: a bullet, an enumerator or a paragraph number. */
const MARKED = new RegExp(String.raw`^\s*(?:[-•·*«»]\s|${ENUMERATOR}\s|${PARAGRAPH_NUMBER}\s)`);

/**
 * Lines with the wrapped ones joined to the line they carry on ("Bedale Town Council - Parade … –" /
 * "total project cost £2,700, grant offer £1,300"): the next line starts in lower case, with a figure or a
 * sum, or this one ends on a dash or comma. Each joined line keeps its first line's place.
 */
export function joinWrapped(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    const marker = MARKED.test(l.text);
    const carries = last && !marker && !l.breakBefore && !l.pageStart && l.page === last.page && (/^\s*(?:[a-z(]|£\s?\d|\d)/.test(l.text) || /[–—,-]\s*$/.test(last.text)) && !/(?:[.;:]|:-)\s*$/.test(last.text);
    // ("Charminster Guides – £50.00," over "Charminster Brownies – £50.00,": a comma after a sum separates the list's entries.)
    const entries = !!last && /£\s?\d[\d,]*(?:\.\d{1,2})?\s*,\s*$/.test(last.text) && /£\s?\d/.test(l.text);
    // (Two lines that each give a party its sum are two entries, whatever the second starts with: "(8 | Padstow Sea Cadets | £2,150" as OCR reads a "c.".)
    const both = !!last && allocationIn(last) !== null && allocationIn(l) !== null;
    if (carries && !entries && !both) out[out.length - 1] = { ...last, text: `${last.text.trimEnd()} ${l.text.trim()}`, rightEdge: l.rightEdge };
    else out.push(l);
  }
  return out;
}

/** A line that carries on the one before it: no break, no sum, and the line before did not end a sentence. */
const isContinuation = (line: Line, prev: Line) =>
  !line.breakBefore && !line.pageStart && !/[.;:]\s*$/.test(prev.text) && !/£\s?\d/.test(line.text) && !/^\s*[-•·*«»]/.test(line.text) &&
  // The line before ran on to the margin (it wrapped), or, where edges are unknown, this one starts in lower case.
  (prev.rightEdge != null ? prev.rightEdge >= 0.7 : /^\s*[a-z]/.test(line.text));

/** A row of the same table that gives no sum ("The Neuromuscular Centre | Declined", "River Trust | DEFER", "CARA | £0"): the list goes on past it. */
const isRowWithoutSum = (line: Line, cur: readonly Allocation[]) =>
  line.text.includes('\t') && cur[cur.length - 1]!.line.text.includes('\t') && !/£\s?\d/.test(line.text.replace(/£\s?0(?:\.00)?(?![\d,.])/g, '')) && line.text.split('\t').length === cur[cur.length - 1]!.line.text.split('\t').length && line.text.length < 120;

/**
 * The figure of the lead-in a few lines above a run whose first items printed no "£" ("seeking the release of a further £77,290 ...
 * The money will be spent on the following:" over "Metal Theft Funding (58,300) ..." then "Drugs Operation (£4,223.) ..."): the
 * lead-in's sum when it covers the parts read, else null.
 */
function leadInFigure(lines: readonly Line[], first: number, parts: readonly Allocation[]): MoneyMatch | null {
  const sum = parts.reduce((a, p) => a + p.money.value, 0);
  for (let k = first - 2; k >= Math.max(0, first - 8); k--) {
    if (!/:\s*$/.test(lines[k]!.text)) continue;
    const text = clean(`${k > 0 && !/[.;:]\s*$/.test(lines[k - 1]!.text) ? lines[k - 1]!.text : ''} ${lines[k]!.text}`);
    const m = findMoney(text).find((x) => !x.period);
    return m && m.value >= sum ? m : null;
  }
  return null;
}

/** The paragraph that ends just before line `first` (back to a blank line or a page start), its last 400 characters. */
function paragraphBefore(lines: readonly Line[], first: number): string {
  let k = first - 1;
  while (k > 0 && first - k < 12 && !lines[k]!.breakBefore && !lines[k]!.pageStart) k--;
  return clean(lines.slice(k, first).map((l) => l.text).join(' ')).slice(-400);
}

/** A line that prints a list's total under it: "Total £827,594", "Total funding of £703,660 via the MOJ Victims Budget ...". */
const TOTAL_UNDER = /^\W*(?:the\s+)?(?:grand\s+|overall\s+)?total\b(?!\s+(?:project\s+)?cost)[^£]{0,40}£/i;

/** A list's introduction that gives money to what it lists ("... fund one application ... which fully met the criteria:"). */
const GIVING_INTRO = /\b(?:fund|award|grant|allocat|distribut|donat)\w*\b[^.;]{0,300}:\s*-?\s*$/i;

/** A list of one: a marked entry ("- Coruscate Stained Glass – £500.") right under an introduction that gives money to what it lists. */
function soleEntry(lines: readonly Line[], part: Allocation): boolean {
  const at = lines.indexOf(part.line);
  const next = lines[at + 1];
  return at > 0 && MARKED.test(part.line.text) && GIVING_INTRO.test(clean(lines[at - 1]!.text)) && !(next && !next.breakBefore && MARKED.test(next.text));
}

/** Runs of two or more consecutive allocation lines (or, with `single`, a list of one under a giving introduction), with their introducing line ("... awarded as below:"). */
export function allocationRuns(input: readonly Line[], opts: { annual?: boolean; joinWrapped?: boolean; single?: boolean } = {}): AllocationRun[] {
  const lines = opts.joinWrapped ? joinWrapped(input) : input;
  const runs: AllocationRun[] = [];
  let cur: Allocation[] = [];
  // The line that ends the run, when it prints the run's total: "Total funding of £703,660 via the MOJ Victims Budget for 2023/24.".
  const flush = (after?: Line) => {
    // "Police £3,044,881 / Fire £2,715,692 / Joint £5,760,573": a last line that adds up the ones before it is their total, not a part.
    const last = cur[cur.length - 1];
    const totalLine = cur.length >= 3 && !!last && Math.abs(cur.slice(0, -1).reduce((a, p) => a + p.money.value, 0) - last.money.value) < 0.5;
    if (totalLine) cur = cur.slice(0, -1);
    if (cur.length >= 2 || (opts.single && cur.length === 1 && soleEntry(lines, cur[0]!))) {
      const first = lines.indexOf(cur[0]!.line);
      const intro = first > 0 ? lines[first - 1]! : null;
      // The introduction's sentence may have wrapped: read the line before it too, unless that ended a sentence.
      const before = first > 1 && !/[.;:]\s*$/.test(lines[first - 2]!.text) ? `${lines[first - 2]!.text} ` : '';
      const introText = intro ? clean(before + intro.text) : '';
      const stated = intro && /(?::|;|as follows,?|below)\s*\S{0,60}$/i.test(clean(intro.text)) ? findMoney(introText).find((m) => !m.period) ?? null : null;
      const printedUnder = after && TOTAL_UNDER.test(clean(after.text)) ? findMoney(clean(after.text)) : [];
      const under = printedUnder.length === 1 && !printedUnder[0]!.period ? printedUnder[0]! : null;
      runs.push({ intro, context: intro ? paragraphBefore(lines, first) : '', stated: stated ?? (totalLine ? last!.money : null) ?? under ?? leadInFigure(lines, first, cur), parts: cur });
    }
    cur = [];
  };
  lines.forEach((line, i) => {
    const a = allocationIn(line, opts);
    if (a) cur.push(a);
    else if (cur.length && MEETING_NOTE.test(clean(line.text))) return;
    // ("(b) Receipts:" between the payments and the money received: a new list, whatever the spacing.)
    else if (RECEIPTS.test(clean(line.text))) flush();
    // A wrapped item ("Paxton Green Time Bank - £15,000 for ... of the Development" / "Manager’s salary costs.") goes on.
    // ... and so does an item's second sentence printed between two items ("... for 1 year." / "The national minimum wage must be paid.").
    else if (!(cur.length && (isContinuation(line, lines[i - 1]!) || isRowWithoutSum(line, cur) || (!line.breakBefore && !line.pageStart && !!lines[i + 1] && !lines[i + 1]!.breakBefore && allocationIn(lines[i + 1]!, opts) !== null)))) flush(line);
  });
  flush();
  return runs;
}
