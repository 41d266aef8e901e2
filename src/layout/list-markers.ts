/**
 * List markers as printed and as OCR reads them ("1.", "(ii)", "b)", "•", "«+"): what kind, which, and the text after.
 * Leaf module of the list reader (list-items.ts) and of the repairs made to a scan's markers (marker-repairs.ts); it reads only item-wording's patterns.
 */
import { BODY_DECIDED } from './item-wording.ts';

/** The kind of a list item's marker ('para': an item printed with none). */
export type MarkerType = 'num' | 'roman' | 'alpha' | 'upper' | 'bullet' | 'para';

/** The glyphs printed as bullets, and those OCR reads bullets as ("«", "»", "~", ">"), as a character class's contents. */
export const BULLET_GLYPHS = '•·●▪◦■□➢►❖✓*«»~>';
// OCR reads a bullet as "+", "«+", "+.", "o", "e" or a full stop before the item's first word (". That the Combined Authority ...").
const BULLET = new RegExp(String.raw`^\s*(?:(?:[${BULLET_GLYPHS}]|\+(?=[.\s]))[+.]?|[-–—](?=\s)|[oe.](?=\s+[A-Z£"'(]))\s*`);
// "(1)the prioritised set of ...", "(iii)DELEGATE authority ...": a bracketed marker printed without its space still starts an item.
// "1.1 Agreed that ...": a paragraph number needs no closing mark before a capital (or a minute's "4.1 to award ...", "4.2 that ...").
// "1.The Portfolio Holder approves ...", "1.appoint X as ...": a number and its full stop printed against the item's first word.
// "1 That the award of £7.775m ...": a number printed with no closing mark, only before a decision's first word (not "2 Station Road").
// "A. That Cabinet agreed ...": a capital with a full stop only before a decision's first word (not an initial, "A. Smith").
// "I. Approve the award ...", "II. Delegate authority ...": roman numerals in capitals ("I." only before a decision's first word).
const ENUM = new RegExp(String.raw`^\s*(?:\(?(\d{1,2}(?:\.\d{1,2})?|[ivx]{1,4}|[a-h]|[A-H](?=\))|[A-H](?=\.\s+(?:That|To|Approv|Agree|Note|Authori|Delegat|Allocat|Award))|(?:II|III|IV|VI{0,3}|IX|XI{0,2})(?=[.)]\s+[A-Z])|I(?=[.)]\s+(?:That|To|Approv|Agree|Note|Authori|Delegat|Allocat|Award)))[.)]\s+|\((\d{1,2}|[ivx]{1,4}|[a-h])\)(?=[a-z]|[A-Z]{2})|(\d{1,2}\.\d{1,2})\s+(?=[A-Z]|(?:to|that)\s+[a-z]|that\s+[A-Z])|(\d{1,2})\.(?=[A-Za-z][a-z])|(\d{1,2})\s+(?=(?:That|To|Approv\w*|Agree\w*|Authori[sz]\w*|Delegat\w*|Note|Endorse|Accept|Award|Allocat\w*)\s|${BODY_DECIDED}))`);

