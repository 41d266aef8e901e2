const OCR_POUND = /(?<=^|[\s(])[EfF](?=\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?\s?(?:k|m|bn)(?![a-z]))/gi;
const ANNUAL_BEFORE = /\b(?:annual(?:ly)?|yearly|per annum)\b(?:\s+[a-z]+){0,2}\s+(?:of|at|is|be)?\s*$/i;

/** A money figure found in a string. */
export interface MoneyMatch {
  /** Value in pounds. */
  value: number;
  /** The figure as printed (one end of a range carries the whole range text). */
  text: string;
  /** Character range of the figure in the searched string. */
  start: number;
  end: number;
  period: 'annual' | null;
  rangeEnd?: 'low' | 'high';
  /** True when OCR slips were repaired (letters read for digits, a colon for a decimal point). */
  repaired: boolean;
}

const UNIT: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };
// A number as printed, tolerating OCR letters for digits (O/o for 0, l/I for 1) and a colon for the decimal point.
// "£50 000": thousands parted by a space (a typesetter's thin space, or a comma OCR lost) before the other forms; "£2, 000" by a
// comma and a stray space. "£1000,000": a group of thousands after four or more figures, a misprint of one number.
const NUMBER = String.raw`\d{4,6}(?:,\d{3})+(?![\d,.])|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:\.\d{2})?(?![\d,.]|\s?(?:-|–|to)\s?\d)|\d{1,3}(?:, \d{3})+(?:\.\d{2})?(?![\d,.])|(?:\d|[OolI](?=[\d.,]))[\dOolI]{0,2}(?:,[\dOolI]{3})+(?:[.:][\dOolI]+|,[\dOolI]{2}(?![\dOolI]))?|(?:\d|[OolI](?=[\d.,]))[\dOolI]*(?:[.:][\dOolI]+)?`;
// OCR doubles a unit letter: £555Kk. A word run on after "million" is no part of it ("£9.530 millionis granted").
// (The unit is on the figure's line: "£344.06" over "M F Anderton/Expenses" is no £344 million.)
const UNIT_RE = String.raw`(?:[ \t]?(bn|billion|mn|million|m|k|thousand)(?:(?<=k)k|(?<=m)m)?(?:(?![a-z])|(?<=illion)(?=(?:is|was|be|for)\b)))?`;
const POUND = String.raw`(?:£|GBP\s?)`;
const MONEY = new RegExp(
  String.raw`${POUND}\s?(${NUMBER})${UNIT_RE}(?:\s?(?:–|—|-|to)\s?${POUND}?\s?(${NUMBER})${UNIT_RE})?`,
  'gi',
);
/** The unit of millions or billions of the figure joined to one ("... and £1.297 million"). */
const JOINED_UNIT = /^\s*(?:and|or|&|,)\s*(?:£|GBP\s?)\s?[\d,.]+\s?(bn|billion|mn|million|m)(?![a-z])/i;
const ANNUAL = /^[\s,)]*(?:p\.?\s?a\b\.?|per annum|per year|a year|each year|annually|per year|pa\b|\/\s?(?:yr|year|annum))/i;

/** Parses "1,164" / "1.164" / OCR variants into a number; null if it is not a clean number after repair. */
export function parseNumber(raw: string): { n: number; repaired: boolean } | null {
  // "£5,974,111,24": pence after a comma, a slip for the decimal point.
  const fixed = raw.replace(/,? ?[ \u00A0\u202F](?=\d{3}\b)/g, ',').replace(/[Oo]/g, '0').replace(/[lI]/g, '1').replace(/:/g, '.').replace(/^(\d{1,3}(?:,\d{3})+),(\d{2})$/, '$1.$2');
  const repaired = fixed !== raw;
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$|^\d{4,6}(,\d{3})+$/.test(fixed)) return null;
  return { n: Number(fixed.replace(/,/g, '')), repaired };
}

/** A unit letter set apart from its figure that is the next list marker: "k." after an item marked "j.", "m)" after "l)". */
function nextMarker(unit: string | undefined, found: string, after: string, before: string): boolean {
  if (!unit || !/^[mk]$/i.test(unit) || !/\s[mk]$/i.test(found)) return false;
  const close = after[0];
  if (close !== '.' && close !== ')') return false;
  const prev = String.fromCharCode(unit.toLowerCase().charCodeAt(0) - 1);
  const mark = close === '.' ? String.raw`\.` : String.raw`\)`;
  return new RegExp(String.raw`(?:^|\s)\(?` + prev + mark + String.raw`\s`).test(before);
}

