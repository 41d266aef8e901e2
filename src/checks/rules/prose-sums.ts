import { findMoney, roundingTolerance, type MoneyMatch } from '../../layout/money.ts';
import { recommendationLists } from '../../layout/recommendation-lists.ts';
import { itemText } from '../../layout/list-items.ts';
import { joinLines } from '../../layout/list-items.ts';
import type { ExtractContext } from '../../layout/context.ts';
import type { Line } from '../../layout/doc-lines.ts';

/** A total stated in prose with the parts it is made of. */
export interface ProseSum {
  total: MoneyMatch;
  parts: MoneyMatch[];
  /** What the parts come to: their sum, or an annual figure times its years. */
  expected: number;
  how: string;
  text: string;
  firstLine: Line;
}

const WORD_NUM: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const YEARS = /\b(?:over|for|across)\s+(?:a\s+(?:period\s+of\s+)?)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+years?\b|\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]year period\b/i;
const CONSISTS = /consisting of|comprising|made up of|broken down as|split as follows|as follows/i;
const MARKER = /(?:^|\s)(?:\(?[a-h][.)]|\(?[ivx]{1,3}[.)]|[•·])\s+/g;

/** Recommendation items and prose paragraphs of the document, each with its first line. */
function passages(ctx: ExtractContext): { text: string; firstLine: Line }[] {
  const out: { text: string; firstLine: Line }[] = [];
  for (const list of recommendationLists(ctx)) for (const item of list.items) out.push({ text: itemText(item), firstLine: item.lines[0]! });
  let para: Line[] = [];
  const flush = () => {
    if (para.length) out.push({ text: joinLines(para.map((l) => l.text)), firstLine: para[0]! });
    para = [];
  };
  for (const line of ctx.doc.lines) {
    if (line.breakBefore || ctx.sectionOf.get(line.index) === 'recommendation') flush();
    if (ctx.sectionOf.get(line.index) !== 'recommendation') para.push(line);
  }
  flush();
  return out;
}

/**
 * Totals stated with their parts: "£788K ... consisting of: a. £353,000 ...; b. £435,000 ..." and
 * "£435,000 ... over a 5-year period at a cost of £87,000 per annum".
 */
export function findProseSums(ctx: ExtractContext): ProseSum[] {
  const sums: ProseSum[] = [];
  for (const { text, firstLine } of passages(ctx)) {
    const money = findMoney(text).filter((m) => !m.rangeEnd);
    // A total, then "consisting of", then one figure per listed part.
    for (const total of money) {
      const after = text.slice(total.end);
      const c = CONSISTS.exec(after);
      if (!c || c.index > 160 || /£/.test(after.slice(0, c.index))) continue;
      const rest = text.slice(total.end + c.index + c[0].length);
      const segments = rest.split(MARKER).slice(1);
      const parts = segments.map((seg) => findMoney(seg).find((m) => m.period === null && !m.rangeEnd)).filter((m): m is MoneyMatch => Boolean(m));
      if (parts.length >= 2)
        sums.push({ total, parts, expected: parts.reduce((a, p) => a + p.value, 0), how: parts.map((p) => p.text).join(' + '), text, firstLine });
    }
    // An annual figure over a number of years, next to the total it makes.
    for (const annual of money.filter((m) => m.period === 'annual')) {
      const total = [...money].reverse().find((m) => m.end <= annual.start && m.period === null);
      if (!total) continue;
      const between = text.slice(total.end, annual.start);
      if (/£|;|\band\b/.test(between) || between.length > 160) continue;
      const y = YEARS.exec(`${between} ${text.slice(annual.end, annual.end + 40)}`);
      const years = y ? Number(y[1] ?? y[2]) || WORD_NUM[(y[1] ?? y[2])!.toLowerCase()] : undefined;
      if (!years) continue;
      sums.push({ total, parts: [annual], expected: annual.value * years, how: `${annual.text} a year × ${years} years`, text, firstLine });
    }
  }
  return sums;
}

/** Whether a stated total disagrees with its parts beyond the rounding of the total as printed. */
export const disagrees = (s: ProseSum) => Math.abs(s.expected - s.total.value) > roundingTolerance(s.total.text, s.total.value) + s.parts.reduce((a, p) => a + roundingTolerance(p.text, p.value), 0);
