import { findMoney } from './money.ts';
import { CAPWORD, REFUSED, SMALL, cleanName } from './recipient-phrases.ts';
import { clean, type Line } from './doc-lines.ts';
import { readMarker } from './list-markers.ts';

/** A party a listing sentence names, with the sum the sentence gives it (null when none). */
export interface ListedRecipient {
  name: string;
  amount: number | null;
}

// "The 26 organisations receiving grants of £300 were: A, B and C", "Among the 29 recipients were A; B; C",
// "The organisations awarded their grant were: A (£250 each), B (£3,000)": who the sentence says receives.
// "Four applications were recommended for funding as follows: A – Project £19,996.00; B £10,576.00 ...".
const INTRO = /\b(?:recipients?|grantees|organisations|organizations|groups|charities|clubs|applicants|bodies|grants?|projects)\b[^.:;]{0,80}?\b(?:were|are|included|include|was|is)\s*:?\s+(?=[A-Z])|\b(?:successful|receiving)\b[^.:;]{0,60}?\b(?:included|include|were|are)\s*:\s*(?=[A-Z])|\b(?:following|these)\s+(?:grants?|awards?|allocations?)\s+(?:were|are|have been|be)\s+(?:approved|awarded|agreed|made)\s*:\s*|\b(?:recommended|approved|agreed|awarded|allocated)\s+(?:for\s+(?:funding|a\s+grant)\s+)?as\s+follows\s*:\s*/;
const GIVING = /\b(?:receiv\w*|award\w*|grant\w*|recipients?|grantees|allocat\w*|fund\w*|recommended|approved|successful)\b/i;
const OWN_SUM_NAME = /^(?:and\s+)?(?:the\s+)?(\p{Lu}[^()£;:]{1,100}?)$/u;
const NAME = new RegExp(String.raw`^(?:the\s+)?(${CAPWORD}(?:\s+(?:${SMALL}\s+)*${CAPWORD}){0,7})$`);

/**
 * Parties a sentence lists as receiving money after an introduction ("The 26 organisations receiving
 * grants of £300 were: ..."), with "Name (£X)" sums, "(£X each)" for the run it closes, and the
 * introduction's own "grants of £X" for the rest. Items that are not capitalised names are left out,
 * and a list of fewer than two names is no list.
 */
export function listedRecipients(sentence: string): ListedRecipient[] {
  // "Reference COMF 2 - £97,608": a list of references and sums names no party.
  return listedParties(sentence).filter((r) => !/^(?:ref(?:erence)?|item|no\.?|number|code)\b/i.test(r.name));
}