/** Roman numerals in order, as list markers run. */
export const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Reads a line's list marker, if it has one; bullets before an enumerator ("« a.") are dropped. */
export function readMarker(text: string, prevAlpha: string | null, prevRoman: string | null = null): { type: MarkerType; marker: string; rest: string; close?: '.' | ')' } | null {
  // OCR reads a "c)" marker as "¢)" or "©)", an "e)" as "€)".
  let rest = text.replace(/^(\s*\(?)[¢©](?=[.)]\s)/, '$1c').replace(/^(\s*\(?)€(?=[.)]\s)/, '$1e');
  // ... and a roman "(ii)" as "(if)" or "(il)": an l, f or 1 among i, v and x in a bracketed marker is an i.
  rest = rest.replace(/^(\s*\()([ivxlf1]{2,4})(?=\)\s)/, (m, open: string, r: string) => (/[ivx]/.test(r) && /[lf1]/.test(r) ? open + r.replace(/[lf1]/g, 'i') : m));
  // ... and a capital roman "II." as "Il.", "III." as "Ill." or "lll.", an "I." as "|." (an l, | or 1 among capital numerals is an I).
  rest = rest.replace(/^(\s*)([IVXl|1]{2,4})(?=[.)]\s+[A-Z])/, (m, sp: string, r: string) => ((/[IVX]/.test(r) && /[l|1]/.test(r)) || /^l{2,3}$/.test(r) ? sp + r.replace(/[l|1]/g, 'I') : m));
  rest = rest.replace(/^(\s*)\|(?=[.)]\s+(?:That|To|Approv|Agree|Note|Authori|Delegat|Allocat|Award))/, '$1I');
  // A marker in square brackets ("[1] the report be noted.", "[1.1] Urdd Gobaith Cymru ...") reads as one in round ones.
  rest = rest.replace(/^(\s*)\[(\d{1,2}(?:\.\d{1,2})?|[a-h]|[ivx]{1,4})\](?=\s)/, '$1($2)');
  // ... and a table's border before a marker as "|", "[" or "I" ("I ii. To note that ...").
  rest = rest.replace(/^\s*[|[\]I]\s+(?=\(?(?:[ivx]{1,4}|\d{1,2}|[a-h])[.)]\s)/, '');
  const bullet = BULLET.exec(rest);
  if (bullet) rest = rest.slice(bullet[0].length);
  // "j. Voluntary Support North Surrey £30,000" after "i.": a letter past "h" is the list's next one only where the list has run to it.
  const after = prevAlpha && /^[h-x]$/.test(prevAlpha) ? new RegExp(String.raw`^\s*\(?(${String.fromCharCode(prevAlpha.charCodeAt(0) + 1)})[.)]\s+`).exec(rest) : null;
  if (after) return { type: 'alpha', marker: after[1]!, rest: rest.slice(after[0].length), close: /\.\s*$/.test(after[0]) ? '.' : ')' };
  const e = ENUM.exec(rest);
  if (e) {
    const raw = e[1] ?? e[2] ?? e[3] ?? e[4] ?? e[5]!;
    // ("II.", "III." print a roman list in capitals: read as its numerals.)
    const m = raw.length === 1 || /^[IVX]+$/.test(raw) ? raw.toLowerCase() : raw;
    // "(iv)" then "(v)": the numeral after a roman item is roman, whatever letter the list above reached ("b)").
    const nextRoman = prevRoman !== null && nextMarker(prevRoman) === m;
    // "A." over "a.": capitals are a level of their own (unless the letter goes on from the list's last one: OCR reads "c)" as "C)").
    const continues = prevAlpha !== null && prevAlpha.charCodeAt(0) + 1 === m.charCodeAt(0);
    const type: MarkerType = /^\d/.test(m) ? 'num' : /^[A-H]$/.test(raw) && !continues ? 'upper' : nextRoman || (/^[ivx]+$/.test(m) && !(m === 'i' && prevAlpha === 'h') && !(m.length === 1 && prevAlpha !== null && m !== 'i')) ? 'roman' : 'alpha';
    return { type, marker: m, rest: rest.slice(e[0].length), close: /\.\s*$/.test(e[0]) ? '.' : ')' };
  }
  return bullet ? { type: 'bullet', marker: '•', rest } : null;
}

/** The marker after this one in its list ("2" after "1", "b" after "a", "ii" after "i"). */
export function nextMarker(marker: string): string {
  if (/^\d+$/.test(marker)) return String(Number(marker) + 1);
  if (ROMAN.includes(marker)) return ROMAN[ROMAN.indexOf(marker) + 1] ?? '';
  return /^[a-z]$/.test(marker) ? String.fromCharCode(marker.charCodeAt(0) + 1) : '';
}

/**
 * A scan's speck: a line of at most two marks of at most three characters that is no list marker ("a 1A" where a boxed number was,
 * "a URN" beside a list). Readers add what makes it noise where they use it (OCR read it; a figure in it).
 */
export const isSpeck = (text: string): boolean => /^(?:\S{1,3}\s+)?\S{1,3}$/.test(text.trim()) && !readMarker(text.trim(), null);
