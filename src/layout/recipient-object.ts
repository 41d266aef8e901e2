import { findMoney, type MoneyMatch } from './money.ts';
import { ASKED_OR_CHARGED, CAPWORD, cleanName, NAME, notAParty, ORGANISATION, PROGRAMME_AFTER, REFUSED, roleOf, SMALL, soleSum, type RecipientPhrase } from './recipient-phrases.ts';
import { A_WORK, NOT_PAYING, OWN_ORGAN } from './recipient-sole.ts';
import { clean, lineHolding, type Line } from './doc-lines.ts';
import { SENTENCE_BREAK, sentences } from './sentences.ts';

/**
 * A giving act and the preposition that names its other party: "grant funding to X", "a contract to X", "orders with X",
 * "a quotation from X", "hire of ... vehicles from X". The giving word and its preposition are no more than 60
 * characters apart with no clause break between, and the first "to" after the act names its party ("a contract to enable
 * connectivity to the X Service" names none); "from" names the party only after a word by which the body buys or is
 * offered something (elsewhere "from" names where the money comes from).
 */
const ACT_TO = new RegExp(String.raw`\b(?:grants?|funding|award\w*|contracts?|payments?|allocat\w*|contributions?|loans?|investment|commission\w*|donations?)\b(?:(?!\bto\b)[^,;.:()£]){0,60}\bto\s+${NAME}`, 'g');
/** "with" names the party of a contract, an order or a grant's agreement (elsewhere a partner: "an agreement with Highways England"), in a sentence that spends or awards (not "the management of the contract with X"). */
// (An agreement of a named kind counts too: "a Grant Agreement with East London Business Alliance", "a Development Services Agreement with Network Rail".)
const ACT_WITH = new RegExp(String.raw`\b(?:contracts?|orders?|(?:[Gg]rant|[Ff]unding)\s+[Aa]greements?|(?:[A-Z][\w-]*\s+){1,3}Agreements?)\s+with\s+${NAME}`, 'g');
/** A party's own contract varied or extended: "the extension of AECOM’s consultancy support contract", "a variation of Coram Children’s Legal Centre’s contract". */
// (Its name's words carry no apostrophe: the possessive ends it.)
const OWN_CONTRACT = /\b(?:extension|extend\w*|variation|vary\w*|uplift|increase)\s+(?:of|to)\s+(?<name>\p{Lu}[\p{L}\d&.-]*(?:\s+(?:(?:of|and|the|for|&)\s+)*\p{Lu}[\p{L}\d&.-]*){0,6})['’]s?\s+(?:[\w-]+\s+){0,3}contract\b/gu;
/** A party appointed to a role: "a direct award to appoint Martin Arnold (Reg No. OC315838) as the Council’s consultant". */
const APPOINT_AS = new RegExp(String.raw`\bappoint\w*\s+${NAME}\s+(?:\([^)]{0,40}\)\s+)?as\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,3}(?:consultants?|contractors?|suppliers?|providers?|operators?|partners?|agents?)\b`, 'g');
/** A contract's services and who provides them: "the existing contract for the provision of lateral flow testing provided by Global Production Squad Ltd". */
const PROVIDED_BY = new RegExp(String.raw`\b(?:contracts?|services?|provision)\b[^,;.:()£]{0,80}?\b(?:provided|delivered|supplied|operated)\s+by\s+${NAME}`, 'g');
/** A role appointed and its holder in quotation marks: "the appointment of the Principal Contractor ‘Westway Group Ltd’". */
const ROLE_QUOTED = new RegExp(String.raw`\bappoint\w*\s+(?:of\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Contractor|Supplier|Provider|Consultant|Operator|Partner)\s+['‘"“]${NAME}['’"”]`, 'g');
/** Funding that enables a party to act: "£4.5 million of CRSTS funding to enable Oldham Council to deliver ...". */
// (Where it comes from may stand between: "£3,050 funding from the PCC Community Safety Initiatives Fund to enable LGBT Federation North East to deliver".)
const ENABLES = new RegExp(String.raw`\b(?:funding|grant|monies|money)(?:\s+from\s+(?:the\s+)?[A-Z][^.;,]{0,60}?)?\s+to\s+(?:enable|allow|help|support)\s+${NAME}\s+to\s+[a-z]`, 'g');
/** A named organisation a sum is spent to fund: "expenditure of £190,000 to grant fund the London Notting Hill Carnival Enterprises Trust to support ...". */
// (Only a name an organisation's word ends or marks: "to fund the Friday Night Project" or "to fund Year 2" name no party.)
const FUNDS_PARTY = new RegExp(String.raw`\bto\s+(?:grant[\s-]?)?fund\s+${NAME}`, 'g');
// (A figure's comma or point is no clause break: "the quotation of £50,000 received from X".)
const ACT_FROM = new RegExp(String.raw`\b(?:quot(?:e|es|ation|ations)|tenders?|bids?|orders?|purchas\w*|hire|buy\w*)\b(?:[^,;.:()]|(?<=\d)[,.](?=\d)){0,60}?\bfrom\s+${NAME}`, 'g');
/**
 * What a "to" or "from" may name that is no party paid: the body's organs, funds and plans, a work ("Construction of ..."), a
 * paper ("Appendix 2"), a post ("S151 Officer", "Lead Member") or a kind of body in the plural ("Parish and Town Councils").
 */
const noParty = (name: string) => OWN_ORGAN.test(name) || A_WORK.test(name) || /\b(?:Chest|Project|Account|Report|Appendix|Annex)\b|\b(?:Officer|Member|Councils|Authorities|Organisations|Groups|Schools|Clubs|Charities|Partners|users)$/.test(name);
/** A sentence that spends or awards: "with" and "provided by" name a party only there (not "the management of the contract with X"). */
const AWARDS = /£\s?\d|\b(?:award|place|enter|let|sign|appoint|agree|approv|extend|extension)\w*/i;
/** Words after the name that make it a sector, programme, budget or department of the body's own. */
const notAPartyAfter = (after: string) => PROGRAMME_AFTER.test(after) || /^\s+(?:budget|fund|department)s?\b/i.test(after);
/** A sentence about money the body receives ("Accept the £7m of grant funding from the Home Office", "£1.4m direct funding from the Department ... secured"), money withdrawn or cut, or moved between budgets ("reduce the amount of capital allocated to ..."; a "Crime and Disorder Reduction grant" is a grant's name). */
// (A quotation or tender "received from" a party is its offer, not money the body receives.)
const notPaying = (sentence: string) => NOT_PAYING.test(sentence.replace(/\b(?:quot\w*|tenders?|bids?)\b[^.;]{0,40}?\breceived\b/gi, '')) || /\breduc(?:e|es|ed|ing)\b|\breductions?\s+(?:of|in|to)\b|\bvirement|\baccept\w*\b[^.;]{0,60}\b(?:grant|funding|offer)\b|\b(?:funding|grant|monies)\s+from\b[^.;]{0,150}\b(?:secured|accepted)\b/i.test(sentence);

/**
 * The last fallback for who is paid, when no wording, list or table named anyone: in the decision's own sentences, the
 * party a giving act names by its preposition ("£4,500,000 by way of grant funding to Big Heritage CIC", "Place orders
 * with Babcock Critical Services ... for £15.3m", "the lowest tender of £675 from C & E"), with its sentence's one sum
 * (none when the sentence states several). Read when the decision names one party this way, or several each in a sentence
 * of its own with its own sum; two or more named apart without sums are left unread.
 */
export function partiesOfActs(items: readonly { text: string; page: number }[], isOwn: (name: string) => boolean): (RecipientPhrase & { page: number })[] {
  const found = new Map<string, RecipientPhrase & { page: number }>();
  for (const item of items)
    for (const sentence of sentences(item.text, SENTENCE_BREAK)) {
      if (REFUSED.test(sentence) || notPaying(sentence)) continue;
      const funded = [...sentence.matchAll(FUNDS_PARTY)].filter((m) => ORGANISATION.test(cleanName(m.groups!.name!)));
      for (const m of [...[ACT_TO, ...(AWARDS.test(sentence) ? [ACT_WITH, PROVIDED_BY, OWN_CONTRACT, APPOINT_AS] : []), ACT_FROM, ENABLES, ROLE_QUOTED].flatMap((re) => [...sentence.matchAll(re)]), ...funded]) {
        const name = cleanName(m.groups!.name!);
        if (ASKED_OR_CHARGED.test(sentence.slice(0, m.index! + m[0].indexOf(m.groups!.name!)))) continue;
        if (notAPartyAfter(sentence.slice(m.index! + m[0].length)) || name.length < 2 || notAParty(name) || noParty(name) || isOwn(name) || !/[A-Za-z]/.test(name)) continue;
        const key = name.toLowerCase();
        if (!found.has(key)) found.set(key, { name, money: soleSum(sentence), role: roleOf(sentence), text: sentence.slice(0, 300), page: item.page });
      }
    }
  const all = [...found.values()];
  // Several parties, each with its own sentence's one sum ("... £0.3 million ... to enable Bolton Council ...", "... £4.5 million ... to enable Oldham Council ..."), are each read.
  const eachItsOwn = all.length > 1 && all.every((r) => r.money !== null) && new Set(all.map((r) => r.text)).size === all.length;
  return all.length === 1 || eachItsOwn ? all : [];
}

/** A decision that gives money to a party it names only by its kind: "Members agreed to award the group £700.00". */
// "... awards the sum requested to the above mentioned organisation totalling £22,240".
const TO_THE_KIND = /\b(?:award|grant|give|pay|allocate|disperse)\w*\s+(?:[^.;£]{0,40}?\bto\s+)?the\s+(?:above[\s-]?mentioned\s+|said\s+)?(?:group|club|organisation|organization|applicant|charity|society|association|band|trust)\b/i;
/** A decision that funds the party an entry is headed by: "To provide funding of £275 to the above project." */
const TO_THE_ABOVE = /\bto\s+the\s+above(?:[\s-]?(?:mentioned|named))?\s+(?:project|organisation|organization|group|applicant|club|charity|scheme|body)\b/i;
/** A decision that awards a sum: "That a grant of £5,000 be awarded.", "that funding of £9,999 be allocated from the non CIL budget". */
// ... or "RESOLVED: to grant s.137 funding of £2500" under the applicant's heading, or "The Trustees agreed to award the sum of £4750 towards the project." ("... the full amount applied for of £1000.").
const AWARDED = /\b(?:grant|funding|sum|award|donation|contribution)\s+of\s+£\s?[\d,.]+\s*(?:k\b)?\s*(?:be|is|was)\s+(?:awarded|granted|allocated|agreed|approved|given|made)\b|^\W*(?:resolved\W+)?to\s+(?:grant|award|recommend|approve)\s+(?:a\s+)?(?:[s5]\.?\s?137\s+)?(?:grant\s+)?(?:funding|grant|award|donation|contribution)\s+of\s+£\s?[\d,.]+(?:\s*k\b)?(?:\s+in\s+principle)?(?:\s*,[^.;£]*)?\s*\.?\s*$|\b(?:agreed|resolved|decided)\s+to\s+(?:award|grant|give|allocate)\s+(?:[a-z]+\s+){0,6}?£\s?[\d,.]+(?:\s*k\b)?/i;
/**
 * The sum a sentence awards without naming who gets it after it ("... be awarded to Northway Scouts" names its own), null when it
 * is not one: "subject to full funding (£30,120)" after it is a condition, not the award.
 */
const awardedUnnamed = (sentence: string): MoneyMatch | null => {
  const m = AWARDED.exec(sentence);
  return m && !/\bto\s+(?:the\s+)?\p{Lu}/u.test(sentence.slice(m.index + m[0].length).split(/[.;]/)[0]!) ? findMoney(m[0])[0] ?? null : null;
};
/** An item's code before its heading: "E1 4a", "5b", "6.". */
// ... or a minute's number: "F34/09", "80.20.".
const ITEM_CODE = /^(?:[A-Z]{0,2}\d{1,3}(?:[./]\d{2})?[a-z]?[.)]?\s+)+/;
/** What an item heading says it is before the applicant's name: "Small Grant Application - ", "Grant request: ". */
const APPLICATION_FROM = /^(?:[A-Z][a-z]+\s+){0,2}(?:Grant|Funding)\s+(?:Application|Request)s?\s*[–—:-]\s*/i;
/** A heading that is a proper name: capitalised words (or capitals), joining words inside, no figure. */
// (A name's own token in lower case with a figure in it is a brand, "Dawlish & District u3a".)
const PROPER_HEADING = new RegExp(String.raw`^${CAPWORD}(?:\s+(?:${SMALL}\s+)*(?:${CAPWORD}|[a-z]+\d\w*)){0,7}$`);