/**
 * A unit letter after a figure that is no unit: a payee's initial ("£344.06 M F Anderton/Expenses", a payments list read as one
 * run), the next cell's first letter a tab away ("£10\tM Penfold 2nd prize"), or the list's next marker ("j. Cambridge Pringle
 * Group £7,800" over "k. St Mary's Church").
 */
function noUnit(unit: string | undefined, found: string, after: string, before: string): boolean {
  return (/^[MK]$/.test(unit ?? '') && /^\s+[A-Z]\.?\s/.test(after)) || (!!unit && /\t\s*[A-Za-z]+$/.test(found)) || nextMarker(unit, found, after, before);
}

/**
 * Finds every money figure in a string: `£1.164M`, `£555k p.a.`, `£87,000 per annum`, `£2,447.9K`,
 * `£15 – 30K` (a range: both ends, the unit shared). Numbers without a pound sign are never money here.
 */
export function findMoney(text: string, opts: { ocr?: boolean } = {}): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  // OCR reads "£" as E, f or F: restored only where a figure with a unit or thousands commas follows (same length, same offsets).
  // "£1,248.790.69": a full stop printed for a thousands comma before the pence (same length, same offsets).
  const s = (opts.ocr ? text.replace(OCR_POUND, '£') : text).replace(/(?<=£\s?\d{1,3},\d{3})\.(?=\d{3}\.\d{2}(?!\d))/g, ',');
  for (const m of s.matchAll(MONEY)) {
    const [found, aRaw, printedUnit, bRaw, bUnit] = m;
    const notUnit = !bRaw && noUnit(printedUnit, found, s.slice((m.index ?? 0) + found.length), s.slice(Math.max(0, (m.index ?? 0) - 300), m.index ?? 0));
    const aUnit = notUnit ? undefined : printedUnit;
    const whole = notUnit ? found.slice(0, found.length - 1).trimEnd() : found;
    const start = m.index ?? 0;
    const end = start + whole.length;
    const a = parseNumber(aRaw!);
    if (!a) continue;
    const period = ANNUAL.test(s.slice(end)) || ANNUAL_BEFORE.test(s.slice(Math.max(0, start - 30), start)) ? 'annual' : null;
    const scale = (u?: string) => (u ? UNIT[u.toLowerCase()] ?? 1 : 1);
    const b = bRaw ? parseNumber(bRaw) : null;
    // A range runs upwards: "£15 – 30K" (the unit shared), "£50K - £1M" (each end its own unit).
    if (b && (!aUnit || b.n * scale(bUnit) >= a.n * scale(aUnit))) {
      const unitB = scale(bUnit);
      const unitA = aUnit ? scale(aUnit) : unitB; // "£15 – 30K": the K applies to both ends
      const slip = s[start] !== text[start];
      out.push({ value: round(a.n * unitA), text: whole, start, end, period, rangeEnd: 'low', repaired: a.repaired || slip });
      out.push({ value: round(b.n * unitB), text: whole, start, end, period, rangeEnd: 'high', repaired: b.repaired || slip });
      continue;
    }
    // No range: give back the characters of a dash that was not followed by a figure.
    const single = whole.slice(0, whole.length - (bRaw ? whole.length - whole.search(/\s?(?:–|—|-|to)\s?(?:£|GBP)?\s?[\dOolI]*[^\s]*$/i) : 0));
    // "£1.573 and £1.297 million": a figure printed to three decimals without a unit takes the unit of the one joined to it.
    const shared = !aUnit && /\.\d{3}$/.test(aRaw!) ? JOINED_UNIT.exec(s.slice(start + single.trimEnd().length))?.[1] : undefined;
    out.push({ value: round(a.n * scale(aUnit ?? shared)), text: single.trim(), start, end: start + single.trimEnd().length, period, repaired: a.repaired || s.slice(start, start + single.length) !== text.slice(start, start + single.length) });
    // "£2m - £500k": a second figure with its own pound sign, not a range's end, is a figure of its own.
    const second = b && single.length < whole.length ? whole.slice(single.length).search(/(?:£|GBP)/i) : -1;
    if (b && second >= 0) {
      const at = single.length + second;
      out.push({ value: round(b.n * scale(bUnit)), text: whole.slice(at).trim(), start: start + at, end, period, repaired: b.repaired });
    }
  }
  return out.filter((m) => m.value > 0);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A sum in pounds for people: `£1,164,000`, `£2,100.5`; an em dash for none. */
