import type { Recipient } from '../../record/index.ts';
import { allocationRuns, RECEIPTS, type AllocationRun } from '../../layout/allocations.ts';
import { clean, type Line } from '../../layout/doc-lines.ts';
import { cleanName, COLUMN_HEADING, ORGANISATION, recipientsIn, roleOf, soleSum, wholeOfYearly } from '../../layout/recipient-phrases.ts';
import { FULL_STOP, SENTENCE_BREAK, sentences } from '../../layout/sentences.ts';
import { columnPayees, labelledApplicants, minutedApplications, recipientTableRows, tableRecipients } from '../../layout/recipient-tables.ts';
import { allocationItems, contractedProviders, listedRecipients, partiesGrantedTogether, markedRecipients } from '../../layout/recipient-lists.ts';
import { soleOrganisations } from '../../layout/recipient-sole.ts';
import { applicantOfTitle, partyOfTitle, partiesOfActs, partyOfItemHeading } from '../../layout/recipient-object.ts';
import { itemParties } from '../../layout/recipient-items.ts';
import { defineExtractor } from '../define-extractor.ts';
import { isNewsStory } from '../../layout/news.ts';
import { findMoney } from '../../layout/money.ts';
import { editDistance } from '../../layout/edit-distance.ts';

const GIVES = /\b(?:grant|award|allocat|recipient|applica|fund|distribut|payment|contribut|as follows|following)\w*/i;
/** An introduction that says the list's parties receive the sums ("The grant recipients are:", "awards to the following", "The allocation is as follows:-"), not only that sums are listed ("the bid be approved as follows:"). */
// ("To approve the following payments:", "The following payments were agreed", "Bills to be paid", "To approve/ratify recent and proposed
// expenditure", "Payments were approved for": a schedule of payees; "It was RESOLVED to award grants as follows:".)
const TO_PARTIES = /\b(?:following\s+(?:payments?|accounts?|invoices?|cheques?|bills?)|(?:payments?|cheques?|accounts?|invoices?|bills?)\s+(?:were|was|are|to\s+be|be)\s+(?:approved|agreed|authori[sz]ed|signed|paid)\b|(?:approve|ratify|authorise|authorize)\b[^.]{0,40}\bexpenditure|(?:payments?|accounts?|invoices?|bills?)\s+(?:for\s+payment|to\s+be\s+paid)|(?:allocations?|grants?|awards?)\s+(?:is|are|were|will\s+be)\s+as\s+follows|\baward\w*\s+(?:the\s+following\s+)?(?:grants?|funding)\s+as\s+follows|recipients?|grantees?|applicants?|applications|awarded|allocated\s+to|organisations|(?:grants?|awards?|allocations?|payments?|funding|contributions?)\b[^.]{0,60}\b(?:to|for)\s+(?:the\s+)?(?:following|these|each|below|charities|organisations|groups|bodies|applicants|recipients))\b/i;

/** An introduction to a list of projects, schemes or bids ("to the following four projects:", "3 bids ... as follows:"), not of parties. */
const PROJECTS = /\b(?:following|these|below)\s+(?:[\w-]+\s+){0,2}?(?:projects|schemes|bids|initiatives|works)\b|\b(?:projects|schemes|bids)\b[^.;:]{0,80}\bas\s+follows\b/i;

/** An offer known by its number, not its maker ("Quote 1 – £238.00 to supply and fit", "Option B", "Tender 2"). */
// ("To award the contract ... to Tender A in Table 1 of the report": a bidder the report keeps anonymous, wherever it points.)
const NUMBERED_OFFER = /^(?:quote|quotation|option|bid|tender|estimate)\s+(?:[A-Z]|\d{1,2})(?:\s+(?:in|of|at|on)\b.*)?$/i;

/** A name that ends on a thing, not a party: "Vinyl Flooring Contract", "Procurement Strategy at Appendix", "Investment Priorities", "Local Implementation Plan". */
const THING = /\b(?:Contract|Strategy|Strategies|Programme|Plan|Priorities|Zone|Appendix|Budget)$/;