/**
 * A decision under an applicant's heading that gives the money to "the group" (or club, organisation ...), or awards a sum to no one named ("That a grant of £5,000 be awarded."): the heading names
 * the party ("E1 4a Campbeltown Kintyre Rugby Club" ... "Members agreed to award the group £700.00"), with the sentence's one sum.
 */
export function partyOfItemHeading(items: readonly { text: string; page: number }[], lines: readonly Line[], isOwn: (name: string) => boolean): (RecipientPhrase & { page: number })[] {
  const out: (RecipientPhrase & { page: number })[] = [];
  // Items are in the document's order: each is looked for after the last one found (two items may read alike: "That a grant of £5,000 be awarded.").
  let last = -1;
  for (const item of items) {
    // (The item's text starts after its marker: "1. Members agreed ..." is found by "Members agreed ...".)
    const at = lineHolding(lines, item.text, item.page, last)?.index ?? -1;
    const before = last;
    if (at >= 0) last = at;
    for (const sentence of sentences(item.text, SENTENCE_BREAK)) {
      const toTheKind = TO_THE_KIND.test(sentence);
      const awarded = toTheKind ? null : awardedUnnamed(sentence);
      if (!(toTheKind || awarded) || REFUSED.test(sentence) || at < 0) continue;
      // The heading is above this item and below the one before; a sum awarded to no one named takes only the heading right above it.
      for (let k = at - 1; k > before && k >= Math.max(0, at - (toTheKind ? 15 : 4)); k--) {
        // (A form's field and its value, "Protective Marking | OFFICIAL", is no heading.)
        if (lines[k]!.text.includes('\t')) continue;
        // ("184. Small Grant Application - Dawlish & District u3a": the applicant after its item's number and what the item is.)
        const numbered = ITEM_CODE.test(clean(lines[k]!.text));
        const full = clean(lines[k]!.text).replace(ITEM_CODE, '').replace(APPLICATION_FROM, '').replace(/[*:]+$/, '').trim();
        // ("Women in Prison – sum requested £22,240": the heading's project and sum after a dash are no part of the name, the sum
        // perhaps wrapped onto the next line: "The Restorative Justice Training Company – Delivering ... project – sum" / "requested £4500".)
        const sumAfter = /\s+[–—-]\s+[^£]*£/.test(k + 1 < at ? `${full} ${clean(lines[k + 1]!.text)}` : full) && /\s[–—-]\s/.test(full);
        const text = sumAfter ? full.replace(/\s+[–—-]\s+.*$/, '') : full;
        // ("Arts Against Knives (Appendix A)": the paper it refers to is no part of the name.)
        const name = cleanName(text.replace(/\s*\((?:Appendix|Annex|Item|Ref)\b[^)]*\)?$/i, ''));
        // The heading stands apart, or right above the decision ("Action for Kids" / "RESOLVED: That a grant of £5,000 be awarded."),
        // or is numbered as a minute's item is.
        if (!(lines[k]!.breakBefore || k === at - 1 || sumAfter || numbered) || text.split(/\s+/).length > 10 || /[.;]$/.test(text)) continue;
        if (!PROPER_HEADING.test(name) || notAParty(name) || /^(?:Decision|Minutes?|Recommendations?|Background|Purpose|Summary|Resolved|Agreed)\b|\b(?:Applications?|Grants?|Business)$/i.test(name)) continue;
        if (!isOwn(name)) out.push({ name, money: awarded ?? soleSum(sentence), role: roleOf(sentence), text: sentence.slice(0, 300), page: item.page });
        break;
      }
    }
  }
  return out;
}

