import { CAPWORD, cleanName, notAParty, REFUSED, roleOf, SMALL, soleSum, type RecipientPhrase } from './recipient-phrases.ts';
import { SENTENCE_BREAK, sentences } from './sentences.ts';

/**
 * A word that ends an organisation's name ("... Ltd", "... Trust", "... Advice", "... Centre"): narrower than the list that
 * tells a list of sums names parties (recipients.ts), as a name found alone needs more (with "Services", "Group", "Hall",
 * "Project" and the like: -6.6 points summed over the labelled sets, bodies' own services and projects named).
 */
const ORG_END = String.raw`(?:Ltd|LTD|Limited|LIMITED|LLP|PLC|plc|CIC|CIO|Trust|Council|Partnership|Association|Society|Foundation|Charity|Centre|Center|Club|College|University|School|Academy|Hospice|Advice|Bureau|Network|Alliance|Federation|Institute|Museum|Theatre|Church|Enterprises|Consulting|Partners|Forum|Hub|Union)`;
const ORG = new RegExp(String.raw`(?<![\w'’])(?:the\s+)?${CAPWORD}(?:\s+(?:${SMALL}\s+)*${CAPWORD}){0,6}?(?:\s+&)?\s+${ORG_END}\b\.?`, 'g');
/** A sentence that spends: it names a sum, or awards, pays, appoints or contracts. */
const SPENDS = /£\s?\d|\b(?:award\w*|appoint\w*|procur\w*|commission\w*|pay|paid|payments?|purchas\w*|tender\w*|quot(?:e|es|ation)|loan|grants?|contracts?|funding|fund)\b/i;
/** Words before a name that make it the money's source or agent, or the site of works, not its recipient ("from the Arts Council", "by Essex Police", "the permanent expansion of The X School", "the design and build of X Centre"). */
const NOT_PAID_BEFORE = /\b(?:from|by|via|through|under|with|behalf|between|subject\s+to)\s+(?:\w+\s+)?(?:the\s+)?$|\b(?:expan(?:sion|ding|d)|extension|enlargement|refurbish\w*|improvements?|construction|(?:re)?build\w*|repairs?|works|remodel\w*|alterations?)\s+(?:at|of|to)\s+(?:the\s+)?$|\b(?:scheme|project|site|development)\s+at\s+(?:the\s+)?$/i;
/** Words before a name that make it the seller of what is bought ("the tender submitted by X", "the quotation from X"): a payee, for all the "by". */
const OFFERED_BY = /\b(?:tenders?|quot(?:e|es|ation|ations)|bids?|offers?|prices?)\s+(?:(?:submitted|received|lodged|provided)\s+)?(?:by|from)\s+(?:the\s+)?$/i;
/** A company by its legal form ("... Ltd", "... Limited", "... plc"): a seller wherever a contract names it. */
const COMPANY = /\b(?:Ltd|LTD|Limited|LIMITED|LLP|PLC|plc)\.?$/;
/** A sentence that buys: it appoints, contracts or accepts a tender or quote (funding alone is no purchase) ... */
const BUYS = /\b(?:appoint\w*|contract\w*|tender\w*|quot(?:e|es|ation)|procur\w*|purchas\w*|suppl(?:y|ier))\b/i;
/** ... in an item that decides it ("approve the appointment of Mears Ltd.", "To agree the proposed contract ... with X Ltd"), not one that only mentions it ("The budget covers the management of the contract with X Ltd"). */
const DECIDES_ACT = /\b(?:approv\w*|agree\w*|award\w*|appoint(?:s|ed|ing)?|accept\w*|authori[sz]\w*|enter\w*\s+into)\b/i;