/** A sum in pounds rounded to the penny. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

export const formatPounds = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `£${v.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`);

/** The rounding tolerance of a printed figure: half a unit of its last printed digit, in pounds. */
export function roundingTolerance(text: string, value: number): number {
  const m = /[\d,]+(?:\.(\d+))?\s?(bn|billion|mn|million|m|k|thousand)?/i.exec(text.replace(/[Oo]/g, '0'));
  if (!m) return 0.5;
  const decimals = m[1]?.length ?? 0;
  const unit = m[2] ? UNIT[m[2].toLowerCase()] ?? 1 : 1;
  return Math.max(0.5, (unit * 10 ** -decimals) / 2) + Math.abs(value) * 1e-9;
}

const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** A count written in figures or words ("3", "three"), or undefined when it is neither. */
export const countOf = (word: string): number | undefined => Number(word) || COUNT_WORDS[word.toLowerCase()];

/** The words of a count, for building patterns ("two grants of £500 each"). */
export const COUNT_WORD = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)`;

/** "3 grants to the value of" ending `before`, and "each" after the figure: how many equal sums a figure stands for (1 when it stands for one). */
export function eachCount(before: string, after: string): number {
  // ("three open call grants of £65,000 each": a word or two may describe the grants.)
  const count = new RegExp(String.raw`\b${COUNT_WORD}\s+(?:[a-z-]+\s+){0,2}(?:grants?|awards?|payments?|instalments?)\b[^£]{0,30}$`, 'i').exec(before);
  return count && /^\s*each\b/i.test(after) ? countOf(count[1]!) ?? 1 : 1;
}

/** Wording that makes a figure a rule's threshold ("£150,000 or above", "above £72,000 threshold"), never a sum approved. */
export const THRESHOLD_BOUND = /or above|and above|or more|threshold|exceeds?|in excess of/i;
/** Wording that makes a figure a limit or threshold (procurement rules, delegations), not a sum approved. */
export const THRESHOLD_WORDING = new RegExp(String.raw`${THRESHOLD_BOUND.source}|limit of|up to a (?:maximum|limit)`, 'i');

// ("£72,165 allocated for 2024/25 and £48,110 for 2025/26": the verb may come between a sum and its year.)
const YEAR_AFTER = /^\s*(?:(?:allocated|awarded|granted|paid|budgeted)\s+)?(?:in|for|during)\s+(?:FY\s*)?(\d{4})\s*[/-]\s*\d{2,4}\b/i;

/**
 * "approve the award of £7.2m in 2019/20, £7.6m in 2020/21 and £0.1m in 2021/22": from the chosen figure, the run of
 * sums each for a different financial year, joined by commas or "and" (the award over its years).
 */
export function yearRun(text: string, found: readonly MoneyMatch[], first: MoneyMatch): MoneyMatch[] {
  const run: MoneyMatch[] = [];
  const years = new Set<string>();
  for (let i = found.indexOf(first); i >= 0 && i < found.length; i++) {
    const m = found[i]!;
    const year = YEAR_AFTER.exec(text.slice(m.end));
    if (!year || years.has(year[1]!) || m.period || m.rangeEnd) break;
    // ("£752 for 2016/17 and 2017/18": a sum for several years, each or together, is no one year's part of the run.)
    if (/^\s*(?:and|&|,|to|-|–)\s*(?:FY\s*)?\d{4}\s*[/-]\s*\d{2,4}\b/i.test(text.slice(m.end + year[0].length))) break;
    // Between two sums of the run: the first one's year, then only a comma or "and".
    const gap = run.length ? text.slice(run[run.length - 1]!.end, m.start) : '';
    if (run.length && !/^\s*(?:,\s*(?:and\s+)?|and\s+)$/i.test(gap.slice(YEAR_AFTER.exec(gap)?.[0].length ?? gap.length))) break;
    years.add(year[1]!);
    run.push(m);
  }
  return run;
}