/** A line of a capital programme, not a party, in a list or a sentence: "£2.5m for Disability Facilities Grants", "£400k for Public Lighting" (an organisation's word or a body's initials make a payee and its purpose: "LALC Website Maintenance"). */
const PROGRAMME_LINE = /\b(?:Grants|Lighting|Maintenance|Refurbishment|Repairs|Improvements?|Safety|Resurfacing|Drainage|Infrastructure)$/;
const isProgrammeLine = (name: string) => PROGRAMME_LINE.test(name) && !ORGANISATION.test(name) && !/\b[A-Z]{2,}\b/.test(name);

/** A schedule's line for what is paid, not to whom: salaries, expenses, an office's fee ("Clerks Salary & HMRC", "Internal Auditor", "PO Box Annual Fee"), insurance (not an insurer: "Zurich Insurance"). */
const PAYMENT_PURPOSE = /\b(?:salar(?:y|ies)|wages?|expenses|allowances?|petty\s+cash|mileage|reimbursements?|subscriptions?|fees?|rental)\b|^(?:the\s+)?(?:annual\s+)?insurance\b|\bhonorari(?:um|a)\b|^(?:the\s+)?(?:internal|external)\s+audit(?:or)?$|^clerk/i;

const REFERENCE_LABEL = /^(?:ref(?:erence)?|item|no\.?|number|code|project\s+(?:ref|no|number|code))\b/i;
/** A list of what bodies pay the decision maker: "issue Precepts Notices on the ... billing authorities as follows:", a levy on its councils. */
const LEVIED = /\bprecepts?\s+notices?\b|\bbilling\s+authorit(?:y|ies)\b|\blev(?:y|ies)\s+(?:on|upon)\b/i;

/** What a minute decided on the application above it, not who it is ("Approved - £3,129.13 from Projects Fund"). */
// (A schedule's label for it too: "Recommendation: £1,500".)
const OUTCOME = /^(?:approved|agreed|awarded|granted|refused|rejected|declined|deferred|withdrawn|not\s+approved|recommendations?|recommended|decision|outcome)$/i;

/** The body that decides is not its own recipient ("£57k for Essex" in an Essex PCC paper is its own cost). */
// The deciding body by name, a word of it, or its initials ("LCC will receive £4.96M" in a Lancashire County Council paper).
const initials = (name: string) => name.split(' ').filter((w) => w && !/^(?:of|and|the|for|&)$/.test(w)).map((w) => w[0]).join('');
// ("PCC" or "OPCC" in a paper of the "Police and Crime Commissioner for Warwickshire": the commissioner by the initials of its kind.)
const isOwn = (name: string, own: string) => !!own && !!name && (name === own || own.split(' ').includes(name) || own.includes(name) || name.includes(own) || (name.length >= 2 && !name.includes(' ') && name === initials(own)) || (/\bcommissioner\b/.test(own) && /^o?p(?:f)?cc$/.test(name)));

