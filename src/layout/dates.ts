/** A calendar date found in a string. */
export interface DateMatch {
  /** ISO `YYYY-MM-DD`. */
  iso: string;
  text: string;
  start: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's name, whole or cut short ("March", "Sept."), as a pattern source. */
/** A year or a span of years printed alone ("2024", "2024/25", "2023-2024"). */
export const YEAR_SPAN = /^(?:19|20)\d{2}(?:\s?[-–/]\s?(?:(?:19|20)\d{2}|\d{2}))?$/;
export const MONTH_WORD = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
// UK order only: day / month / year. "2019/20" (a financial year) has two parts and never matches.
const NUMERIC = /(?<![\d/.])(\d{1,2})\s?([/.-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?![\d/]|\.\d)/g;
// ("the 27thof July 2017": an ordinal's "of" may be set without its space.)
const WORDS = new RegExp(String.raw`(?<![\d])(\d{1,2})(?:(?:st|nd|rd|th)\s*of\s+|(?:st|nd|rd|th)?\s+(?:of\s+)?)${MONTH_WORD},?\s+(\d{4})(?!\d)`, 'gi');
const ISO = /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
/** "12-Dec-16", "05-Jan-2021", "18/January/2022": day, month word and year joined by hyphens or slashes (spreadsheets and registers). */
const HYPHENED = new RegExp(String.raw`(?<![\d/-])(\d{1,2})(?:-${MONTH_WORD}-|\/${MONTH_WORD}\/)(\d{4}|\d{2})(?![\d/-])`, 'gi');
// "February 26, 2008", and "February 26th 2008" (a day with its ordinal needs no comma), "February 2 2019" (a register's bare form).
const US_WORDS = new RegExp(String.raw`${MONTH_WORD}\s+(\d{1,2})(?:(?:st|nd|rd|th),?|,)?\s+(\d{4})(?![\d/])`, 'gi');

/** Finds full dates (day, month and year) in UK order; month-only dates and financial years are not dates. */
export function findDates(s: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of s.matchAll(NUMERIC)) {
    if (m[2] === '.' && m[4]!.length !== 4) continue; // "1.2.3" section numbers
    push(out, Number(m[1]), Number(m[3]), year(m[4]!), m[0], m.index ?? 0);
  }
  for (const m of s.matchAll(WORDS)) push(out, Number(m[1]), monthOf(m[2]!), Number(m[3]), m[0], m.index ?? 0);
  for (const m of s.matchAll(ISO)) push(out, Number(m[3]), Number(m[2]), Number(m[1]), m[0], m.index ?? 0);
  for (const m of s.matchAll(HYPHENED)) push(out, Number(m[1]), monthOf((m[2] ?? m[3])!), year(m[4]!), m[0], m.index ?? 0);
  for (const m of s.matchAll(US_WORDS)) push(out, Number(m[2]), monthOf(m[1]!), Number(m[3]), m[0], m.index ?? 0);
  return out.sort((a, b) => a.start - b.start);
}

const year = (y: string) => (y.length === 4 ? Number(y) : 2000 + Number(y) - (Number(y) > 69 ? 100 : 0));
/** A month's number (1-12) from its name or abbreviation ("October", "Oct"); 0 when none. */
export const monthOf = (w: string) => MONTHS.indexOf(w.slice(0, 3).toLowerCase()) + 1;

function push(out: DateMatch[], d: number, m: number, y: number, text: string, start: number) {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return; // 31/02 and the like
  if (out.some((o) => o.start <= start && start < o.end)) return;
  out.push({ iso: date.toISOString().slice(0, 10), text, start, end: start + text.length });
}
