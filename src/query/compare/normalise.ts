import { editDistance } from '../../layout/edit-distance.ts';
// How a printed word becomes a comparison key, so that layout never makes a difference:
// ligatures, case, quotes, dashes, hyphens, surrounding punctuation and OCR slips in figures.

/** Characters a word can carry that are never part of what it says (bullets, quotes, brackets, stops). */
const EDGE_PUNCT = /^[^\p{L}\p{N}£$€]+|[^\p{L}\p{N}%]+$/gu;

/** An OCR'd word with 1 or 0 read for l or o (`tota1`, `so1ution`): a word, not a figure. */
const OCR_WORD = /^[a-z]*(?:[01][a-z]+)+$|^[a-z]{3,}[01]$/;

/** Superscript and subscript digits and signs: footnote markers, which OCR often drops. */
const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070-\u209f]/g;

/** A key with its punctuation gone except a separator between digits: `2(2)(a)` and `2(2) (a)` compact alike. */
export const compactKey = (key: string) => key.replace(/[^\p{L}\p{N}£.,]/gu, '').replace(/(?<!\d)[.,]|[.,](?!\d)/g, '');

/** True when the key is a figure: it has a digit in it. Figures are never matched loosely. */
export const isFigure = (key: string) => /\d/.test(key);

/**
 * The comparison key of a printed word: NFKC (so `ﬁ` is `fi`), lower case, typographic quotes and
 * dashes folded, soft hyphens and zero-width characters dropped, surrounding punctuation removed,
 * hyphens inside words removed (`part-time`, `part-` + `time` and `parttime` compare equal; figures
 * keep theirs: `2017-18`). On OCR pages, the letter-for-digit slips the money reader repairs
 * (`O`/`o` for 0, `l`/`I` for 1 between digits, `E`/`f` for `£`) are repaired here too, so a figure
 * read the same way compares equal; any other difference in a figure stays a difference.
 * Returns '' for a word with no letters or digits (a bullet, a dash, a rule).
 */
export function wordKey(text: string, ocr = false): string {
  let s = text
    .replace(SUPERSCRIPTS, '')
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
  // OCR reads the pronoun I as a bar; elsewhere a bar is a rule.
  s = ocr && s === '|' ? 'i' : s.replace(EDGE_PUNCT, '');
  if (ocr) s = OCR_WORD.test(s) && (s.match(/[a-z]/g)?.length ?? 0) >= 3 ? s.replace(/1/g, 'l').replace(/0/g, 'o') : repairOcrFigure(s);
  return isFigure(s) ? s : s.replace(/[-']/g, '');
}

function repairOcrFigure(s: string): string {
  // Only a token that is a figure apart from the slips: an optional pound sign (or E/f/€ read for
  // it), digits with O/o/l/I among them, separators (a colon read for a point), and a unit letter
  // (which OCR sometimes doubles: £555Kk). Words without a digit are untouched.
  const m = /^([ef£€]?)([\doil][\doil,.:]*)(kk?|mm?|bn)?$/.exec(s);
  if (!m || !/\d/.test(m[2]!)) return s;
  const unit = m[3] === 'bn' ? 'bn' : (m[3]?.[0] ?? '');
  const digits = m[2]!.replace(/o/g, '0').replace(/[il]/g, '1').replace(/:/g, '.');
  // E or f is a pound sign only before a sum (thousands commas, a point or a unit), as `findMoney` reads it: "E1" stays an appendix.
  if (/^[ef]$/.test(m[1]!) && !(unit || /,\d{3}|\./.test(digits))) return s;
  return `${m[1] ? '£' : ''}${digits}${unit}`;
}

export { editDistance };

/** How many character slips an OCR'd word of this length may carry and still be the same word (short words: none). */
export const ocrSlack = (length: number) => (length <= 3 ? 0 : length <= 6 ? 1 : length <= 12 ? 2 : 3);

/** Are two word keys the same word read twice, one of them by OCR? Figures never are unless equal. */
export function sameWordOcr(a: string, b: string): boolean {
  if (a === b) return true;
  if (isFigure(a) || isFigure(b)) return false;
  const slack = ocrSlack(Math.max(a.length, b.length));
  return slack > 0 && editDistance(a, b, slack) <= slack;
}