// A short form in brackets is not part of the name ("Jill Dando Institute (JDI)" is the "... London Jill Dando Institute (UCLJDI)").
const normName = (s: string) => s.toLowerCase().replace(/\s*\([^)]*\)/g, ' ').replace(/\b(?:limited|ltd|the|plc|llp)\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** One name printed in full and once shorter ("Original Iree Island Bakery" and "Original Iree Bakery"): every word of the shorter, two or more, is in the longer. */
function wordsWithin(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const words = short.split(' ');
  return words.length >= 2 && words.every((w) => long.split(' ').includes(w));
}

/** One name spelt twice, a letter apart in a long word ("St. Agustine's Church" beside "St. Augustine's Church"): the same party. */
function sameSpelling(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')];
  return x.length >= 2 && x.length === y.length && x.every((w, i) => w === y[i] || (w.length >= 5 && editDistance(w, y[i]!, 1) <= 1));
}

/** Paragraphs of the document (lines joined up to a blank line or a page break), each with its first line. */
function paragraphs(lines: readonly Line[]): { text: string; first: Line }[] {
  const out: { text: string; first: Line }[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (!last || l.breakBefore || l.pageStart) out.push({ text: clean(l.text), first: l });
    else last.text = `${last.text} ${clean(l.text)}`;
  }
  return out;
}

/** A contract's figure, as a paper words it: "up to", "approximately", "circa" £X (with its unit). */
const FIGURE = String.raw`(?:up\s+to\s+|approximately\s+|about\s+|around\s+|circa\s+)?(£\s?[\d,.]+\s?(?:m|k|million)?)`;
/** "The maximum value of the contract is £2,007,581.28", "The contract has a total value of £6,953,020.70", "over the full term of the framework, the anticipated value is £900,000", "The total value of the contract, including the extension period, is £X", "Total indicative spend over the 5 years of the contract will be £68,573": the value a paragraph states for the contract it awards. */
const CONTRACT_VALUE = new RegExp(String.raw`\b(?:(?:maximum|total|estimated|overall)\s+)?(?:value|cost|price)\s+of\s+(?:the|this)\s+(?:contract|award|agreement)(?:\s*,[^,.;£]{1,60},)?\s+(?:is|will be|would be|of)\s+${FIGURE}|\bcontract\s+value\s+(?:is\s+|of\s+)?${FIGURE}|\bcontract\s+has\s+an?\s+(?:(?:maximum|total|estimated|overall)\s+)?value\s+of\s*${FIGURE}|\b(?:anticipated|estimated|expected)\s+(?:contract\s+)?value\s+(?:of\s+(?:the|this)\s+(?:contract|framework|agreement)\s+)?(?:is|will\s+be|would\s+be)\s+${FIGURE}|\b(?:total\s+)?(?:indicative\s+|estimated\s+)?(?:spend|cost|value)\s+over\s+the\s+[^.;£]{1,40}?\s+of\s+the\s+contract\s+(?:will\s+be|is)\s+(£\s?[\d,.]+\s?(?:m|k|million)?)`, 'i');

/** Background that reports an earlier decision ("Subsequently … consent was given to … £1m to LB Hackney"): its parties are not this decision's recipients. */
const PAST = /\b(?:previously|subsequently|earlier|consented in|(?:was|were|had been) (?:given|agreed|approved|awarded|granted))\b/i;
/** A lease or licence granted at a rent ("to grant a new lease to ColinDeli Ltd for a term of 14 years ... at a rent of £35,000 per annum"): the tenant pays; it receives no money. */
const LET_AT_RENT = /\b(?:lease|licence|license|tenancy|sub-?let)\b[^.;]{0,200}?\b(?:at\s+a\s+|an?\s+(?:annual|yearly)\s+|the\s+)?(?:rent|rental|premium)\s+(?:of\s+)?£/i;
/** "Carers in Hertfordshire, who were awarded £1200 ...", "The 1st Scout Group applied for and were awarded £2087.50": a report naming this decision's grantees, not an earlier decision. */
const WHO_WERE_AWARDED = /(?:,?\s+(?:who|which)|\s+applied\s+for\s+and)\s+(?:was|were)\s+(?:awarded|granted|given)\b/gi;
/** Minutes recording an award by its grantee ("Hindon Parish Council was awarded £487 toward the cost of ..."): this meeting's decision, not background. */
const MINUTED_AWARD = /^\W*(?:the\s+)?[A-Z][^.;£]{2,160}?\s+(?:was|were)\s+(?:awarded|granted)\s+£\s?\d/;

/** A supplier named without its sum takes the one contract value its paragraph (or, failing that, the paper) states. */
function contractValue(r: { role: string }, paragraph: string): number | null {
  if (r.role !== 'supplier') return null;
  // (Each wording of the value captures it in a group of its own; the same value restated, in a summary and in the decision, is one.)
  const values = new Set([...paragraph.matchAll(new RegExp(CONTRACT_VALUE.source, 'gi'))].map((m) => findMoney(m.slice(1).find(Boolean)!)[0]?.value ?? null));
  return values.size === 1 ? [...values][0]! : null;
}

/** Capitalised words of a name on one line, joined by "&", "and", "of", "the", "for" (a pattern source, Unicode). */
const NAME_RUN = String.raw`(?:\p{Lu}[\p{L}'’&.-]*)(?:[ \t]+(?:(?:&|and|of|the|for)[ \t]+)*\p{Lu}[\p{L}'’&.-]*){0,8}`;

/** Short forms a document defines: "London & Partners Limited (L&P)", "the Cambridgeshire ... Partnership (“the Partnership”)". */
function shortForms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  // Within one line: a heading on the line above is not part of the name.
  const re = new RegExp(String.raw`(${NAME_RUN})[ \t]+\(\s*(?:the\s+)?["“']?((?:the\s+)?[\p{Lu}][\p{L}&]{0,24})["”']?\s*\)`, 'gu');
  for (const m of text.matchAll(re)) {
    const full = m[1]!.trim();
    const abbr = m[2]!.replace(/^the\s+/i, '');
    if (full.split(/\s+/).length >= 2 && !out.has(abbr)) out.set(abbr, full);
  }
  return out;
}