function listedParties(sentence: string): ListedRecipient[] {
  const intro = INTRO.exec(sentence);
  if (!intro || !GIVING.test(sentence.slice(0, intro.index + intro[0].length))) return [];
  const head = sentence.slice(0, intro.index + intro[0].length);
  const each = /\b(?:grants?|awards?|sums?)\s+of\s+(£\s?[\d,.]+\s?(?:k|m)?)/i.exec(head);
  const shared = each ? (findMoney(each[1]!)[0]?.value ?? null) : null;
  const body = sentence.slice(intro.index + intro[0].length).replace(/[.]\s*$/, '');
  // "PACE Film - £5000 BRFM - £5000 Valleys Family Church Youth Club - £500 ...": names and sums run on without commas.
  const pairs = [...body.matchAll(/\s*(.+?)\s+[-–]\s+(£\s?[\d,]+(?:\.\d{1,2})?)(?=\s|$)/g)];
  if (pairs.length >= 2 && pairs.reduce((n, p) => n + p[0].length, 0) >= body.length * 0.9) {
    const named = pairs.map((p) => ({ name: /^(?:the\s+)?([A-Z0-9][\w'’&.() -]{1,80})$/.exec(p[1]!.trim())?.[1], amount: findMoney(p[2]!)[0]?.value ?? null }));
    if (named.every((n) => n.name)) return named.map((n) => ({ name: n.name!, amount: n.amount }));
  }
  // "A – Connections £19,996.00; B £10,576.00; C – Information, Advice and Wellbeing Café £10,000 and D – Debt Advice £9,428.00":
  // entries parted by semicolons, each its party (before a dash naming its project) and its sum, unbracketed (a bracketed sum is
  // read below, with the project kept in the name).
  const entries = body.split(/\s*;\s*/).flatMap((p, k, all) => (k === all.length - 1 ? p.split(/(?<=£\s?[\d,]+(?:\.\d{1,2})?)\s+and\s+(?=[A-Z])/) : [p]));
  const bySum = entries.map((e) => /^(.+?)\s+(£\s?[\d,]+(?:\.\d{1,2})?)$/.exec(e.trim())).map((m) => (m ? { name: NAME.exec(m[1]!.split(/\s+[–—-]\s+/)[0]!.replace(/\)$/, '').trim())?.[1], amount: findMoney(m[2]!)[0]?.value ?? null } : null));
  if (entries.length >= 2 && bySum.every((e) => e?.name)) return bySum.map((e) => ({ name: e!.name!, amount: e!.amount }));
  const out = namesAndSums(body, shared);
  return out.length >= 2 ? out.map(({ name, amount }) => ({ name, amount })) : [];
}

/** A listed party, and whether a bracketed sum of its own (or its run's "each") gave its amount. */
type NamedSum = ListedRecipient & { own: boolean };

/**
 * The parties a run of names lists ("A, B and C (£250 each), D (£3,000)"), each with its bracketed sum (a "(£X each)" for the
 * run it closes), else `shared`.
 */
function namesAndSums(body: string, shared: number | null): NamedSum[] {
  const out: NamedSum[] = [];
  let run: NamedSum[] = [];
  // Items are parted by commas and semicolons outside brackets; "and" parts the last two ("A, B and C") and
  // the names a bracketed sum closes ("C and D (£250 each)"), since names hold it too ("Launceston and Area").
  const parts = splitOutsideBrackets(body);
  const items = parts.flatMap((p, k) => {
    const split = k === parts.length - 1 || /\)\s*$/.test(p) ? /^(.*?\S)\s+and\s+((?:the\s+)?[A-Z][^()]*(?:\(.*\))?)$/.exec(p) : null;
    return split ? [split[1]!, split[2]!] : [p];
  });
  for (const raw of items) {
    const m = /^(.*?)\s*(?:\(([^()]*£[^()]*)\))?$/.exec(raw.trim());
    // "YMCA Youthwork (£19,315)", "Ad Astra – Taking Young People Seriously (£19,730)": an item with its own sum may name its project after the party.
    const name = NAME.exec(m?.[1]?.trim() ?? '')?.[1] ?? (m?.[2] ? OWN_SUM_NAME.exec(m[1]!.trim())?.[1] : undefined);
    if (!name) continue;
    const item: NamedSum = { name, amount: shared, own: false };
    run.push(item);
    out.push(item);
    if (m?.[2]) {
      const value = findMoney(m[2])[0]?.value ?? null;
      for (const r of /\beach\b/i.test(m[2]) ? run : [item]) Object.assign(r, { amount: value, own: true });
      run = [];
    }
  }
  return out;
}

/**
 * Parties a request names, each with its bracketed sum, granted together: "That the funding applications for Swim Sports Company
 * Limited (loan facility of £500,000), Salford Evolution (loan facility of £5,800,000) ... be approved".
 */
const REQUESTS_FOR = /\b(?:applications?|bids?|requests?)\s+(?:for\s+funding\s+)?(?:from|for|by)\s+(?=(?:the\s+)?[A-Z])/;
const GRANTED_TOGETHER = /\)\s*,?\s+(?:be|are|were|is|was|have\s+been|has\s+been)\s+(?:approved|agreed|granted|supported|awarded|accepted)\b/;
/** A count of parties, listed, then each one's sum: "Three groups, A, B and C will each receive £50,000". */
const EACH_RECEIVE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:groups|organisations|organizations|clubs|charities|projects|applicants|bodies|schools|recipients)\s*,\s+((?:the\s+)?[A-Z][^.;:£]{4,400}?)\s*,?\s+(?:will|have|has|were|are|shall)?\s*(?:each|all)\s+(?:receive|get|be\s+(?:awarded|given|granted)|been\s+(?:awarded|given|granted)|(?:were\s+)?(?:awarded|given|granted))\s+(£\s?[\d,.]+\s?(?:k|m|million)?)/i;

/** Parties a sentence names together with their sums in either of the forms above; a list of fewer than two names is no list. */
export function partiesGrantedTogether(sentence: string): ListedRecipient[] {
  const each = EACH_RECEIVE.exec(sentence);
  if (each) {
    const out = namesAndSums(each[1]!, findMoney(each[2]!)[0]?.value ?? null);
    if (out.length >= 2 && out.every((r) => !r.own)) return out.map(({ name, amount }) => ({ name, amount }));
  }
  const asked = REQUESTS_FOR.exec(sentence);
  const granted = asked ? GRANTED_TOGETHER.exec(sentence.slice(asked.index)) : null;
  if (!asked || !granted || REFUSED.test(sentence)) return [];
  const out = namesAndSums(sentence.slice(asked.index + asked[0].length, asked.index + granted.index + 1), null);
  return out.length >= 2 && out.every((r) => r.own) ? out.map(({ name, amount }) => ({ name, amount })) : [];
}

// "approve one-off grants of £1,000 to each of the following charities:-" over "(i) A (CC Reg. 249360)" / "(ii) B ...": money to
// the parties a marked list names next.
const TO_FOLLOWING = /\b(?:grants?|awards?|funding|payments?|donations?|contributions?)\b[^.:;]{0,80}?\b(?:to|for)\s+(?:each\s+of\s+)?the\s+following(?:\s+[a-z]+){0,2}\s*:-?\s*$/i;

/** The introduction that ends on line `i`: that line and up to three before it in its paragraph, joined. */
function leadEndingAt(lines: readonly Line[], i: number): string {
  let k = i;
  while (k > 0 && i - k < 3 && !lines[k]!.breakBefore && !lines[k]!.pageStart) k--;
  return lines.slice(k, i + 1).map((x) => clean(x.text)).join(' ');
}

/** A party a marked list names after its introduction, with the introduction's sum, the introduction and its last line. */
export interface MarkedRecipient extends ListedRecipient {
  lead: string;
  line: Line;
}

/**
 * Parties a marked list names after money "to each of the following", each with the introduction's sum ("grants of
 * £1,000"). Read by line (OCR may break the paragraph between the introduction and its items): the introduction is the
 * paragraph that ends on a colon, the items the lines after it whose markers are of one kind ("(i)", "(ii)", not the "c)"
 * of the list above), each a capitalised name, its register number left out.
 */
export function markedRecipients(lines: readonly Line[]): MarkedRecipient[] {
  const out: MarkedRecipient[] = [];
  const kind = (l: Line | undefined) => {
    const mk = l && readMarker(l.text, null);
    return mk && mk.type !== 'bullet' ? `${mk.type}${mk.close}` : null;
  };
  for (const [i, l] of lines.entries()) {
    const first = kind(lines[i + 1]);
    if (!first || !/:-?\s*$/.test(l.text)) continue;
    const lead = leadEndingAt(lines, i);
    const intro = TO_FOLLOWING.exec(lead);
    if (!intro) continue;
    const each = /\b(?:grants?|awards?|sums?|payments?|donations?)\s+of\s+(?:up\s+to\s+)?(£\s?[\d,.]+\s?(?:k|m)?)/i.exec(intro[0]);
    const amount = each ? (findMoney(each[1]!)[0]?.value ?? null) : null;
    const items: string[] = [];
    for (let j = i + 1; j < lines.length && kind(lines[j]) === first; j++) items.push(cleanName(readMarker(lines[j]!.text, null)!.rest));
    const names = items.filter((t) => /^(?:the\s+)?\p{Lu}/u.test(t) && t.split(/\s+/).length <= 12 && !/£/.test(t));
    if (names.length >= 2 && names.length === items.length) out.push(...names.map((name) => ({ name, amount, lead, line: l })));
  }
  return out;
}

/** An introduction to a marked list of contracts awarded, one per service: "Approved the direct award of contracts for the 4 services confirmed below ...:". */
const CONTRACTS_BELOW = /\b(?:award|extension|extend)\w*\s+(?:of\s+)?(?:the\s+)?(?:(?:direct|interim|new)\s+)?(?:contracts?|call-?offs?)\b[^.:;]{0,120}\b(?:below|following)\b[^:]{0,80}:-?\s*$/i;

/**
 * Providers of a marked list of contracts an introduction awards ("... direct award of contracts for the 4 services confirmed below:"
 * over "ii) Elmfield Way – Yarrow", "iii) Cambridge Gardens – London Cyrenians"): each entry names a service, a dash, then who provides
 * it. Without sums (the list gives none); none when an entry has no dash or its provider reads as no name.
 */
export function contractedProviders(lines: readonly Line[]): MarkedRecipient[] {
  const out: MarkedRecipient[] = [];
  for (const [i, l] of lines.entries()) {
    if (!/:-?\s*$/.test(l.text) || !readMarker(lines[i + 1]?.text ?? '', null)) continue;
    const lead = leadEndingAt(lines, i);
    if (!CONTRACTS_BELOW.test(lead)) continue;
    const providers: string[] = [];
    const style = readMarker(lines[i + 1]!.text, null)!;
    for (let j = i + 1; j < lines.length; j++) {
      const mk = readMarker(lines[j]!.text, null);
      // (The list ends at the next item of the decision: "2. Noted the expenditure ...".)
      if (!mk || mk.type !== style.type || mk.close !== style.close) break;
      const parts = mk.rest.split(/\s+[–—-]\s+/);
      const provider = cleanName(parts.at(-1)!.replace(/\.\s*$/, ''));
      if (parts.length < 2 || !/^\p{Lu}/u.test(provider) || provider.split(/\s+/).length > 8 || /£/.test(provider)) return out;
      providers.push(provider);
    }
    if (providers.length >= 2) out.push(...providers.map((name) => ({ name, amount: null, lead, line: l })));
  }
  return out;
}

/** Splits at commas and semicolons that are not inside brackets or figures ("£3,000"). */
function splitOutsideBrackets(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ';' || (c === ',' && !/\d/.test(text[i + 1] ?? '')))) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/** An introduction to a marked list of the allocations approved: "approves the allocations of the Sports Facilities Fund Grants ... set out below:". */
const ALLOCATIONS_BELOW = /\b(?:allocations?|grants?|awards?)\b[^.]{0,160}\b(?:set\s+out\s+below|as\s+follows|listed\s+below|below)\s*:-?\s*$/i;
/** The sum an item gives its party, after the word that names it ("Proposed amount from UKSPF £26,119", not "Total project cost £27,556"). */
const ITEM_SUM = /\b(?:proposed|recommended|approved|awarded|award|grant|allocation|allocated|amount)\b[^£.;]{0,40}(£\s?[\d,.]+\s?(?:k|m)?)/gi;