/** A paper titled by its applicant: "The Useful Wood Company - Application for Financial Assistance", "Grant application from Northway Scouts". */
const APPLICANT_TITLE = /^(?<name>.{3,80}?)\s+[-–—:]\s+(?:(?:grant|funding)\s+)?(?:application|request|bid)\s+for\b|^(?:(?:grant|funding)\s+)?(?:application|request|bid)\s+(?:for\s+[^.;]{1,40}?\s+)?from\s+(?<from>.{3,80})$/i;

/**
 * A decision that awards a sum to no one named ("(ii) a one-off capital award of £13,000 be approved for the purchase of a van.")
 * in a paper its title names as one applicant's: the applicant, with the sum awarded.
 */
export function applicantOfTitle(items: readonly { text: string; page: number }[], title: string | null, isOwn: (name: string) => boolean): (RecipientPhrase & { page: number })[] {
  const m = APPLICANT_TITLE.exec(clean(title ?? ''));
  // ("To provide funding of £367.77 to the above project." under "Custom Folkestone" or "Turner School - Diversity & Inclusion Week":
  // the party the entry is headed by, its project after a dash left off.)
  const above = !m && items.some((i) => TO_THE_ABOVE.test(i.text));
  const name = m ? cleanName(m.groups!.name ?? m.groups!.from!) : above ? cleanName(clean(title ?? '').split(/\s+[-–—]\s+/)[0]!) : '';
  if (!name || !PROPER_HEADING.test(name) || notAParty(name) || isOwn(name)) return [];
  for (const item of items)
    for (const sentence of sentences(item.text, SENTENCE_BREAK)) {
      const awarded = REFUSED.test(sentence) ? null : awardedUnnamed(sentence);
      if (awarded || TO_THE_KIND.test(sentence) || TO_THE_ABOVE.test(sentence)) return [{ name, money: awarded ?? soleSum(sentence), role: roleOf(sentence), text: sentence.slice(0, 300), page: item.page }];
    }
  return [];
}