/** A party named by its kind alone: "The Trust", "the Charity". */
const BY_KIND = /^(?:the\s+)?(Trust|Charity|Company|Society|Association|Foundation|Partnership|Club)$/i;

/**
 * "cashflow support ... be provided to The Trust" under "COVID-19 Support to Aspire Sports & Cultural Trust": a party named by its kind
 * alone is the one body of that kind the paper names in full, or its head names (none or several: as printed).
 */
function namedInFull(name: string, text: string): string {
  const kind = BY_KIND.exec(name.trim())?.[1];
  if (!kind) return name;
  const named = (t: string) => [...t.matchAll(new RegExp(String.raw`(?<![\p{L}'’&.-])(${NAME_RUN}[ \t]+${kind})\b`, 'gu'))].map((m) => m[1]!.trim().replace(/^the\s+/i, '')).filter((n) => /\s/.test(n));
  // (Named two ways, the first the paper's head names: its title, "Support to Aspire Sports & Cultural Trust".)
  const all = new Set(named(text));
  const first = named(text.split('\n').slice(0, 6).join('\n'))[0];
  return all.size === 1 ? [...all][0]! : (first ?? name);
}

/**
 * Who receives money under the decision, as named: allocation lists ("Foundation UK - £30,000"), and
 * sentences that give a named party a sum ("£80,000 to Active Surrey", "contract to Vodafone, worth
 * £2.025m"); a party named without its sum has amount null. Unnamed parties are not recipients.
 */