/**
 * Parties of a marked list of allocations under an introduction that approves them, each item "Name: project - ... £sum"
 * ("1. Arnold Leisure Centre: Plant room improvements - Total project cost £27,556 - Proposed amount from UKSPF £26,119"):
 * the name before the colon, the sum the item names as given (else its one sum). Items wrapped over lines are read whole.
 */
export function allocationItems(lines: readonly Line[]): MarkedRecipient[] {
  const out: MarkedRecipient[] = [];
  for (const [i, l] of lines.entries()) {
    const first = readMarker(lines[i + 1]?.text ?? '', null);
    if (!first || first.type === 'bullet' || !/:-?\s*$/.test(l.text)) continue;
    const lead = leadEndingAt(lines, i);
    if (!ALLOCATIONS_BELOW.test(lead) || !/\b(?:approv|agree|award|allocat)\w*/i.test(lead)) continue;
    const items: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const mk = readMarker(lines[j]!.text, null);
      const text = clean(lines[j]!.text);
      if (mk && mk.type === first.type && mk.close === first.close) items.push(clean(mk.rest));
      // (A line that goes on with the item: it starts in lower case, or the item stopped on a dash or a joining word.)
      else if (items.length && !lines[j]!.breakBefore && (/^[a-z£]/.test(text) || /(?:[-–,&]|\b(?:and|of|from|to|Proposed|amount))\s*$/.test(items[items.length - 1]!))) items[items.length - 1] += ` ${text}`;
      else break;
    }
    const parsed = items.map((t) => {
      const name = /^((?:the\s+)?\p{Lu}[^:£]{1,80}?):\s/u.exec(t)?.[1];
      const given = [...t.matchAll(ITEM_SUM)].at(-1)?.[1];
      const sums = [...new Set(findMoney(t).map((m) => m.value))];
      return { name, amount: given ? (findMoney(given)[0]?.value ?? null) : sums.length === 1 ? sums[0]! : null };
    });
    if (parsed.length >= 2 && parsed.every((p) => p.name && p.name.split(/\s+/).length <= 8)) out.push(...parsed.map((p) => ({ name: cleanName(p.name!), amount: p.amount, lead, line: l })));
  }
  return out;
}
