import { PRINTED_SUB_ITEM } from './list-items.ts';
import { ROMAN } from './list-markers.ts';
import { cleanName, notAParty, ORG_WORDS, REFUSED, SMALL, soleSum } from './recipient-phrases.ts';

/** A party a decision's item opens with, and the item's sum (its one sum, or the total its parts add up to; else null). In pounds. */
export interface ItemParty {
  name: string;
  amount: number | null;
  page: number;
  /** The item it was read from. */
  text: string;
}

/** A case number or register code before the name ("360/JEAAC – Fare Divide, ..."). */
const LEADING_CODE = /^[A-Z0-9]*\d[A-Z0-9/]*\s*[–—-]\s+/;
/** Where a name stops: a dash, a bracket, a comma, a quotation, a label or code after it ("Reference No:", "via the ESPO Framework", "CNDMQGMT"), or its sum ("BMW UK Ltd for £5.5M"). */
const NAME_END = /\s+[–—-]|[–—](?=\S)|\s*\(|,|\s+[‘'"“]|\s+(?:Reference|Ref\b|via\b|Cost\b|Supported\b)|\s+for\s+(?=£|(?:the|a)\s+(?:sum|value|total)\b|up\s+to\s+£)|\s+(?=[A-Z]{6,}\b)|\s*$/;
/** A word that closes an organisation's name, in any case ("Cleanmeclean ltd", "County contracts flooring limited", "Arundel ... leisure Trust"). */
const ORG_LAST = new RegExp(String.raw`^(?:${ORG_WORDS})$`, 'i');
/** A decision's verb or a sentence's first word: an item that opens with one is a decision, not a party's entry. */
const NOT_A_NAME = /^(?:That|To|The|This|These|Those|It|Approv\w*|Agree\w*|Note\w*|Authori[sz]\w*|Delegat\w*|Award\w*|Allocat\w*|Endorse\w*|Accept\w*|Adopt\w*|Release|Grant\w*|Delegated|Subject|In|On|A|An|All|Each|Any|Funding|Total|Budget)$/;
const SMALL_WORD = new RegExp(`^${SMALL}$`);
/** An entry put off to another day gets nothing yet ("Sported Foundation DEFERRED – To be considered ..."). */
const DEFERRED = /\bdeferred\b/i;
/** An introduction that turns its list down ("Do not fund two applications which ...:"). */
const NOT_FUNDED = /\b(?:do|does|will|shall|to)\s+not\s+(?:fund|award|support)\b|\bunsuccessful\b|\bnot\s+(?:be\s+)?(?:funded|supported)\b/i;

/** The introduction a list item follows in the document's text: the sentence that ends on the last colon before it (within 400 characters). */
function introductionOf(item: string, whole: string): string {
  const at = whole.indexOf(item.slice(0, 40));
  if (at < 0) return '';
  const colon = whole.lastIndexOf(':', at);
  if (colon < 0 || at - colon > 400) return '';
  const start = Math.max(whole.lastIndexOf('. ', colon), colon - 300);
  return whole.slice(start + 1, colon);
}

/** The party an item opens with, or null: capitalised words (joining words, a number, and before an organisation's last word lower-case words, inside) up to a dash, bracket, comma or label. */
function openingName(text: string): string | null {
  const rest = text.trim().replace(LEADING_CODE, '');
  const end = NAME_END.exec(rest);
  const raw = rest.slice(0, end?.index ?? rest.length).trim();
  const words = raw.split(/\s+/);
  if (!raw || words.length > 9 || !/^[A-Z]/.test(raw) || NOT_A_NAME.test(words[0]!) || /[£.;:]/.test(raw)) return null;
  const last = words[words.length - 1]!;
  const capitalised = (w: string) => /^[A-Z0-9&]/.test(w) || SMALL_WORD.test(w);
  // Lower-case words only inside a name an organisation's last word closes.
  if (!words.every(capitalised) && !ORG_LAST.test(last)) return null;
  // One word alone is a name only when it is an organisation's ("Trust"); "Northway" alone may be anything.
  return words.length >= 2 || ORG_LAST.test(last) ? cleanName(raw) : null;
}

/** Does a name end on an organisation's word? */
const organisationShaped = (name: string) => ORG_LAST.test(name.split(/\s+/).pop() ?? '');

/**
 * An item's sub-items, as its text prints them after its introduction ("That the following are appointed: a. X (Lot 1) b. Y
 * (Lot 2)"): the parts after the colon each marked in turn (a., b. or 1., 2. or i), ii), as
 * `itemText` prints them), or the item itself.
 */
function withSubItems(item: { text: string; page: number }): { text: string; page: number }[] {
  const colon = item.text.indexOf(':');
  if (colon < 0) return [item];
  const parts = item.text.slice(colon + 1).trim().split(PRINTED_SUB_ITEM);
  const markers = parts.map((p) => /^(?:([a-z]|\d{1,2})\.|([ivx]{1,4})\))\s/.exec(p)?.slice(1).find(Boolean));
  const inTurn = markers.every((m, k) => m === String.fromCharCode(97 + k) || m === String(k + 1) || m === ROMAN[k]);
  return parts.length >= 2 && inTurn ? [item, ...parts.map((p) => ({ text: p.replace(/^\S+\s+/, ''), page: item.page }))] : [item];
}

/**
 * Decisions listed as one entry per party, each opening with its name: "Cambridge Futsal Club CNDMQGMT – to be funded at
 * the requested amount of £1,000", "Club Thorne CIC Reference No: ... Cost £500.00", "435/JEAAC – Fare Divide, ‘...’ up to
 * £1,500", "Fox Flooring (Lot 1 & Lot 4)". A run of two or more such consecutive items, most of whose names end as an
 * organisation's do, names the decision's parties; each takes its item's one sum, or the total its parts add up to (else
 * null). Refused and deferred entries, and those a list turning its applications down introduces, are left out; `whole`
 * is the document's text, where an item's introduction is found.
 */
export function itemParties(input: readonly { text: string; page: number }[], whole: string): ItemParty[] {
  const items = input.flatMap(withSubItems);
  const out: ItemParty[] = [];
  let run: ItemParty[] = [];
  const flush = () => {
    if (run.length >= 2 && run.filter((p) => organisationShaped(p.name)).length * 2 >= run.length) out.push(...run);
    run = [];
  };
  for (const item of items) {
    const name = openingName(item.text);
    if (!name || notAParty(name)) {
      flush();
      continue;
    }
    const intro = introductionOf(item.text, whole);
    if (REFUSED.test(item.text) || DEFERRED.test(item.text) || REFUSED.test(intro) || NOT_FUNDED.test(intro)) continue;
    run.push({ name, amount: soleSum(item.text)?.value ?? null, page: item.page, text: item.text.slice(0, 300) });
  }
  flush();
  return out;
}