export const recipients = defineExtractor({
  field: 'recipients',
  extract({ doc, form, tables, rows, documentType }, soFar) {
    const found = new Map<string, Recipient>();
    // Parties a list names are taken as listed; a party that only sentences or tables name is not the deciding body itself.
    // One entry per party, except that each row of a list is its own grant ("£403.62 to X", then "£398.20 to X").
    const own = normName(soFar.authority ?? '');
    // ("Mayor's Office for Policing and Crime (MOPAC)": the body by its short form too.)
    const ownShort = normName(/\(([^)]+)\)\s*$/.exec(soFar.authority ?? '')?.[1] ?? '');
    const isOwnName = (name: string) => isOwn(normName(name), own) || (!!ownShort && normName(name) === ownShort);
    const add = (r: Recipient, row = false) => {
      // (Whichever reader found it, a table's column heading, "Project Title", is no party.)
      if (COLUMN_HEADING.test(r.name.trim()) || NUMBERED_OFFER.test(r.name.trim()) || isProgrammeLine(r.name.trim())) return;
      // (A sentence's party that names a thing is none; a list's row keeps its project after its party: "Reds in the Community Healthy Lifestyle Programme".)
      // ("Northern Stage for the Raby Street Creative Hub Feasibility and Business Plan": the party, before what it is given money for.)
      if (!row && THING.test(r.name.trim())) {
        const party = /^(.{3,}?)\s+for\s+(?:the\s+)?[A-Z]/.exec(r.name.trim())?.[1];
        if (!party) return;
        r = { ...r, name: party };
      }
      const key = normName(r.name);
      const same = (k: string) => k.replace(/#\d+$/, '');
      const seen = [...found.keys()].filter((k) => same(k) === key || (same(k).length > 4 && key.length > 4 && (same(k).includes(key) || key.includes(same(k)) || wordsWithin(same(k), key) || sameSpelling(same(k), key))));
      const match = seen.find((k) => found.get(k)!.amount === null || r.amount === null || found.get(k)!.amount === r.amount);
      if (match) {
        if (found.get(match)!.amount === null && r.amount !== null) found.set(match, { ...found.get(match)!, amount: r.amount });
      } else if (!seen.length) found.set(key, r);
      else if (row) found.set(`${key}#${found.size}`, r);
    };
    // Read from `rows`: table rows whose cells wrapped come back whole ("Witney Fair Trade Action" / "£85.00" / "Group").
    const runs = allocationRuns(rows, { annual: true, joinWrapped: true, single: true });
    // A list of sums is a list of recipients when it says so, or when its parties are organisations (named ones: "Police" alone is a heading of a budget).
    const organisations = (run: AllocationRun) => run.parts.filter((p) => ORGANISATION.test(p.name) && /\s/.test(p.name.trim())).length * 2 >= run.parts.length;
    // (A list of projects or bids, "Allocate funding of £40,800 to the following projects", names what is paid for, unless its entries are organisations.)
    const projects = runs.map((run) => PROJECTS.test(run.context) && !organisations(run));
    const says = runs.map((run, k) => !projects[k] && (TO_PARTIES.test(run.context) || organisations(run)));
    // ... or when it is one part of a list a sub-heading splits ("Strategic Initiatives"), whose other part says so.
    const lineOf = (run: AllocationRun, end: boolean) => run.parts[end ? run.parts.length - 1 : 0]!.line.index;
    const near = (a: AllocationRun, b: AllocationRun) => (lineOf(b, false) > lineOf(a, true) ? lineOf(b, false) - lineOf(a, true) : lineOf(a, false) - lineOf(b, true)) <= 3;
    for (const [k, run] of runs.entries()) {
      // ("(b) Receipts: £400 – Holme Lacy Football Club – fees": money the body receives, under the payments it makes.)
      if (RECEIPTS.test(run.intro?.text ?? '') || LEVIED.test(run.context)) continue;
      if (projects[k] || (!says[k] && !runs.some((other, j) => says[j] && j !== k && near(run, other)))) continue;
      const context = run.context;
      // "Reference COMF 2 - £97,608": a list of references and sums names no party, nor "Approved - £3,129.13" one.
      for (const p of run.parts) if (!REFERENCE_LABEL.test(p.name) && !OUTCOME.test(p.name.trim()) && !PAYMENT_PURPOSE.test(p.name)) add({ name: cleanName(p.name), amount: p.money.value, role: roleOf(`${context} ${p.line.text}`), page: p.line.page, text: clean(p.line.text), how: 'sums-list' }, true);
    }
    // Tables whose headings name parties and sums, in a passage about giving money (read from `rows`: a row's wrapped cells come back whole).
    for (const { rows: parts, header } of recipientTableRows(rows)) {
      const before = doc.lines.slice(Math.max(0, header.index - 8), header.index).map((l) => l.text).join(' ');
      if ((!GIVES.test(before) && !GIVES.test(header.text)) || LEVIED.test(before)) continue;
      for (const r of parts) if (!isOwnName(r.name)) add({ name: cleanName(r.name), amount: r.amount, role: roleOf(`${before} ${header.text}`), page: r.line.page, text: clean(r.line.text), how: 'party-table' }, true);
    }
    // Money tables whose rows are the parties a passage says the money is given to ("£2.735 million has been given in grants to councils").
    for (const r of tableRecipients(tables, doc.lines)) if (!isOwnName(r.name)) add({ ...r, how: 'money-table' }, true);
    // Columns of plain pounds under a payments lead-in: "To approve the following payments:" over "K & P Services (Handyman) | 120.00".
    for (const r of columnPayees(tables, PAYMENT_PURPOSE)) if (!isOwnName(r.name)) add({ ...r, how: 'payee-column' }, true);
    // Schedules of applications: "Applicant: Family Comfort NI CIC" ... "Decision: Award grant of £9,800".
    for (const r of labelledApplicants(form, doc.lines)) if (!isOwnName(r.name)) add({ ...r, how: 'applicant-field' }, true);
    // Minutes of applications: "request for £1,000 from 2Funcky Arts Ltd" ... "AGREED: that £750 be awarded".
    for (const r of minutedApplications(doc.lines)) if (!isOwnName(r.name)) add({ ...r, how: 'minuted-application' }, true);
    const paras = paragraphs(doc.lines);
    const sources = [...(soFar.recommendations ?? []).map((r, item) => ({ text: r.text, page: r.page, item })), ...paras.map((p) => ({ text: p.text, page: p.first.page, item: null }))];
    const whole = doc.lines.map((l) => l.text).join(' ');
    // One party given a sum in each of several decision items ("To award Runnymede Borough Council £4,800 ...", then "... £1,500 ...")
    // has each award on its own (a total is worked out only from one sentence's figures); named again in the same item, or elsewhere
    // in the paper, it is the same award.
    const itemOf = new Map<string, number>();
    // (A news story tells this decision's awards in the past as minutes do: "Shrewsbury Railway Heritage Trust was awarded £500 ...".)
    const news = isNewsStory(doc);
    for (const s of sources)
      for (const sentence of sentences(s.text, SENTENCE_BREAK)) {
        const named = LET_AT_RENT.test(sentence) ? [] : s.item !== null || !PAST.test(sentence.replace(WHO_WERE_AWARDED, '')) || ((documentType === 'minutes' || news) && MINUTED_AWARD.test(sentence)) ? recipientsIn(sentence) : [];
        // (One party, however many of the patterns name it, takes the sentence's one sum.)
        const oneParty = new Set(named.map((n) => normName(n.name))).size === 1;
        for (const r of named) {
          if (isOwnName(r.name)) continue;
          const key = normName(r.name);
          const another = s.item !== null && itemOf.has(key) && itemOf.get(key) !== s.item;
          if (s.item !== null && !itemOf.has(key)) itemOf.set(key, s.item);
          add({ name: r.name, amount: (r.money ? wholeOfYearly(sentence, r.money.value) : null) ?? (oneParty ? soleSum(sentence)?.value : null) ?? contractValue(r, s.text) ?? contractValue(r, whole), role: r.role, page: s.page, text: r.text, how: s.item !== null ? 'decision-sentence' : 'sentence' }, another);
        }
      }
    // Sentences that list who receives ("The 26 organisations receiving grants of £300 were: A, B and C").
    for (const p of paras)
      for (const sentence of sentences(p.text, FULL_STOP))
        for (const r of [...listedRecipients(sentence), ...partiesGrantedTogether(sentence)]) if (!isOwnName(r.name)) add({ name: r.name, amount: r.amount, role: roleOf(sentence), page: p.first.page, text: sentence.slice(0, 300), how: 'listing-sentence' }, true);
    // Marked lists of parties an introduction gives money to ("grants of £1,000 to each of the following charities:- (i) ...").
    // ... and marked lists of allocations an introduction approves ("1. Arnold Leisure Centre: ... Proposed amount from UKSPF £26,119").
    // ... and marked lists of contracts awarded, a service and its provider each ("ii) Elmfield Way – Yarrow").
    const marked = [...markedRecipients(doc.lines).map((r) => ({ ...r, how: 'marked-list' as const })), ...allocationItems(doc.lines).map((r) => ({ ...r, how: 'allocation-item' as const })), ...contractedProviders(doc.lines).map((r) => ({ ...r, how: 'contracted-provider' as const }))];
    for (const r of marked) if (!isOwnName(r.name)) add({ name: r.name, amount: r.amount, role: roleOf(r.lead), page: r.line.page, text: r.lead.slice(0, 300), how: r.how }, true);
    // Decisions listed one entry per party ("Cambridge Futsal Club CNDMQGMT – to be funded at ... £1,000").
    for (const r of itemParties(soFar.recommendations ?? [], whole)) if (!isOwnName(r.name)) add({ name: r.name, amount: r.amount, role: roleOf(r.text), page: r.page, text: r.text, how: 'item-party' }, true);
    // Where nothing above named anyone, the fallbacks in turn, each reading the decision's items only: the one organisation an item
    // names, the party a giving act names by its preposition, an applicant's heading over "award the group £700", the applicant the
    // paper's title names ("The Useful Wood Company - Application for Financial Assistance").
    // (An item that lets property at a rent gives its tenant nothing.)
    const items = (soFar.recommendations ?? []).filter((i) => !LET_AT_RENT.test(i.text));
    const fallbacks = [['sole-organisation', () => soleOrganisations(items, isOwnName)], ['act-party', () => partiesOfActs(items, isOwnName)], ['item-heading', () => partyOfItemHeading(items, doc.lines, isOwnName)], ['title-applicant', () => applicantOfTitle(items, soFar.title ?? null, isOwnName)], ['title-party', () => partyOfTitle(items, soFar.title ?? null, isOwnName)]] as const;
    for (const [how, fallback] of fallbacks) {
      if (found.size) break;
      for (const r of fallback()) add({ name: r.name, amount: r.money?.value ?? null, role: r.role, page: r.page, text: r.text, how });
    }
    // The one party named, without its sum: the sum of the one decision item that names it, when that item states one sum
    // ("A contract be awarded to Thomas Armstrong Construction Ltd for ... . ... for the sum of £51,188.00").
    const only = found.size === 1 ? [...found.entries()][0]! : null;
    if (only && only[1].amount === null) {
      const naming = items.filter((i) => normName(i.text).includes(normName(only[1].name)));
      const sum = naming.length === 1 ? soleSum(naming[0]!.text) : null;
      // (Else a supplier's contract value, where the paper states one: "approve the appointment of Mears Ltd." ... "The contract value is approximately £218,000.")
      const value = sum ? wholeOfYearly(naming[0]!.text, sum.value) : naming.length === 1 ? contractValue(only[1], whole) : null;
      if (value !== null) found.set(only[0], { ...only[1], amount: value });
    }
    const text = doc.lines.map((l) => l.text).join('\n');
    const short = shortForms(text);
    const all = [...found.values()];
    // (A party named by its short form, "a contract to LUMS", is the one named in full beside it, "Lancaster University Management School (LUMS)": once.)
    const fullOf = (r: Recipient) => normName(short.get(r.name) ?? '');
    const sameParty = (r: Recipient, o: Recipient) => o !== r && !short.has(o.name) && (normName(o.name).includes(fullOf(r)) || fullOf(r).includes(normName(o.name)) || normName(o.name).includes(normName(r.name)));
    const once = all.filter((r) => !short.has(r.name) || !all.some((o) => sameParty(r, o) && (o.amount === r.amount || r.amount === null)));
    return once.map((r) => (short.has(r.name) ? { ...r, name: short.get(r.name)! } : { ...r, name: namedInFull(r.name, text) }));
  },
});