/** The giving a title is about: funding, a grant, a contract, an application. */
const TITLE_GIVING = String.raw`(?:(?:[Cc]ore|[Pp]artnership|[Gg]rant|[Ee]xtension\s+of)\s+)?(?:[Ff]unding(?:\s+[Rr]equest)?|[Gg]rants?(?:\s+[Aa]pplication)?|[Cc]ontract(?:\s+[Ee]xtension)?|[Aa]pplication|[Dd]onation|[Ll]oan)`;
/**
 * A decision paper titled by the party it gives money to: "Victims Funding – SPARC", "Funding - Hemlington Linx", "Extension of
 * Contract - Home Starts", "Your Fund Surrey Application - CF254 Bletchingley Village Primary School", "Centre for London: Core
 * Funding", "Safer London Foundation – grant application", "Funding for Easterside Partnership".
 */
const TITLE_PARTY = new RegExp(String.raw`^(?:[A-Z][\w'’]*\s+){0,3}${TITLE_GIVING}\s+[-–—:]\s+(?:[A-Z]{1,4}\d+\s+)?(?<after>.{3,80})$|^(?<before>.{3,80}?)\s+[-–—:]\s+${TITLE_GIVING}$|^(?:[A-Z][a-z]+\s+)?(?:[Ff]unding|[Gg]rants?|[Cc]ontributions?)\s+(?:for|to)\s+(?:the\s+)?(?<of>.{3,80})$`);
/** A name that is a plan, a programme, a post or the giving itself ("Allocation of Funding"), not a party. */
const A_PLAN = /\b(?:Strategy|Programme|Plan|Scheme|Fund|Funds|Budget|Project|Projects|Initiative|Priorities|Zone|Review|Update|Phase|Round|Services?|Works?|Improvements?|Costs?|Officers?|Posts?)$|\b(?:Funding|Grants?|Allocations?)\b/;
/** A party's name, not a word of a heading or a plan: two words or more, an organisation's word, or initials ("SPARC"). */
const PARTY_SHAPED = (name: string) => !A_PLAN.test(name) && (ORGANISATION.test(name) || /^[A-Z]{3,}$/.test(name) || name.split(/\s+/).length >= 2);
/** An act of giving in a decision item. */
const GIVING_ACT = /\b(?:grant|fund|award|contract|allocat|donat|contribut|commission|extend|extension|approve\w*\s+(?:the\s+)?(?:application|request))\w*/i;

/**
 * Where no sentence names a party, a decision that gives money (an item states a sum or an act of giving) in a paper its title
 * names as one party's: the party, with the one sum its items state (else none).
 */
export function partyOfTitle(items: readonly { text: string; page: number }[], title: string | null, isOwn: (name: string) => boolean): (RecipientPhrase & { page: number })[] {
  const m = TITLE_PARTY.exec(clean(title ?? '').replace(/\*+$/, '').trim());
  const name = m ? cleanName((m.groups!.after ?? m.groups!.before ?? m.groups!.of)!.trim()) : '';
  if (!name || !PROPER_HEADING.test(name) || notAParty(name) || isOwn(name) || !PARTY_SHAPED(name)) return [];
  const giving = items.filter((i) => !REFUSED.test(i.text) && (/£\s?\d/.test(i.text) || GIVING_ACT.test(i.text)));
  if (!giving.length) return [];
  const figures = giving.flatMap((i) => findMoney(i.text).filter((x) => !x.rangeEnd));
  const one = new Set(figures.map((x) => x.value)).size === 1 ? figures[0]! : null;
  return [{ name, money: one, role: roleOf(giving[0]!.text), text: giving[0]!.text.slice(0, 300), page: giving[0]!.page }];
}