/** Words after a name that make it a giver, an owner or part of a longer name ("X has allocated", "X's Cabinet", "X Members"). */
const NOT_PAID_AFTER = /^(?:['’]s?\b|\s+(?:has|have|had|will|shall|is|are|was|were)\b|\s+[A-Z][a-z])/;
/** A sentence about money the body receives, a grant withdrawn, or parties invited to apply. */
export const NOT_PAYING = /\breceiv\w*|\breceipt\b|\bwithdraw\w*|\binvited\s+to\b/i;
/** A work or service named, not a party ("Construction of London Dock Secondary School", "Provision of ... Centre"). */
export const A_WORK = /^\w+(?:ion|ment|ing|ance|ence)\s+of\b/i;
/** The deciding body's own organs, its funds and plans are not paid ("Scrutiny Committee", "Community Safety Fund"). */
export const OWN_ORGAN = /\b(?:Committee|Board|Panel|Cabinet|Executive|Fund|Budget|Reserve|Programme|Scheme|Strategy|Plan|Policy|Framework)\b/;

/** What may stand between parties named together ("X and Y", "X, Y and Z", "both X and Y"). */
const JOINED = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/;

/**
 * The one organisation a decision's items name in a sentence that spends, when no wording reads who is paid, with its
 * sentence's one sum (none: no recipient); or the organisations one sentence names together ("the contracts for both Baas
 * Construction Ltd and A Connolly Ltd"), each without a sum. Organisations named apart are not read. `isOwn` says whether
 * a name is the deciding body.
 */
/** An agenda item's verb at the start of a capitalised run: "Consider", "Receive", "Discuss". */
const AGENDA_VERB = /^(?:To\s+)?(?:Consider|Receive|Discuss|Review)\s+/;

export function soleOrganisations(items: readonly { text: string; page: number }[], isOwn: (name: string) => boolean): (RecipientPhrase & { page: number })[] {
  const found = new Map<string, RecipientPhrase & { page: number; at: number; end: number; decides: boolean }>();
  for (const item of items)
    for (const sentence of sentences(item.text, SENTENCE_BREAK)) {
      if (!SPENDS.test(sentence) || REFUSED.test(sentence) || NOT_PAYING.test(sentence)) continue;
      for (const m of sentence.matchAll(ORG)) {
        // (An agenda's verb before the name is no part of it: "Consider Parish Council fund First Aid Course".)
        const name = cleanName(m[0].replace(AGENDA_VERB, ''));
        // (Capitalised words and a bracket before the name are the rest of a longer one: "expansion at Whitchurch CE (Controlled) Primary School".)
        const before = sentence.slice(Math.max(0, m.index! - 60), m.index!).replace(/(?:[A-Z][\w'’&.-]*\s+|\([^)]*\)\s+)+$/, '');
        // ("the proposed contract ... with Henry Boot Construction Ltd": a company a contract is made with is its seller.)
        const sold = OFFERED_BY.test(before.slice(-40)) || (COMPANY.test(name) && /\bwith\s+$/.test(before) && /\b(?:contract|agreement)\b/i.test(sentence.slice(0, m.index!)));
        if ((!sold && NOT_PAID_BEFORE.test(before.slice(-30))) || NOT_PAID_AFTER.test(sentence.slice(m.index! + m[0].length)) || notAParty(name) || OWN_ORGAN.test(name) || A_WORK.test(name) || isOwn(name)) continue;
        const key = name.toLowerCase();
        if (!found.has(key)) found.set(key, { name, money: soleSum(sentence), role: roleOf(sentence), text: sentence.slice(0, 300), page: item.page, at: m.index!, end: m.index! + m[0].length, decides: DECIDES_ACT.test(item.text) });
      }
    }
  const all = [...found.values()];
  const strip = ({ at: _at, end: _end, decides: _decides, ...r }: (typeof all)[number]) => r;
  // One party named without a sum is too weak a reading alone ("to expand Meadowfield Special School from £3.95m to £4.79m",
  // "managed via ... the North London Equipment Partnership"): papers that name no recipient got one.
  // (A company a sentence buys from is strong enough alone: "approve the appointment of Mears Ltd.", its sum where the paper states it.)
  if (all.length === 1) return all[0]!.money || (COMPANY.test(all[0]!.name) && BUYS.test(all[0]!.text) && all[0]!.decides) ? all.map(strip) : [];
  const together = all.every((r, i) => r.text === all[0]!.text && (i === 0 || JOINED.test(r.text.slice(all[i - 1]!.end, r.at))));
  return together ? all.map((r) => ({ ...strip(r), money: null })) : [];
}
